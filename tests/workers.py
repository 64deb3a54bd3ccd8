"""Real `celery worker` processes for tests, on the test database and a given Redis."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from django.conf import settings

from tests.waiting import wait_until

ROOT = Path(__file__).resolve().parent.parent
CELERY = Path(sys.executable).parent / "celery"


def worker_env(broker_url: str) -> dict[str, str]:
    """The environment of a worker that shares this test run's database and uses
    `broker_url` for its broker and results."""
    env = dict(os.environ)
    db = settings.DATABASES["default"]
    if db["ENGINE"] == "django.db.backends.postgresql":
        user = db.get("USER") or "postgres"
        host = db.get("HOST") or "127.0.0.1"
        port = db.get("PORT") or 5432
        env["DATABASE_URL"] = f"postgres://{user}@{host}:{port}/{db['NAME']}"
    else:
        env["DATABASE_URL"] = f"sqlite:///{db['NAME']}"
    env["REDIS_URL"] = broker_url
    env["CELERY_BROKER_URL"] = broker_url
    env["CELERY_RESULT_BACKEND"] = broker_url
    env["LINKCHECK_ALLOWED_NETWORKS"] = ",".join(settings.LINKCHECK_ALLOWED_NETWORKS)
    env.pop("CELERY_TASK_ALWAYS_EAGER", None)
    env.pop("PYTEST_XDIST_WORKER", None)  # broker_url is already this test process's own
    return env


def start_worker(
    broker_url: str, *, extra_args: tuple[str, ...] = ()
) -> Iterator[subprocess.Popen]:
    """Empty the Redis database at `broker_url`, start a worker on it, yield it once it
    answers a ping, and stop it afterwards (a generator, for fixtures)."""
    from factcheck.celery import app

    purge(broker_url)
    celery = shutil.which("celery", path=str(CELERY.parent)) or "celery"
    proc = subprocess.Popen(
        [
            celery,
            "-A",
            "factcheck",
            "worker",
            "--loglevel",
            "INFO",
            "--pool",
            "prefork",
            "--concurrency",
            "1",
            "--queues",
            "default,linkcheck",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            "-n",
            f"test-{os.getpid()}@%h",
            *extra_args,
        ],
        cwd=ROOT,
        env=worker_env(broker_url),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )

    def answers() -> bool:
        if proc.poll() is not None:
            output = proc.stdout.read() if proc.stdout else ""
            raise RuntimeError(f"celery worker exited: {output}")
        return bool(app.control.ping(timeout=0.5))

    try:
        wait_until(answers, timeout=90, what="the celery worker to answer a ping")
        yield proc
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()


def spawn_worker(broker_url: str, visibility_timeout: int) -> subprocess.Popen:
    """A worker in its own process group (so the test can kill -9 all of it), whose Redis
    transport redelivers an unacknowledged task after `visibility_timeout` seconds."""
    env = worker_env(broker_url)
    env["CELERY_VISIBILITY_TIMEOUT"] = str(visibility_timeout)
    return subprocess.Popen(
        [
            str(CELERY),
            "-A",
            "factcheck",
            "worker",
            "--loglevel",
            "INFO",
            "--pool",
            "prefork",
            "--concurrency",
            "1",
            "--queues",
            "default,linkcheck",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            "-n",
            f"crash-{os.getpid()}-{time.monotonic_ns()}@%h",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def purge(broker_url: str) -> None:
    """Empty the whole Redis database at `broker_url` (the tests' db 15 by default)."""
    import redis

    redis.Redis.from_url(broker_url).flushdb()
