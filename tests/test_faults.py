"""Faults with real processes: Redis going away under the web app, and a Celery worker
killed while it writes claim-matching suggestions.

Each test runs its own redis-server on a free port, so stopping it never disturbs the shared
Redis other test runs use; the test process's Celery app is pointed at it for the duration.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.urls import reverse

from claims import services as claim_services  # noqa: F401 - import first: it imports claims.search
from claims.models import Claim, ClaimMatch, RatingLabel
from claims.search import services as search_services
from claims.search import tasks as search_tasks
from factcheck.celery import app
from sources import tasks
from sources.models import Evidence, Link, LinkCheck
from tests.conftest import missing_service
from tests.factories import article_page
from tests.local_site import Route
from tests.waiting import wait_until
from tests.workers import spawn_worker, start_worker

REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PrivateRedis:
    """A throw-away redis-server the test may stop and start again on the same port."""

    def __init__(self, workdir: Path) -> None:
        self.port = _free_port()
        self.workdir = workdir
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [
                REDIS_SERVER,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.workdir),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_until(self._answers, timeout=10, what="the private redis-server to accept connections")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)
        self.proc = None

    def _answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), 0.2):
                return True
        except OSError:
            return False


@pytest.fixture
def private_redis(tmp_path) -> Iterator[PrivateRedis]:
    if not Path(REDIS_SERVER).exists():
        missing_service("needs redis-server (apt-get install redis-server)")
    server = PrivateRedis(tmp_path)
    server.start()
    try:
        with celery_app_using(server.url):
            yield server
    finally:
        server.stop()


@contextmanager
def celery_app_using(url: str) -> Iterator[None]:
    """Point this process's Celery app (broker and results) at `url`, then back. Celery
    caches connection pools and the result backend, so those are dropped both ways."""
    saved = app.conf.broker_url, app.conf.result_backend

    def reset() -> None:
        from kombu import pools

        if app._pool is not None:
            app._pool.force_close_all()
        # kombu keeps producer pools in a global registry keyed by connection URL: clear it,
        # or the next test in this process gets the closed pool back ("Acquire on closed pool").
        pools.reset()
        app._pool = None
        app.amqp._producer_pool = None
        app._backend_cache = None
        app._local.__dict__.pop("backend", None)

    app.conf.broker_url = app.conf.result_backend = url
    reset()
    try:
        yield
    finally:
        app.conf.broker_url, app.conf.result_backend = saved
        reset()


@pytest.fixture
def worker_media(monkeypatch, tmp_path) -> Path:
    media = tmp_path / "media"
    monkeypatch.setenv("MEDIA_ROOT", str(media))
    return media


@pytest.mark.worker
def test_evidence_added_while_redis_is_down_is_saved_fast_and_checked_once_it_is_back(
    private_redis, require_postgres, site, worker_media, client, checker, transactional_db
):
    site.routes["/story"] = Route(article_page())
    claim = Claim.objects.create(
        text="At least 120 people died at the border.", state=Claim.State.ACCEPTED
    )
    worker = start_worker(private_redis.url)
    next(worker)
    try:
        private_redis.stop()
        client.force_login(checker)

        started = time.monotonic()
        added = client.post(
            reverse("claims:add_evidence", args=[claim.pk]),
            {
                "url": site.url("/story"),
                "stance": "supports",
                "credibility": "2",
            },
        )
        add_seconds = time.monotonic() - started
        started = time.monotonic()
        drafted = client.post(
            reverse("claims:draft_verdict", args=[claim.pk]),
            {
                "version": claim.version,
                "verdict": RatingLabel.objects.get(slug="true").pk,
                "rationale": "The rights group's count matches the border guard's.",
            },
        )
        draft_seconds = time.monotonic() - started
        page = client.get(reverse("claims:claim", args=[claim.pk]))

        assert added.status_code == 302 and add_seconds < 3, (added.status_code, add_seconds)
        assert drafted.status_code == 302 and draft_seconds < 3, (
            drafted.status_code,
            draft_seconds,
        )
        assert page.status_code == 200
        evidence = Evidence.objects.get(claim=claim)
        claim.refresh_from_db()
        assert claim.state == Claim.State.DRAFTED
        assert evidence.link.last_checked_at is None and not LinkCheck.objects.exists()
        assert site.hits["/story"] == 0

        # Redis comes back empty (no persistence): whatever was queued before is gone too.
        private_redis.start()
        assert tasks.recheck_stale_links.delay().get(timeout=60) == 1
        wait_until(LinkCheck.objects.exists, timeout=120, what="the worker to check the link")
    finally:
        worker.close()

    link = Link.objects.get(url=site.url("/story"))
    assert link.last_outcome == "ok"
    assert [check.outcome for check in link.checks.all()] == ["ok"]
    assert site.hits["/story"] == 1


CLAIMS = 60
_WORDS = (
    "border",
    "guards",
    "migrants",
    "forest",
    "winter",
    "Belarus",
    "Poland",
    "fence",
    "deaths",
    "crossing",
    "sanctions",
    "airport",
    "Minsk",
    "soldiers",
    "refugees",
)


def _many_similar_claims() -> list[int]:
    """Rewordings of one claim (same number, same year: a changed number is a different
    claim), so each has suggestions and the task takes seconds."""
    claims = []
    for i in range(CLAIMS):
        words = " ".join(_WORDS[(i + k) % len(_WORDS)] for k in range(6))
        claims.append(Claim(text=f"At least 120 people died in 2021: {words}."))
    return [claim.pk for claim in Claim.objects.bulk_create(claims)]


@pytest.mark.worker
def test_worker_killed_while_writing_suggestions_is_redelivered_and_leaves_no_duplicates(
    private_redis, require_postgres, transactional_db
):
    ids = _many_similar_claims()
    # The writing of suggestions is what is killed here: the claims' vectors are stored
    # first, so the worker's task goes straight to writing (a claim's suggestions need the
    # others' vectors; tests/test_similar_worker.py has the worker embed them itself).
    search_services.store_vectors(claim_ids=ids)
    first = spawn_worker(private_redis.url, visibility_timeout=2)
    second = None
    try:
        result = search_tasks.compute_suggestions.delay(ids)
        wait_until(
            ClaimMatch.objects.exists, timeout=60, what="the first worker to write suggestions"
        )
        os.killpg(first.pid, signal.SIGKILL)
        first.wait(10)
        partial = ClaimMatch.objects.values("claim").distinct().count()
        assert 0 < partial < CLAIMS, "the task must be killed part-way through"
        # The Redis transport restores an unacknowledged message older than the visibility
        # timeout when a worker starts polling.
        time.sleep(2.5)

        second = spawn_worker(private_redis.url, visibility_timeout=2)
        counts = result.get(timeout=120)
    finally:
        for proc in (first, second):
            if proc is not None and proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
                proc.wait(15)

    assert len(counts) == CLAIMS
    written = list(
        ClaimMatch.objects.values_list("claim_id", "matched_claim_id", "prior_fact_check_id")
    )
    assert len(written) == len(set(written)) == sum(counts.values())
    # Running it again, cleanly, changes nothing: the redelivered run left the right rows
    # (a sample from both ends: the part the killed worker wrote and the part it never did).
    sample = ids[:10] + ids[-10:]
    again = {pk: len(search_services.compute_suggestions(claim_id=pk)) for pk in sample}
    assert again == {pk: counts[str(pk)] for pk in sample}
    assert ClaimMatch.objects.count() == len(written)
