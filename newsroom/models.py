"""Notifications: what happened that a person on the desk must hear about, in the app and
by email, and how each person wants to hear it."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from claims.models import Claim


class Event(models.TextChoices):
    ASSIGNED = "assigned", _("A claim is assigned to me")
    SENT_BACK = "sent_back", _("My verdict is sent back")
    APPROVED = "approved", _("My verdict is approved")
    PUBLISHED = "published", _("My fact-check is published")
    MENTIONED = "mentioned", _("Someone mentions me in a comment")
    LINK_DEAD = "link_dead", _("A link I rely on went dead")
    LINK_CHANGED = "link_changed", _("A page I rely on changed")


class EmailChoice(models.TextChoices):
    OFF = "off", _("No email")
    IMMEDIATE = "immediate", _("Email at once")
    DAILY = "daily", _("Daily digest")


class Notification(models.Model):
    class EmailStatus(models.TextChoices):
        NONE = "none", "Not emailed"  # the person does not want this event by email
        PENDING = "pending", "Waiting to be sent"
        DIGEST = "digest", "Waiting for the daily digest"
        SENDING = "sending", "Being sent"
        SENT = "sent", "Sent"
        UNCERTAIN = "uncertain", "Interrupted while sending; not resent"

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    event = models.CharField(max_length=20, choices=Event.choices)
    claim = models.ForeignKey(
        Claim, on_delete=models.CASCADE, null=True, blank=True, related_name="notifications"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # The citation a link event is about: what the recipient reads is decided again by the
    # evidence rule each time it is shown or emailed (newsroom.services.shown_message), so
    # a citation made confidential later no longer shows its address here.
    evidence = models.ForeignKey(
        "sources.Evidence", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    message = models.CharField(max_length=500)
    detail = models.TextField(blank=True, help_text="A comment or other text that came with it.")
    # What made it, unique per recipient: the same event reported twice is one notification.
    key = models.CharField(max_length=200)
    in_app = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)
    email_status = models.CharField(
        max_length=10, choices=EmailStatus.choices, default=EmailStatus.NONE
    )
    email_attempts = models.PositiveSmallIntegerField(default=0)
    email_error = models.CharField(max_length=500, blank=True)
    email_started_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at", "-pk")
        constraints = [
            models.UniqueConstraint(fields=("recipient", "key"), name="notification_once"),
        ]
        indexes = [
            models.Index(fields=("recipient", "read_at"), name="notification_unread"),
            models.Index(fields=("email_status", "created_at"), name="notification_email"),
        ]

    def __str__(self) -> str:
        return f"{self.recipient}: {self.message}"


class Preference(models.Model):
    """How one person wants to hear about one kind of event; no row = the defaults."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_settings"
    )
    event = models.CharField(max_length=20, choices=Event.choices)
    in_app = models.BooleanField(default=True)
    email = models.CharField(max_length=10, choices=EmailChoice.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=("user", "event"), name="one_preference_per_event"),
        ]

    def __str__(self) -> str:
        return f"{self.user} / {self.event}"


class PersonalSettings(models.Model):
    """What one person chose for the interface itself (the language, for now)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="personal_settings"
    )
    language = models.CharField(max_length=8, choices=settings.LANGUAGES, blank=True)

    def __str__(self) -> str:
        return f"{self.user}: {self.language or 'browser default'}"
