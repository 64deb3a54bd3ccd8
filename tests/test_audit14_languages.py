"""Audit 14: the language and "checked before?" features walked through every entrance by a
fact-checker of a Minsk, Warsaw or Kyiv desk. Each test is one defect found on the walk:
a refusal that read as an answer, a second door around a rule."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse

from claims.models import Claim

pytestmark = pytest.mark.django_db
HX = {"HTTP_HX_REQUEST": "true"}


def login(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def results(html: str) -> str:
    """The results area of the search page (or the whole htmx partial), as text."""
    start = html.find('<div id="search-results">')
    return re.sub(r"\s+", " ", html[max(start, 0) :])


# --- the search page: a refusal never reads as "nothing found" ----------------------------


@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
def test_a_blank_similar_query_asks_for_the_claim_instead_of_saying_nothing_matched(checker, htmx):
    Claim.objects.create(text="В Гродно построили 12 новых больниц, заявил министр.")
    response = login(checker).get(
        reverse("search:search"), {"q": "   ", "mode": "similar"}, **(HX if htmx else {})
    )
    text = results(response.content.decode())
    assert response.status_code == 200
    assert "Type or paste the claim to look up." in text
    assert "No earlier claim or fact-check says this." not in text


@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
def test_a_too_long_similar_query_is_refused_in_words_and_not_answered(checker, htmx):
    pasted = ("Szpital w Lublinie otwarto w marcu. " * 80).strip()  # 2,879 characters
    response = login(checker).get(
        reverse("search:search"), {"q": pasted, "mode": "similar"}, **(HX if htmx else {})
    )
    text = results(response.content.decode())
    assert response.status_code == 200
    assert 'data-testid="similar-problem"' in text  # the similar partial, with its problem
    assert "2,000 characters" in text and "2,879" in text
    assert "<li>q<" not in text  # no form field name in what the fact-checker reads
    assert "Nothing found." not in text
    assert "No earlier claim or fact-check says this." not in text


def test_a_too_long_keyword_query_is_refused_without_claiming_nothing_was_found(checker):
    response = login(checker).get(reverse("search:search"), {"q": "szpital " * 60}, **HX)
    text = results(response.content.decode())
    assert "Keyword search takes up to 300 characters" in text
    assert "<li>q<" not in text
    assert "Nothing found." not in text
