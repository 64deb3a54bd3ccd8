"""Sealing: what gets a trusted timestamp, and the one function that gets it.

Everything that should be sealed calls `request_seal` inside the transaction that makes
it: a `TimestampToken` row (pending) records the digest at once, and a worker asks the
authorities after commit (`provenance.tasks.seal`). `seal()` locks the row, so two workers
(or a worker and beat) never seal the same item twice; beat retries whatever is not
sealed yet. A user never waits for an authority.
"""

from __future__ import annotations

import hashlib
import json
import logging
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from factcheck.celery import enqueue
from provenance import ledger, tsa
from provenance.models import LedgerEntry, TimestampToken

log = logging.getLogger(__name__)

Kind = TimestampToken.Kind
Status = TimestampToken.Status
OFF_NOTE = gettext_lazy(
    "Trusted timestamps are off: no timestamp authority is configured (FACTCHECK_TSA_URLS). "
    "Digests are still recorded, and items are sealed once one is configured."
)


def tsa_enabled() -> bool:
    return bool(settings.FACTCHECK_TSA_URLS)


def trusted_roots() -> list:
    return tsa.load_roots(settings.FACTCHECK_TSA_CA_FILE)


def request_seal(
    *,
    kind: str,
    object_id: int,
    sha256: str,
    record: str = "",
    claim_id: int | None = None,
    article_id: int | None = None,
) -> TimestampToken:
    """Record a digest to be sealed (once per kind, object and digest) and queue the seal."""
    token, created = TimestampToken.objects.get_or_create(
        kind=kind,
        object_id=object_id,
        sha256=sha256,
        defaults={"record": record, "claim_id": claim_id, "article_id": article_id},
    )
    if created and tsa_enabled():
        enqueue("provenance.tasks.seal", token.pk)
    return token


def seal_snapshot(*, snapshot: Any, warc: bytes | None) -> TimestampToken | None:
    """A snapshot's WARC file, byte for byte (its payload digest is inside it). The
    snapshot is new, so its digest is too: one INSERT, no look-up (this runs per check)."""
    if warc is None:
        return None
    token = TimestampToken.objects.create(
        kind=Kind.SNAPSHOT, object_id=snapshot.pk, sha256=hashlib.sha256(warc).hexdigest()
    )
    if tsa_enabled():
        enqueue("provenance.tasks.seal", token.pk)
    return token


def seal_evidence_file(history_row: Any) -> TimestampToken | None:
    """Called for each evidence history row: a file not sealed under this digest yet is."""
    if getattr(history_row, "history_type", "") == "-" or not history_row.file_sha256:
        return None
    from claims.models import Claim

    return request_seal(
        kind=Kind.FILE,
        object_id=history_row.id,
        sha256=history_row.file_sha256,
        claim_id=history_row.claim_id,
        article_id=Claim.objects.filter(pk=history_row.claim_id)
        .values_list("article_id", flat=True)
        .first(),
    )


def claim_record(claim: Any, event: str) -> dict[str, Any]:
    """What was approved or published, canonically: claim, verdict, rationale, people,
    time, and every evidence item with the hashes of what it cites."""
    evidence = []
    for item in claim.evidence.select_related("cited_snapshot", "source").order_by("pk"):
        snapshot = item.cited_snapshot
        evidence.append(
            {
                "id": item.pk,
                "url": item.url,
                "file_sha256": item.file_sha256,
                "excerpt_sha256": hashlib.sha256(item.excerpt.encode()).hexdigest(),
                "stance": item.stance,
                "credibility": item.credibility,
                "source": item.source.name if item.source_id else "",
                "confidential": item.is_confidential,
                "cited_snapshot": snapshot.pk if snapshot else None,
                "cited_snapshot_sha256": snapshot.sha256 if snapshot else "",
            }
        )
    return {
        "event": event,
        "claim": claim.pk,
        "article": claim.article_id,
        "text": claim.text,
        "claimant": claim.claimant,
        "verdict": claim.verdict.name if claim.verdict_id else "",
        "rationale": claim.rationale,
        "verdict_author": claim.verdict_author.get_username() if claim.verdict_author_id else "",
        "reviewer": claim.reviewer.get_username() if claim.reviewer_id else "",
        "approved_at": claim.approved_at,
        "published_at": claim.published_at if event == "report" else None,
        "evidence": evidence,
    }


def _seal_claim_event(claim: Any, kind: str) -> TimestampToken:
    record = ledger.canonical(claim_record(claim, kind)).decode()
    return request_seal(
        kind=kind,
        object_id=claim.pk,
        sha256=hashlib.sha256(record.encode()).hexdigest(),
        record=record,
        claim_id=claim.pk,
        article_id=claim.article_id,
    )


def seal_approval(claim: Any) -> TimestampToken:
    """claims.services.approve_verdict: the approval as it happened."""
    return _seal_claim_event(claim, Kind.APPROVAL)


def seal_report(claim: Any) -> TimestampToken:
    """claims.services.publish_claim: the fact-check as published."""
    return _seal_claim_event(claim, Kind.REPORT)


@transaction.atomic
def seal_chain_head() -> TimestampToken | None:
    """The newest ledger entry, unless it is sealed already (beat, periodically)."""
    head = LedgerEntry.objects.order_by("-seq").first()
    if head is None:
        return None
    record = ledger.canonical({"seq": head.seq, "entry_hash": head.entry_hash}).decode()
    return request_seal(
        kind=Kind.CHAIN_HEAD,
        object_id=head.seq,
        sha256=hashlib.sha256(record.encode()).hexdigest(),
        record=record,
    )


def seal(token_id: int) -> TimestampToken | None:
    """Ask the authorities for a token over this digest; once sealed, never again. The row
    stays locked while the authority answers, so a second worker skips it."""
    with transaction.atomic():
        token = (
            TimestampToken.objects.select_for_update(skip_locked=True).filter(pk=token_id).first()
        )
        if token is None or token.status == Status.SEALED:
            return token
        if not tsa_enabled():
            return token
        token.attempts += 1
        try:
            sealed = tsa.request_token(
                bytes.fromhex(token.sha256),
                list(settings.FACTCHECK_TSA_URLS),
                trusted_roots(),
                timeout=float(settings.FACTCHECK_TSA_TIMEOUT_SECONDS),
            )
        except tsa.SealError as exc:
            token.status = Status.UNSEALED
            token.reason = str(exc)[:2000]
            log.warning("timestamp %s not sealed: %s", token.pk, token.reason)
        else:
            token.status = Status.SEALED
            token.reason = ""
            token.token = sealed.token
            token.tsa_url = sealed.tsa_url[:500]
            token.tsa_name = sealed.tsa_name[:500]
            token.sealed_at = sealed.gen_time
        token.save()
        return token


def unsealed_ids(limit: int = 500) -> list[int]:
    return list(
        TimestampToken.objects.exclude(status=Status.SEALED)
        .order_by("updated_at")
        .values_list("pk", flat=True)[:limit]
    )


def retry_unsealed() -> int:
    """Beat: queue every item not sealed yet (pending after an outage, or refused)."""
    if not tsa_enabled():
        return 0
    ids = unsealed_ids()
    for pk in ids:
        enqueue("provenance.tasks.seal", pk)
    return len(ids)


def token_check(token: TimestampToken) -> dict[str, Any]:
    """The timestamp itself: a sealed token must verify over its digest against the
    trusted roots now, or it is tampered; anything not sealed is unsealed, never ok."""
    item: dict[str, Any] = {"kind": "timestamp", "id": token.pk}
    what = f"{token.get_kind_display().lower()} {token.object_id}"
    if token.status != Status.SEALED or not token.token:
        reason = token.reason or (_("waiting for an authority") if tsa_enabled() else OFF_NOTE)
        return {**item, "status": "unsealed", "detail": f"{what}: {reason}"}
    try:
        tsa.verify(bytes(token.token), bytes.fromhex(token.sha256), trusted_roots())
    except (tsa.SealError, ValueError) as exc:
        return {**item, "status": "tampered", "detail": f"{what}: {str(exc)[:300]}"}
    return {
        **item,
        "status": "ok",
        "detail": _("%(what)s: sealed by %(authority)s at %(when)s UTC")
        % {
            "what": what,
            "authority": token.tsa_name,
            "when": f"{token.sealed_at:%Y-%m-%d %H:%M:%S}",
        },
    }


def record_check(token: TimestampToken) -> dict[str, Any]:
    """An approval, report or chain-head record still hashes to the digest sealed."""
    ok = hashlib.sha256(token.record.encode()).hexdigest() == token.sha256
    label = token.get_kind_display().lower()
    detail = _("%(label)s of %(id)s, %(when)s") % {
        "label": label,
        "id": token.object_id,
        "when": f"{timezone.localtime(token.created_at):%Y-%m-%d %H:%M}",
    }
    try:
        json.loads(token.record)
    except ValueError:
        ok = False
    outcome = _("as recorded") if ok else _("the record was changed")
    return {
        "kind": token.kind,
        "id": token.pk,
        "status": "ok" if ok else "tampered",
        "detail": f"{detail}: {outcome}",
    }


def snapshot_warc(snapshot: Any, status_code: int | None, body: bytes) -> bytes:
    """The WARC file of a snapshot being taken (request + response, as kept)."""
    from provenance.warc import build_warc

    return build_warc(
        url=snapshot.final_url,
        status=status_code or 200,
        headers=snapshot.headers,
        body=body,
        captured_at=snapshot.captured_at,
        user_agent=settings.LINKCHECK_USER_AGENT,
    )
