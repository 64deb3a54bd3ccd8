import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extraction.split import split_sentences

from ._paths import GOLDEN


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_split_passes_at_least_47_golden_rules():
    if not GOLDEN.exists():
        pytest.skip("shared golden rules not available")
    cases = json.loads(GOLDEN.read_text(encoding="utf-8"))["cases"]
    passed = sum(sentences(c["text"]) == c["sentences"] for c in cases)
    assert passed >= 47, f"{passed}/{len(cases)}"


def test_split_keeps_us_abbreviation_inside_sentence():
    text = "The U.S. Senate voted on Tuesday. Sen. Jane Roe objected."
    assert sentences(text) == ["The U.S. Senate voted on Tuesday.", "Sen. Jane Roe objected."]


def test_split_ends_sentence_after_abbreviation_before_sentence_opener():
    text = "Exports to the E.U. fell. The U.S. The figures came from Dr. Ames at 9 a.m. Monday."
    assert sentences(text) == [
        "Exports to the E.U. fell.",
        "The U.S.",
        "The figures came from Dr. Ames at 9 a.m. Monday.",
    ]


def test_split_keeps_decimals_and_money_together():
    text = (
        "Inflation hit 21.4 percent. The plan costs €320 million, or $100.00 per head. It passed."
    )
    assert sentences(text) == [
        "Inflation hit 21.4 percent.",
        "The plan costs €320 million, or $100.00 per head.",
        "It passed.",
    ]


def test_split_keeps_month_abbreviation_before_day():
    assert sentences("The vote is on Jan. 26 in Minsk. Polls open early.") == [
        "The vote is on Jan. 26 in Minsk.",
        "Polls open early.",
    ]


def test_split_ends_sentence_inside_closing_quotation_mark():
    text = "He called it “a disgrace.” Officials declined to comment."
    assert sentences(text) == ["He called it “a disgrace.”", "Officials declined to comment."]


def test_split_does_not_end_sentence_at_quote_followed_by_lowercase_verb():
    text = "“We will rebuild,” she said. “This is not over.” he added."
    assert sentences(text) == ["“We will rebuild,” she said.", "“This is not over.” he added."]


def test_split_drops_dateline_from_first_sentence():
    text = "MINSK – Officials met on Monday. They agreed."
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["Officials met on Monday.", "They agreed."]


def test_split_drops_dateline_with_letters_beyond_ascii():
    for dateline in ("GDAŃSK –", "SÃO PAULO (Reuters) –", "КИЇВ —"):
        text = f"{dateline} Officials met on Monday. They agreed."
        assert sentences(text) == ["Officials met on Monday.", "They agreed."]


def test_split_treats_newline_as_boundary_for_list_items():
    text = "Key points:\n- Prices rose\n- Wages fell"
    assert sentences(text) == ["Key points:", "- Prices rose", "- Wages fell"]


def test_split_handles_ellipsis_before_capital():
    assert sentences("I never meant that.... She left.") == ["I never meant that....", "She left."]


def test_split_offsets_are_exact_for_unicode_text():
    text = "  Zürich’s mayor said „no“.  \n\n  Straße closed. "
    for start, end in split_sentences(text):
        assert text[start:end] == text[start:end].strip()
        assert text[start:end]
    assert sentences(text) == ["Zürich’s mayor said „no“.", "Straße closed."]


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list('ab A.B?!"”’)(…\n 1.2.U.S.•-–')), max_size=200)
    | st.text(max_size=200)
)
def test_split_spans_are_exact_ordered_and_disjoint_for_any_text(text):
    previous_end = 0
    for start, end in split_sentences(text):
        assert previous_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip()
        previous_end = end
