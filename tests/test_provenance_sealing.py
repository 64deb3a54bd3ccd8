"""Trusted timestamps end to end, against a real RFC 3161 authority (`openssl ts -reply` on
127.0.0.1, tests/provenance_tsa_server.py): snapshots, evidence files, approvals and
published reports are sealed; bad authorities leave items unsealed with the reason."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from claims import services as claim_services
from claims.models import RatingLabel
from provenance import services, verification
from provenance.models import TimestampToken
from sources import services as sources
from tests.factories import article_page
from tests.local_site import Route

pytest_plugins = ["tests.provenance_tsa_server"]  # the `tsa` fixture: a real authority

pytestmark = pytest.mark.django_db


def _seal_pending() -> list[TimestampToken]:
    """What a worker does after commit (the tests run the task body directly)."""
    return [services.seal(pk) for pk in services.unsealed_ids()]


def _snapshot_of(claim, site, path="/story"):
    site.routes[path] = Route(article_page())
    evidence = sources.add_evidence(claim=claim, user=None, url=site.url(path))
    sources.run_link_checks(link_ids=[evidence.link_id])
    return evidence.link.snapshots.get()


def test_snapshot_is_sealed_by_the_authority_and_verifies(tsa, site, claim):
    snapshot = _snapshot_of(claim, site)
    [token] = TimestampToken.objects.filter(kind="snapshot", object_id=snapshot.pk)
    assert token.status == "pending"
    assert token.sha256 == hashlib.sha256(snapshot.warc.read()).hexdigest()
    _seal_pending()
    token.refresh_from_db()
    assert token.status == "sealed" and token.tsa_name == "Test TSA" and token.sealed_at
    check = services.token_check(token)
    assert check["status"] == "ok" and "sealed by Test TSA at" in check["detail"]
    statuses = {(r["kind"], r["status"]) for r in verification.verify_claim(claim.pk)}
    assert ("snapshot", "ok") in statuses and ("timestamp", "ok") in statuses


def test_uploaded_evidence_file_is_sealed_with_its_upload_hash(tsa, claim):
    body = b"%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n"
    upload = SimpleUploadedFile("call.pdf", body, content_type="application/pdf")
    evidence = sources.add_evidence(claim=claim, user=None, upload=upload)
    [token] = TimestampToken.objects.filter(kind="file", object_id=evidence.pk)
    assert token.sha256 == hashlib.sha256(body).hexdigest() == evidence.file_sha256
    _seal_pending()
    token.refresh_from_db()
    assert token.status == "sealed"


def _approve(claim, checker, editor):
    claim = claim_services.transition_claim(claim=claim, to_state="accepted", user=checker)
    claim = claim_services.transition_claim(claim=claim, to_state="in_research", user=checker)
    claim = claim_services.draft_verdict(
        claim=claim,
        user=checker,
        verdict=RatingLabel.objects.order_by("pk").first(),
        rationale="Human Constanta's count, confirmed.",
    )
    return claim_services.approve_verdict(claim=claim, user=editor)


def test_approval_and_publication_seal_what_was_approved(tsa, claim, checker, editor):
    claim.assignee = checker
    claim.save()
    approved = _approve(claim, checker, editor)
    [approval] = TimestampToken.objects.filter(kind="approval", claim_id=approved.pk)
    record = json.loads(approval.record)
    assert record["verdict"] == approved.verdict.name and record["reviewer"] == editor.username
    assert record["rationale"] == "Human Constanta's count, confirmed."
    assert hashlib.sha256(approval.record.encode()).hexdigest() == approval.sha256
    published = claim_services.publish_claim(claim=approved, user=editor)
    assert TimestampToken.objects.filter(kind="report", claim_id=published.pk).count() == 1
    _seal_pending()
    assert set(TimestampToken.objects.values_list("status", flat=True)) == {"sealed"}
    results = verification.verify_claim(published.pk)
    assert not verification.failed(results)
    assert {r["kind"] for r in results} >= {"approval", "report", "timestamp", "history"}


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/garbage", "not a timestamp response"),
        ("/wrong-nonce", "wrong nonce"),
        ("/other-hash", "another hash"),
        ("/untrusted", "does not chain to a trusted root"),
    ],
)
def test_a_bad_authority_leaves_the_item_unsealed_with_the_reason(
    tsa, settings, claim, path, reason
):
    settings.FACTCHECK_TSA_URLS = [tsa.url(path)]
    upload = SimpleUploadedFile("note.txt", b"the call was recorded in May 2021\n")
    evidence = sources.add_evidence(claim=claim, user=None, upload=upload)
    [token] = _seal_pending()
    assert token.status == "unsealed" and reason in token.reason
    assert token.token is None
    check = services.token_check(token)
    assert check["status"] == "unsealed" and reason in check["detail"]
    # a good authority listed after the bad one wins
    settings.FACTCHECK_TSA_URLS = [tsa.url(path), tsa.url()]
    [token] = _seal_pending()
    assert token.status == "sealed" and token.object_id == evidence.pk


def test_no_trusted_root_means_nothing_is_ever_ok(tsa, settings, claim):
    settings.FACTCHECK_TSA_CA_FILE = ""
    sources.add_evidence(claim=claim, user=None, upload=SimpleUploadedFile("a.txt", b"a\n"))
    [token] = _seal_pending()
    assert token.status == "unsealed" and "FACTCHECK_TSA_CA_FILE" in token.reason


def test_trusting_another_root_later_turns_a_sealed_token_tampered(tsa, settings, claim):
    sources.add_evidence(claim=claim, user=None, upload=SimpleUploadedFile("a.txt", b"a\n"))
    [token] = _seal_pending()
    assert services.token_check(token)["status"] == "ok"
    settings.FACTCHECK_TSA_CA_FILE = str(tsa.directory / "rogue-ca.crt")
    assert services.token_check(token)["status"] == "tampered"


def test_without_authorities_sealing_is_off_and_says_so(settings, claim):
    settings.FACTCHECK_TSA_URLS = []
    sources.add_evidence(claim=claim, user=None, upload=SimpleUploadedFile("a.txt", b"a\n"))
    [token] = TimestampToken.objects.all()
    assert services.seal(token.pk).status == "pending"  # never an error
    assert services.retry_unsealed() == 0
    assert "off" in services.token_check(token)["detail"]


def test_archive_url_prints_snapshot_warc_hash_and_sealed(tsa, site, capsys):
    site.routes["/page"] = Route(article_page())
    call_command("archive_url", site.url("/page"), "--json")
    row = json.loads(capsys.readouterr().out)
    assert set(row) == {"snapshot", "warc", "sha256", "timestamp"}
    assert row["timestamp"] == "sealed" and row["warc"].endswith(".warc")
    token = TimestampToken.objects.get(kind="snapshot", object_id=row["snapshot"])
    assert token.sha256 == row["sha256"]


def test_archive_url_is_off_without_authorities_and_refuses_bad_urls(settings, site, capsys):
    settings.FACTCHECK_TSA_URLS = []
    site.routes["/page"] = Route(article_page())
    call_command("archive_url", site.url("/page"), "--json")
    assert json.loads(capsys.readouterr().out)["timestamp"] == "off"
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="could not be archived"):
        call_command("archive_url", site.url("/nowhere"), "--json")
    with pytest.raises(CommandError):
        call_command("archive_url", "ftp://example.org/x", "--json")


def test_evidence_package_holds_everything_with_openssl_commands(tsa, site, claim, tmp_path):
    import subprocess

    from provenance import package

    snapshot = _snapshot_of(claim, site)
    sources.add_evidence(
        claim=claim, user=None, upload=SimpleUploadedFile("call.txt", b"recorded\n")
    )
    _seal_pending()
    data = package.build(
        evidence=list(claim.evidence.all()), claims=[claim], title=f"claim {claim.pk}"
    )
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path)
    assert f"warcs/snapshot-{snapshot.pk}.warc" in names
    assert {"manifest.json", "SHA256SUMS", "README.txt", "history/ledger.json"} <= names
    assert (
        subprocess.run(
            ["sha256sum", "-c", "SHA256SUMS"], cwd=tmp_path, capture_output=True
        ).returncode
        == 0
    )
    commands = [
        line.strip()
        for line in (tmp_path / "README.txt").read_text().splitlines()
        if line.strip().startswith("openssl ts -verify")
    ]
    assert len(commands) == 2  # the WARC and the file
    for command in commands:
        done = subprocess.run(command.split(), cwd=tmp_path, capture_output=True, text=True)
        assert "Verification: OK" in done.stdout, done.stderr
    assert not verification.failed(package.verify(data))
