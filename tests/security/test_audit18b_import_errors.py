"""An import refused with an error about a field the import form does not have is said on
the form (422), not a 500. Found by the browser walk: an importer's account removed while
its import ran made the article's `full_clean` name `imported_by`, and the page's
`form.add_error(None, exc)` raised ValueError ("'ImportForm' has no field named ...")."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from claims import views
from claims.models import Article

pytestmark = pytest.mark.django_db

GONE = "The importing account no longer exists."
TITLE_PROBLEM = "The title is too long for the archive."


def _refuse(**kwargs):
    raise ValidationError({"imported_by": [GONE], "title": [TITLE_PROBLEM]})


@pytest.mark.parametrize("htmx", [False, True])
def test_an_error_about_a_field_the_form_lacks_is_said_above_the_form(
    client, checker, monkeypatch, htmx
):
    monkeypatch.setattr(views, "run_import", _refuse)
    client.force_login(checker)
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    response = client.post(
        reverse("claims:import"),
        {"text": "The council spent 4 million on the bridge in 2024.", "title": "Bridge"},
        **headers,
    )
    assert response.status_code == 422
    page = response.content.decode()
    assert GONE in page and TITLE_PROBLEM in page
    assert not Article.objects.filter(title="Bridge").exists()


def test_the_image_import_says_it_too(client, checker, monkeypatch):
    monkeypatch.setattr(views.media_services, "wants_worker", lambda upload: True)
    monkeypatch.setattr(views.media_services, "start_scan_import", _refuse)
    client.force_login(checker)
    scan = SimpleUploadedFile("page.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png")
    response = client.post(reverse("claims:import"), {"upload": scan, "title": "Scan"})
    assert response.status_code == 422
    assert GONE in response.content.decode()


def test_a_plain_refusal_still_reads_as_before(client, checker, monkeypatch):
    def refuse(**kwargs):
        raise ValidationError("The text is empty once cleaned.")

    monkeypatch.setattr(views, "run_import", refuse)
    client.force_login(checker)
    response = client.post(reverse("claims:import"), {"text": "Some words that stay here."})
    assert response.status_code == 422
    assert "The text is empty once cleaned." in response.content.decode()


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_reader_is_told_why_the_import_page_is_refused(client, method):
    from tests.conftest import make_reader

    client.force_login(make_reader("import-reader"))
    response = getattr(client, method)(reverse("claims:import"), {"text": "Words words words."})
    assert response.status_code == 403
    assert "You may not import articles." in response.content.decode()
    assert not Article.objects.exists()
