"""{% seal_status claim %} on the claim panel, {% seal_statuses claims %} in the report:
"sealed by <authority> at <time>", verified each time it is shown."""

from __future__ import annotations

from typing import Any

from django import template

from provenance import selectors, services

register = template.Library()


@register.inclusion_tag("provenance/_seal.html")
def seal_status(claim: Any) -> dict[str, Any]:
    return {
        "rows": [(claim, selectors.claim_seals([claim.pk]).get(claim.pk, []))],
        "off": not services.tsa_enabled(),
        "off_note": services.OFF_NOTE,
        "package": True,
    }


@register.inclusion_tag("provenance/_seal.html")
def seal_statuses(claims: list[Any]) -> dict[str, Any]:
    """`claims`: Claim objects or the report's rows ({"claim": Claim, ...})."""
    objects = [c["claim"] if isinstance(c, dict) else getattr(c, "claim", c) for c in claims]
    seals = selectors.claim_seals([c.pk for c in objects])
    return {
        "rows": [(c, seals[c.pk]) for c in objects if c.pk in seals],
        "off": not services.tsa_enabled(),
        "off_note": services.OFF_NOTE,
        "report": True,
    }


@register.simple_tag
def snapshot_seal(snapshot: Any) -> dict[str, Any]:
    """The snapshot's WARC and timestamp, checked as shown."""
    from provenance import verification
    from provenance.models import TimestampToken

    token = (
        TimestampToken.objects.filter(kind=TimestampToken.Kind.SNAPSHOT, object_id=snapshot.pk)
        .order_by("pk")
        .last()
    )
    item = verification.check_snapshot(snapshot, token)
    if item["status"] != "ok" or token is None:
        return {**item, "token": token}
    return {**services.token_check(token), "token": token}
