"""PostgreSQL restarted under load: a real gunicorn keeps answering, cleanly, and recovers
without being restarted (CONN_HEALTH_CHECKS drops the dead connections).

The test makes its own PostgreSQL cluster (initdb, pg_ctl) on a free port, as the Redis
fault tests run their own redis-server, so restarting it never touches the shared server
other test runs use. PostgreSQL refuses to run as root: under root (CI) the cluster runs as
the postgres user.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from tests.conftest import ROOT, missing_service
from tests.waiting import wait_until

REQUEST_TIMEOUT = 10.0
DATABASE = "factcheck_restart"


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


def _server_binaries() -> Path | None:
    """The newest installed PostgreSQL server's bin/ (Debian: /usr/lib/postgresql/N/bin)."""
    found = [path.parent for path in Path("/usr/lib/postgresql").glob("*/bin/initdb")]
    return max(found, key=lambda path: int(path.parent.name), default=None)


class PrivatePostgres:
    """A throw-away PostgreSQL cluster the test may restart, on its own port and data folder.

    The folder is made with tempfile rather than under tmp_path: pytest's base temporary folder
    is private to root, and the server must reach its data as the postgres user."""

    def __init__(self, bindir: Path, workdir: Path) -> None:
        self.bindir = bindir
        self.workdir = workdir
        self.data = workdir / "data"
        self.port = _free_port()

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{DATABASE}"

    def _pg(self, tool: str, *args: str) -> None:
        command = [str(self.bindir / tool), *args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, cwd=self.workdir, check=True, timeout=120, capture_output=True)

    @property
    def log(self) -> str:
        return str(self.workdir / "server.log")

    def create(self) -> None:
        self._pg("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust")
        self._pg(
            "pg_ctl",
            "-D",
            str(self.data),
            "-l",
            self.log,
            "-w",
            "-o",
            f"-p {self.port} -c listen_addresses=127.0.0.1 "
            f"-c unix_socket_directories={self.workdir} -c fsync=off",
            "start",
        )
        with self.connect("postgres") as conn:
            conn.execute(f"CREATE DATABASE {DATABASE}")

    def restart(self) -> None:
        # -l again: without it the new server would hold this process's output pipes open.
        self._pg("pg_ctl", "-D", str(self.data), "-l", self.log, "-m", "fast", "-w", "restart")

    def destroy(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._pg("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def connect(self, dbname: str = DATABASE) -> psycopg.Connection:
        return psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname=dbname, autocommit=True
        )

    def started_at(self) -> str:
        with self.connect() as conn:
            row = conn.execute("SELECT pg_postmaster_start_time()::text").fetchone()
            assert row is not None
            return row[0]


@pytest.fixture
def private_postgres() -> Iterator[PrivatePostgres]:
    bindir = _server_binaries()
    if bindir is None:
        missing_service("needs the PostgreSQL server binaries (apt-get install postgresql)")
    assert bindir is not None
    workdir = Path(tempfile.mkdtemp(prefix="factcheck-pg-"))
    if os.geteuid() == 0:
        try:
            postgres = pwd.getpwnam("postgres")
        except KeyError:
            shutil.rmtree(workdir)
            missing_service("needs a postgres user to run a private PostgreSQL as, under root")
        os.chown(workdir, postgres.pw_uid, postgres.pw_gid)
    server = PrivatePostgres(bindir, workdir)
    try:
        server.create()
        yield server
    finally:
        server.destroy()
        shutil.rmtree(workdir, ignore_errors=True)


def _gunicorn_env(tmp_path: Path, database_url: str) -> dict[str, str]:
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in {"REDIS_URL", "CACHE_URL", "CELERY_BROKER_URL", "CELERY_RESULT_BACKEND"}
    }
    return {
        **env,
        "DATABASE_URL": database_url,
        "DEBUG": "0",
        "SECRET_KEY": "restart-test-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1",
        "STATIC_ROOT": str(tmp_path / "static"),
        "MEDIA_ROOT": str(tmp_path / "media"),
        "FACTCHECK_VAR_DIR": str(tmp_path / "var"),
        "DB_CONN_MAX_AGE": "60",
    }


# Demo data, and a logged-in checker's session, in the private database.
LOG_IN_CHECKER = """
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.auth.models import User
from django.contrib.sessions.backends.db import SessionStore
from factcheck.demo import load_demo

article, _ = load_demo()
checker = User.objects.get(username="checker")
session = SessionStore()
session[SESSION_KEY] = str(checker.pk)
session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
session[HASH_SESSION_KEY] = checker.get_session_auth_hash()
session.create()
print(session.session_key, article.pk)
"""


@dataclass
class App:
    base: str
    cookie: str
    article_page: str


@pytest.fixture
def gunicorn(private_postgres, tmp_path) -> Iterator[App]:
    env = _gunicorn_env(tmp_path, private_postgres.url)
    for command in (
        ["migrate", "--noinput", "-v", "0"],
        # The pages asked for here use none of the API browser's and API docs' bundles,
        # whose compression is most of collectstatic's time (87 s of 107 s, measured here).
        [
            "collectstatic",
            "--noinput",
            "-v",
            "0",
            "-i",
            "drf_spectacular_sidecar",
            "-i",
            "rest_framework",
        ],
    ):
        subprocess.run(
            [sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True, timeout=300
        )
    session_key, article_pk = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", LOG_IN_CHECKER],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=120,
        capture_output=True,
        text=True,
    ).stdout.split()[-2:]
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

    def answers() -> bool:
        assert proc.poll() is None, "gunicorn exited"
        return _get(base, "/healthz", "").status == 200

    try:
        wait_until(answers, timeout=30, what="gunicorn to answer /healthz")
        yield App(base, f"sessionid={session_key}", f"/articles/{article_pk}/")
    finally:
        proc.terminate()
        proc.wait(20)


# Migrating a fresh database and collectstatic's compression take minutes on a busy machine.
@pytest.mark.timeout(900)
def test_requests_fail_cleanly_while_postgres_restarts_and_recover_without_restarting_gunicorn(
    gunicorn, private_postgres
):
    base, cookie, page = gunicorn.base, gunicorn.cookie, gunicorn.article_page
    assert _get(base, page, cookie).status == 200
    replies: list[Reply] = []
    stop = threading.Event()

    def hammer() -> None:
        while not stop.is_set():
            for path in ("/healthz", page):
                replies.append(_get(base, path, cookie))

    before = private_postgres.started_at()
    clients = [threading.Thread(target=hammer) for _ in range(4)]
    for thread in clients:
        thread.start()
    try:
        wait_until(lambda: len(replies) >= 20, timeout=30, what="load before the restart")
        restarted_at = time.monotonic()
        private_postgres.restart()
        back_at = time.monotonic()
        # Load after the restart, counted from one second on (what `after` below looks at).
        wait_until(
            lambda: sum(r.at >= back_at + 1 for r in replies) >= 20,
            timeout=30,
            what="load after the restart",
        )
    finally:
        stop.set()
        for thread in clients:
            thread.join(REQUEST_TIMEOUT + 5)
    assert private_postgres.started_at() != before, "PostgreSQL was not restarted"

    # In flight while PostgreSQL went down and came back (started before it was back, answered
    # after it went down): on a loaded machine a request can take longer than the restart, so
    # none may *start* inside that window (CI failed so once with two suites running).
    during = [r for r in replies if r.at <= back_at and r.at + r.seconds >= restarted_at]
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
    assert _get(base, page, cookie).status == 200
