"""The general mechanisms of the eighth attribution round (issue 14), found from the misses
of heldout8 by cause: reporting verbs recognised by their lemma (the dictionary fills the
paradigm cells the data did not list). Our own sentences, none taken from a labelled set."""

import pytest

from claims.extraction.morph import verb_inflections
from tests.extraction._attribution import found_after


@pytest.mark.parametrize(
    ("language", "listed", "generated", "never"),
    [
        # a listed past brings the present of the same lemma and its other genders
        ("ru", ("обещал",), ("обещала", "обещали", "обещает", "обещают"), ("обещай", "обещать")),
        ("uk", ("зазначив", "зазначала"), ("зазначав", "зазначали"), ("зазначу",)),
        # a reflexive brings reflexives only; a neuter past is left to the data
        ("ru", ("пожаловался",), ("пожаловалась", "пожаловались"), ("пожаловало",)),
        # a cell already written is not filled a second time from a homograph lexeme
        ("ru", ("пишет", "писал"), ("писала", "пишут"), ("писает",)),
    ],
)
def test_reporting_verbs_are_recognised_by_lemma(
    language: str, listed: tuple[str, ...], generated: tuple[str, ...], never: tuple[str, ...]
) -> None:
    forms = set(verb_inflections(listed, language))
    assert set(generated) <= forms
    assert not forms & set(never)
    assert not forms & set(listed)


def test_languages_without_a_dictionary_generate_nothing() -> None:
    assert verb_inflections(("powiedział",), "pl") == ()


@pytest.mark.parametrize(
    ("language", "sentences", "expected"),
    [
        # a verb form the data does not list, read through its lemma
        ("uk", ["Як обіцяють в облраді, ремонт мосту завершать у травні."], ("облрада", None)),
        (
            "ru",
            ["Как обещают в мэрии, новые автобусы выйдут на линию к осени."],
            ("мэрия", None),
        ),
    ],
)
def test_round_eight_mechanisms(
    language: str, sentences: list[str], expected: tuple[str, str | None]
) -> None:
    assert expected in found_after(sentences, language)
