"""archive_url: one URL fetched, snapshotted with its WARC and sealed, through the same
services as every link check (sources.services: SSRF-safe fetch, record_result)."""

from __future__ import annotations

import hashlib
from typing import Any

from django.db import transaction

from provenance import services
from provenance.models import TimestampToken


class ArchiveError(Exception):
    """The URL could not be archived; the message says why, in words."""


def archive_url(url: str, *, wait: bool = True) -> dict[str, Any]:
    from sources import services as sources
    from sources.linkcheck import validate_url
    from sources.models import Snapshot

    error = validate_url(url, sources.linkcheck_config())
    if error:
        raise ArchiveError(error)
    with transaction.atomic():
        link = sources._link_for(sources.clean_url(url))
    assert link is not None
    checks = sources.run_link_checks(link_ids=[link.pk], archive=True)
    if not checks:
        raise ArchiveError("The link could not be checked.")
    check = checks[0]
    snapshot = Snapshot.objects.filter(link_check=check).first()
    if snapshot is None or not snapshot.warc:
        raise ArchiveError(
            f"The page could not be archived: {check.error or check.outcome}"
            f"{f' (HTTP {check.status_code})' if check.status_code else ''}."
        )
    with snapshot.warc.open("rb") as handle:
        digest = hashlib.sha256(handle.read()).hexdigest()
    token = TimestampToken.objects.get(
        kind=TimestampToken.Kind.SNAPSHOT, object_id=snapshot.pk, sha256=digest
    )
    if not services.tsa_enabled():
        status = "off"
    else:
        if wait:
            token = services.seal(token.pk) or token
        status = token.status
    return {
        "snapshot": snapshot.pk,
        "warc": snapshot.warc.name,
        "sha256": digest,
        "timestamp": status,
    }
