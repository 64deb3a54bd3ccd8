"""A form post over DATA_UPLOAD_MAX_MEMORY_SIZE answers with its page and the reason
(factcheck.request_limits), not Django's bare "Bad Request (400)"; nothing is stored."""

from __future__ import annotations

import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile, TemporaryUploadedFile
from django.test import Client

from claims.models import Article
from tests.bad_input import fingerprint
from tests.conftest import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def importer(db) -> Client:
    """A browser-like client: CSRF enforced, token taken from the page as a browser would."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(make_user("importer", "Editors", staff=True))
    client.get("/import/")
    return client


def token(client: Client) -> str:
    return client.cookies["csrftoken"].value


def test_a_50_mb_paste_gets_the_import_form_with_the_reason(importer):
    before = fingerprint()
    paste = "The minister said 40 per cent of schools closed. " * (50 * 1024 * 1024 // 50)
    response = importer.post("/import/", {"csrfmiddlewaretoken": token(importer), "text": paste})
    assert response.status_code == 422
    page = response.content.decode()
    assert "The pasted text is 51.4 MB; the limit is 10.5 MB; upload it as a file instead." in page
    assert 'name="text"' in page and 'name="upload"' in page
    assert fingerprint() == before


@pytest.mark.parametrize("encoding", ["multipart", "urlencoded"])
def test_an_htmx_paste_over_the_limit_is_swapped_in_with_the_reason(importer, settings, encoding):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 100_000
    data = {"csrfmiddlewaretoken": token(importer), "text": "x" * 200_000}
    if encoding == "multipart":
        response = importer.post("/import/", data, HTTP_HX_REQUEST="true")
    else:
        response = importer.post(
            "/import/",
            "&".join(f"{k}={v}" for k, v in data.items()),
            content_type="application/x-www-form-urlencoded",
            HTTP_HX_REQUEST="true",
        )
    assert response.status_code == 422  # htmx swaps 422 (base.html's responseHandling)
    page = response.content.decode()
    assert "the limit is 0.1 MB; upload it as a file instead" in page
    assert 'name="text"' in page
    assert not Article.objects.exists()


def test_a_form_without_a_page_of_its_own_still_says_why(importer, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 100_000
    response = importer.post(
        "/prior-fact-checks/import/", {"csrfmiddlewaretoken": token(importer), "url": "x" * 200_000}
    )
    assert response.status_code == 422
    assert "the limit is 0.1 MB" in response.content.decode()


def test_a_post_within_the_limit_is_unaffected_and_still_csrf_checked(importer):
    refused = importer.post("/import/", {"text": "Dock workers ended a strike."})
    assert refused.status_code == 403
    response = importer.post("/import/", {"csrfmiddlewaretoken": token(importer), "text": "   "})
    assert response.status_code == 422
    assert "upload it as a file instead" not in response.content.decode()


def test_an_upload_over_every_limit_is_not_written_to_disk_past_the_largest(settings, monkeypatch):
    """Before: Django streamed an upload of any size into a temporary file and the services
    refused it by its size afterwards, so one request could fill the disk. Past the largest
    allowed size the bytes are counted, not written; the file reports the size sent."""
    from factcheck.upload_handlers import CappedTemporaryFileUploadHandler

    settings.FACTCHECK_MEDIA_MAX_BYTES = 3000
    settings.FACTCHECK_MAX_UPLOAD_BYTES = settings.FACTCHECK_MAX_IMPORT_BYTES = 1000
    handler = CappedTemporaryFileUploadHandler()
    handler.new_file("upload", "call.ogg", "audio/ogg", None)
    for start in range(0, 50_000, 1024):
        handler.receive_data_chunk(b"x" * min(1024, 50_000 - start), start)
    upload = handler.file_complete(50_000)
    assert upload.size == 50_000
    assert os.path.getsize(upload.temporary_file_path()) == 3000
    upload.close()


def test_the_evidence_form_refuses_a_cut_off_upload_by_the_size_sent(
    settings, claim, db, monkeypatch
):
    settings.FACTCHECK_MEDIA_MAX_BYTES = 3000
    settings.FACTCHECK_MAX_UPLOAD_BYTES = settings.FACTCHECK_MAX_IMPORT_BYTES = 1000
    written: list[int] = []

    def counting(self):
        def write(data):
            written.append(len(data))
            return self.file.write(data)

        return write

    monkeypatch.setattr(TemporaryUploadedFile, "write", property(counting))
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 100  # through the temporary-file handler
    checker = make_user("checker", "Fact-checkers")
    client = Client()
    client.force_login(checker)
    data = b"OggS" + b"\0" * 49_996
    response = client.post(
        f"/claims/{claim.pk}/evidence/",
        {"upload": SimpleUploadedFile("call.ogg", data), "stance": "supports", "credibility": "6"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 422
    assert (
        "The file is 50,000 bytes; the limit is 3,000 bytes." in response.content.decode()
        and not claim.evidence.exists()
    )
    assert 0 < sum(written) <= 3000  # before: all 50,000 went to the temporary file
