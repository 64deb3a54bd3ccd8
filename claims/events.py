"""What happened to a claim, announced once, inside the transaction that did it.

Services send `claim_event` after they save; other apps (notifications) listen without the
claims app knowing them. A receiver runs in the same transaction, so what it writes is
committed or rolled back together with the change it reports."""

from __future__ import annotations

from typing import Any

from django.dispatch import Signal

# kwargs: event (one of EVENTS), claim, actor, comment ("" when none)
claim_event = Signal()

ASSIGNED = "assigned"
SENT_BACK = "sent_back"
APPROVED = "approved"
PUBLISHED = "published"
COMMENTED = "commented"
EVENTS = (ASSIGNED, SENT_BACK, APPROVED, PUBLISHED, COMMENTED)


def emit(event: str, *, claim: Any, actor: Any, comment: str = "") -> None:
    claim_event.send(sender=type(claim), event=event, claim=claim, actor=actor, comment=comment)
