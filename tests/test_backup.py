"""Backup and restore (factcheck.backup, manage.py backup_workbench / restore_workbench): a full
round trip into an empty instance, refusal of a non-empty one, refusal of a tampered archive,
and a PostgreSQL backup restored into a fresh SQLite instance by the real commands."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError

from factcheck import backup
from sources import services
from sources.models import Evidence, Link, Snapshot
from tests.conftest import ROOT
from tests.factories import article_page
from tests.local_site import Route


def media_hashes(root: Path) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def workbench(demo_article, checker, site, settings) -> Path:
    """Demo data plus an uploaded evidence file and a snapshot of a cited page."""
    claim = demo_article.claims.exclude(state__in=["approved", "published"]).order_by("pk").first()
    services.add_evidence(
        claim=claim,
        user=checker,
        excerpt="Call recording, May 2021",
        upload=SimpleUploadedFile("call.mp3", b"ID3" + bytes(range(256)) * 40, "audio/mpeg"),
    )
    site.routes["/story"] = Route(article_page())
    link = services.add_evidence(claim=claim, user=checker, url=site.url("/story")).link
    services.run_link_checks(link_ids=[link.pk], task_id="backup-test")
    assert Snapshot.objects.filter(link=link).exclude(raw="").exists()
    return Path(settings.MEDIA_ROOT)


def test_restore_into_an_empty_instance_brings_back_every_row_and_file(
    workbench, tmp_path, settings, transactional_db
):
    counts_before = backup.row_counts()
    files_before = media_hashes(workbench)
    archive = tmp_path / "workbench.tar.gz"
    out = io.StringIO()
    call_command("backup_workbench", str(archive), stdout=out)
    assert "3 uploaded files" in out.getvalue()  # the evidence file, the raw copy, its WARC

    call_command("flush", interactive=False, verbosity=0)  # an empty instance...
    settings.MEDIA_ROOT = tmp_path / "fresh-media"  # ...with no uploads
    assert backup.instance_is_empty()
    call_command("restore_workbench", str(archive), stdout=out)

    assert backup.row_counts() == counts_before
    assert media_hashes(settings.MEDIA_ROOT) == files_before
    uploaded = Evidence.objects.exclude(file="").get()
    assert hashlib.sha256(uploaded.file.read()).hexdigest() == uploaded.file_sha256
    snapshot = Snapshot.objects.exclude(raw="").get()
    assert snapshot.raw.read() == article_page()
    assert Link.objects.get(pk=snapshot.link_id).last_outcome == "ok"


def test_restore_refuses_an_instance_that_already_has_data(workbench, tmp_path, transactional_db):
    archive = tmp_path / "workbench.tar.gz"
    backup.backup(archive)
    with pytest.raises(CommandError, match="already has data"):
        call_command("restore_workbench", str(archive))


def test_tampered_archive_is_refused_and_the_instance_left_untouched(
    workbench, tmp_path, settings, transactional_db
):
    archive = tmp_path / "workbench.tar.gz"
    backup.backup(archive)
    tampered = tmp_path / "tampered.tar.gz"
    with tarfile.open(archive, "r:gz") as src, tarfile.open(tampered, "w:gz") as dst:
        for member in src:
            data = src.extractfile(member).read()
            if member.name == backup.DATABASE_MEMBER:
                data = data.replace(b"Call recording", b"Call forgeries")
            member.size = len(data)
            dst.addfile(member, io.BytesIO(data))
    counts = backup.row_counts()

    with pytest.raises(backup.BackupError, match="SHA-256 mismatch for database.json"):
        backup.restore(tampered, force=True)

    assert backup.row_counts() == counts
    assert Evidence.objects.filter(excerpt="Call recording, May 2021").exists()


def test_postgresql_backup_restores_into_a_fresh_sqlite_instance(
    workbench, tmp_path, require_postgres, transactional_db
):
    archive = tmp_path / "workbench.tar.gz"
    manifest = backup.backup(archive)
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'restored.sqlite3'}",
        "MEDIA_ROOT": str(tmp_path / "sqlite-media"),
        "FACTCHECK_VAR_DIR": str(tmp_path / "var"),
    }

    def manage(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    manage("migrate", "--noinput", "-v", "0")
    manage("restore_workbench", str(archive))
    counts = json.loads(
        manage(
            "shell",
            "-c",
            "import json; from factcheck.backup import row_counts; print(json.dumps(row_counts()))",
        ).splitlines()[-1]
    )

    assert counts == manifest.counts
    assert media_hashes(tmp_path / "sqlite-media") == media_hashes(workbench)
