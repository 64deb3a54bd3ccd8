"""A refused transcript is said on the recording's card, through the template's escaping
like every other refusal: `media.views.transcript` answered a PermissionDenied with the
message as a bare `text/html` body (no escaping, no card: htmx swapped the raw text in the
card's place)."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse

from claims.models import Claim
from media import services as media_services
from media.models import MediaInfo
from sources.models import Evidence
from tests.conftest import make_reader

pytestmark = pytest.mark.django_db

MARKUP = '<img src=x onerror="alert(1)">'


@pytest.fixture
def recording(demo_article):
    claim = demo_article.claims.filter(state=Claim.State.ACCEPTED).first()
    item = Evidence.objects.create(claim=claim, excerpt="Minister speaking at the depot.")
    MediaInfo.objects.create(
        evidence=item, kind=MediaInfo.Kind.AUDIO, status=MediaInfo.Status.DONE, transcript="Kept."
    )
    return item


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize("htmx", [True, False])
def test_a_reader_is_told_on_the_card_why_the_transcript_was_not_saved(recording, htmx):
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    response = client_for(make_reader("card-reader")).post(
        reverse("media:transcript", args=[recording.pk]), {"transcript": "Changed."}, **headers
    )
    assert response.status_code == 403
    page = response.content.decode()
    assert f'id="media-{recording.pk}"' in page  # the card, swapped in place of itself
    assert 'role="alert">You may not change evidence.</p>' in page
    assert MediaInfo.objects.get(evidence=recording).transcript == "Kept."


def test_a_refusal_with_markup_in_it_is_escaped(recording, checker, monkeypatch):
    def refuse(**kwargs):
        raise PermissionDenied(MARKUP)

    monkeypatch.setattr(media_services, "set_transcript", refuse)
    response = client_for(checker).post(
        reverse("media:transcript", args=[recording.pk]), {"transcript": "x"}, HTTP_HX_REQUEST="1"
    )
    assert response.status_code == 403
    page = response.content.decode()
    assert MARKUP not in page
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in page


def test_a_problem_with_the_transcript_is_still_a_422_on_the_card(recording, checker):
    response = client_for(checker).post(
        reverse("media:transcript", args=[recording.pk]), {"transcript": "nul\x00"}
    )
    assert response.status_code == 422
    assert "NUL character" in response.content.decode()


def test_a_fact_checker_saves_the_transcript(recording, checker):
    response = client_for(checker).post(
        reverse("media:transcript", args=[recording.pk]), {"transcript": "New words."}
    )
    assert response.status_code == 200
    assert MediaInfo.objects.get(evidence=recording).transcript == "New words."
