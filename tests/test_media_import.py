"""A screenshot imported as an article: its claims, its page beside the text with each
claim's region, and the same through the commands and a real worker for evidence media."""

from __future__ import annotations

import json
import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from claims.interchange.articles import import_article
from media.models import ArticleScan, ImageHash, MediaInfo, ScanImport
from tests.media_samples import TEXTS, photo, screenshot
from tests.waiting import wait_until

POST = TEXTS["en"]


@pytest.fixture
def shot(tmp_path):
    path = tmp_path / "post.png"
    path.write_bytes(screenshot(POST, width=640, size=20))
    return path


def test_an_imported_screenshot_keeps_its_page_and_marks_each_claims_region(client, checker, shot):
    article, created = import_article(user=checker, path=shot)
    assert created and article.claims.exists()
    assert "42 people were detained" in article.body
    scan = ArticleScan.objects.get(article=article)
    [page] = scan.pages.all()
    assert (page.width, page.content_type) == (640, "image/png")
    assert ImageHash.objects.filter(kind="article", article=article).count() == 1

    client.force_login(checker)
    html = client.get(f"/articles/{article.pk}/").content.decode()
    assert f'src="/evidence-media/scan-pages/{page.pk}/image"' in html
    for claim in article.claims.all():
        assert f'class="scan-region" data-claim="{claim.pk}"' in html
    image = client.get(f"/evidence-media/scan-pages/{page.pk}/image")
    assert image.status_code == 200 and b"".join(image.streaming_content) == shot.read_bytes()
    # the same screenshot cited later is recognised as the imported article
    assert client.get("/").status_code == 200


def test_a_failed_import_stores_no_scan(checker, tmp_path):
    from django.core.exceptions import ValidationError

    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    with pytest.raises(ValidationError, match="not a readable image"):
        import_article(user=checker, path=broken)
    assert not ArticleScan.objects.exists()


def test_commands_accept_images(shot, capsys, db):
    call_command("extract_claims", str(shot), "--json")
    out = json.loads(capsys.readouterr().out)
    assert out["language"] == "en" and out["ocr"]["pages"] == [
        {"width": 640, "height": out["ocr"]["pages"][0]["height"]}
    ]
    assert any(s["checkworthy"] for s in out["claims"])
    call_command("import_article", str(shot))
    assert ArticleScan.objects.count() == 1


@pytest.mark.worker
def test_a_real_worker_reads_an_evidence_image(
    request, monkeypatch, settings, require_redis, transactional_db, checker
):
    from claims.models import Claim
    from sources import services

    monkeypatch.setenv("MEDIA_ROOT", str(settings.MEDIA_ROOT))  # the worker's storage too
    request.getfixturevalue("celery_worker_process")
    claim = Claim.objects.create(text="The photo shows the crossing on 1 March.")
    evidence = services.add_evidence(
        claim=claim, user=checker, upload=SimpleUploadedFile("crossing.jpg", photo(3))
    )
    assert os.path.exists(evidence.file.path)
    wait_until(
        lambda: MediaInfo.objects.filter(evidence=evidence, status="done").exists(), timeout=60
    )
    assert ImageHash.objects.filter(evidence=evidence).count() == 1


def test_the_import_page_hands_a_screenshot_to_a_worker_and_follows_it(
    client, checker, shot, eager_tasks, django_capture_on_commit_callbacks
):
    client.force_login(checker)
    with django_capture_on_commit_callbacks() as queued, shot.open("rb") as handle:
        response = client.post("/import/", {"upload": handle, "language": "en"})
    job = ScanImport.objects.get()
    assert (
        response.status_code == 302 and response["Location"] == f"/evidence-media/imports/{job.pk}/"
    )
    assert not ArticleScan.objects.exists()  # the request did no OCR
    page = client.get(response["Location"]).content.decode()
    assert "Waiting for a worker" in page and 'hx-trigger="every 1s"' in page
    stored = job.file.path
    assert os.path.exists(stored)

    for callback in queued:  # what the worker does once the job is committed
        callback()
    job.refresh_from_db()
    assert job.status == "done" and job.created and job.article is not None
    scan = ArticleScan.objects.get(article=job.article)
    assert "42 people were detained" in scan.article.body and scan.language == "en"
    assert not os.path.exists(stored)  # the kept upload is gone
    poll = client.get(f"/evidence-media/imports/{job.pk}/", HTTP_HX_REQUEST="true")
    assert poll["HX-Redirect"] == f"/articles/{job.article.pk}/"


def test_a_failed_image_import_says_why_and_stores_nothing(
    client, checker, checker2, tmp_path, eager_tasks, django_capture_on_commit_callbacks
):
    from claims.models import Article

    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    client.force_login(checker)
    with django_capture_on_commit_callbacks(execute=True), broken.open("rb") as handle:
        response = client.post("/import/", {"upload": handle})
    job = ScanImport.objects.get()
    assert job.status == "failed" and "“broken.png” is not a readable image" in job.error
    assert not Article.objects.exists() and not job.file
    page = client.get(response["Location"]).content.decode()
    assert "Nothing was imported" in page and "broken.png" in page
    client.force_login(checker2)  # someone else's import is not theirs to see
    assert client.get(response["Location"]).status_code == 404


def test_a_text_pdf_is_still_imported_in_the_request(client, checker, tmp_path):
    from tests.extraction.test_loaders import _minimal_pdf

    client.force_login(checker)
    path = tmp_path / "report.pdf"
    path.write_bytes(
        _minimal_pdf("Officials said 42 people were detained at the border on Monday.")
    )
    with path.open("rb") as handle:
        response = client.post("/import/", {"upload": handle})
    assert response.status_code == 302 and response["Location"].startswith("/articles/")
    assert not ScanImport.objects.exists()


@pytest.mark.worker
def test_a_real_worker_imports_a_screenshot_from_the_import_page(
    request, monkeypatch, settings, require_redis, transactional_db, client, checker, shot
):
    monkeypatch.setenv("MEDIA_ROOT", str(settings.MEDIA_ROOT))
    request.getfixturevalue("celery_worker_process")
    client.force_login(checker)
    with shot.open("rb") as handle:
        response = client.post("/import/", {"upload": handle, "language": "en"})
    assert response.status_code == 302
    job = ScanImport.objects.get()
    wait_until(lambda: not ScanImport.objects.get(pk=job.pk).running, timeout=120)
    job.refresh_from_db()
    assert job.status == "done", job.error
    assert ArticleScan.objects.filter(article=job.article).exists()
