"""Polish attribution (our own sentences): "według", "zdaniem", "jak podaje", pro-drop
verbs, relays and nominative names from suffix rules."""

import pytest

from claims.extraction.attribute import attribute_sentence, make_context


def _found(text: str, ctx=None) -> list[tuple[str, str | None]]:
    ctx = ctx or make_context(language="pl")
    return [(a.name, a.via) for a in attribute_sentence(text, 0, ctx).attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Według Komendy Głównej Policji w wypadkach zginęło 1 900 osób.",
            ("Komenda Główna Policji", None),
        ),
        (
            "Zdaniem Rzecznika Praw Obywatelskich przepis jest niezgodny z konstytucją.",
            ("Rzecznik Praw Obywatelskich", None),
        ),
        (
            "Jak podaje Główny Urząd Statystyczny, inflacja spadła do 3,1 proc.",
            ("Główny Urząd Statystyczny", None),
        ),
        (
            "Most zostanie otwarty w czerwcu, poinformował burmistrz Tomasz Wrona.",
            ("Tomasz Wrona", None),
        ),
        ("„Nie mamy pieniędzy” – powiedziała dyrektorka szkoły Ewa Lis.", ("Ewa Lis", None)),
        ("Dane NFZ pokazują, że kolejki wydłużyły się o 12 dni.", ("NFZ", None)),
        ("Według Jana Nowaka z Fundacji Wolności budżet jest zaniżony.", ("Jan Nowak", None)),
        (
            "Notatka, do której dotarł portal Kurier Mazurski, nosi datę 3 marca.",
            ("notatka", "Kurier Mazurski"),
        ),
        (
            "Rzeczniczka sądu Anna Kos przekazała Polskiej Agencji Prasowej, że wyrok zapadnie w piątek.",
            ("Anna Kos", "Polska Agencja Prasowa"),
        ),
        (
            "Powołując się na anonimowe źródło w ministerstwie, dziennik Głos Pomorza podaje, że "
            "projekt jest gotowy.",
            ("anonimowe źródło w ministerstwie", "Głos Pomorza"),
        ),
    ],
)
def test_polish_forms(text, expected):
    assert expected in _found(text)


def test_pro_drop_and_according_to_him_resolve_to_the_last_named_person():
    ctx = make_context(language="pl")
    _found("Prezes spółki Marek Zieliński powiedział, że zwolnień nie będzie.", ctx)
    assert _found("Dodał, że firma zatrudni 200 osób.", ctx) == [("Marek Zieliński", None)]
    assert _found("Według niego inwestycja zwróci się w pięć lat.", ctx) == [
        ("Marek Zieliński", None)
    ]


def test_kinds_from_polish_markers():
    ctx = make_context(language="pl")
    kinds = {
        a.name: a.kind
        for t in (
            "Według Sądu Okręgowego w Gdańsku akt oskarżenia jest kompletny.",
            "Fundacja Otwarty Dialog poinformowała, że pomogła 300 osobom.",
            "Prezydent Andrzej Duda zapowiedział weto.",
        )
        for a in attribute_sentence(t, 0, ctx).attributions
    }
    assert kinds["Sąd Okręgowy w Gdańsku"] == "court_record"
    assert kinds["Fundacja Otwarty Dialog"] == "ngo"
    assert kinds["Andrzej Duda"] == "head_of_state"
