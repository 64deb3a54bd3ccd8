"""The tamper-evident record: every history row django-simple-history writes (claims and
their verdicts and approvals, evidence, attributions, sources, articles) gets a ledger
entry in the same transaction, holding the SHA-256 of the row's canonical content and the
previous entry's hash.

Why our own ledger and not a column on the history tables: the history models belong to
claims/ and sources/ (a column there is a migration in each app), and a separate table lets
a deleted history row still be named by the entry that recorded it. Appends are serialised
by a transaction-scoped advisory lock (PostgreSQL; SQLite serialises writers anyway), so
the chain has one order.
"""

from __future__ import annotations

import datetime
import decimal
import hashlib
import json
import uuid
from collections.abc import Iterable
from typing import Any

from django.apps import apps
from django.db import connection, models
from django.utils import timezone
from django.utils.translation import gettext as _
from simple_history.signals import post_create_historical_record

from provenance.models import LedgerEntry

GENESIS = "0" * 64
_LOCK_KEY = 0x70726F76  # "prov": one advisory lock for the whole chain


def _plain(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        # milliseconds, as Django's JSON serialiser keeps them: a backup restored with
        # loaddata (factcheck/backup.py) hashes the same
        if value.tzinfo:
            value = value.astimezone(datetime.UTC)
        return value.isoformat(timespec="milliseconds")
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    raise TypeError(f"cannot canonicalise {type(value).__name__}")


def canonical(data: dict[str, Any]) -> bytes:
    """Sorted keys, no spaces, UTF-8, datetimes in UTC ISO 8601 to the millisecond: the
    same content always gives the same bytes."""
    return json.dumps(
        data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_plain
    ).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def row_content(model: type[models.Model], pk: int) -> dict[str, Any] | None:
    """The history row as stored (read back, so what is hashed is what the database holds)."""
    return model._default_manager.filter(pk=pk).values().first()


def entry_hash(
    *, seq: int, history_model: str, history_id: int, content_hash: str, prev: str
) -> str:
    return sha256_hex(f"{seq}|{history_model}|{history_id}|{content_hash}|{prev}".encode())


def _claim_and_article(row: dict[str, Any], object_model: str) -> tuple[int | None, int | None]:
    if object_model == "claims.claim":
        return row.get("id"), row.get("article_id")
    if object_model == "claims.article":
        return None, row.get("id")
    claim_id = row.get("claim_id")
    if claim_id is None:
        return None, None
    Claim = apps.get_model("claims", "Claim")
    article_id = Claim.objects.filter(pk=claim_id).values_list("article_id", flat=True).first()
    return claim_id, article_id


def append(history_instance: models.Model) -> LedgerEntry:
    """Chain one history row (inside the transaction that wrote it)."""
    model = type(history_instance)
    label = model._meta.label_lower
    row = row_content(model, history_instance.pk)
    if row is None:  # pragma: no cover - the row was just written in this transaction
        raise RuntimeError(f"history row {label}:{history_instance.pk} vanished")
    object_model = history_instance.instance_type._meta.label_lower  # type: ignore[attr-defined]
    claim_id, article_id = _claim_and_article(row, object_model)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_LOCK_KEY])
    last = LedgerEntry.objects.order_by("-seq").values_list("seq", "entry_hash").first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    content_hash = sha256_hex(canonical(row))
    return LedgerEntry.objects.create(
        seq=seq,
        history_model=label,
        history_id=history_instance.pk,
        object_model=object_model,
        object_id=row.get("id") or 0,
        claim_id=claim_id,
        article_id=article_id,
        content_hash=content_hash,
        prev_hash=prev,
        entry_hash=entry_hash(
            seq=seq,
            history_model=label,
            history_id=history_instance.pk,
            content_hash=content_hash,
            prev=prev,
        ),
        recorded_at=timezone.now(),
    )


def _on_history(sender: Any, history_instance: models.Model, **kwargs: Any) -> None:
    append(history_instance)
    if type(history_instance)._meta.label_lower == "sources.historicalevidence":
        from provenance import services  # the file of an evidence item is sealed as it lands

        services.seal_evidence_file(history_instance)


def connect() -> None:
    post_create_historical_record.connect(_on_history, dispatch_uid="provenance-ledger")


# --- Verification -------------------------------------------------------------------------


def check_entries(entries: Iterable[LedgerEntry]) -> list[dict[str, Any]]:
    """One result per entry: its history row still exists and hashes the same, the entry's
    own hash is intact, and it follows the entry before it (nothing deleted in between)."""
    entries = list(entries)
    wanted = {e.seq - 1 for e in entries if e.seq > 1}
    before = {
        e.seq: e for e in LedgerEntry.objects.filter(seq__in=wanted - {e.seq for e in entries})
    }
    before.update({e.seq: e for e in entries})
    by_model: dict[str, list[int]] = {}
    for e in entries:
        by_model.setdefault(e.history_model, []).append(e.history_id)
    rows: dict[tuple[str, int], dict[str, Any]] = {}
    for label, ids in by_model.items():
        model = apps.get_model(label)
        for row in model._default_manager.filter(pk__in=ids).values():
            rows[(label, row[model._meta.pk.attname])] = row
    results = []
    for e in entries:
        name = _("%(model)s row %(id)s (%(object_model)s %(object_id)s)") % {
            "model": e.history_model,
            "id": e.history_id,
            "object_model": e.object_model,
            "object_id": e.object_id,
        }
        expected = entry_hash(
            seq=e.seq,
            history_model=e.history_model,
            history_id=e.history_id,
            content_hash=e.content_hash,
            prev=e.prev_hash,
        )
        previous = before.get(e.seq - 1)
        row = rows.get((e.history_model, e.history_id))
        if expected != e.entry_hash:
            status, detail = (
                "tampered",
                _("ledger entry %(seq)s was edited: its hash is wrong") % {"seq": e.seq},
            )
        elif e.seq == 1 and e.prev_hash != GENESIS:
            status, detail = "tampered", _("the first ledger entry does not start the chain")
        elif e.seq > 1 and previous is None:
            status, detail = (
                "missing",
                _("ledger entry %(seq)s, before this one, was deleted") % {"seq": e.seq - 1},
            )
        elif previous is not None and previous.entry_hash != e.prev_hash:
            status, detail = (
                "tampered",
                _("ledger entry %(seq)s no longer matches this link") % {"seq": e.seq - 1},
            )
        elif row is None:
            status, detail = "missing", _("%(name)s was deleted") % {"name": name}
        elif sha256_hex(canonical(row)) != e.content_hash:
            status, detail = (
                "tampered",
                _("%(name)s was changed after it was recorded") % {"name": name},
            )
        else:
            status, detail = "ok", _("%(name)s is as recorded") % {"name": name}
        results.append({"kind": "history", "id": e.seq, "status": status, "detail": detail})
    return results


def unchained_rows(claim_ids: set[int] | None = None) -> list[dict[str, Any]]:
    """History rows with no ledger entry (written before the ledger existed, or inserted
    straight into the database): reported as unsealed, never as ok."""
    results = []
    known: dict[str, set[int]] = {}
    for label, hid in LedgerEntry.objects.values_list("history_model", "history_id"):
        known.setdefault(label, set()).add(hid)
    for model in apps.get_models():
        if not hasattr(model, "instance_type") or not model._meta.label_lower.startswith(
            ("claims.historical", "sources.historical")
        ):
            continue
        label = model._meta.label_lower
        qs = model._default_manager.all()
        if claim_ids is not None:
            field_names = {f.attname for f in model._meta.fields}
            if "claim_id" in field_names:
                qs = qs.filter(claim_id__in=claim_ids)
            elif label == "claims.historicalclaim":
                qs = qs.filter(id__in=claim_ids)
            else:
                continue
        for hid in qs.exclude(pk__in=known.get(label, set())).values_list("pk", flat=True):
            results.append(
                {
                    "kind": "history",
                    "id": f"{label}:{hid}",
                    "status": "unsealed",
                    "detail": f"{label} row {hid} is not in the chain (written before it "
                    "existed, or outside the application)",
                }
            )
    return results


def check_tail() -> dict[str, Any] | None:
    """Entries deleted from the end of the chain leave no gap; the newest sealed chain head
    still names them."""
    from provenance.models import TimestampToken

    head = (
        TimestampToken.objects.filter(kind=TimestampToken.Kind.CHAIN_HEAD)
        .order_by("-object_id")
        .first()
    )
    if head is None:
        return None
    entry = LedgerEntry.objects.filter(seq=head.object_id).first()
    if entry is None:
        return {
            "kind": "chain",
            "id": head.object_id,
            "status": "missing",
            "detail": f"ledger entry {head.object_id}, named by a chain head, was deleted",
        }
    try:
        sealed_hash = json.loads(head.record)["entry_hash"]
    except (ValueError, KeyError, TypeError):
        sealed_hash = ""
    if entry.entry_hash != sealed_hash:
        return {
            "kind": "chain",
            "id": head.object_id,
            "status": "tampered",
            "detail": f"ledger entry {head.object_id} differs from the chain head sealed for it",
        }
    return {
        "kind": "chain",
        "id": head.object_id,
        "status": "ok",
        "detail": f"the chain up to entry {head.object_id} matches its sealed head",
    }
