"""The sources admin: the link checker's records cannot be made by hand, and evidence uploaded
in the admin goes through the same checks, hashing and size limit as on the pages."""

from __future__ import annotations

import hashlib

import pytest
from django.contrib import admin
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from claims.models import Claim
from sources.models import Evidence, Link, LinkCheck, Snapshot
from tests.conftest import make_user

pytestmark = pytest.mark.django_db

SOURCES_MODELS = sorted(
    model._meta.model_name for model in admin.site._registry if model._meta.app_label == "sources"
)


@pytest.fixture(params=["editor", "superuser"])
def staff(request, editor) -> Client:
    user = editor
    if request.param == "superuser":
        user = make_user("root", is_superuser=True, staff=True)
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def superuser() -> Client:
    client = Client()
    client.force_login(make_user("root", is_superuser=True, staff=True))
    return client


@pytest.fixture
def checked_link(db) -> Link:
    link = Link.objects.create(url="https://checked.example/page", last_outcome="ok")
    check = LinkCheck.objects.create(link=link, outcome="ok", checked_at=timezone.now())
    Snapshot.objects.create(link=link, link_check=check, captured_at=timezone.now(), sha256="0")
    return link


@pytest.mark.parametrize("model", SOURCES_MODELS)
def test_add_pages_answer_200_or_403_never_500(staff, model, checked_link):
    assert staff.get(f"/admin/sources/{model}/add/").status_code in {200, 403}
    # An empty or near-empty form is refused with errors (or 403), never a NOT NULL 500.
    for posted in ({}, {"link": checked_link.pk}):
        response = staff.post(f"/admin/sources/{model}/add/", posted)
        assert response.status_code in {200, 403}, (posted, response.status_code)


@pytest.mark.parametrize("model", ["link", "linkcheck", "snapshot"])
def test_link_checker_records_cannot_be_added_by_hand(superuser, model):
    assert superuser.get(f"/admin/sources/{model}/add/").status_code == 403
    assert superuser.post(f"/admin/sources/{model}/add/", {"url": "x"}).status_code == 403


def test_link_checker_records_are_shown_read_only(staff, checked_link):
    check, snapshot = checked_link.checks.get(), checked_link.snapshots.get()
    for path in (
        f"/admin/sources/link/{checked_link.pk}/change/",
        f"/admin/sources/linkcheck/{check.pk}/change/",
        f"/admin/sources/snapshot/{snapshot.pk}/change/",
    ):
        page = staff.get(path)
        assert page.status_code in {200, 403}, path
        if page.status_code == 200:
            assert 'name="_save"' not in page.content.decode(), path
    refused = staff.post(
        f"/admin/sources/linkcheck/{check.pk}/change/",
        {"link": checked_link.pk, "outcome": "dead", "checked_at": "2020-01-01 00:00:00"},
    )
    assert refused.status_code == 403
    check.refresh_from_db()
    assert check.outcome == "ok"


def _evidence_post(claim: Claim, upload: SimpleUploadedFile, **extra) -> dict:
    return {
        "claim": claim.pk,
        "url": "",
        "file": upload,
        "excerpt": "",
        "stance": "supports",
        "credibility": "2",
        **extra,
    }


def test_executable_uploaded_in_the_admin_is_refused_and_nothing_is_written(
    staff, demo_article, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    claim = demo_article.claims.get(state=Claim.State.IN_RESEARCH)
    before = Evidence.objects.count()
    response = staff.post(
        "/admin/sources/evidence/add/",
        _evidence_post(claim, SimpleUploadedFile("setup.exe", b"MZ\x90\x00payload")),
    )
    assert response.status_code in {200, 403}
    if response.status_code == 200:
        assert "not an accepted file type" in response.content.decode()
    assert Evidence.objects.count() == before
    assert not any(tmp_path.rglob("*"))


def test_disguised_html_uploaded_in_the_admin_is_refused(
    superuser, demo_article, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    claim = demo_article.claims.get(state=Claim.State.IN_RESEARCH)
    response = superuser.post(
        "/admin/sources/evidence/add/",
        _evidence_post(claim, SimpleUploadedFile("report.pdf", b"<html><script>x</script>")),
    )
    assert response.status_code == 200
    assert not claim.evidence.filter(file_name="report.pdf").exists()


def test_oversized_upload_in_the_admin_is_refused(superuser, demo_article, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.FACTCHECK_MAX_UPLOAD_BYTES = 100
    claim = demo_article.claims.get(state=Claim.State.IN_RESEARCH)
    response = superuser.post(
        "/admin/sources/evidence/add/",
        _evidence_post(claim, SimpleUploadedFile("notes.txt", b"x" * 500)),
    )
    assert response.status_code == 200
    assert "limit" in response.content.decode()
    assert not claim.evidence.filter(file_name="notes.txt").exists()


def test_accepted_upload_in_the_admin_is_hashed_like_any_other(
    superuser, demo_article, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    claim = demo_article.claims.get(state=Claim.State.IN_RESEARCH)
    body = b"%PDF-1.7\nminutes of the meeting"
    response = superuser.post(
        "/admin/sources/evidence/add/",
        _evidence_post(
            claim,
            SimpleUploadedFile("minutes.pdf", body),
            url="https://council.example/minutes",
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    item = claim.evidence.get(file_name="minutes.pdf")
    assert item.file_sha256 == hashlib.sha256(body).hexdigest()
    assert item.file_size == len(body)
    assert item.link is not None and item.link.url == "https://council.example/minutes"
    assert item.added_by is not None and item.added_by.username == "root"


def test_editing_evidence_in_the_admin_goes_through_the_service(
    superuser, demo_article, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    claim = demo_article.claims.get(state=Claim.State.IN_RESEARCH)
    item = Evidence.objects.create(claim=claim, excerpt="said on radio", stance="context")
    response = superuser.post(
        f"/admin/sources/evidence/{item.pk}/change/",
        {
            "source": "",
            "url": "ftp://files.example/x",
            "excerpt": "said on radio",
            "stance": "refutes",
            "credibility": "3",
        },
    )
    assert response.status_code == 200  # refused with a form error, as the service would
    assert "cannot be used" in response.content.decode()
    replaced = superuser.post(
        f"/admin/sources/evidence/{item.pk}/change/",
        {
            "source": "",
            "url": "",
            "file": SimpleUploadedFile("notes.txt", b"radio transcript"),
            "excerpt": "said on radio",
            "stance": "refutes",
            "credibility": "3",
        },
    )
    assert replaced.status_code == 302
    item.refresh_from_db()
    assert item.stance == "refutes"
    assert item.file_sha256 == hashlib.sha256(b"radio transcript").hexdigest()
