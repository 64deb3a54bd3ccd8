"""Mechanisms of the tenth matching round (claims/search/hybrid.py): shares said as
fractions read as percentages, more units converted (millimetres, tonnes to kilograms,
imperial lengths to metric), and approximate numbers ("almost", "около") meeting a
figure close to them. Plain functions: no database, no model."""

from __future__ import annotations

import pytest

from claims.search import hybrid


def _evidence(a: str, b: str) -> hybrid.Evidence:
    return hybrid.evidence(0.0, hybrid.signals(a), hybrid.signals(b))


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("One in four trams in the city is now low-floor.", "25"),
        ("Every fifth pupil walks to school.", "20"),
        ("A third of the reservoirs are below their summer level.", "33"),
        ("Two thirds of the staff voted for the strike.", "67"),
        ("Three quarters of the ferries were cancelled.", "75"),
        ("Каждый десятый житель города пользуется велосипедом.", "10"),
        ("Кожна третя школа в області має укриття.", "33"),
        ("Кожны чацвёрты пенсіянер працуе.", "25"),
        ("Co czwarty kierowca przekracza prędkość.", "25"),
        ("Четверть семей живёт в арендованном жилье.", "25"),
        ("Дві третини опитаних проти.", "67"),
        ("Dwóch na pięciu studentów pracuje.", "40"),
        ("Троє з чотирьох водіїв пристібаються.", "75"),
        ("Every eighth flat stands empty.", "12.5"),
    ],
)
def test_fractions_are_read_as_percentages(text: str, share: str) -> None:
    assert (share, "percent") in hybrid.counts(text)


def test_a_fraction_meets_its_percentage_and_not_another() -> None:
    same = _evidence(
        "One in five households in the region has solar panels.",
        "20% домохозяйств региона имеют солнечные панели.",
    )
    assert same.numbers == 1.0 and same.factor == 1.0
    other = _evidence(
        "One in four households in the region has solar panels.",
        "20% домохозяйств региона имеют солнечные панели.",
    )
    assert other.factor < 1.0


def test_an_ordinal_alone_is_not_a_share() -> None:
    # "a third term" is an ordinal, not a share of anything
    assert not any(unit == "percent" for _, unit in hybrid.counts("She won a third term in 2026."))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Snow cover reached 45 cm in the valley.", "Pokrywa śnieżna sięgnęła 450 mm w dolinie."),
        ("The crane lifts 3 tonnes.", "Кран поднимает 3000 килограммов."),
        ("The new cycle path is 5 miles long.", "Новая велодорожка длиной 8 км."),
        ("The wall is 2.5 metres high.", "Стена высотой 2500 мм."),
    ],
)
def test_a_quantity_in_another_unit_agrees(a: str, b: str) -> None:
    found = _evidence(a, b)
    assert found.numbers == 1.0 and found.factor == 1.0


def test_a_changed_quantity_in_another_unit_still_conflicts() -> None:
    assert (
        _evidence("The new cycle path is 5 miles long.", "Новая велодорожка длиной 20 км.").factor
        < 1.0
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Almost 3 million tourists visited the capital.", "Столицу посетили 2,9 млн туристов."),
        ("Около 200 тысяч человек вышли на марш.", "Some 205,000 people joined the march."),
        ("Prawie pół miliona litrów wody wyciekło.", "Витекло 480 тисяч літрів води."),
    ],
)
def test_an_approximate_number_meets_a_close_one(a: str, b: str) -> None:
    found = _evidence(a, b)
    assert found.factor == 1.0 and found.numbers > 0


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # far from the approximate figure
        ("Almost 3 million tourists visited the capital.", "Столицу посетили 2 млн туристов."),
        # not said as approximate: a changed figure
        ("3 million tourists visited the capital.", "Столицу посетили 2,9 млн туристов."),
        # a bound is not a rounding
        ("More than 70 percent back the plan.", "75% поддерживают план."),
    ],
)
def test_other_numbers_still_conflict(a: str, b: str) -> None:
    assert _evidence(a, b).numbers == 0.0


def test_hedged_reads_only_the_number_after_the_word() -> None:
    assert hybrid.hedged("About 40 buses run, 12 of them at night.") == frozenset({"40"})
