from claims.extraction.clean import clean_extracted_text, clean_pasted_text, parse_date

from ._paths import read_seed


def test_clean_keeps_headline_and_seven_body_paragraphs_of_seed():
    cleaned = clean_pasted_text(read_seed())
    assert cleaned.title.startswith("Belarus Weaponizing Migrants")
    paragraphs = cleaned.body.split("\n\n")
    assert len(paragraphs) == 7
    assert paragraphs[0].startswith("MINSK")
    assert paragraphs[-1].startswith("The crisis has exposed")


def test_clean_drops_share_buttons_teasers_and_comment_form_from_seed():
    body = clean_pasted_text(read_seed()).body
    for junk in (
        "Spread The Words",
        "Related Posts",
        "Senate",
        "Starmer",
        "Leave a Reply",
        "email address",
        "Content is protected",
        "Read more",
        "Keep reading",
    ):
        assert junk not in body


def test_clean_finds_byline_and_date_before_body():
    text = (
        "Home | World | Business\n\nCouncil Approves New Bus Routes\n\nBy Maria Lopez\n\n"
        "March 3, 2025\n\nThe city council approved four new bus routes on Monday, officials "
        "said.\n\nThe routes will cost €2.1 million a year, according to the transport office."
        "\n\nShare this:\n\nFacebook\n\nTwitter\n\n© 2025 Example Media. All rights reserved."
    )
    cleaned = clean_pasted_text(text)
    assert cleaned.title == "Council Approves New Bus Routes"
    assert cleaned.author == "Maria Lopez"
    assert cleaned.published == "2025-03-03"
    assert cleaned.body.count("\n\n") == 1
    assert "Share" not in cleaned.body and "©" not in cleaned.body


def test_clean_drops_cookie_banner_even_when_it_reads_as_prose():
    text = (
        "We use cookies to improve your experience. By continuing you accept our cookie policy."
        "\n\nHeadline About Water Prices\n\nWater prices rose by 12 percent last year, the "
        "regulator said on Friday."
    )
    cleaned = clean_pasted_text(text)
    assert "cookies" not in cleaned.body
    assert cleaned.body.startswith("Water prices rose")


def test_clean_joins_wrapped_lines_into_one_paragraph():
    text = "The minister said the budget would\ngrow by 3 percent next year, a record.\n"
    assert clean_pasted_text(text).body == (
        "The minister said the budget would grow by 3 percent next year, a record."
    )


def test_clean_extracted_text_stops_at_related_section():
    text = (
        "A long first paragraph that reads as prose, with enough words in it.\n\nRelated "
        "articles\n\nAnother story that should not be imported at all, said someone."
    )
    assert clean_extracted_text(text).startswith("A long first paragraph")
    assert "Another story" not in clean_extracted_text(text)


def test_parse_date_reads_common_formats():
    assert parse_date("February 20, 2025") == "2025-02-20"
    assert parse_date("20 Feb 2025") == "2025-02-20"
    assert parse_date("2024-11-05T10:00") == "2024-11-05"
    assert parse_date("no date here") is None


def test_clean_keeps_headline_byline_and_body_apart_when_pasted_without_blank_lines():
    text = (
        "Home | News | Business\n"
        "BREAKING: Storm warning for the north-east tonight\n"
        "Night trains return to the Vienna–Rome route after an eight-year gap\n"
        "By Sofia Marin | 3 min read\n"
        "A direct night train between Vienna and Rome resumed on Sunday, the operator said.\n"
        "Tickets start at €39 for a seat, according to the operator's booking site.\n"
    )
    cleaned = clean_pasted_text(text)
    assert cleaned.title == "Night trains return to the Vienna–Rome route after an eight-year gap"
    assert cleaned.author == "Sofia Marin"
    assert cleaned.body.startswith("A direct night train")
    assert "BREAKING" not in cleaned.body and "min read" not in cleaned.body
