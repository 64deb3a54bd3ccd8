"""Evidence packages: one zip per claim or article that an outsider can verify without our
software (sha256sum, openssl, any WARC tool), and the check of such a zip when it comes back.

Layout: `warcs/snapshot-<id>.warc`, `files/evidence-<id>/<name>`, `records/<kind>-<id>.json`
(approvals, published reports: the exact bytes sealed), `tokens/<kind>-<id>.tsr` (RFC 3161
responses), `history/ledger.json` (the chain entries with the rows they hash),
`trusted-roots.pem`, `manifest.json` (every file's SHA-256 and which token seals which
file), `SHA256SUMS` and `README.txt` with the commands.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path
from typing import Any

from django.apps import apps
from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from provenance import ledger, tsa
from provenance.models import LedgerEntry, TimestampToken
from provenance.warc import WarcError, read_response

MAX_PACKAGE_BYTES = 512 * 1024 * 1024
MAX_MEMBERS = 10_000


class PackageError(ValueError):
    """The upload is not an evidence package we can check; the message says why."""


def _safe_name(name: str) -> str:
    keep = "".join(c if c.isalnum() or c in "._-" else "_" for c in Path(name).name)
    return keep.strip("._") or "file"


def build(
    *, evidence: list[Any], claims: list[Any], title: str, include_records: bool = True
) -> bytes:
    """The zip for these claims and the evidence items the asker may see."""
    from sources.models import Snapshot

    members: dict[str, bytes] = {}
    seals: list[dict[str, str]] = []
    claim_ids = [c.pk for c in claims]
    link_ids = {e.link_id for e in evidence if e.link_id}
    wanted = (
        Q(
            kind=TimestampToken.Kind.SNAPSHOT,
            object_id__in=Snapshot.objects.filter(link_id__in=link_ids).values("pk"),
        )
        | Q(kind=TimestampToken.Kind.FILE, object_id__in=[e.pk for e in evidence])
        | Q(
            kind__in=[TimestampToken.Kind.APPROVAL, TimestampToken.Kind.REPORT],
            claim_id__in=claim_ids,
        )
    )
    tokens = {(t.kind, t.object_id, t.sha256): t for t in TimestampToken.objects.filter(wanted)}

    def add_token(kind: str, object_id: int, sha256: str, data_path: str) -> None:
        token = tokens.get((kind, object_id, sha256))
        if token is None or token.token is None:
            return
        path = f"tokens/{kind}-{object_id}-{token.pk}.tsr"
        members[path] = bytes(token.token)
        seals.append(
            {
                "token": path,
                "data": data_path,
                "sealed_by": token.tsa_name,
                "sealed_at": token.sealed_at.isoformat() if token.sealed_at else "",
            }
        )

    for snapshot in Snapshot.objects.filter(link_id__in=link_ids).order_by("pk"):
        if not snapshot.warc:
            continue
        path = f"warcs/snapshot-{snapshot.pk}.warc"
        with snapshot.warc.open("rb") as handle:
            members[path] = handle.read()
        add_token("snapshot", snapshot.pk, hashlib.sha256(members[path]).hexdigest(), path)
    for item in evidence:
        if not item.file:
            continue
        path = f"files/evidence-{item.pk}/{_safe_name(item.file_name or item.file.name)}"
        with item.file.open("rb") as handle:
            members[path] = handle.read()
        add_token("file", item.pk, item.file_sha256, path)
    for token in tokens.values():
        if include_records and token.kind in {"approval", "report"}:
            path = f"records/{token.kind}-{token.object_id}-{token.pk}.json"
            members[path] = token.record.encode()
            add_token(token.kind, token.object_id, token.sha256, path)
    entries = []
    visible_ids = {e.pk for e in evidence}
    for entry in LedgerEntry.objects.filter(claim_id__in=claim_ids).order_by("seq"):
        if not include_records and not (
            entry.object_model == "claims.claim"
            or (entry.object_model == "sources.evidence" and entry.object_id in visible_ids)
        ):
            continue  # confidential evidence (or a relay through a confidential source)
        model = apps.get_model(entry.history_model)
        entries.append(
            {
                "seq": entry.seq,
                "history_model": entry.history_model,
                "history_id": entry.history_id,
                "content_hash": entry.content_hash,
                "prev_hash": entry.prev_hash,
                "entry_hash": entry.entry_hash,
                "row": ledger.row_content(model, entry.history_id),
            }
        )
    members["history/ledger.json"] = ledger.canonical({"entries": entries})
    roots = Path(settings.FACTCHECK_TSA_CA_FILE) if settings.FACTCHECK_TSA_CA_FILE else None
    if roots is not None and roots.is_file():
        members["trusted-roots.pem"] = roots.read_bytes()
    hashes = {path: hashlib.sha256(data).hexdigest() for path, data in sorted(members.items())}
    manifest = {
        "title": title,
        "made_at": timezone.now().isoformat(),
        "files": hashes,
        "seals": seals,
    }
    members["manifest.json"] = json.dumps(manifest, indent=2, sort_keys=True).encode()
    members["SHA256SUMS"] = "".join(
        f"{digest}  {path}\n" for path, digest in hashes.items()
    ).encode()
    members["README.txt"] = _readme(title, seals).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, data in members.items():
            archive.writestr(path, data)
    return out.getvalue()


def _readme(title: str, seals: list[dict[str, str]]) -> str:
    lines = [
        f"Evidence package: {title}",
        "",
        "1. Every file is listed with its SHA-256 in SHA256SUMS (and manifest.json):",
        "   sha256sum -c SHA256SUMS",
        "",
        "2. Each trusted timestamp (RFC 3161) proves its file existed, byte for byte, at the",
        "   time the authority signed. Check each one against the authority's root",
        "   certificate (trusted-roots.pem here is the workbench's copy; better, fetch the",
        "   authority's own):",
        "",
    ]
    for seal in seals:
        lines.append(
            f"   openssl ts -verify -data {seal['data']} -in {seal['token']} "
            "-CAfile trusted-roots.pem"
        )
        lines.append(f"      # sealed by {seal['sealed_by']} at {seal['sealed_at']}")
    if not seals:
        lines.append("   (no item in this package has been sealed yet)")
    lines += [
        "",
        "   To see what a token says: openssl ts -reply -in TOKEN.tsr -text",
        "",
        "3. warcs/*.warc are WARC 1.1 files (ISO 28500): open them with any WARC tool",
        "   (warcio: `warcio check FILE`, `warcio extract FILE OFFSET`, replay: pywb).",
        "",
        "4. history/ledger.json is the workbench's tamper-evident history: each entry's",
        "   content_hash is the SHA-256 of its row as canonical JSON (sorted keys, no spaces,",
        "   UTF-8), and entry_hash = SHA-256 of 'seq|history_model|history_id|content_hash|",
        "   prev_hash'; each prev_hash is the entry_hash of the entry before it.",
        "",
    ]
    return "\n".join(lines)


def verify(data: bytes, roots_file: str = "") -> list[dict[str, Any]]:
    """Check an uploaded package (reads only, stores nothing): every manifest hash, every
    WARC's own digests, every token against its file."""
    if len(data) > MAX_PACKAGE_BYTES:
        raise PackageError("The package is larger than 512 MB.")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise PackageError("This is not an evidence package: it is not a zip file.") from exc
    with archive:
        names = archive.namelist()
        if len(names) > MAX_MEMBERS:
            raise PackageError("The package has too many files.")
        if "manifest.json" not in names:
            raise PackageError("This zip has no manifest.json: it is not an evidence package.")
        try:
            manifest = json.loads(archive.read("manifest.json"))
            files = dict(manifest["files"])
            seals = list(manifest.get("seals", []))
        except (ValueError, KeyError, TypeError) as exc:
            raise PackageError("The package's manifest.json is malformed.") from exc
        results: list[dict[str, Any]] = []
        contents: dict[str, bytes] = {}
        for path, digest in sorted(files.items()):
            if path not in names:
                results.append(
                    {
                        "kind": "file",
                        "id": path,
                        "status": "missing",
                        "detail": "listed in the manifest, absent from the zip",
                    }
                )
                continue
            try:
                contents[path] = archive.read(path)
            except (zipfile.BadZipFile, OSError, ValueError) as exc:
                results.append(
                    {
                        "kind": "file",
                        "id": path,
                        "status": "tampered",
                        "detail": f"unreadable ({exc})",
                    }
                )
                continue
            ok = hashlib.sha256(contents[path]).hexdigest() == digest
            results.append(
                {
                    "kind": "file",
                    "id": path,
                    "status": "ok" if ok else "tampered",
                    "detail": "matches the manifest" if ok else "differs from the manifest",
                }
            )
            if ok and path.endswith(".warc"):
                try:
                    warc_ok = read_response(contents[path]).digests_ok
                except WarcError as exc:
                    warc_ok, detail = False, str(exc)
                else:
                    detail = (
                        "payload digest matches" if warc_ok else "payload digest does not match"
                    )
                results.append(
                    {
                        "kind": "snapshot",
                        "id": path,
                        "status": "ok" if warc_ok else "tampered",
                        "detail": detail,
                    }
                )
    roots = tsa.load_roots(roots_file or settings.FACTCHECK_TSA_CA_FILE)
    for seal in seals:
        token, target = contents.get(seal.get("token", "")), contents.get(seal.get("data", ""))
        if token is None or target is None:
            results.append(
                {
                    "kind": "timestamp",
                    "id": seal.get("token", ""),
                    "status": "missing",
                    "detail": "the token or its file is absent",
                }
            )
            continue
        if not roots:
            results.append(
                {
                    "kind": "timestamp",
                    "id": seal["token"],
                    "status": "unsealed",
                    "detail": "no trusted roots to check it against (FACTCHECK_TSA_CA_FILE or --ca)",
                }
            )
            continue
        try:
            tsa.verify(token, hashlib.sha256(target).digest(), roots)
        except tsa.SealError as exc:
            results.append(
                {
                    "kind": "timestamp",
                    "id": seal["token"],
                    "status": "tampered",
                    "detail": str(exc)[:300],
                }
            )
        else:
            results.append(
                {
                    "kind": "timestamp",
                    "id": seal["token"],
                    "status": "ok",
                    "detail": f"seals {seal['data']}",
                }
            )
    return results
