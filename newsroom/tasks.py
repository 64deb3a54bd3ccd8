"""Email delivery in the background: a notification is in the app at once; its email
follows (or waits for the daily digest) and is retried until the mail server takes it."""

from __future__ import annotations

import logging

from celery import shared_task

from newsroom import services

log = logging.getLogger(__name__)


@shared_task(
    name="newsroom.tasks.send_notification_email",
    bind=True,
    max_retries=services.MAX_EMAIL_ATTEMPTS,
    default_retry_delay=60,
)
def send_notification_email(self, notification_id: int) -> bool:
    try:
        return services.deliver(notification_id)
    except Exception as exc:  # the mail server is down: the row waits, beat or retry sends
        raise self.retry(exc=exc) from exc


@shared_task(name="newsroom.tasks.resend_pending_emails")
def resend_pending_emails() -> int:
    """Beat: queue every email still waiting (a mail server that was down, a lost task)."""
    pending, _stale = services.due_emails()
    for pk in pending:
        send_notification_email.delay(pk)
    return len(pending)


@shared_task(name="newsroom.tasks.send_daily_digests")
def send_daily_digests() -> int:
    sent = 0
    for user_id in services.digest_recipients():
        try:
            sent += services.send_digest(user_id)
        except Exception:  # this person's digest waits (status back to digest) for the next run
            log.exception("daily digest for user %s not sent", user_id)
    return sent
