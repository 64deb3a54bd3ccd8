"""Mechanisms of the eleventh matching round (claims/search/hybrid.py, places.py): a
stopping word against a claim saying the act went ahead is an opposite polarity; more
places, and a city counting as its region; areas in hectares and square metres; a
Cyrillic name spelled in two of ru/uk/be met by its consonants. Plain functions: no
database, no model."""

from __future__ import annotations

import pytest

from claims.search import hybrid
from claims.search.places import place_conflict, places


def _evidence(a: str, b: str) -> hybrid.Evidence:
    return hybrid.evidence(0.0, hybrid.signals(a), hybrid.signals(b))


@pytest.mark.parametrize(
    ("went_ahead", "stopped"),
    [
        (
            "The orchestra confirmed its spring tour of Japan.",
            "The orchestra cancelled its spring tour of Japan.",
        ),
        ("Оператор сохранил бесплатную доставку.", "Оператор отменил бесплатную доставку."),
        ("Музей відкрив нове крило для відвідувачів.", "Музей відклав відкриття нового крила."),
        ("Гарсавет зацвердзіў новы маршрут аўтобуса.", "Гарсавет адмяніў новы маршрут аўтобуса."),
        (
            "Rada miasta przyjęła nowy rozkład tramwajów.",
            "Rada miasta odwołała nowy rozkład tramwajów.",
        ),
        (
            "The airline kept its night flights to Riga.",
            "The airline suspended its night flights to Riga.",
        ),
        (
            "Parliament passed the bill abolishing the toll.",
            "Parliament rejected the bill abolishing the toll.",
        ),
    ],
)
def test_an_act_that_went_ahead_is_the_opposite_of_its_stopping(
    went_ahead: str, stopped: str
) -> None:
    assert _evidence(went_ahead, stopped).factor == hybrid.NEGATION_FACTOR
    assert _evidence(stopped, went_ahead).factor == hybrid.NEGATION_FACTOR


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the stopping word on both sides, one of them as the object of the act
        ("Parliament passed a bill abolishing the toll.", "Parliament abolished the toll."),
        ("Оператор подтвердил отмену ночных рейсов.", "Оператор отменил ночные рейсы."),
        # a stopping word against a plain "not": no act said to go ahead
        ("The ferry line was closed for the winter.", "The ferry line does not run in winter."),
    ],
)
def test_the_same_polarity_is_not_read_as_opposite(a: str, b: str) -> None:
    assert _evidence(a, b).factor == 1.0


@pytest.mark.parametrize(
    ("text", "affirmed"),
    [
        ("The council approved the new budget.", True),
        ("Уряд ухвалив закон про мито.", True),
        ("Urząd uruchomił nową linię.", True),
        ("Passengers waited for the bus.", False),
        ("The keeper fed the lynx.", False),
    ],
)
def test_affirmed_reads_whole_words_where_a_stem_would_catch_others(
    text: str, affirmed: bool
) -> None:
    assert hybrid.affirmed(text) is affirmed


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("A new tram depot opens in Tyumen.", "tyumen", "russia"),
        ("Завод у Чэлябінску скарачае змены.", "chelyabinsk", "russia"),
        ("Nowy most w Bukareszcie.", "bucharest", "romania"),
        ("Фестиваль у Чернівцях перенесли.", "chernivtsi", "ukraine"),
        ("Ярмарак у Маладзечне.", "maladzyechna", "belarus"),
        ("Koncert na Podkarpaciu.", "podkarpacie", "poland"),
        ("The museum in Cardiff reopens.", "cardiff", "wales"),
        ("Новый терминал в Кёльне.", "cologne", "germany"),
    ],
)
def test_places_outside_the_old_table_are_read(text: str, city: str, country: str) -> None:
    cities, countries = places(text)
    assert city in cities and country in countries


@pytest.mark.parametrize(
    "text",
    ["Иванов заявил о победе.", "Ровно в полдень начался парад.", "Николаев выиграл турнир."],
)
def test_surnames_and_common_words_are_no_places(text: str) -> None:
    assert places(text) == (frozenset(), frozenset())


def test_a_city_counts_as_its_region_and_another_region_conflicts() -> None:
    city = places("Nowe paczkomaty w Białymstoku.")
    assert not place_conflict(city, places("Nowe paczkomaty na Podlasiu."))
    assert place_conflict(city, places("Nowe paczkomaty na Podkarpaciu."))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Парк займе 8 гектарів.", ("80000", "square_metre")),
        ("A 45,000 square metre depot.", ("45000", "square_metre")),
        ("Склад площадью 30 тысяч квадратных метров.", ("30000", "square_metre")),
        ("Magazyn ma 20 tys. metrów kwadratowych.", ("20000", "square_metre")),
        ("The reserve covers 6 km².", ("600", "hectare")),
        ("Лес площадью 2 кв. км.", ("2000000", "square_metre")),
    ],
)
def test_areas_are_read_and_converted(text: str, found: tuple[str, str]) -> None:
    assert found in hybrid.counts(text)


def test_an_area_in_hectares_meets_square_metres_and_a_changed_one_conflicts() -> None:
    same = _evidence("Парк займе 8 гектарів.", "The park will cover 80,000 square metres.")
    assert same.numbers == 1.0 and same.factor == 1.0
    other = _evidence("Парк займе 8 гектарів.", "The park will cover 50,000 square metres.")
    assert other.factor < 1.0


@pytest.mark.parametrize(
    ("word", "bones"),
    [("Роўным", "рвн"), ("Рівному", "рвн"), ("Львоў", "лвв"), ("Львів", "лвв"), ("Ія", "")],
)
def test_skeleton_keeps_the_first_consonants(word: str, bones: str) -> None:
    assert hybrid.skeleton(word) == bones


def test_a_name_spelled_in_two_kin_languages_is_no_conflict() -> None:
    be = hybrid.signals("Пошта адкрые новы склад у Роўным у наступным годзе.")
    uk = hybrid.signals("Пошта відкриє новий склад у Рівному наступного року.")
    assert not hybrid.name_conflict(be, uk)
    # another town is still another name
    other = hybrid.signals("Пошта відкриє новий склад у Луцьку наступного року.")
    assert hybrid.name_conflict(be, other) or place_conflict(be.places, other.places)


@pytest.mark.parametrize(
    ("share", "count"),
    [
        (
            "Один из семи мостов города закрыт на ремонт.",
            "One of seven city bridges is closed for repairs.",
        ),
        ("Jeden z pięciu promów nie kursuje.", "One of five ferries is not running."),
    ],
)
def test_a_share_also_keeps_its_whole_as_a_count(share: str, count: str) -> None:
    found = _evidence(share, count)
    assert found.factor == 1.0 and found.numbers > 0
    # and it is still a share: a percentage of another figure conflicts
    assert _evidence(share, "25% of the city's bridges are closed for repairs.").factor < 1.0
