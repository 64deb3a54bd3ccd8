"""Mechanisms of the fourteenth matching round: one figure however a language writes it
(claims/search/hybrid.py: "3.5m", "a dozen", "a quarter of a million") and the smaller
towns of the gazetteer (claims/search/gazetteer.py, read by places.py) with their case
forms made by rule. Plain functions: no database, no model."""

from __future__ import annotations

import pytest

from claims.search import gazetteer, hybrid, places


@pytest.mark.parametrize(
    "text",
    [
        "The flood displaced 3.5m residents.",
        "Powódź wypędziła z domów 3,5 mln mieszkańców.",
        "Паводок выгнал из домов 3,5 млн жителей.",
        "Повінь вигнала з домівок 3,5 млн мешканців.",
        "The flood displaced 3.5 million residents.",
        "The flood displaced 3 500 000 residents.",
    ],
)
def test_millions_written_short_or_long_are_one_figure(text: str) -> None:
    assert "3500000" in hybrid.numbers(text)


def test_short_million_needs_money_or_people() -> None:
    assert "7000000" in hybrid.numbers("The port lost €7m in a year.")
    assert "4200000000" in hybrid.numbers("The deal is worth $4.2bn.")
    # a height in metres stays a height
    assert hybrid.numbers("They built a 7m fence.") == frozenset({"7"})


@pytest.mark.parametrize(
    "text",
    [
        "A dozen miners were trapped underground.",
        "Под землёй оказались заблокированы дюжина шахтёров.",
        "Pod ziemią uwięziono tuzin górników.",
        "Twelve miners were trapped underground.",
        "Под землёй заблокированы двенадцать шахтёров.",
        "Під землею заблоковано дванадцять шахтарів.",
        "Пад зямлёй заблакаваны дванаццаць шахцёраў.",
        "Pod ziemią uwięziono dwunastu górników.",
    ],
)
def test_a_dozen_is_twelve_in_every_language(text: str) -> None:
    assert "12" in hybrid.numbers(text)


def test_dozens_and_counted_dozens() -> None:
    assert "36" in hybrid.numbers("The shop sold 3 dozen eggs.")
    assert "12" not in hybrid.numbers("Dozens of flights were cancelled.")


@pytest.mark.parametrize(
    "text",
    [
        "A quarter of a million tickets were sold.",
        "Sprzedano ćwierć miliona biletów.",
        "Продано четверть миллиона билетов.",
        "Продано чверть мільйона квитків.",
        "Прададзена чвэрць мільёна квіткоў.",
    ],
)
def test_a_quarter_of_a_million_is_a_figure_not_a_share(text: str) -> None:
    found = hybrid.numbers(text)
    assert "250000" in found
    assert "25" not in found


def test_a_quarter_alone_is_still_a_share() -> None:
    assert "25" in hybrid.numbers("A quarter of the voters stayed at home.")


def test_half_a_million_agrees_across_languages() -> None:
    english = hybrid.signals("Half a million households lost power after the storm.")
    russian = hybrid.signals("После шторма полмиллиона домохозяйств остались без света.")
    assert "500000" in english.numbers & russian.numbers


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("Protesters gathered in Belfast on Sunday.", "belfast", "britain"),
        ("Протестующие собрались в Белфасте.", "belfast", "britain"),
        ("Demonstranci zebrali się w Belfaście.", "belfast", "britain"),
        ("Nowy szpital otwarto w Płocku.", "plock", "poland"),
        ("Новую больницу открыли в Плоцке.", "plock", "poland"),
        ("Шпіталь адкрылі ў Слоніме.", "slonim", "belarus"),
        ("Szpital otwarto w Słonimie.", "slonim", "belarus"),
        ("Завод у Лідзе спыніў працу.", "lida", "belarus"),
        ("Fabryka w Lidzie wstrzymała pracę.", "lida", "belarus"),
        ("Завод в Перми остановил работу.", "perm", "russia"),
        ("Трамвай у Рівненській області", "rivne", "ukraine"),
        ("Музей в Новогрудке закрыли.", "navahrudak", "belarus"),
    ],
)
def test_smaller_towns_are_read_in_their_case_forms(text: str, town: str, country: str) -> None:
    cities, countries = places.places(text)
    assert town in cities
    assert country in countries


def test_two_towns_of_one_country_conflict() -> None:
    leeds = places.places("The airport at Leeds will close a runway.")
    belfast = places.places("Аэропорт Белфаста закроет взлётную полосу.")
    assert places.place_conflict(leeds, belfast)
    # a town beside its own country names no other place
    assert not places.place_conflict(leeds, places.places("A British airport will close."))


def test_a_hyphenated_pair_of_towns_names_both() -> None:
    cities, _ = places.places("Flights from Leeds-Bradford resume in May.")
    assert {"leeds", "bradford"} <= cities


def test_short_names_give_whole_words_only() -> None:
    # "Sumy" would catch "sum" as a stem, "Радом" the Belarusian "радом" (beside)
    assert places.places("The sum was paid in May.") == (frozenset(), frozenset())
    assert places.places("Яны стаялі радом з домам.") == (frozenset(), frozenset())
    stems, words = gazetteer.forms("lida")
    assert stems == ()
    assert {"lida", "lidy", "lidzie"} <= set(words)


def test_forms_rule() -> None:
    assert gazetteer.forms("Słonim") == (("słonim",), ())
    assert gazetteer.forms("Бристоль") == (("бристол",), ())
    assert gazetteer.forms("=sumy") == ((), ("sumy",))
    with pytest.raises(ValueError):
        gazetteer.forms("Zielona Góra")


def test_every_gazetteer_row_has_a_known_country_and_no_clash() -> None:
    keys = set(places.CITIES) | set(places.CITY_WORDS)
    for town, country, stems, words in gazetteer.rows():
        assert country in places.COUNTRIES
        assert town not in keys
        assert stems or words
        assert all(len(stem) >= gazetteer.MIN_STEM for stem in stems)


def test_a_town_inside_a_city_names_the_city_too() -> None:
    peterhof = places.places("Фонтаны Петергофа откроются в мае.")
    assert {"peterhof", "petersburg"} <= peterhof[0]
    assert not places.place_conflict(peterhof, places.places("Фонтаны под Петербургом"))
    assert places.place_conflict(peterhof, places.places("Фонтаны в Астрахани откроются."))


def test_the_city_adjective_names_the_city() -> None:
    assert "moscow" in places.places("Московское метро продлит линию.")[0]
    assert "moscow" in places.places("Moskiewskie metro przedłuży linię.")[0]
