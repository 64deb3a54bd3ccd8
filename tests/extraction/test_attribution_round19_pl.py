"""Attribution round 19 (Polish): one test per mechanism, parametrised over its forms.
Sentences written for these tests, not taken from the benchmark sets."""

from __future__ import annotations

import pytest

from claims.extraction.morph import nominative
from tests.extraction._attribution import found_after


def names(sentences: list[str]) -> list[str]:
    return [name for name, _ in found_after(sentences, "pl")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Według danych Regionalnego Centrum Krwiodawstwa w maju oddano 900 litrów krwi.",
            "Regionalne Centrum Krwiodawstwa",
        ),
        (
            "Z danych Miejskiego Centrum Pomocy Rodzinie wynika, że zasiłek dostało 312 osób.",
            "Miejskie Centrum Pomocy Rodzinie",
        ),
        (
            "Według Okręgowego Muzeum Ziemi w 2025 r. wystawę obejrzało 14 tys. osób.",
            "Okręgowe Muzeum Ziemi",
        ),
    ],
)
def test_indeclinable_head_takes_its_case_from_the_adjectives_before_it(
    text: str, source: str
) -> None:
    assert source in names([text])


def test_nominative_indeclinable_head_is_left_as_it_is() -> None:
    assert nominative("Narodowe Centrum Kultury", "pl") == "Narodowe Centrum Kultury"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Według biegłej podpisy na umowach złożyła jedna osoba w 2023 r.", "biegła"),
        ("Zdaniem poszkodowanego naprawa dachu kosztowała go 40 tys. zł.", "poszkodowany"),
    ],
)
def test_adjective_used_as_a_noun_names_its_author_in_the_nominative(
    text: str, source: str
) -> None:
    assert names([text]) == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Kredytów udzielono o 12 proc. więcej niż rok temu, podała filia banku.", "filia banku"),
        (
            "Wniosków wpłynęło o 300 mniej niż w 2024 r., przekazała delegatura urzędu.",
            "delegatura urzędu",
        ),
    ],
)
def test_local_branch_of_a_body_speaks_after_the_verb(text: str, source: str) -> None:
    assert names([text]) == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Zezwoleń wydano o jedną trzecią mniej niż przed rokiem, podał oddział Regionalnej"
            " Dyrekcji Ochrony Środowiska w Gdańsku.",
            "oddział Regionalnej Dyrekcji Ochrony Środowiska w Gdańsku",
        ),
        (
            "Na oddziałach leczono 40 dzieci, przekazała filia Wojewódzkiego Szpitala Dziecięcego.",
            "filia Wojewódzkiego Szpitala Dziecięcego",
        ),
    ],
)
def test_body_after_the_verb_keeps_its_capitalised_name_and_place(text: str, source: str) -> None:
    assert names([text]) == [source]


@pytest.mark.parametrize(
    "text",
    [
        "Jak zauważył socjolog z Uniwersytetu Gdańskiego prof. Anna Lis, frekwencja spadła o 5 proc.",
        "Jak ocenia ekonomista z Politechniki Białostockiej dr Anna Lis, ceny wzrosły o 8 proc.",
    ],
)
def test_title_after_a_two_word_workplace_does_not_hide_the_name(text: str) -> None:
    assert names([text]) == ["Anna Lis"]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("Jana Zarembę", "Jan Zaremba"), ("Annę Zarembę", "Anna Zaremba")],
)
def test_accusative_of_an_a_surname_goes_back_to_a(phrase: str, expected: str) -> None:
    assert nominative(phrase, "pl", "accs") == expected


def test_person_cited_in_the_accusative_is_named_in_the_nominative() -> None:
    text = (
        "Jak podaje serwis Nowiny Ełckie, powołując się na dyrektora szpitala Jana Zarembę,"
        " łóżek jest o 20 mniej."
    )
    assert found_after([text], "pl") == [("Jan Zaremba", "Nowiny Ełckie")]
