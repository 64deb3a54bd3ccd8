"""Links to other organisations' fact-checks become hrefs only when they are http(s): the
keyword search's results printed a prior fact-check's stored url as it was (the "similar"
results, the panel and the list page already passed it through `web_url`). Imports
validate the scheme; a row restored from a backup or written through the ORM does not."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from claims.models import PriorFactCheck

pytestmark = pytest.mark.django_db

HOSTILE = "javascript:alert(document.domain)//"


@pytest.fixture
def hostile_prior(db):
    prior = PriorFactCheck.objects.create(
        url="https://checkers.example/reviews/1",
        claim_reviewed="Border crossings rose sharply in the spring of that year",
        claimant="A regional governor",
        rating_text="False",
        author_name="Border Facts <b>bold</b>",
        date_published=dt.date(2024, 1, 1),
        raw={},
    )
    PriorFactCheck.objects.filter(pk=prior.pk).update(url=HOSTILE)  # past the validators
    return prior


@pytest.mark.parametrize("htmx", [False, True])
def test_keyword_search_never_links_a_non_web_address(hostile_prior, checker, htmx):
    client = Client()
    client.force_login(checker)
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    response = client.get("/search/", {"q": "border crossings spring", "kind": "prior"}, **headers)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Border crossings rose sharply" in html  # the hit is there
    assert "javascript:" not in html
    assert 'href="#"' in html


def test_keyword_search_still_links_internal_hits(demo_article, checker):
    client = Client()
    client.force_login(checker)
    html = client.get("/search/", {"q": "border", "kind": "claim"}).content.decode()
    assert 'href="/articles/' in html or 'href="/claims/' in html
