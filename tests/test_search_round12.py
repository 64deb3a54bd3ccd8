"""Mechanisms of the twelfth matching round (claims/search/hybrid.py): introducing
something (a fee, a rule, a limit) is an act that went ahead, the opposite of cancelling
it, in each of the five languages. Plain functions: no database, no model."""

from __future__ import annotations

import pytest

from claims.search import hybrid


def _evidence(a: str, b: str) -> hybrid.Evidence:
    return hybrid.evidence(0.0, hybrid.signals(a), hybrid.signals(b))


@pytest.mark.parametrize(
    ("introduced", "cancelled"),
    [
        (
            "The city introduced a fee for parking near the station.",
            "The city scrapped the fee for parking near the station.",
        ),
        (
            "Почта ввела плату за хранение посылок.",
            "Почта отменила плату за хранение посылок.",
        ),
        (
            "Мэрия вводит ограничение скорости в центре.",
            "Мэрия отменила ограничение скорости в центре.",
        ),
        (
            "Укрпошта запровадила плату за зберігання посилок.",
            "Укрпошта скасувала плату за зберігання посилок.",
        ),
        (
            "Метро увело нові правила проїзду для студентів.",
            "Метро скасувало нові правила проїзду для студентів.",
        ),
        (
            "Белпошта ўвяла плату за захоўванне пасылак.",
            "Белпошта адмяніла плату за захоўванне пасылак.",
        ),
        (
            "Poczta wprowadziła opłatę za przechowywanie paczek.",
            "Poczta zniosła opłatę za przechowywanie paczek.",
        ),
    ],
)
def test_introducing_is_the_opposite_of_cancelling(introduced: str, cancelled: str) -> None:
    assert hybrid.affirmed(introduced)
    assert _evidence(introduced, cancelled).factor == hybrid.NEGATION_FACTOR
    assert _evidence(cancelled, introduced).factor == hybrid.NEGATION_FACTOR


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # introduced on both sides, in two languages: one polarity
        (
            "Почта ввела плату за хранение посылок.",
            "Poczta wprowadziła opłatę za przechowywanie paczek.",
        ),
        # a ban introduced is still a ban: it agrees with "banned"
        ("The council introduced a ban on fireworks.", "The council banned fireworks."),
        ("Мэрия ввела запрет на фейерверки.", "Мэрия запретила фейерверки."),
    ],
)
def test_introducing_on_both_sides_is_one_polarity(a: str, b: str) -> None:
    assert _evidence(a, b).factor == 1.0


@pytest.mark.parametrize(
    "text",
    [
        # Russian "увеличил" (increased) begins like Ukrainian "увела" (introduced): only the
        # whole Ukrainian words count
        "Завод увеличил выпуск автобусов.",
        "Город увеличит число автобусов.",
    ],
)
def test_a_word_that_only_begins_like_introduced_is_not_an_act_that_went_ahead(
    text: str,
) -> None:
    assert not hybrid.affirmed(text)
