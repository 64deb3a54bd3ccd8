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
