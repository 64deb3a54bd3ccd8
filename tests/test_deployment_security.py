"""Production settings pass `check --deploy`; every response carries the CSP; cookies are
secure in production; log-in guessing is throttled; uploads are checked and only ever
leave as downloads."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from claims.models import Claim
from sources import services as source_services
from sources.uploads import check_evidence_upload
from tests.conftest import ROOT

PRODUCTION_ENV = {
    "DEBUG": "0",
    "SECRET_KEY": "p" * 20 + "-production-secret-key-of-sixty-chars-" + "x" * 5,
    "ALLOWED_HOSTS": "factcheck.example",
    "CSRF_TRUSTED_ORIGINS": "https://factcheck.example",
    "SECURE_SSL_REDIRECT": "1",
    "SECURE_HSTS_SECONDS": "31536000",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": "1",
    "SECURE_HSTS_PRELOAD": "1",
    "BEHIND_TLS_PROXY": "1",
}


def _production(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, **PRODUCTION_ENV, "DJANGO_SETTINGS_MODULE": "factcheck.settings"}
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_check_deploy_is_clean_under_production_settings():
    result = _production("manage.py", "check", "--deploy", "--fail-level", "DEBUG")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_session_and_csrf_cookies_are_secure_in_production():
    result = _production(
        "-c",
        "import django;django.setup();from django.conf import settings as s;"
        "print(s.SESSION_COOKIE_SECURE,s.CSRF_COOKIE_SECURE,s.SESSION_COOKIE_HTTPONLY,s.DEBUG)",
    )
    assert result.stdout.split() == ["True", "True", "True", "False"], result.stderr


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/accounts/login/", "/healthz", "/", "/api/"])
def test_every_response_carries_the_content_security_policy(client, path):
    policy = client.get(path)["Content-Security-Policy"]
    for directive in (
        "default-src 'self'",
        "script-src 'self'",
        "frame-ancestors 'none'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
    ):
        assert directive in policy
    assert "'unsafe-inline'" not in policy.split("style-src-attr")[0]


@pytest.fixture
def fresh_login_limits():
    address, username = f"203.0.113.{uuid.uuid4().int % 250}", f"guess-{uuid.uuid4().hex[:8]}"
    yield address, username
    from factcheck.views import _login_keys

    class Posted:
        META = {"REMOTE_ADDR": address}
        POST = {"username": username}

    cache.delete_many([key for key, _ in _login_keys(Posted)])


@pytest.mark.django_db
def test_login_is_refused_with_429_after_five_failures(fresh_login_limits, checker):
    address, username = fresh_login_limits
    client = Client(REMOTE_ADDR=address)
    for _ in range(5):
        assert (
            client.post("/accounts/login/", {"username": username, "password": "wrong"}).status_code
            == 200
        )
    refused = client.post("/accounts/login/", {"username": username, "password": "wrong"})
    assert refused.status_code == 429
    assert "Too many failed log-in attempts" in refused.content.decode()


@pytest.mark.django_db
def test_other_users_still_log_in_while_one_username_is_throttled(fresh_login_limits, checker):
    address, username = fresh_login_limits
    client = Client(REMOTE_ADDR=address)
    for _ in range(5):
        client.post("/accounts/login/", {"username": username, "password": "wrong"})
    ok = client.post("/accounts/login/", {"username": "checker", "password": "pw-for-tests-only"})
    assert ok.status_code == 302


def _small_zip() -> bytes:
    """A real (tiny) zip, as a .docx is: archives are now opened and checked on upload."""
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


ACCEPTED = {
    "report.pdf": b"%PDF-1.7\n...",
    "notes.txt": "Zeugenaussage: «120»".encode(),
    "photo.png": b"\x89PNG\r\n\x1a\n" + b"\0" * 16,
    "photo.jpg": b"\xff\xd8\xff\xe0" + b"\0" * 16,
    "call.mp3": b"ID3\x03\x00" + b"\0" * 16,
    "call.wav": b"RIFF\x24\x00\x00\x00WAVEfmt ",
    "memo.docx": _small_zip(),
}
REFUSED = {
    "page.html": b"<html><script>alert(1)</script></html>",
    "logo.svg": b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>",
    "tool.js": b"alert(1)",
    "setup.exe": b"MZ\x90\x00",
    "fake.pdf": b"<html><script>alert(1)</script></html>",
    "fake.txt": b"<!DOCTYPE html><script>alert(1)</script>",
    "fake.png": b"GIF89a",
}


@pytest.mark.parametrize("name", ACCEPTED)
def test_documents_images_and_audio_are_accepted(name):
    check_evidence_upload(SimpleUploadedFile(name, ACCEPTED[name]))


@pytest.mark.parametrize("name", REFUSED)
def test_markup_scripts_programs_and_disguised_files_are_refused(name):
    with pytest.raises(ValidationError) as refused:
        check_evidence_upload(SimpleUploadedFile(name, REFUSED[name]))
    assert name in str(refused.value)


@pytest.mark.django_db
def test_evidence_upload_of_html_is_refused_with_a_clear_message(demo_article, checker):
    claim = demo_article.claims.get(state=Claim.State.IN_RESEARCH)
    client = Client()
    client.force_login(checker)
    response = client.post(
        f"/claims/{claim.pk}/evidence/",
        {
            "upload": SimpleUploadedFile("page.html", REFUSED["page.html"]),
            "stance": "supports",
            "credibility": "6",
        },
        HTTP_HX_REQUEST="true",
    )
    assert "not an accepted file type" in response.content.decode()
    assert not claim.evidence.filter(file_name="page.html").exists()


@pytest.mark.django_db
def test_stored_files_are_downloads_with_a_safe_type_never_inline(
    demo_article, checker, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    claim = demo_article.claims.get(state=Claim.State.IN_RESEARCH)
    item = source_services.add_evidence(
        claim=claim, user=checker, upload=SimpleUploadedFile("notes.txt", b"<b>not html</b>")
    )
    client = Client()
    client.force_login(checker)
    response = client.get(f"/sources/evidence/{item.pk}/file")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Type"].startswith("text/plain")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert client.get(f"/media/{item.file.name}").status_code == 404
