"""Keyword search finds inflected forms in ru/uk/be/pl (issue 14.6), on PostgreSQL (the
`russian` configuration plus prefixes of stems) and on the SQLite fallback."""

from __future__ import annotations

import pytest
from django.db import connection

from claims.models import Claim
from claims.search import selectors
from claims.search.morph import stem
from claims.search.selectors import search

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["database", "fallback"])
def backend(request, monkeypatch):
    if request.param == "fallback":
        monkeypatch.setattr(selectors, "is_postgres", lambda: False)
    elif connection.vendor != "postgresql":
        pytest.skip("the database backend is PostgreSQL's; SQLite runs the fallback case")
    return request.param


@pytest.mark.parametrize(
    ("stored", "query"),
    [
        ("Следователь допросил Ивана Петрова в понедельник.", "Петров"),
        ("Иван Петров дал показания следователю.", "Петрова"),
        ("Do szpitala trafiło dwóch rannych kierowców.", "szpital"),
        ("Szpital powiatowy zamknięto w marcu.", "szpitala"),
        ("Міністр відвідав нову лікарню у Львові.", "лікарня"),
        ("У Мінску адкрылі новую бальніцу.", "Мінск"),
        ("Komenda Główna Policji wydała komunikat.", "Komendy Głównej Policji"),
    ],
)
def test_an_inflected_form_finds_the_claim(backend, editor, stored, query):
    found = Claim.objects.create(text=stored)
    Claim.objects.create(text="Prices of bread rose in the capital.")
    assert [hit.pk for hit in search(query, user=editor, kind="claim")] == [found.pk]


def test_english_search_is_unchanged_stopwords_dropped_stems_matched(require_postgres, editor):
    died = Claim.objects.create(text="Ten people died at the border in the winter.")
    Claim.objects.create(text="The weather was cold.")
    assert [hit.pk for hit in search("the borders", user=editor, kind="claim")] == [died.pk]


def test_stems_keep_at_least_four_letters():
    assert stem("Петрова") == stem("Петров") == "петр"
    assert stem("szpitali") == "szpital"
    assert stem("Мінску") == "мінск"
    assert stem("дом") == "дом"


@pytest.mark.parametrize(
    ("stored", "query"),
    [
        ("Radni z Łodzi przyjęli budżet na przyszły rok.", "Lodzi"),
        ("Wojewoda odwiedził Łódź w czwartek.", "lodz"),
        ("Źródło w ministerstwie potwierdziło te dane.", "zrodlo"),
        ("W Gdańsku zamknięto dwa mosty.", "Gdansku"),
        ("Zaśpiewał chór z Krakowa.", "zaspiewal"),
        ("Под Самарой срубили последнюю ёлку в парке.", "елку"),
        ("Mayor of Lodz announced a new tram line.", "Łódź"),
        ("Cena paliwa w Poznaniu wzrosła o 12%.", "Poznaniu wzrosla"),
    ],
)
def test_a_word_typed_without_its_accents_finds_the_claim(backend, editor, stored, query):
    found = Claim.objects.create(text=stored)
    Claim.objects.create(text="Prices of bread rose in the capital.")
    assert [hit.pk for hit in search(query, user=editor, kind="claim")] == [found.pk]


@pytest.mark.parametrize(
    ("stored", "query"),
    [
        # й/и, ї/і and ў/у are different letters: folding must not join them
        ("На Мінскім рынку прадавалі ўсё па даўніх цэнах.", "усе"),
        ("Село Гаї отримало новий міст.", "Гаи"),
    ],
)
def test_cyrillic_letters_keep_their_marks(backend, editor, stored, query):
    Claim.objects.create(text=stored)
    assert search(query, user=editor, kind="claim") == []


def test_the_snippet_marks_the_word_as_written(backend, editor):
    Claim.objects.create(text="Wojewoda odwiedził Łódź w czwartek.")
    (hit,) = search("lodz", user=editor, kind="claim")
    assert "<mark>Łódź</mark>" in str(hit.snippet)


def test_fold_accents_folds_latin_and_yo_only():
    from claims.search.fold import fold_accents

    assert fold_accents("Łódź ŹRÓDŁO Kraków") == "lodz zrodlo krakow"
    assert fold_accents("Ёлка") == "елка"
    assert fold_accents("Гаї ўсё й") == "гаї ўсе й"
    assert fold_accents("Lukašenka") == "lukasenka"
