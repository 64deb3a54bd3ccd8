"""Attribution round 17 (pl): one test per mechanism, parametrised over its forms.
Sentences written for these tests, not taken from the benchmark sets."""

from __future__ import annotations

import pytest

from tests.extraction._attribution import found_after


def names(sentences: list[str], language: str) -> list[str]:
    return [name for name, _ in found_after(sentences, language)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Sąsiedzi jednej z kamienic, z którymi rozmawialiśmy, twierdzą, że winda stoi od maja.",
            "sąsiedzi jednej z kamienic",
        ),
        (
            "Właściciele jednego ze sklepów, z którymi rozmawialiśmy, mówią, że czynsz wzrósł o 30%.",
            "właściciele jednego ze sklepów",
        ),
    ],
)
def test_a_partitive_inside_a_fronted_group_stays_in_its_name(text: str, source: str) -> None:
    assert source in names([text], "pl")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Zespół geologów podał, że osuwisko przesunęło się o metr.", "zespół geologów"),
        (
            "Zespół lekarzy ze szpitala w Ełku, który prowadzi badanie, podaje, że wyleczono 40 osób.",
            "zespół lekarzy",
        ),
    ],
)
def test_a_team_speaks_as_a_body(text: str, source: str) -> None:
    got = names([text], "pl")
    assert got and got[0].startswith(source)


@pytest.mark.parametrize(
    "plural",
    ["Nauczyciele", "Emeryci", "Sprzedawcy", "Eksperci"],
)
def test_more_plurals_of_people_speak_as_a_group(plural: str) -> None:
    text = f"{plural} z Olecka, z którymi rozmawialiśmy, twierdzą, że ceny rosną co miesiąc."
    got = names([text], "pl")
    assert got and got[0].lower().startswith(plural.lower())


def test_a_long_relative_clause_after_the_speakers_body_keeps_the_speaker() -> None:
    text = (
        "Ornitolog Marek Wilk z Towarzystwa „Ptaki Polskie”, które od lat liczy bociany w całym "
        "województwie, powiedział nam, że par jest o jedną trzecią mniej."
    )
    assert names([text], "pl") == ["Marek Wilk"]
