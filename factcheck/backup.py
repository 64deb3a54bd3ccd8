"""Back up and restore a whole workbench: the database and the uploaded files.

The database goes in as Django `dumpdata` JSON, not pg_dump: the same archive restores on
PostgreSQL or SQLite (a laptop copy of production, or the reverse), needs no pg_dump binary
matching the server version, and loads through the models, so a restore into a newer
schema is caught by Django rather than half-applied. The price is speed and size on very
large databases; see docs/hardening.md. Content types and permissions are rebuilt by
`migrate` on the target, so they are left out and referred to by natural key.

Archive layout (tar.gz): `database.json`, `media/<path>` for every file under MEDIA_ROOT
(evidence files, snapshots, exports), and `manifest.json` last, with the SHA-256 and size of
every other member. A restore verifies every hash before it touches anything, then replaces
the database in one transaction and moves the files into place; if either fails, neither
is kept.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone

from claims.models import Article, Claim
from sources.models import Evidence, Link, Source

FORMAT = 1
DATABASE_MEMBER = "database.json"
MANIFEST_MEMBER = "manifest.json"
MEDIA_PREFIX = "media/"
# Rebuilt by migrate on the target (natural keys point at them); sessions are not worth
# restoring (everyone logs in again).
EXCLUDED = ["contenttypes", "auth.permission", "sessions"]
_CHUNK = 1024 * 1024


class BackupError(Exception):
    """The archive cannot be restored here; nothing was changed."""


@dataclass
class Manifest:
    created_at: str
    database_engine: str
    members: dict[str, dict[str, object]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    format: int = FORMAT

    def to_json(self) -> bytes:
        return json.dumps(self.__dict__, indent=2, sort_keys=True).encode()


class _HashingReader:
    """Hash bytes as tarfile reads them, so the manifest describes exactly what was stored
    even if a file changes while the backup runs."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size)
        self.digest.update(data)
        return data


def _add(tar: tarfile.TarFile, name: str, path: Path, manifest: Manifest) -> None:
    info = tar.gettarinfo(str(path), arcname=name)
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    with path.open("rb") as handle:
        reader = _HashingReader(handle)
        tar.addfile(info, reader)
    manifest.members[name] = {"sha256": reader.digest.hexdigest(), "size": info.size}


def _media_files(root: Path) -> Iterator[Path]:
    if not root.exists():
        return
    for dirpath, _dirnames, filenames in os.walk(root):
        for filename in sorted(filenames):
            path = Path(dirpath) / filename
            if path.is_file() and not path.is_symlink():
                yield path


def row_counts() -> dict[str, int]:
    """Rows per model, to compare an instance before backup and after restore."""
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if model._meta.app_label not in {"contenttypes", "sessions"}
        and model._meta.label != "auth.Permission"
        and not model._meta.proxy
    }


def backup(output: Path) -> Manifest:
    """Write the archive to `output` (atomically: a partial archive is never left there)."""
    output = Path(output)
    manifest = Manifest(
        created_at=timezone.now().isoformat(),
        database_engine=settings.DATABASES["default"]["ENGINE"],
        counts=row_counts(),
    )
    with tempfile.TemporaryDirectory(prefix="workbench-backup-") as tmp:
        dump = Path(tmp) / DATABASE_MEMBER
        # One repeatable-read snapshot on PostgreSQL, so rows written meanwhile cannot
        # leave a dangling reference in the dump.
        with transaction.atomic():
            if settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            call_command(
                "dumpdata",
                exclude=EXCLUDED,
                natural_foreign=True,
                output=str(dump),
                verbosity=0,
            )
        partial = output.with_name(output.name + ".partial")
        with tarfile.open(partial, "w:gz") as tar:
            _add(tar, DATABASE_MEMBER, dump, manifest)
            media_root = Path(settings.MEDIA_ROOT)
            for path in _media_files(media_root):
                name = MEDIA_PREFIX + path.relative_to(media_root).as_posix()
                _add(tar, name, path, manifest)
            body = manifest.to_json()
            info = tarfile.TarInfo(MANIFEST_MEMBER)
            info.size, info.mtime = len(body), int(timezone.now().timestamp())
            with tempfile.TemporaryFile() as handle:
                handle.write(body)
                handle.seek(0)
                tar.addfile(info, handle)
        partial.replace(output)
    return manifest


def _safe_member_path(name: str) -> PurePosixPath:
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise BackupError(f"Refusing archive member with an unsafe name: {name!r}")
    return path


def _unpack(archive: Path, staging: Path) -> Manifest:
    """Extract regular files only, then check every member against the manifest."""
    with tarfile.open(archive, "r:gz") as tar:
        for member in tar:
            path = _safe_member_path(member.name)
            if not member.isfile():
                raise BackupError(f"Refusing archive member that is not a file: {member.name!r}")
            target = staging.joinpath(*path.parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            source = tar.extractfile(member)
            assert source is not None
            with target.open("wb") as out:
                shutil.copyfileobj(source, out, _CHUNK)
    manifest_path = staging / MANIFEST_MEMBER
    if not manifest_path.exists():
        raise BackupError("The archive has no manifest.json: not a workbench backup.")
    data = json.loads(manifest_path.read_text())
    if data.get("format") != FORMAT:
        raise BackupError(f"Unknown backup format {data.get('format')!r}.")
    manifest = Manifest(**data)
    found = {p.relative_to(staging).as_posix() for p in staging.rglob("*") if p.is_file()} - {
        MANIFEST_MEMBER
    }
    if found != set(manifest.members):
        raise BackupError(
            f"The archive's members do not match its manifest "
            f"(extra: {sorted(found - set(manifest.members))}, "
            f"missing: {sorted(set(manifest.members) - found)})."
        )
    for name, expected in manifest.members.items():
        if _sha256(staging / name) != expected["sha256"]:
            raise BackupError(
                f"SHA-256 mismatch for {name}: the archive is damaged or was altered."
            )
    return manifest


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def instance_is_empty() -> bool:
    """A freshly migrated instance: only reference data from data migrations, no people,
    no work, no uploaded files."""
    models = (get_user_model(), Article, Claim, Evidence, Source, Link)
    no_rows = not any(model._default_manager.exists() for model in models)
    return no_rows and next(_media_files(Path(settings.MEDIA_ROOT)), None) is None


def restore(archive: Path, *, force: bool = False) -> Manifest:
    """Replace this instance's data with the archive's. Refuses a non-empty instance
    unless `force`; all-or-nothing."""
    if not force and not instance_is_empty():
        raise BackupError(
            "This instance already has data (users, articles, claims, evidence or uploaded "
            "files). Restore into an empty instance, or pass --force to replace it."
        )
    media_root = Path(settings.MEDIA_ROOT)
    media_root.mkdir(parents=True, exist_ok=True)
    # Staging next to MEDIA_ROOT: same file system, so moving files in is a rename.
    with tempfile.TemporaryDirectory(prefix=".restore-", dir=media_root.parent) as tmp:
        staging = Path(tmp)
        manifest = _unpack(Path(archive), staging)
        placed: list[tuple[Path, Path | None]] = []  # (target, backup of what it replaced)
        try:
            with transaction.atomic():
                call_command("flush", interactive=False, verbosity=0)
                call_command("loaddata", str(staging / DATABASE_MEMBER), verbosity=0)
                for name in manifest.members:
                    if not name.startswith(MEDIA_PREFIX):
                        continue
                    relative = PurePosixPath(name[len(MEDIA_PREFIX) :])
                    target = media_root.joinpath(*relative.parts)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    previous = None
                    if target.exists():
                        previous = staging / "replaced" / relative
                        previous.parent.mkdir(parents=True, exist_ok=True)
                        os.replace(target, previous)
                    os.replace(staging / name, target)
                    placed.append((target, previous))
        except BaseException:
            for target, previous in reversed(placed):
                target.unlink(missing_ok=True)
                if previous is not None:
                    os.replace(previous, target)
            raise
    return manifest
