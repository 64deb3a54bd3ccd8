"""Link-check tasks: idempotent recording, stale-link selection, and real Celery workers on
Redis, including one killed mid-check whose task is redelivered and recorded exactly once."""

from __future__ import annotations

import os
import signal
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from claims.models import Article, Claim
from sources import selectors, services, tasks
from sources.linkcheck import check_urls_sync
from sources.models import Link, LinkCheck
from tests.factories import article_page
from tests.local_site import Route
from tests.waiting import wait_until
from tests.workers import spawn_worker, start_worker


def cite(claim: Claim, url: str) -> Link:
    return services.add_evidence(claim=claim, user=None, url=url).link


def test_record_result_is_idempotent_per_task_id(site, claim):
    site.routes["/story"] = Route(article_page())
    link = cite(claim, site.url("/story"))
    [result] = check_urls_sync([link.url], services.linkcheck_config(keep_body=True))

    first = services.record_result(link=link, result=result, task_id="task-1")
    again = services.record_result(link=link, result=result, task_id="task-1")
    other = services.record_result(link=link, result=result, task_id="task-2")

    assert again.pk == first.pk and other.pk != first.pk
    assert list(
        LinkCheck.objects.filter(link=link).values_list("task_id", flat=True).order_by("task_id")
    ) == [
        "task-1",
        "task-2",
    ]
    assert link.snapshots.count() == 1


def test_redelivered_batch_does_not_fetch_links_it_already_recorded(site, claim):
    site.routes["/a"] = Route(article_page())
    site.routes["/b"] = Route(article_page(toll=7))
    ids = [cite(claim, site.url("/a")).pk, cite(claim, site.url("/b")).pk]

    services.run_link_checks(link_ids=ids, task_id="delivery")
    again = services.run_link_checks(link_ids=ids, task_id="delivery")

    assert again == []
    assert site.hits["/a"] == 1 and site.hits["/b"] == 1
    assert LinkCheck.objects.count() == 2


def test_record_result_keeps_the_newest_state_when_an_old_result_arrives_late(site, claim):
    site.routes["/story"] = Route(article_page())
    link = cite(claim, site.url("/story"))
    config = services.linkcheck_config()
    [older] = check_urls_sync([link.url], config)
    site.routes["/story"] = Route(b"gone", status=410)
    [newer] = check_urls_sync([link.url], config)

    services.record_result(link=link, result=newer, task_id="new")
    services.record_result(link=link, result=older, task_id="old")

    link.refresh_from_db()
    assert link.last_outcome == "broken" and link.last_status_code == 410
    assert link.checks.count() == 2


def test_stale_links_are_selected_by_age_never_checked_first(claim, settings):
    now = timezone.now()
    never = cite(claim, "https://example.org/never")
    old = cite(claim, "https://example.org/old")
    older = cite(claim, "https://example.org/older")
    fresh = cite(claim, "https://example.org/fresh")
    Link.objects.filter(pk=old.pk).update(last_checked_at=now - timedelta(hours=30))
    Link.objects.filter(pk=older.pk).update(last_checked_at=now - timedelta(days=5))
    Link.objects.filter(pk=fresh.pk).update(last_checked_at=now - timedelta(hours=1))
    Link.objects.create(url="https://example.org/no-longer-cited")

    stale = selectors.stale_link_ids(older_than=timedelta(hours=24))

    assert stale == [never.pk, older.pk, old.pk]
    assert selectors.stale_link_ids(older_than=timedelta(hours=24), limit=1) == [never.pk]


def test_recheck_stale_links_enqueues_checks_of_exactly_the_stale_links(
    site, claim, settings, eager_tasks
):
    settings.LINKCHECK_RECHECK_AFTER_HOURS = 24
    for path in ("/stale", "/fresh"):
        site.routes[path] = Route(article_page())
    stale, fresh = cite(claim, site.url("/stale")), cite(claim, site.url("/fresh"))
    Link.objects.filter(pk=fresh.pk).update(last_checked_at=timezone.now())

    assert tasks.recheck_stale_links.delay().get() == 1

    stale.refresh_from_db()
    assert stale.last_outcome == "ok" and stale.checks.count() == 1
    assert site.hits["/fresh"] == 0 and fresh.checks.count() == 0


def test_article_task_links_unlinked_evidence_and_checks_all_in_one_batch(site, db, eager_tasks):
    from sources.models import Evidence

    article = Article.objects.create(title="Border", body="At least 120 people died.")
    claim = Claim.objects.create(article=article, start=0, end=25, text="At least 120 people died.")
    site.routes["/a"] = Route(article_page())
    services.add_evidence(claim=claim, user=None, url=site.url("/a"))
    # Evidence saved without the service (demo data, admin) has no link yet.
    Evidence.objects.create(claim=claim, url=site.url("/b"))

    outcomes = tasks.check_article_links.delay(article.pk).get()

    assert sorted(outcomes.values()) == ["broken", "ok"]
    assert not Evidence.objects.filter(link__isnull=True).exists()


# --- Real workers on Redis ------------------------------------------------------------------


@pytest.fixture
def worker_media(monkeypatch, tmp_path) -> Path:
    """Workers are separate processes: give them the test's media folder via the environment
    (worker_env copies os.environ) so snapshots don't land in var/."""
    media = tmp_path / "media"
    monkeypatch.setenv("MEDIA_ROOT", str(media))
    return media


def article_citing(*urls: str) -> Article:
    article = Article.objects.create(title="Border", body="At least 120 people died.")
    claim = Claim.objects.create(article=article, start=0, end=25, text="At least 120 people died.")
    for url in urls:
        services.add_evidence(claim=claim, user=None, url=url)
    return article


@pytest.mark.worker
def test_real_worker_checks_an_articles_links_end_to_end(
    site, worker_media, require_redis, transactional_db
):
    site.routes["/story"] = Route(article_page())
    site.routes["/moved"] = Route(b"", status=410)
    article = article_citing(site.url("/story"), site.url("/moved"))
    worker = start_worker(require_redis)  # purges the checks add_evidence enqueued
    next(worker)
    try:
        outcomes = tasks.check_article_links.delay(article.pk).get(timeout=30)
    finally:
        worker.close()

    assert sorted(outcomes.values()) == ["broken", "ok"]
    story = Link.objects.get(url=site.url("/story"))
    assert story.last_outcome == "ok" and story.last_checked_at is not None
    assert story.checks.get().task_id
    assert Link.objects.get(url=site.url("/moved")).last_outcome == "broken"
    snapshot = story.snapshots.get()
    assert snapshot.raw.path.startswith(str(worker_media))


@pytest.mark.worker
def test_worker_killed_mid_check_is_redelivered_and_recorded_exactly_once(
    site, worker_media, require_redis, transactional_db
):
    import redis

    site.routes["/slow"] = Route(article_page(), delay=3)
    article = article_citing(site.url("/slow"))
    link = Link.objects.get()
    redis.Redis.from_url(require_redis).flushdb()  # drop the check add_evidence enqueued
    # The Redis transport restores an unacknowledged message once it is older than the
    # visibility timeout; the new worker does that when it starts polling.
    first = spawn_worker(require_redis, visibility_timeout=2)
    second = None
    try:
        result = tasks.check_article_links.delay(article.pk)
        wait_until(
            lambda: site.hits["/slow"] == 1,
            timeout=120,
            what="the first worker to start the slow check",
        )
        os.killpg(first.pid, signal.SIGKILL)  # the whole worker, as an OOM kill would
        first.wait(10)
        time.sleep(3.5)  # let the first request finish on the server side
        assert not LinkCheck.objects.exists()

        second = spawn_worker(require_redis, visibility_timeout=2)
        outcomes = result.get(timeout=40)
        time.sleep(1)  # a duplicate delivery would have recorded by now
    finally:
        for proc in (first, second):
            if proc is not None and proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
                proc.wait(15)

    assert outcomes == {str(link.pk): "ok"}
    [check] = LinkCheck.objects.all()
    assert check.task_id == result.id
    assert site.hits["/slow"] == 2  # fetched by both workers, recorded once
    link.refresh_from_db()
    assert link.last_outcome == "ok" and link.snapshots.count() == 1
