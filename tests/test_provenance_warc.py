"""Our WARC files are standard: warcio (library and its `warcio check` command) reads them
back with matching digests. A malformed WARC or package given for verification is refused
with a clear message, and nothing is stored."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from warcio.archiveiterator import ArchiveIterator

from provenance import package
from provenance.models import LedgerEntry, TimestampToken
from sources import services as sources
from tests.factories import article_page
from tests.local_site import Route

pytestmark = pytest.mark.django_db


@pytest.fixture
def snapshot(site, claim):
    site.routes["/story"] = Route(article_page())
    evidence = sources.add_evidence(claim=claim, user=None, url=site.url("/story"))
    sources.run_link_checks(link_ids=[evidence.link_id])
    return evidence.link.snapshots.get()


def test_warcio_reads_our_warc_back_with_matching_digests(snapshot):
    records = []
    with snapshot.warc.open("rb") as handle:
        for record in ArchiveIterator(handle, check_digests="raise"):
            payload = record.content_stream().read()
            records.append((record.rec_type, record, payload))
    assert [kind for kind, _, _ in records] == ["request", "response"]
    request, response = records[0][1], records[1][1]
    assert request.rec_headers.get_header("WARC-Concurrent-To") == response.rec_headers.get_header(
        "WARC-Record-ID"
    )
    assert response.rec_headers.get_header("WARC-Target-URI") == snapshot.final_url
    assert response.http_headers.get_statuscode() == "200"
    body = records[1][2]
    assert body == snapshot.raw.read() and hashlib.sha256(body).hexdigest() == snapshot.sha256
    assert response.rec_headers.get_header("WARC-Payload-Digest").startswith("sha1:")
    assert response.digest_checker.passed is True


def test_warcio_check_command_agrees(snapshot):
    warcio = Path(sys.executable).parent / "warcio"
    done = subprocess.run(
        [str(warcio), "check", "-v", snapshot.warc.path], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "digest pass" in done.stdout


def test_verify_a_warc_file_from_the_command_line(snapshot, tmp_path, capsys):
    call_command("verify_provenance", "--warc", snapshot.warc.path, "--json")
    row = json.loads(capsys.readouterr().out)
    assert row["status"] == "ok" and row["id"] == snapshot.final_url


def _stored() -> tuple[int, int]:
    return TimestampToken.objects.count(), LedgerEntry.objects.count()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not a WARC"),
        (b"<html>not an archive</html>", "not a WARC"),
        (b"WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort", "WARC"),
        (b"\x1f\x8b\x08\x00garbage-gzip", "WARC"),
    ],
)
def test_a_malformed_warc_is_refused_clearly_and_nothing_is_stored(db, tmp_path, content, message):
    path = tmp_path / "upload.warc"
    path.write_bytes(content)
    before = _stored()
    with pytest.raises(CommandError, match=message):
        call_command("verify_provenance", "--warc", str(path), "--json")
    assert _stored() == before


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"PK\x03\x04 not really a zip", "not a zip file"),
        (b"plain text", "not a zip file"),
        (_zip({"README.txt": b"hello"}), "no manifest.json"),
        (_zip({"manifest.json": b"{not json"}), "manifest.json is malformed"),
        (_zip({"manifest.json": b'{"files": 3}'}), "manifest.json is malformed"),
    ],
)
def test_a_malformed_package_is_refused_clearly_and_nothing_is_stored(
    db, tmp_path, content, message
):
    path = tmp_path / "package.zip"
    path.write_bytes(content)
    before = _stored()
    with pytest.raises(CommandError, match=message):
        call_command("verify_provenance", "--package", str(path), "--json")
    assert _stored() == before


def test_a_package_with_a_changed_file_names_that_file(snapshot, claim, tmp_path, capsys):
    sources.add_evidence(claim=claim, user=None, upload=SimpleUploadedFile("a.txt", b"a\n"))
    data = package.build(evidence=list(claim.evidence.all()), claims=[claim], title="t")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    [name] = [n for n in members if n.endswith("a.txt")]
    members[name] = b"b\n"
    path = tmp_path / "changed.zip"
    path.write_bytes(_zip(members))
    with pytest.raises(SystemExit) as exit_:
        call_command("verify_provenance", "--package", str(path), "--json")
    assert exit_.value.code == 1
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["id"], r["status"]) for r in rows if r["status"] != "ok"] == [(name, "tampered")]
