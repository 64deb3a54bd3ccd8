"""Reads for the panel and the report: each claim's sealed records, verified as shown."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from provenance import services
from provenance.models import TimestampToken


def claim_seals(claim_ids: Iterable[int]) -> dict[int, list[dict[str, Any]]]:
    """Approvals, published reports and evidence files per claim, newest last, each with the result of
    verifying its token now (one query however many claims)."""
    found: dict[int, list[dict[str, Any]]] = {}
    tokens = TimestampToken.objects.filter(
        claim_id__in=list(claim_ids),
        kind__in=[
            TimestampToken.Kind.APPROVAL,
            TimestampToken.Kind.REPORT,
            TimestampToken.Kind.FILE,
        ],
    ).order_by("pk")
    for token in tokens:
        check = services.token_check(token)
        if token.record:
            record = services.record_check(token)
            if record["status"] != "ok":
                check = {**check, "status": "tampered", "detail": record["detail"]}
        found.setdefault(token.claim_id or 0, []).append(
            {
                "token": token,
                "label": token.get_kind_display()
                + (f" {token.object_id}" if token.kind == TimestampToken.Kind.FILE else ""),
                **check,
            }
        )
    return found
