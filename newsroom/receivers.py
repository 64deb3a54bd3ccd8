"""Claim and link events → notifications: who counts as "me" for each event."""

from __future__ import annotations

import hashlib
from typing import Any

from django.dispatch import receiver
from django.utils.text import Truncator, format_lazy
from django.utils.translation import gettext_lazy as _

from claims import events as claim_events
from claims import policies
from claims.events import claim_event
from claims.models import Claim
from newsroom import services
from newsroom.models import Event
from sources.events import LINK_DEAD, link_event
from sources.models import Evidence


def _short(claim: Claim) -> str:
    return Truncator(claim.text).chars(90)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _who(actor: Any) -> Any:
    return actor.get_username() if actor is not None else _("Someone")


# Who counts as "me" for each workflow event, and what they are told.
_WORKFLOW = {
    claim_events.ASSIGNED: (lambda c: [c.assignee], _("{who} assigned you: “{claim}”")),
    claim_events.SENT_BACK: (
        lambda c: [c.verdict_author, c.assignee],
        _("{who} sent back your verdict on “{claim}”"),
    ),
    claim_events.APPROVED: (
        lambda c: [c.verdict_author],
        _("{who} approved your verdict on “{claim}”"),
    ),
    claim_events.PUBLISHED: (
        lambda c: [c.verdict_author, c.assignee],
        _("{who} published the fact-check of “{claim}”"),
    ),
}


@receiver(claim_event, dispatch_uid="newsroom.claim_event")
def on_claim_event(*, event: str, claim: Claim, actor: Any, comment: str, **extra: Any) -> None:
    version = claim.version
    if event in _WORKFLOW:
        recipients, message = _WORKFLOW[event]
        services.notify(
            recipients=recipients(claim),
            event=Event(event),  # the claim event names the notification event
            key=f"{event}:{claim.pk}:{version}",
            message=format_lazy(message, who=_who(actor), claim=_short(claim)),
            claim=claim,
            actor=actor,
            detail=comment,
        )
    if comment:
        mentioned = list(services.mentioned_users(comment))
        if mentioned:
            services.notify(
                recipients=mentioned,
                event=Event.MENTIONED,
                # one per comment: the comment's hash keeps a re-sent comment from counting twice
                key=f"mentioned:{claim.pk}:{version}:{_digest(comment)}",
                message=format_lazy(
                    _("{who} mentioned you on “{claim}”"), who=_who(actor), claim=_short(claim)
                ),
                claim=claim,
                actor=actor,
                detail=comment,
            )


@receiver(link_event, dispatch_uid="newsroom.link_event")
def on_link_event(*, event: str, link: Any, check: Any, **extra: Any) -> None:
    citing = Evidence.objects.filter(link=link).select_related(
        "claim__assignee", "claim__verdict_author", "added_by", "source"
    )
    dead = event == LINK_DEAD
    for evidence in citing:
        claim = evidence.claim
        # only those who may see the citation hear that it exists (claims.policies)
        people = [
            p
            for p in (claim.assignee, claim.verdict_author, evidence.added_by)
            if p is not None and policies.evidence_visible_to(p, evidence)
        ]
        services.notify(
            recipients=people,
            event=event,
            key=f"{event}:{evidence.pk}:{check.pk}",
            message=format_lazy(
                _("A link cited on “{claim}” went dead: {url}")
                if dead
                else _("A page cited on “{claim}” changed since it was cited: {url}"),
                claim=_short(claim),
                url=Truncator(link.url).chars(80),
            ),
            claim=claim,
            evidence=evidence,
        )
