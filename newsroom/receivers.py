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


@receiver(claim_event, dispatch_uid="newsroom.claim_event")
def on_claim_event(*, event: str, claim: Claim, actor: Any, comment: str, **extra: Any) -> None:
    version = claim.version
    if event == claim_events.ASSIGNED:
        services.notify(
            recipients=[claim.assignee],
            event=Event.ASSIGNED,
            key=f"assigned:{claim.pk}:{version}",
            message=format_lazy(
                _("{who} assigned you: “{claim}”"), who=_who(actor), claim=_short(claim)
            ),
            claim=claim,
            actor=actor,
        )
    elif event == claim_events.SENT_BACK:
        services.notify(
            recipients=[claim.verdict_author, claim.assignee],
            event=Event.SENT_BACK,
            key=f"sent_back:{claim.pk}:{version}",
            message=format_lazy(
                _("{who} sent back your verdict on “{claim}”"), who=_who(actor), claim=_short(claim)
            ),
            claim=claim,
            actor=actor,
            detail=comment,
        )
    elif event == claim_events.APPROVED:
        services.notify(
            recipients=[claim.verdict_author],
            event=Event.APPROVED,
            key=f"approved:{claim.pk}:{version}",
            message=format_lazy(
                _("{who} approved your verdict on “{claim}”"), who=_who(actor), claim=_short(claim)
            ),
            claim=claim,
            actor=actor,
        )
    elif event == claim_events.PUBLISHED:
        services.notify(
            recipients=[claim.verdict_author, claim.assignee],
            event=Event.PUBLISHED,
            key=f"published:{claim.pk}:{version}",
            message=format_lazy(
                _("{who} published the fact-check of “{claim}”"),
                who=_who(actor),
                claim=_short(claim),
            ),
            claim=claim,
            actor=actor,
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
        "claim__assignee", "claim__verdict_author", "added_by"
    )
    dead = event == LINK_DEAD
    for evidence in citing:
        claim = evidence.claim
        people = [claim.assignee, claim.verdict_author, evidence.added_by]
        if evidence.confidential:  # only those who may see it hear that it exists
            people = [
                p for p in people if p is not None and policies.can_see_confidential(p, claim)
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
        )
