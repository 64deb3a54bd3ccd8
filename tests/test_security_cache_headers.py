"""What a logged-in user sees stays out of shared and browser caches; the API varies by token;
static files and the public health check keep their own caching."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from rest_framework.authtoken.models import Token

from claims.models import Claim
from sources import services as source_services

pytestmark = pytest.mark.django_db


def assert_private(response) -> None:
    directives = {d.strip() for d in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= directives, response["Cache-Control"]


@pytest.fixture
def logged_in(checker) -> Client:
    client = Client()
    client.force_login(checker)
    return client


def test_pages_of_a_logged_in_user_are_private_and_not_stored(logged_in, demo_article):
    for path in ("/", f"/articles/{demo_article.pk}/", "/sources/"):
        response = logged_in.get(path)
        assert response.status_code == 200, path
        assert_private(response)


def test_htmx_partials_are_private_and_not_stored(logged_in, demo_article):
    claim = demo_article.claims.get(state=Claim.State.IN_RESEARCH)
    response = logged_in.get(f"/claims/{claim.pk}/", HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert_private(response)


def test_evidence_file_downloads_are_private_and_not_stored(
    logged_in, checker, demo_article, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    claim = demo_article.claims.get(state=Claim.State.IN_RESEARCH)
    item = source_services.add_evidence(
        claim=claim, user=checker, upload=SimpleUploadedFile("notes.txt", b"call notes")
    )
    response = logged_in.get(f"/sources/evidence/{item.pk}/file")
    assert response.status_code == 200
    assert_private(response)


def test_api_lists_are_private_and_vary_by_authorization(checker, demo_article):
    token = Token.objects.create(user=checker)
    response = Client().get("/api/claims/", HTTP_AUTHORIZATION=f"Token {token.key}")
    assert response.status_code == 200
    assert_private(response)
    assert "authorization" in response["Vary"].lower()


def test_anonymous_api_refusals_are_not_stored_either(db):
    response = Client().get("/api/claims/")
    assert response.status_code in {401, 403}
    assert_private(response)
    assert "authorization" in response["Vary"].lower()


def test_a_view_that_sets_its_own_cache_control_keeps_it(logged_in):
    """/healthz chose never_cache itself; the middleware neither adds to it nor replaces it."""
    response = logged_in.get("/healthz")
    assert response["Cache-Control"] == "max-age=0, no-cache, no-store, must-revalidate, private"
    assert "Vary" not in response or "authorization" not in response["Vary"].lower()


def test_the_public_health_check_gets_nothing_added(db):
    response = Client().get("/healthz")
    assert response["Cache-Control"] == "max-age=0, no-cache, no-store, must-revalidate, private"


def test_static_files_stay_cacheable_for_logged_in_users(logged_in, settings):
    settings.WHITENOISE_USE_FINDERS = True  # serve static/ without collectstatic
    client = Client()  # a new client builds its middleware, and WhiteNoise, with that setting
    client.cookies = logged_in.cookies
    response = client.get("/static/css/app.css")
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")
    assert "max-age" in response["Cache-Control"]
