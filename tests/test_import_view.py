"""The import page: paste, upload or give a URL; bad input re-renders the form with 422 and
the reason, and stores nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from claims.models import Article, Claim
from sources.models import Attribution, Source
from tests.local_site import ARTICLE_HTML, Route

pytestmark = pytest.mark.django_db

URL = reverse("claims:import")


def row_counts() -> dict[str, int]:
    return {
        model.__name__: model.objects.count() for model in (Article, Claim, Source, Attribution)
    }


@pytest.fixture
def logged_in(client, checker):
    client.force_login(checker)
    return client


def refused(client, data: dict, message: str) -> None:
    """Posting `data` answers 422 with `message` on the page and writes no rows."""
    before = row_counts()
    response = client.post(URL, data)
    assert response.status_code == 422
    assert message in response.content.decode()
    assert row_counts() == before


def test_page_shows_the_import_form(logged_in):
    response = logged_in.get(URL)
    assert response.status_code == 200
    assert 'name="text"' in response.content.decode()


def test_reader_without_permission_cannot_import(client, db):
    from tests.conftest import make_user

    client.force_login(make_user("reader"))
    assert client.post(URL, {"text": "Prices rose 5 percent in May."}).status_code == 403
    assert Article.objects.count() == 0


def test_pasted_seed_redirects_to_the_review_of_the_new_article(logged_in, shared_dir: Path):
    text = (shared_dir / "fixtures" / "seed-article-belarus.txt").read_text(encoding="utf-8")

    response = logged_in.post(URL, {"text": text})

    article = Article.objects.get()
    assert response.status_code == 302 and response.url == article.get_absolute_url()
    assert article.claims.count() >= 10
    assert "Content is protected" not in article.body


def test_pasting_the_same_text_again_opens_the_existing_article(logged_in):
    text = "Exports fell 3 percent in June, the statistics office said on Monday."
    first = logged_in.post(URL, {"text": text})
    before = row_counts()

    again = logged_in.post(URL, {"text": text})

    assert again.status_code == 302 and again.url == first.url
    assert row_counts() == before


def test_htmx_import_answers_with_a_client_redirect(logged_in):
    response = logged_in.post(
        URL,
        {"text": "Exports fell 3 percent in June, the statistics office said."},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    assert response["HX-Redirect"] == Article.objects.get().get_absolute_url()


def test_whitespace_only_text_is_refused(logged_in):
    refused(logged_in, {"text": "   \n\t  "}, "Give exactly one of")


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "is empty"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "looks like a binary file"),
        ("notes.rtf", b"{\\rtf1 Prices rose 5 percent.}", "not a supported file type"),
    ],
)
def test_bad_upload_is_refused_with_the_reason(logged_in, name, data, message):
    before = row_counts()
    response = logged_in.post(URL, {"upload": SimpleUploadedFile(name, data)})
    assert response.status_code == 422
    # An empty upload is refused by the form itself ("The submitted file is empty.").
    assert message in response.content.decode()
    assert row_counts() == before


def test_upload_over_the_limit_is_refused(logged_in, settings):
    settings.FACTCHECK_MAX_UPLOAD_BYTES = 1000
    data = ("The ministry said prices rose 5 percent in May. " * 50).encode()
    refused(logged_in, {"upload": SimpleUploadedFile("long.txt", data)}, "the limit is")


def test_pasted_text_over_the_limit_is_refused(logged_in, settings):
    settings.FACTCHECK_MAX_UPLOAD_BYTES = 1000
    refused(logged_in, {"text": "The ministry said prices rose 5 percent in May. " * 50}, "limit")


@pytest.mark.parametrize(
    ("encoding", "text", "expected"),
    [
        ("cp1252", "The ministry said the “new” budget adds €320 million in 2025.", "€320 million"),
        ("latin-1", "Officials in Québec said 1,200 homes lost power on Monday.", "Québec"),
    ],
)
def test_uploads_in_legacy_encodings_are_decoded(logged_in, encoding, text, expected):
    response = logged_in.post(
        URL, {"upload": SimpleUploadedFile("story.txt", text.encode(encoding))}
    )
    assert response.status_code == 302
    assert expected in Article.objects.get().body


def test_html_upload_keeps_script_text_out_of_the_body(logged_in):
    response = logged_in.post(
        URL, {"upload": SimpleUploadedFile("strike.html", ARTICLE_HTML.encode(), "text/html")}
    )
    assert response.status_code == 302
    article = Article.objects.get()
    assert "Rotterdam" in article.body and "SECRET_TRACKER_JS" not in article.body
    assert not Claim.objects.filter(text__contains="SECRET").exists()


def test_url_import_from_an_allowlisted_local_server(logged_in, site):
    site.routes["/strike"] = Route(ARTICLE_HTML.encode())

    response = logged_in.post(URL, {"url": site.url("/strike")})

    article = Article.objects.get()
    assert response.status_code == 302 and article.url == site.url("/strike")
    assert site.hits["/strike"] == 1


def test_url_to_a_private_address_is_refused_without_a_request(logged_in, site, settings):
    settings.LINKCHECK_ALLOWED_NETWORKS = []
    site.routes["/strike"] = Route(ARTICLE_HTML.encode())

    refused(logged_in, {"url": site.url("/strike")}, "safety policy")

    assert site.hits["/strike"] == 0


def test_url_that_times_out_is_refused_with_a_message(logged_in, site, settings):
    settings.LINKCHECK_TIMEOUT_SECONDS = 1
    site.routes["/slow"] = Route(ARTICLE_HTML.encode(), delay=4)

    refused(logged_in, {"url": site.url("/slow")}, "timeout")
