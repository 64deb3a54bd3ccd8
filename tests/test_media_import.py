"""A screenshot imported as an article: its claims, its page beside the text with each
claim's region, and the same through the commands and a real worker for evidence media."""

from __future__ import annotations

import json
import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from claims.interchange.articles import import_article
from media.models import ArticleScan, ImageHash, MediaInfo
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


def test_the_import_page_takes_a_screenshot(client, checker, shot):
    client.force_login(checker)
    with shot.open("rb") as handle:
        response = client.post("/import/", {"upload": handle})
    assert response.status_code in (200, 302), response.content[:500]
    scan = ArticleScan.objects.get()
    assert "42 people were detained" in scan.article.body
