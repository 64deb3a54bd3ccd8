"""Main text, fingerprints, soft-404 wording and the evidence quote check."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sources.linkcheck import fingerprint, main_text, quote_found
from sources.linkcheck.text import extract, looks_like_not_found

PAGE = """<html><head><title>T</title><script>var x = 1;</script></head><body>
<nav>Home | World</nav><div id="cookie-banner">We use cookies</div>
<article><h1>Headline</h1><p>First   paragraph.</p><p>Second<br>line.</p></article>
<aside class="related-stories">Other story</aside><footer>© 2024, generated 10:01</footer>
</body></html>"""


def test_main_text_keeps_the_article_and_drops_boilerplate() -> None:
    text = main_text(PAGE)
    assert text.splitlines() == ["Headline", "First paragraph.", "Second", "line."]


def test_main_text_reads_bytes_in_the_declared_or_guessed_charset() -> None:
    html = "<meta charset='windows-1251'><p>Лукашенко</p>".encode("cp1251")
    assert main_text(html) == "Лукашенко"
    assert main_text("<p>Zürich</p>".encode()) == "Zürich"
    assert main_text("<p>Zürich</p>".encode("latin-1"), "iso-8859-1") == "Zürich"


def test_main_text_of_garbage_is_empty_not_an_error() -> None:
    assert main_text(b"") == ""
    assert main_text("   ") == ""
    assert main_text(b"\x00\xff\xfe") is not None


def test_fingerprint_ignores_markup_whitespace_case_and_footer_changes() -> None:
    changed_cosmetics = (
        PAGE.replace("First   paragraph.", "<b>First</b>\n paragraph.")
        .replace("10:01", "23:59")
        .replace("Other story", "A different teaser")
        .replace("Headline", "HEADLINE")
    )
    assert fingerprint(main_text(PAGE)) == fingerprint(main_text(changed_cosmetics))


def test_fingerprint_changes_when_the_words_change() -> None:
    changed = PAGE.replace("Second", "Third")
    assert fingerprint(main_text(PAGE)) != fingerprint(main_text(changed))


def test_not_found_wording_in_title_or_heading_is_a_soft_404() -> None:
    assert looks_like_not_found(extract("<title>404 - Page Not Found</title><p>x</p>"))
    assert looks_like_not_found(extract("<h1>Sorry, this page doesn't exist</h1>"))
    assert looks_like_not_found(extract("<title>Seite nicht gefunden</title>"))


def test_long_article_mentioning_not_found_is_not_a_soft_404() -> None:
    body = "<title>Investigation</title><p>" + "The documents could not be found. " * 100
    assert not looks_like_not_found(extract(body))
    assert not looks_like_not_found(extract("<title>Why 404 errors matter</title><p>x</p>"))


def test_quote_found_ignores_typography_whitespace_and_case() -> None:
    text = "Lukashenko said: \u201cWe will not  stop\u201d \u2014 and\nthe EU\u2019s answer came."
    assert quote_found('"we will not stop" - and the EU\'s answer', text)
    assert quote_found("\u201cWE WILL NOT STOP\u201d", text)
    assert not quote_found("we will stop", text)
    assert not quote_found("   ", text)


@given(
    st.text(alphabet="abcXYZ 019\n\t.,\u201c\u201d\u2019-\u2014", min_size=1, max_size=80),
    st.data(),
)
def test_any_excerpt_of_a_text_is_found_in_it(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    excerpt = text[start:end]
    if excerpt.strip(" \n\t\"'\u201c\u201d\u2019"):
        assert quote_found(excerpt, text)
