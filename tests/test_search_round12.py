"""Mechanisms of the twelfth matching round (claims/search/hybrid.py): a candidate that
stands out from the query's other neighbours (its nearest rival far below the typical
rival cosine) has its cosine raised; a rival as close as is typical, or closer (a claim
stored twice), lowers nothing. Plain functions: no database, no model."""

from __future__ import annotations

import pytest

from claims.search import hybrid


@pytest.mark.parametrize(
    ("cosines", "expected"),
    [
        # the first candidate's rival is the second; every other's is the first
        ({"a": 0.91, "b": 0.83, "c": 0.80}, {"a": 0.83, "b": 0.91, "c": 0.91}),
        # two candidates as close as each other (a claim stored twice): each the other's rival
        ({"x": 0.95, "y": 0.95}, {"x": 0.95, "y": 0.95}),
        # a candidate without a vector has no rival, and is no rival
        ({"a": 0.90, "b": None, "c": 0.84}, {"a": 0.84, "b": None, "c": 0.90}),
        # one candidate alone: nothing to stand out from
        ({"a": 0.90}, {"a": None}),
        ({"a": 0.90, "b": None}, {"a": None, "b": None}),
        ({}, {}),
    ],
)
def test_the_rival_is_the_nearest_other_candidate(cosines: dict, expected: dict) -> None:
    found = hybrid.rivals(cosines)
    assert found.keys() == expected.keys()
    for key, rival in expected.items():
        assert found[key] == (None if rival is None else pytest.approx(rival))


@pytest.mark.parametrize(
    ("below_typical", "lifted"),
    [
        (None, False),  # no rival known
        (-0.05, False),  # a rival closer than is typical
        (0.0, False),  # exactly typical
        (0.02, True),
        (0.06, True),
    ],
)
def test_standing_out_raises_by_the_distance_below_the_typical_rival(
    below_typical: float | None, lifted: bool
) -> None:
    rival = None if below_typical is None else hybrid.RIVAL_TYPICAL - below_typical
    lift = hybrid.standout(rival)
    if lifted:
        assert below_typical is not None
        assert lift == pytest.approx(hybrid.STANDOUT_WEIGHT * below_typical)
    else:
        assert lift == 0.0


# A query and its true match (a paraphrase naming the actor by a description), in several
# languages: with a far rival it scores higher than with a typical one, never lower.
PAIRS = [
    (
        "The Irish low-cost carrier will open a base with two planes in Bristol next spring.",
        "Ryanair will base two aircraft at Bristol Airport from next spring.",
    ),
    (
        "Сеть с зелёной лягушкой на вывеске откроет 200 магазинов в Чехии.",
        "Żabka otworzy 200 sklepów w Czechach.",
    ),
    (
        "Перекази з картки на картку в Ощадбанку тепер безкоштовні.",
        "Ощадбанк скасував комісію за перекази з картки на картку.",
    ),
    (
        "Radni przegłosowali zakaz hulajnóg na poznańskim Starym Rynku.",
        "Rada Miasta Poznania zakazała jazdy hulajnogami po Starym Rynku.",
    ),
]


@pytest.mark.parametrize(("query", "doc"), PAIRS)
@pytest.mark.parametrize("cosine", [0.86, 0.90, 0.93])
def test_a_candidate_standing_out_scores_higher(query: str, doc: str, cosine: float) -> None:
    a, b = hybrid.signals(query), hybrid.signals(doc)
    typical = hybrid.score(cosine, 0.0, a, b, 0.4, hybrid.RIVAL_TYPICAL)
    far = hybrid.score(cosine, 0.0, a, b, 0.4, hybrid.RIVAL_TYPICAL - 0.06)
    assert typical == hybrid.score(cosine, 0.0, a, b, 0.4)
    assert far >= typical
    found = hybrid.evidence(0.0, a, b)
    shifted = cosine - hybrid.SAME_LANGUAGE_SHIFT * found.same_language
    lift = hybrid.standout(hybrid.RIVAL_TYPICAL - 0.06)
    if found.factor and shifted + lift > hybrid.COS_FLOOR and shifted < hybrid.COS_CEIL:
        assert far > typical


@pytest.mark.parametrize(("query", "doc"), PAIRS)
@pytest.mark.parametrize("rival", [0.87, 0.93, 0.99])
def test_a_close_rival_lowers_nothing(query: str, doc: str, rival: float) -> None:
    # the same claim stored twice, or a sibling as close: the score is as it was
    a, b = hybrid.signals(query), hybrid.signals(doc)
    assert hybrid.score(0.92, 0.0, a, b, 0.4, rival) == hybrid.score(0.92, 0.0, a, b, 0.4)
