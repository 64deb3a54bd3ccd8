import json

import pytest

from claims.extraction import CHECKWORTHY_THRESHOLD, extract, extract_file
from claims.extraction.score import score_sentence

from ._paths import ARTICLES, HELDOUT, read_seed


def test_seed_yields_headline_and_fourteen_body_sentences_with_exact_offsets():
    doc = extract(read_seed())
    assert doc.title.startswith("Belarus Weaponizing Migrants")
    assert len(doc.sentences) == 14
    for s in doc.sentences:
        assert doc.body[s.start : s.end] == s.text


def test_seed_junk_never_becomes_a_claim():
    doc = extract(read_seed())
    claims = " ".join(s.text for s in doc.sentences)
    for junk in ("Headscarf", "Starmer", "Spread The Words", "Leave a Reply", "Stacy"):
        assert junk not in claims


def test_seed_proposes_the_domain_claims_and_not_the_commentary():
    doc = extract(read_seed())
    proposed = [s.text for s in doc.sentences if s.checkworthy]
    for needle in (
        "at least 120",
        "May 2021",
        "spring 2021",
        "Lukashenko declared",
        "seal its border",
        "January 26",
    ):
        assert any(needle in text for text in proposed), needle
    assert not any(text.startswith("The crisis has exposed") for text in proposed)
    assert not any(text.startswith("Meanwhile, the human cost") for text in proposed)


def test_score_lowers_opinions_questions_and_short_fragments():
    assert score_sentence("Is this the end of cheap energy?")[0] < CHECKWORTHY_THRESHOLD
    assert "question" in score_sentence("Will the ministry publish the 2024 figures?")[1]
    assert score_sentence("Thanks for reading.")[1] == ["too short"]
    opinion = "I think the government should be ashamed of this shameful policy."
    assert "opinion" in score_sentence(opinion)[1]
    assert score_sentence(opinion)[0] < CHECKWORTHY_THRESHOLD


def test_score_rates_statistic_with_date_and_source_as_checkworthy():
    score, reasons = score_sentence(
        "Unemployment fell to 4.2 percent in March, the lowest since 2008.", attributed=True
    )
    assert score >= CHECKWORTHY_THRESHOLD
    assert {"statistic", "date", "comparison", "attribution"} <= set(reasons)


def test_score_counts_a_date_bound_to_a_deadline_or_schedule():
    score, reasons = score_sentence("The lease on the depot expires at the end of 2027.")
    assert "deadline" in reasons and score >= CHECKWORTHY_THRESHOLD
    assert "deadline" not in score_sentence("The council met on Monday to discuss the lease.")[1]


def test_score_a_refusal_to_comment_is_not_a_claim():
    score, reasons = score_sentence(
        "Italian rail operator Trenitalia, which runs the Italian section, declined to comment."
    )
    assert reasons == ["no comment"] and score < CHECKWORTHY_THRESHOLD


def test_score_treats_official_orders_as_factual_events():
    reasons = score_sentence("The regulator ordered the airline to refund 3,000 passengers.")[1]
    assert "factual event" in reasons


def test_to_json_dict_lists_every_sentence_with_exact_offsets():
    doc = extract("Prices rose 5 percent in May, the agency said. I love summer.")
    data = doc.to_json_dict()
    assert set(data) == {"title", "language", "body", "claims"}
    assert len(data["claims"]) == 2
    first = data["claims"][0]
    assert set(first) == {
        "text",
        "start",
        "end",
        "checkworthiness",
        "checkworthy",
        "reasons",
        "attributions",
        "language",
    }
    assert data["body"][first["start"] : first["end"]] == first["text"]
    assert first["checkworthy"] is True and data["claims"][1]["checkworthy"] is False
    assert first["attributions"] == [
        {"name": "agency", "kind": "government_body", "cue": "said", "via": None}
    ]
    json.dumps(data)


def _article_files():
    return sorted(
        p
        for folder in (ARTICLES, HELDOUT)
        for p in folder.glob("*")
        if p.suffix in (".txt", ".html", ".md")
    )


@pytest.mark.parametrize("path", _article_files(), ids=lambda p: p.name)
def test_labelled_articles_have_exact_offsets_and_labelled_sentences_found(path):
    doc = extract_file(path.read_bytes(), path.name)
    for s in doc.sentences:
        assert doc.body[s.start : s.end] == s.text
    labels = json.loads(path.with_suffix(".labels.json").read_text(encoding="utf-8"))
    texts = {s.text for s in doc.sentences}
    missing = [c["text"] for c in labels["claims"] if c["text"] not in texts]
    assert not missing
