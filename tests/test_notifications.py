"""Notifications: each event reaches the right people once, in the transaction of the event;
the inbox, settings and @mentions; email through a real SMTP server the tests start, at most
once, retried while the server is down; and a real worker delivering one."""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Iterator
from datetime import timedelta

import pytest
from aiosmtpd.controller import Controller
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from claims import services
from claims.models import Claim, RatingLabel
from newsroom import services as newsroom
from newsroom.models import EmailChoice, Event, Notification
from sources import services as source_services
from sources.linkcheck import LinkResult, Outcome
from tests.conftest import make_user
from tests.waiting import wait_until
from tests.workers import start_worker

pytestmark = pytest.mark.django_db


class Inbox:
    """What the local SMTP server received."""

    def __init__(self) -> None:
        self.messages: list[tuple[list[str], str]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        self.messages.append((list(envelope.rcpt_tos), envelope.content.decode()))
        return "250 OK"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp(settings) -> Iterator[tuple[Inbox, Controller]]:
    inbox = Inbox()
    # aiosmtpd logs every connection from its own thread, after pytest has closed the stream
    logging.getLogger("mail.log").setLevel(logging.WARNING)
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    settings.EMAIL_TIMEOUT = 5
    yield inbox, controller
    controller.stop()


@pytest.fixture
def desk(checker, checker2, editor, editor2):
    for person, address in ((checker, "c@x.test"), (checker2, "c2@x.test"), (editor, "e@x.test")):
        person.email = address
        person.save()
    return checker, checker2, editor, editor2


def researched_claim(checker) -> Claim:
    claim = Claim.objects.create(text="Border crossings rose by 40 percent in March.")
    claim = services.transition_claim(claim=claim, to_state="accepted", user=checker)
    return services.transition_claim(claim=claim, to_state="in_research", user=checker)


def drafted_claim(checker) -> Claim:
    label = RatingLabel.objects.order_by("pk").first()
    return services.draft_verdict(
        claim=researched_claim(checker), user=checker, verdict=label, rationale="Figures differ."
    )


def notes(user, event=None):
    found = Notification.objects.filter(recipient=user)
    return found.filter(event=event) if event else found


# --- who hears about what ------------------------------------------------------------------


def test_assignment_notifies_the_assignee_once_and_never_the_actor(desk):
    checker, _, editor, _ = desk
    claim = researched_claim(checker)

    services.assign_claim(claim=claim, user=editor, assignee=checker)

    [note] = notes(checker, Event.ASSIGNED)
    assert note.claim == claim and note.actor == editor
    assert "editor assigned you" in note.message
    assert note.email_status == Notification.EmailStatus.PENDING
    assert not notes(editor).exists()
    # assigning yourself tells nobody
    services.assign_claim(claim=claim, user=editor, assignee=editor)
    assert notes(checker).count() == 1 and not notes(editor).exists()


def test_a_rolled_back_event_leaves_no_notification(desk):
    checker, _, editor, _ = desk
    claim = researched_claim(checker)
    with pytest.raises(RuntimeError), transaction.atomic():
        services.assign_claim(claim=claim, user=editor, assignee=checker)
        raise RuntimeError("the request failed after the service")
    assert not Notification.objects.exists()


def test_verdict_events_reach_the_author_with_the_comment_and_mentions(desk):
    checker, checker2, editor, editor2 = desk
    claim = drafted_claim(checker)

    claim = services.send_back(
        claim=claim, user=editor, comment="Find the ministry's table, @checker2. Thanks."
    )
    [sent_back] = notes(checker, Event.SENT_BACK)
    assert sent_back.detail.startswith("Find the ministry's table")
    [mention] = notes(checker2, Event.MENTIONED)
    assert mention.claim == claim

    label = RatingLabel.objects.order_by("pk").first()
    claim = services.draft_verdict(claim=claim, user=checker, verdict=label, rationale="Fixed.")
    claim = services.approve_verdict(claim=claim, user=editor)
    claim = services.publish_claim(claim=claim, user=editor2)
    assert notes(checker, Event.APPROVED).count() == 1
    assert notes(checker, Event.PUBLISHED).count() == 1
    assert not notes(editor).exists()


def test_mentions_reach_only_existing_people_who_may_see_the_claim(desk):
    checker, checker2, editor, _ = desk
    outsider = make_user("outsider")  # no group: may not see claims
    claim = researched_claim(checker)

    services.add_comment(
        claim=claim, user=editor, body="@checker2 @outsider @nobody and mail@checker2.example"
    )

    assert notes(checker2, Event.MENTIONED).count() == 1
    assert not notes(outsider).exists()
    assert Notification.objects.count() == 1
    client = Client()
    client.force_login(outsider)
    assert claim.text not in client.get(reverse("newsroom:inbox")).content.decode()


def test_comment_from_the_panel_and_its_refusals(desk):
    checker, checker2, _, _ = desk
    claim = researched_claim(checker)
    client = Client()
    client.force_login(checker)
    url = reverse("claims:comment", args=[claim.pk])

    empty = client.post(url, {"body": "   "}, headers={"HX-Request": "true"})
    assert empty.status_code == 422 and "the comment first: it is empty" in empty.content.decode()

    done = client.post(url, {"body": "Asked @checker2 for the source."}, HTTP_HX_REQUEST="true")
    assert done.status_code == 200 and "Asked @checker2 for the source." in done.content.decode()
    assert claim.comments.count() == 1
    assert notes(checker2, Event.MENTIONED).count() == 1

    anonymous = Client().post(url, {"body": "hello"})
    assert anonymous.status_code == 302 and claim.comments.count() == 1


def test_a_dead_link_is_announced_once_and_confidential_citations_stay_hidden(desk):
    checker, checker2, editor, _ = desk
    claim = researched_claim(checker)
    services.assign_claim(claim=claim, user=editor, assignee=checker2)
    open_ev = source_services.add_evidence(claim=claim, user=checker, url="https://a.test/x")
    secret_claim = researched_claim(checker)
    source_services.add_evidence(
        claim=secret_claim, user=editor, url="https://a.test/x", confidential=True
    )
    Notification.objects.all().delete()
    link = open_ev.link

    alive = LinkResult(url=link.url, outcome=Outcome.OK, status_code=200, content_hash="a" * 64)
    source_services.record_result(link=link, result=alive)
    for _ in range(2):  # still dead on the next check: nothing new
        dead = LinkResult(url=link.url, outcome=Outcome.BROKEN, status_code=404)
        source_services.record_result(link=link, result=dead)

    assert notes(checker, Event.LINK_DEAD).count() == 1  # cited the open claim
    assert notes(checker2, Event.LINK_DEAD).count() == 1  # assigned to it
    # the confidential citation: only its author, who may see it, hears of it
    assert {n.recipient for n in Notification.objects.filter(claim=secret_claim)} == {editor}


def test_a_citation_made_confidential_later_loses_its_address_in_the_inbox_and_email(
    desk, smtp, settings
):
    """The notification was right when it was made; the evidence rule is asked again when
    it is read or emailed, so the address of a citation made confidential since (by an
    editor) is no longer shown to a recipient who may not see it."""
    inbox, _ = smtp
    checker, checker2, editor, _ = desk
    newsroom.save_preferences(checker, {Event.LINK_DEAD: (True, EmailChoice.IMMEDIATE)})
    claim = researched_claim(checker)
    services.assign_claim(claim=claim, user=editor, assignee=checker2)
    url = "https://a.test/leaked-memo"
    evidence = source_services.add_evidence(claim=claim, user=checker, url=url)
    Notification.objects.all().delete()
    dead = LinkResult(url=url, outcome=Outcome.BROKEN, status_code=404)
    with transaction.atomic():  # the email is queued once the event commits
        source_services.record_result(link=evidence.link, result=dead)
    [note] = notes(checker, Event.LINK_DEAD)
    assert note.evidence == evidence and url in note.message
    client = Client()
    client.force_login(checker)
    assert url in client.get(reverse("newsroom:inbox")).content.decode()

    source_services.update_evidence(evidence=evidence, user=editor, confidential=True)
    page = client.get(reverse("newsroom:inbox")).content.decode()
    assert url not in page and "you may no longer see it" in page
    partial = client.post(reverse("newsroom:mark_all_read"), HTTP_HX_REQUEST="true")
    assert url not in partial.content.decode()
    Notification.objects.filter(pk=note.pk).update(email_status="pending")
    assert newsroom.deliver(note.pk) is True
    [(_to, content)] = inbox.messages[-1:]
    assert url not in content and "you may no longer see it" in content
    # the assignee may still see the citation: their notification keeps the address
    assignee_page = Client()
    assignee_page.force_login(checker2)
    assert url in assignee_page.get(reverse("newsroom:inbox")).content.decode()


# --- inbox and settings ----------------------------------------------------------------------


def test_inbox_unread_count_and_marking_read(desk, django_assert_max_num_queries):
    checker, _, editor, _ = desk
    for _ in range(3):
        services.assign_claim(claim=researched_claim(checker), user=editor, assignee=checker)
    mine = list(notes(checker))
    client = Client()
    client.force_login(checker)

    page = client.get(reverse("claims:dashboard")).content.decode()
    assert 'aria-label="3 unread"' in page
    with django_assert_max_num_queries(8):
        inbox = client.get(reverse("newsroom:inbox"))
    assert inbox.content.decode().count('data-testid="notification"') == 3

    client.post(reverse("newsroom:mark_read", args=[mine[0].pk]))
    assert notes(checker).filter(read_at__isnull=True).count() == 2
    other = Client()
    other.force_login(editor)
    refused = other.post(reverse("newsroom:mark_read", args=[mine[1].pk]))
    assert refused.status_code == 404
    assert notes(checker).filter(read_at__isnull=True).count() == 2
    client.post(reverse("newsroom:mark_all_read"), HTTP_HX_REQUEST="true")
    assert not notes(checker).filter(read_at__isnull=True).exists()
    assert "unread" not in client.get(reverse("newsroom:inbox")).content.decode().split("<main")[0]


def test_settings_choose_in_app_and_email_per_event(desk):
    checker, _, editor, _ = desk
    client = Client()
    client.force_login(checker)
    form = {f"{e}_app": "on" for e in Event.values} | {
        f"{e}_email": EmailChoice.DAILY for e in Event.values
    }
    form[f"{Event.ASSIGNED}_email"] = EmailChoice.OFF
    form.pop(f"{Event.ASSIGNED}_app")
    assert client.post(reverse("newsroom:settings"), form).status_code == 302

    services.assign_claim(claim=researched_claim(checker), user=editor, assignee=checker)
    assert not notes(checker).exists()  # neither in the app nor by email: not made at all
    form[f"{Event.ASSIGNED}_email"] = "weekly"
    bad = client.post(reverse("newsroom:settings"), form)
    assert bad.status_code == 422 and newsroom.preferences(checker)[Event.ASSIGNED] == (
        False,
        EmailChoice.OFF,
    )


def test_mention_autocomplete_lists_people_on_the_desk(desk):
    checker, *_ = desk
    make_user("outsider2")
    client = Client()
    client.force_login(checker)
    answer = client.get(reverse("newsroom:mentions"), {"body": "Ask @che"}).content.decode()
    assert "@checker2" in answer and "@checker" in answer and "outsider" not in answer
    assert client.get(reverse("newsroom:mentions"), {"body": "no mention"}).content.strip() == b""


# --- email -----------------------------------------------------------------------------------


def test_email_goes_once_and_waits_while_the_server_is_down(desk, smtp, settings):
    inbox, controller = smtp
    checker, _, editor, _ = desk
    services.assign_claim(claim=researched_claim(checker), user=editor, assignee=checker)
    [note] = notes(checker)

    live_port = settings.EMAIL_PORT
    settings.EMAIL_PORT = free_port()  # nobody listens: the server is "down"
    with pytest.raises(OSError):
        newsroom.deliver(note.pk)
    note.refresh_from_db()
    assert note.email_status == "pending" and note.email_attempts == 1 and note.email_error
    assert newsroom.due_emails()[0] == [note.pk]

    settings.EMAIL_PORT = live_port
    assert newsroom.deliver(note.pk) is True
    assert newsroom.deliver(note.pk) is False  # a retried task sends nothing twice
    assert len(inbox.messages) == 1
    to, content = inbox.messages[0]
    assert to == ["c@x.test"] and "editor assigned you" in content
    assert f"/claims/{note.claim_id}/" in content


def test_daily_digest_sends_one_email_with_everything_waiting(desk, smtp):
    inbox, _ = smtp
    checker, _, editor, editor2 = desk
    claim = drafted_claim(checker)
    claim = services.approve_verdict(claim=claim, user=editor)
    services.publish_claim(claim=claim, user=editor2)
    assert notes(checker).filter(email_status="digest").count() == 2

    assert newsroom.send_digest(checker.pk) == 2
    assert newsroom.send_digest(checker.pk) == 0
    [(to, content)] = inbox.messages
    assert "approved your verdict" in content and "published the fact-check" in content


def test_a_send_interrupted_by_a_dying_worker_is_not_repeated(desk):
    checker, _, editor, _ = desk
    services.assign_claim(claim=researched_claim(checker), user=editor, assignee=checker)
    note = notes(checker).get()
    Notification.objects.filter(pk=note.pk).update(
        email_status="sending", email_started_at=timezone.now() - timedelta(hours=1)
    )
    pending, stale = newsroom.due_emails()
    assert pending == [] and stale == 1
    note.refresh_from_db()
    assert note.email_status == "uncertain" and note.in_app


@pytest.mark.worker
def test_a_real_worker_delivers_the_assignment_email(
    require_redis, transactional_db, smtp, monkeypatch, checker, editor
):
    inbox, controller = smtp
    checker.email = "c@x.test"
    checker.save()
    monkeypatch.setenv("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
    monkeypatch.setenv("EMAIL_HOST", "127.0.0.1")
    monkeypatch.setenv("EMAIL_PORT", str(controller.port))
    assert os.environ["EMAIL_PORT"] == str(controller.port)
    worker = start_worker(require_redis)
    next(worker)
    try:
        services.assign_claim(claim=researched_claim(checker), user=editor, assignee=checker)
        wait_until(lambda: len(inbox.messages) >= 1, timeout=90, what="the email")
        note = notes(checker).get()
        wait_until(
            lambda: Notification.objects.get(pk=note.pk).email_status == "sent",
            timeout=10,
            what="the notification marked sent",
        )
        assert len(inbox.messages) == 1
    finally:
        worker.close()
