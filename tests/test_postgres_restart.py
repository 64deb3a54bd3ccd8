"""PostgreSQL restarted under load: a real gunicorn keeps answering, cleanly, and recovers
without being restarted (CONN_HEALTH_CHECKS drops the dead connections).

CAUTION when running it by hand: `pg_ctlcluster 15 main restart` cuts every connection on the
machine, so other test runs sharing the server fail. CI runs the suite alone.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection, connections

from tests.conftest import ROOT, _missing

PG_CLUSTER = ("15", "main")
REQUEST_TIMEOUT = 10.0


@dataclass
class Reply:
    at: float
    path: str
    status: int  # 0: no HTTP answer at all (refused, reset, timed out)
    seconds: float
    body: bytes


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(base: str, path: str, cookie: str) -> Reply:
    started = time.monotonic()
    request = urllib.request.Request(base + path, headers={"Cookie": cookie})
    try:
        with urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT) as response:
            status, body = response.status, response.read()
    except urllib.error.HTTPError as exc:
        status, body = exc.code, exc.read()
    except OSError as exc:
        status, body = 0, repr(exc).encode()
    return Reply(started, path, status, time.monotonic() - started, body)


def _gunicorn_env(tmp_path: Path) -> dict[str, str]:
    db = settings.DATABASES["default"]
    return {
        **os.environ,
        "DATABASE_URL": f"postgres://{db.get('USER') or 'postgres'}@{db.get('HOST') or '127.0.0.1'}:"
        f"{db.get('PORT') or 5432}/{db['NAME']}",
        "DEBUG": "0",
        "SECRET_KEY": "restart-test-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1",
        "STATIC_ROOT": str(tmp_path / "static"),
        "MEDIA_ROOT": str(tmp_path / "media"),
        "FACTCHECK_VAR_DIR": str(tmp_path / "var"),
        "DB_CONN_MAX_AGE": "60",
    }


@pytest.fixture
def gunicorn(require_postgres, transactional_db, tmp_path) -> Iterator[str]:
    if not shutil.which("pg_ctlcluster") or not Path("/etc/postgresql", *PG_CLUSTER).exists():
        _missing("needs a local PostgreSQL cluster controlled by pg_ctlcluster 15 main")
    env = _gunicorn_env(tmp_path)
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=120,
    )
    port = _free_port()
    proc = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "factcheck.wsgi",
            "-b",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--threads",
            "2",
            "--timeout",
            "30",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while _get(base, "/healthz", "").status != 200:
            assert proc.poll() is None and time.monotonic() < deadline, "gunicorn did not start"
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        proc.wait(20)


def _postmaster_started() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_postmaster_start_time()::text")
        return cursor.fetchone()[0]


def _reconnect(timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while True:
        connections.close_all()
        try:
            _postmaster_started()
            return
        except Exception:  # noqa: BLE001 - still starting up
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def test_requests_fail_cleanly_while_postgres_restarts_and_recover_without_restarting_gunicorn(
    gunicorn, demo_article, client, checker
):
    client.force_login(checker)
    cookie = f"sessionid={client.cookies['sessionid'].value}"
    page = f"/articles/{demo_article.pk}/"
    assert _get(gunicorn, page, cookie).status == 200
    replies: list[Reply] = []
    stop = threading.Event()

    def hammer() -> None:
        while not stop.is_set():
            for path in ("/healthz", page):
                replies.append(_get(gunicorn, path, cookie))

    before = _postmaster_started()
    clients = [threading.Thread(target=hammer) for _ in range(4)]
    for thread in clients:
        thread.start()
    try:
        time.sleep(1.5)
        restarted_at = time.monotonic()
        subprocess.run(
            ["pg_ctlcluster", *PG_CLUSTER, "restart"], check=True, timeout=60, capture_output=True
        )
        back_at = time.monotonic()
        time.sleep(3)
    finally:
        stop.set()
        for thread in clients:
            thread.join(REQUEST_TIMEOUT + 5)
        _reconnect()
    assert _postmaster_started() != before, "PostgreSQL was not restarted"

    during = [r for r in replies if restarted_at <= r.at <= back_at]
    after = [r for r in replies if r.at >= back_at + 1]
    assert during and after
    # Every request got an HTTP answer in time: 200, or a clean 500/503 without a traceback.
    assert all(r.status in {200, 500, 503} for r in replies), {r.status for r in replies}
    assert max(r.seconds for r in replies) < REQUEST_TIMEOUT
    leaked = [
        r.body[:200]
        for r in replies
        if r.status != 200
        and (
            b"Traceback" in r.body
            or b"psycopg" in r.body
            or b"OperationalError" in r.body
            and r.path != "/healthz"
        )
    ]
    assert not leaked
    # Recovered without restarting gunicorn.
    assert {r.status for r in after} == {200}, [
        (r.path, r.status) for r in after if r.status != 200
    ]
    assert _get(gunicorn, page, cookie).status == 200
