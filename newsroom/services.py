"""Notifications, written in one place: who hears about what, created in the transaction of
the event they report, and each email sent at most once.

Email delivery is a small state machine on the notification row: ``pending`` (or
``digest``) → ``sending`` (committed before the SMTP conversation starts) → ``sent``. An
SMTP error puts the row back to ``pending`` and counts the attempt, so beat retries it; a
worker that dies mid-conversation leaves ``sending``, which the sweeper marks
``uncertain`` rather than risk a second copy (the notification itself stays in the app)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from claims import policies
from claims.models import Claim
from factcheck.celery import enqueue
from factcheck.compiled import CompiledQuery
from newsroom.languages import language_of
from newsroom.models import EmailChoice, Event, Notification, Preference
from sources.models import Evidence

SEND_TASK = "newsroom.tasks.send_notification_email"
MAX_EMAIL_ATTEMPTS = 8
STALE_SENDING = timedelta(minutes=15)
# Django's username characters (letters, digits and @/./+/-/_); a trailing dot or comma is
# punctuation of the sentence, not of the name.
MENTION = re.compile(r"(?<![\w@])@([\w.@+-]*[\w@+-])")

# What each event does when the person has not chosen.
DEFAULTS: dict[str, tuple[bool, str]] = {
    Event.ASSIGNED: (True, EmailChoice.IMMEDIATE),
    Event.SENT_BACK: (True, EmailChoice.IMMEDIATE),
    Event.APPROVED: (True, EmailChoice.DAILY),
    Event.PUBLISHED: (True, EmailChoice.DAILY),
    Event.MENTIONED: (True, EmailChoice.IMMEDIATE),
    Event.LINK_DEAD: (True, EmailChoice.DAILY),
    Event.LINK_CHANGED: (True, EmailChoice.DAILY),
}


def preferences(user: AbstractBaseUser) -> dict[str, tuple[bool, str]]:
    """Every event's (in app, email) setting for `user`, defaults filled in."""
    chosen = {p.event: (p.in_app, p.email) for p in Preference.objects.filter(user_id=user.pk)}
    return {event: chosen.get(event, DEFAULTS[event]) for event in Event.values}


@transaction.atomic
def save_preferences(user: AbstractBaseUser, choices: dict[str, tuple[bool, str]]) -> None:
    for event, (in_app, email) in choices.items():
        if event not in Event.values or email not in EmailChoice.values:
            raise ValueError(f"unknown event or email choice: {event}/{email}")
        Preference.objects.update_or_create(
            user_id=user.pk, event=event, defaults={"in_app": in_app, "email": email}
        )


def _may_see(user: Any, claim: Claim | None) -> bool:
    if not user.is_active:
        return False
    if claim is None:
        return True
    return policies.desk_refusal(user, policies.DeskAction.READ) is None


def notify(
    *,
    recipients: Iterable[Any],
    event: str,
    key: str,
    message: Any,
    claim: Claim | None = None,
    actor: Any = None,
    detail: str = "",
    evidence: Evidence | None = None,
) -> list[Notification]:
    """Tell each recipient (never the actor, never someone who may not see the claim) about
    one event. Must run inside the transaction of the event; the same `key` twice for one
    recipient is one notification."""
    made = []
    seen: set[int] = set()
    for person in recipients:
        if person is None or person.pk in seen or (actor is not None and person.pk == actor.pk):
            continue
        seen.add(person.pk)
        if not _may_see(person, claim):
            continue
        in_app, email = preferences(person)[event]
        if not in_app and email == EmailChoice.OFF:
            continue
        status = {
            EmailChoice.OFF: Notification.EmailStatus.NONE,
            EmailChoice.IMMEDIATE: Notification.EmailStatus.PENDING,
            EmailChoice.DAILY: Notification.EmailStatus.DIGEST,
        }[EmailChoice(email)]
        if not getattr(person, "email", ""):
            status = Notification.EmailStatus.NONE
        with translation.override(language_of(person)):
            text = str(message)  # a lazy string: written in the recipient's language
        try:
            with transaction.atomic():
                note = Notification.objects.create(
                    recipient=person,
                    event=event,
                    key=key[:200],
                    claim=claim,
                    actor=actor,
                    evidence=evidence,
                    message=text[:500],
                    detail=detail,
                    in_app=in_app,
                    email_status=status,
                )
        except IntegrityError:  # reported already: at most one per event and person
            continue
        if status == Notification.EmailStatus.PENDING:
            enqueue(SEND_TASK, note.pk)
        made.append(note)
    return made


def mentioned_users(text: str) -> QuerySet:
    names = {match.group(1) for match in MENTION.finditer(text or "")}
    if not names:
        return get_user_model().objects.none()
    field = get_user_model().USERNAME_FIELD
    return get_user_model().objects.filter(**{f"{field}__in": names}, is_active=True)


def mention_suggestions(user: Any, prefix: str, limit: int = 8) -> list[Any]:
    """People on the desk whose username starts with `prefix` (the autocomplete)."""
    if not user.is_authenticated or not user.has_perm("claims.view_claim"):
        return []
    field = get_user_model().USERNAME_FIELD
    people = (
        get_user_model()
        .objects.filter(is_active=True, **{f"{field}__istartswith": prefix})
        .order_by(field)
    )
    return [p for p in people[: limit * 3] if p.has_perm("claims.view_claim")][:limit]


# --- reading -------------------------------------------------------------------------------


def _inbox_of(user_id: int) -> QuerySet[Notification]:
    """The one rule for whose notifications a person sees: their own, in-app ones."""
    return Notification.objects.filter(recipient_id=user_id, in_app=True)


def inbox(user: Any) -> QuerySet[Notification]:
    return _inbox_of(user.pk).select_related(
        "claim", "actor", "evidence__source", "evidence__claim"
    )


def shown_message(note: Notification, reader: Any) -> str:
    """What `reader` (the recipient) reads of `note` now. A notification about a citation
    names its address only while the evidence rule lets the reader see that citation
    (claims.policies.evidence_visible_to, asked again at every reading and sending): one
    made confidential since, or whose claim was reassigned, keeps the event and the claim
    and loses the address."""
    evidence = note.evidence
    if evidence is None or policies.evidence_visible_to(reader, evidence):
        return note.message
    return _("A citation on “%(claim)s” changed; you may no longer see it.") % {
        "claim": Truncator(note.claim.text if note.claim else "").chars(90)
    }


def with_shown_messages(notes: Iterable[Notification], reader: Any) -> list[Notification]:
    """`notes` with `.shown` set for the templates (the inbox page, its partial, emails)."""
    listed = list(notes)
    for note in listed:
        note.shown = shown_message(note, reader)  # type: ignore[attr-defined]
    return listed


def _unread(user_id: int) -> QuerySet:
    return _inbox_of(user_id).filter(read_at__isnull=True).values("pk")


# The navigation's count, on every page: compiled once (factcheck/compiled.py).
_UNREAD = CompiledQuery(_unread, "user_id")


def unread_count(user: Any) -> int:
    """How many of the user's in-app notifications are unread (the inbox's rows, unread)."""
    if not user.is_authenticated:
        return 0
    return _UNREAD.count(user_id=user.pk)


def mark_read(user: Any, ids: Iterable[int] | None = None) -> int:
    """Mark the user's own notifications read (all of them when `ids` is None)."""
    unread = inbox(user).filter(read_at__isnull=True)
    if ids is not None:
        unread = unread.filter(pk__in=list(ids))
    return unread.update(read_at=timezone.now())


# --- email ---------------------------------------------------------------------------------


def _claim_url(claim: Claim | None) -> str:
    if claim is None:
        return ""
    return settings.FACTCHECK_SITE_URL.rstrip("/") + reverse("claims:claim", args=[claim.pk])


def _message_id(tag: str) -> str:
    domain = settings.FACTCHECK_EMAIL_DOMAIN
    return f"<{tag}@{domain}>"


def _claim_for_sending(pk: int, allowed: set[str]) -> Notification | None:
    with transaction.atomic():
        note = (
            Notification.objects.select_for_update(of=("self",))
            .select_related("recipient", "claim", "actor", "evidence__source", "evidence__claim")
            .filter(pk=pk)
            .first()
        )
        if note is None or note.email_status not in allowed:
            return None
        note.email_status = Notification.EmailStatus.SENDING
        note.email_attempts += 1
        note.email_started_at = timezone.now()
        note.save(update_fields=["email_status", "email_attempts", "email_started_at"])
    return note


def deliver(notification_id: int) -> bool:
    """Send one notification's email. True when sent now; False when there was nothing to
    send (sent already, not wanted, or another worker has it). An SMTP failure puts it back
    for the next attempt and raises."""
    note = _claim_for_sending(notification_id, {Notification.EmailStatus.PENDING})
    if note is None:
        return False
    with translation.override(language_of(note.recipient)):
        [note] = with_shown_messages([note], note.recipient)
        body = render_to_string(
            "newsroom/email.txt", {"notes": [note], "claim_url": _claim_url(note.claim)}
        )
    email = EmailMessage(
        subject=f"[Fact-check] {note.shown}"[:200],  # type: ignore[attr-defined]
        body=body,
        to=[note.recipient.email],
        headers={"Message-ID": _message_id(f"notification-{note.pk}")},
    )
    return _send(email, [note], back_to=Notification.EmailStatus.PENDING)


def _send(email: EmailMessage, notes: list[Notification], *, back_to: str) -> bool:
    """Hand `email` to the mail server; on failure the notes wait again (`back_to`)."""
    ids = [n.pk for n in notes]
    try:
        email.send(fail_silently=False)
    except Exception as exc:
        Notification.objects.filter(pk__in=ids).update(
            email_status=back_to, email_error=f"{type(exc).__name__}: {exc}"[:500]
        )
        raise
    Notification.objects.filter(pk__in=ids).update(
        email_status=Notification.EmailStatus.SENT, emailed_at=timezone.now(), email_error=""
    )
    return True


def send_digest(user_id: int) -> int:
    """One email with every digest notification of one person; returns how many it held."""
    with transaction.atomic():
        notes = list(
            Notification.objects.select_for_update(of=("self",))
            .select_related("recipient", "claim", "actor", "evidence__source", "evidence__claim")
            .filter(recipient_id=user_id, email_status=Notification.EmailStatus.DIGEST)
            .order_by("created_at", "pk")
        )
        if not notes:
            return 0
        Notification.objects.filter(pk__in=[n.pk for n in notes]).update(
            email_status=Notification.EmailStatus.SENDING, email_started_at=timezone.now()
        )
    recipient = notes[0].recipient
    with translation.override(language_of(recipient)):
        notes = with_shown_messages(notes, recipient)
        body = render_to_string(
            "newsroom/email.txt",
            {"notes": notes, "digest": True, "site_url": settings.FACTCHECK_SITE_URL},
        )
        subject = _("[Fact-check] %(count)d updates since your last digest") % {"count": len(notes)}
    email = EmailMessage(
        subject=subject,
        body=body,
        to=[recipient.email],
        headers={"Message-ID": _message_id(f"digest-{user_id}-{notes[-1].pk}")},
    )
    _send(email, notes, back_to=Notification.EmailStatus.DIGEST)
    return len(notes)


def due_emails() -> tuple[list[int], int]:
    """What beat must (re)send: pending notifications with attempts left; and how many
    stale `sending` rows (a worker died mid-send) were set aside as uncertain."""
    stale = Notification.objects.filter(
        email_status=Notification.EmailStatus.SENDING,
        email_started_at__lt=timezone.now() - STALE_SENDING,
    ).update(email_status=Notification.EmailStatus.UNCERTAIN)
    pending = list(
        Notification.objects.filter(
            email_status=Notification.EmailStatus.PENDING,
            email_attempts__lt=MAX_EMAIL_ATTEMPTS,
        ).values_list("pk", flat=True)[:500]
    )
    return pending, stale


def digest_recipients() -> list[int]:
    return list(
        Notification.objects.filter(email_status=Notification.EmailStatus.DIGEST)
        .values_list("recipient_id", flat=True)
        .distinct()
    )
