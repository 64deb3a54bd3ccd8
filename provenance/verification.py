"""Verification anyone can run: every WARC, file, record, timestamp and history entry of a
claim, an article or the whole workbench, one result per item.

Each item is checked on its own evidence, so one flipped byte shows up as exactly one
tampered item: a snapshot's WARC against the digest recorded when it was written (and its
own WARC digests), a file against the SHA-256 taken on upload, a token against its digest
and the trusted roots, a history row against its ledger entry.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from django.core.files.storage import default_storage
from django.utils.translation import gettext as _

from provenance import ledger, services
from provenance.models import LedgerEntry, TimestampToken
from provenance.warc import WarcError, read_response

Kind = TimestampToken.Kind


def _file_sha256(field: Any) -> str | None:
    """SHA-256 of a stored file in chunks; None when it is gone."""
    if not field or not default_storage.exists(field.name):
        return None
    digest = hashlib.sha256()
    with field.storage.open(field.name, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def check_snapshot(snapshot: Any, token: TimestampToken | None) -> dict[str, Any]:
    item: dict[str, Any] = {"kind": "snapshot", "id": snapshot.pk}
    where = snapshot.final_url or snapshot.link.url
    if snapshot.raw:
        raw = _file_sha256(snapshot.raw)
        if raw is None:
            return {
                **item,
                "status": "missing",
                "detail": _("the raw copy of %(where)s is gone") % {"where": where},
            }
        if raw != snapshot.sha256:
            return {
                **item,
                "status": "tampered",
                "detail": _("the raw copy of %(where)s changed") % {"where": where},
            }
    if not snapshot.warc:
        return {
            **item,
            "status": "unsealed",
            "detail": _("%(where)s was archived before WARC files were written") % {"where": where},
        }
    if not default_storage.exists(snapshot.warc.name):
        return {
            **item,
            "status": "missing",
            "detail": _("the WARC file of %(where)s is gone") % {"where": where},
        }
    with snapshot.warc.open("rb") as handle:
        data = handle.read()
    try:
        response = read_response(data)
    except WarcError as exc:
        return {
            **item,
            "status": "tampered",
            "detail": _("the WARC of %(where)s: %(problem)s") % {"where": where, "problem": exc},
        }
    if not response.digests_ok:
        return {
            **item,
            "status": "tampered",
            "detail": _("the WARC of %(where)s no longer matches its own payload digest")
            % {"where": where},
        }
    if token is not None and hashlib.sha256(data).hexdigest() != token.sha256:
        return {
            **item,
            "status": "tampered",
            "detail": _("the WARC of %(where)s differs from the one recorded when it was written")
            % {"where": where},
        }
    return {
        **item,
        "status": "ok",
        "detail": _("%(where)s as captured %(when)s")
        % {"where": where, "when": f"{snapshot.captured_at:%Y-%m-%d %H:%M}"},
    }


def check_file(evidence: Any) -> dict[str, Any]:
    item: dict[str, Any] = {"kind": "file", "id": evidence.pk}
    name = evidence.file_name or evidence.file.name
    digest = _file_sha256(evidence.file)
    if digest is None:
        return {
            **item,
            "status": "missing",
            "detail": _("the file %(name)s is gone from storage") % {"name": name},
        }
    if digest != evidence.file_sha256:
        return {
            **item,
            "status": "tampered",
            "detail": _("the file %(name)s changed since upload") % {"name": name},
        }
    return {
        **item,
        "status": "ok",
        "detail": _("%(name)s matches the SHA-256 taken on upload") % {"name": name},
    }


def _tokens_by(kind: str, ids: Iterable[int]) -> dict[int, TimestampToken]:
    """The token of each object's current digest (the newest when several)."""
    found: dict[int, TimestampToken] = {}
    for token in TimestampToken.objects.filter(kind=kind, object_id__in=list(ids)).order_by("pk"):
        found[token.object_id] = token
    return found


def check_items(
    *,
    evidence: Iterable[Any],
    snapshots: Iterable[Any],
    tokens: Iterable[TimestampToken],
    entries: Iterable[LedgerEntry],
) -> list[dict[str, Any]]:
    evidence, snapshots, tokens = list(evidence), list(snapshots), list(tokens)
    results = []
    snapshot_tokens = _tokens_by(Kind.SNAPSHOT, [s.pk for s in snapshots])
    for snapshot in snapshots:
        results.append(check_snapshot(snapshot, snapshot_tokens.get(snapshot.pk)))
    for item in evidence:
        if item.file:
            results.append(check_file(item))
    for token in tokens:
        if token.record:
            results.append(services.record_check(token))
        results.append(services.token_check(token))
    results.extend(ledger.check_entries(entries))
    return results


def _claim_scope(claims: Any) -> list[dict[str, Any]]:
    from sources.models import Evidence, Snapshot

    claim_ids = set(claims.values_list("pk", flat=True))
    evidence = list(Evidence.objects.filter(claim_id__in=claim_ids).order_by("pk"))
    link_ids = {e.link_id for e in evidence if e.link_id}
    snapshots = list(
        Snapshot.objects.filter(link_id__in=link_ids).select_related("link").order_by("pk")
    )
    tokens = TimestampToken.objects.filter(claim_id__in=claim_ids) | TimestampToken.objects.filter(
        kind=Kind.SNAPSHOT, object_id__in=[s.pk for s in snapshots]
    )
    entries = LedgerEntry.objects.filter(claim_id__in=claim_ids).order_by("seq")
    results = check_items(
        evidence=evidence, snapshots=snapshots, tokens=tokens.order_by("pk"), entries=entries
    )
    return results + ledger.unchained_rows(claim_ids)


def verify_claim(claim_id: int) -> list[dict[str, Any]]:
    from claims.models import Claim

    return _claim_scope(Claim.objects.filter(pk=claim_id))


def verify_article(article_id: int) -> list[dict[str, Any]]:
    from claims.models import Claim

    results = _claim_scope(Claim.objects.filter(article_id=article_id))
    own = LedgerEntry.objects.filter(object_model="claims.article", object_id=article_id)
    return results + ledger.check_entries(own.order_by("seq"))


def verify_all() -> list[dict[str, Any]]:
    from sources.models import Evidence, Snapshot

    results = check_items(
        evidence=Evidence.objects.exclude(file="").order_by("pk"),
        snapshots=Snapshot.objects.select_related("link").order_by("pk"),
        tokens=TimestampToken.objects.order_by("pk"),
        entries=LedgerEntry.objects.order_by("seq"),
    )
    results.extend(ledger.unchained_rows())
    tail = ledger.check_tail()
    if tail is not None:
        results.append(tail)
    return results


def failed(results: Iterable[dict[str, Any]]) -> bool:
    return any(r["status"] in {"tampered", "missing"} for r in results)
