"""Mechanisms of the eighteenth matching round (claims/search/hybrid.py): a withdrawn,
revoked or cancelled decision read as a denial of what was decided, in every language.
Plain functions: no database, no model."""

from __future__ import annotations

import pytest

from claims.search import hybrid


def polarity(text: str) -> tuple[bool, bool]:
    """(negated with the stopping words, negated without them)."""
    return hybrid.negated(text), hybrid.negated(text, stopping=False)


def opposite(a: str, b: str) -> bool:
    """Whether score() would read the two as saying opposite things (NEGATION_FACTOR)."""
    found = hybrid.evidence(0.0, hybrid.signals(a), hybrid.signals(b))
    return found.factor <= hybrid.NEGATION_FACTOR + 1e-9


# --- a withdrawn decision denies what it decided -------------------------------------------


@pytest.mark.parametrize(
    ("withdrawn", "refused"),
    [
        (
            "The regional government has withdrawn its decision to sell the ferry company",
            "The regional government will not sell the ferry company",
        ),
        (
            "The permit for the new quarry near the lake was revoked by the ministry",
            "The ministry refused to allow a new quarry near the lake",
        ),
        (
            "Мэрия отозвала разрешение на строительство парковки у озера",
            "Мэрия отказалась строить парковку у озера",
        ),
        (
            "Обласна рада скасувала рішення про продаж лікарні",
            "Обласна рада не продаватиме лікарню",
        ),
        (
            "Рашэнне аб продажы стадыёна гарадскія ўлады адклікалі",
            "Гарадскія ўлады не будуць прадаваць стадыён",
        ),
        (
            "Burmistrz cofnął decyzję o sprzedaży zabytkowej willi",
            "Burmistrz nie sprzeda zabytkowej willi",
        ),
        (
            "Zarząd województwa wycofał się z decyzji o budowie spalarni",
            "Zarząd województwa odrzucił budowę spalarni",
        ),
    ],
)
def test_a_withdrawn_decision_says_what_a_refusal_says(withdrawn: str, refused: str) -> None:
    assert hybrid.negated(withdrawn)
    assert hybrid.negated(withdrawn, stopping=False)
    assert not opposite(withdrawn, refused)


@pytest.mark.parametrize(
    ("withdrawn", "done"),
    [
        (
            "The council reversed its decision to demolish the old cinema",
            "The council will demolish the old cinema",
        ),
        ("Суд отменил постановление о сносе рынка", "Рынок снесут по постановлению суда"),
        (
            "Уряд відкликав дозвіл на видобуток газу в заповіднику",
            "Уряд дозволив видобуток газу в заповіднику",
        ),
        ("Міністэрства адмяніла загад аб павелічэнні платы", "Міністэрства павялічыць плату"),
        ("Uchwała o wycince alei została unieważniona", "Gmina wytnie drzewa w alei"),
    ],
)
def test_a_withdrawn_decision_is_the_opposite_of_the_act(withdrawn: str, done: str) -> None:
    assert opposite(withdrawn, done)


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        # cancelling a decision to close: the thing stays open, not "will close"
        ("The board cancelled its decision to close the village school", False),
        ("Власти отменили решение о закрытии поликлиники", False),
        ("Rada cofnęła decyzję o zamknięciu biblioteki", False),
        # cancelling a ban decree allows
        ("Мэр отменил указ о запрете уличной торговли", False),
    ],
)
def test_withdrawing_a_decision_to_stop_leaves_no_denial(text: str, negated: bool) -> None:
    assert hybrid.negated(text) is negated


@pytest.mark.parametrize(
    "text",
    [
        # the decision's content, not its withdrawal: an infinitive after the noun
        "The decision to cancel the festival surprised its sponsors",
        "Решение отменить рейсы приняли вечером",
        # "указал" (pointed out) is no decree
        "Министр указал, что рейсы отменили",
    ],
)
def test_a_decision_to_cancel_is_still_a_cancellation(text: str) -> None:
    # one stopping word: negated with the stopping words, not without them
    assert polarity(text) == (True, False)
