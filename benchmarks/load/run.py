"""Load test: gunicorn as the Dockerfile runs it (3 sync workers) on PostgreSQL with a
realistic newsroom database, 50 concurrent wrk clients for 60 s, logged in as the demo
fact-checker, cycling through the dashboard, a dashboard page turned by htmx, the sources
list, the demo article's review page and a 100-claim newsroom article's review page.

    .venv/bin/python benchmarks/load/run.py [--database-url postgres://postgres@127.0.0.1:5432/factcheck_load]
        [--connections 50] [--duration 60] [--workers 3] [--threads 1]
        [--articles 60] [--claims 6000]

Needs wrk (apt-get install wrk). The database is created if missing, migrated, given the
demo data and the newsroom data (benchmarks/load/newsroom.py; both idempotent). Prints the
database size, requests served, errors (non-2xx/3xx and socket errors) and latency
percentiles; exits non-zero when any request failed.
"""

from __future__ import annotations

import argparse
import http.cookies
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[2]
LUA = """
local paths = {%s}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i %% #paths) + 1], {["Cookie"] = "%s"})
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%%d non2xx3xx=%%d connect=%%d read=%%d write=%%d timeout=%%d\\n",
    summary.requests, summary.errors.status, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.timeout))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("RESULT p%%s=%%.1fms\\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("RESULT max=%%.1fms mean=%%.1fms\\n", latency.max / 1000, latency.mean / 1000))
end
"""


# The demo article, a newsroom article of about 100 claims, and what the database holds.
DESCRIBE = """
from django.db import connection
from django.db.models import Count
from factcheck.demo import load_demo
from claims.models import Article, Claim
from simple_history.models import registered_models
from sources.models import Attribution, Evidence, Source
article = (
    Article.objects.filter(url__startswith="https://newsroom.example/")
    .annotate(n=Count("claims")).filter(n__gte=90).order_by("n").first()
)
counts = {
    "articles": Article.objects.count(), "claims": Claim.objects.count(),
    "evidence": Evidence.objects.count(), "attributions": Attribution.objects.count(),
    "sources": Source.objects.count(),
    "history rows": sum(m.history.count() for m in {m for m in registered_models.values()}),
}
with connection.cursor() as cursor:
    cursor.execute("SELECT pg_size_pretty(pg_database_size(current_database()))")
    size = cursor.fetchone()[0].replace(" ", "")
counts = ",".join(f"{n}_{what.replace(' ', '_')}" for what, n in counts.items())
print(load_demo()[0].pk, article.pk, f"{counts},{size}")
"""


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU seconds the processes have used so far (from /proc, any owner)."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / os.sysconf("SC_CLK_TCK")


class BackendCPU:
    """CPU seconds used by the PostgreSQL backends serving the benchmark database during a
    run. Persistent connections are closed and reopened after CONN_MAX_AGE (60 s), so the
    backends change during a run: they are sampled every half second, and a backend that
    appears is counted from zero (what one used between its last sample and its exit is
    lost: at most half a second of one backend)."""

    def __init__(self, url: str) -> None:
        self.conn = psycopg.connect(url, autocommit=True)
        self.first: dict[int, float] = {}
        self.last: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self, *, initial: bool = False) -> None:
        for pid in backend_pids(self.conn):
            used = cpu_seconds([pid])
            if initial:
                self.first[pid] = used
            self.first.setdefault(pid, 0.0)
            self.last[pid] = used

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            self._sample()

    def start(self) -> None:
        self._sample(initial=True)
        self._thread.start()

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        self._sample()
        self.conn.close()
        return sum(self.last[pid] - self.first[pid] for pid in self.last)


def worker_pids(master: int) -> list[int]:
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == master:
                pids.append(int(stat.parent.name))
        except (OSError, ValueError):
            continue
    return pids


def backend_pids(conn: psycopg.Connection) -> list[int]:
    """PostgreSQL backends serving the benchmark database, other than `conn`'s own."""
    rows = conn.execute(
        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
        "AND pid <> pg_backend_pid()"
    ).fetchall()
    return [pid for (pid,) in rows]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def ensure_database(url: str) -> None:
    """CREATE DATABASE if it does not exist (connects to the server's `postgres` db)."""
    parsed = urllib.parse.urlparse(url)
    name = parsed.path.lstrip("/")
    admin = parsed._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def manage(env: dict[str, str], *args: str) -> str:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def login(base: str, username: str, password: str) -> str:
    """Log in through the real login form; returns the Cookie header value."""
    jar: dict[str, str] = {}

    def remember(headers) -> None:
        for value in headers.get_all("Set-Cookie") or []:
            cookie = http.cookies.SimpleCookie(value)
            jar.update({k: m.value for k, m in cookie.items()})

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: object, **kwargs: object) -> None:
            return None

    opener = urllib.request.build_opener(NoRedirect)
    with opener.open(base + "/accounts/login/") as response:
        remember(response.headers)
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', response.read()).group(1)
    data = urllib.parse.urlencode(
        {"username": username, "password": password, "csrfmiddlewaretoken": token.decode()}
    ).encode()
    request = urllib.request.Request(
        base + "/accounts/login/",
        data=data,
        headers={
            "Cookie": "; ".join(f"{k}={v}" for k, v in jar.items()),
            "Referer": base + "/accounts/login/",
        },
    )
    try:
        opener.open(request)
        raise SystemExit("login failed: the form came back (wrong password?)")
    except urllib.error.HTTPError as exc:
        if exc.code != 302:
            raise
        remember(exc.headers)
    return "; ".join(f"{k}={v}" for k, v in jar.items() if k == "sessionid")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--database-url",
        default=os.environ.get(
            "LOAD_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/factcheck_load"
        ),
    )
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--duration", type=int, default=60)
    parser.add_argument("--workers", type=int, default=3, help="the Dockerfile's: 3")
    parser.add_argument(
        "--threads", type=int, default=1, help="gunicorn threads per worker (1: sync worker)"
    )
    parser.add_argument("--articles", type=int, default=60, help="newsroom articles")
    parser.add_argument("--claims", type=int, default=6000, help="newsroom claims in all")
    args = parser.parse_args()
    wrk = shutil.which("wrk")
    if not wrk:
        raise SystemExit("wrk not found: apt-get install wrk")

    ensure_database(args.database_url)
    tmp = Path(tempfile.mkdtemp(prefix="factcheck-load-"))
    env = {
        **os.environ,
        "DATABASE_URL": args.database_url,
        "DEBUG": "0",
        "SECRET_KEY": "load-test-" + "k" * 50,
        "ALLOWED_HOSTS": "127.0.0.1",
        "STATIC_ROOT": str(tmp / "static"),
        "MEDIA_ROOT": str(tmp / "media"),
        "FACTCHECK_VAR_DIR": str(tmp / "var"),
        "LOG_LEVEL": "WARNING",
        "CELERY_BROKER_URL": "memory://",
        "CELERY_RESULT_BACKEND": "cache+memory://",
    }
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "load_demo")
    print(
        subprocess.run(
            [
                sys.executable,
                str(Path(__file__).with_name("newsroom.py")),
                f"--articles={args.articles}",
                f"--claims={args.claims}",
            ],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip(),
        flush=True,
    )
    # Production's PostgreSQL runs autovacuum, which analyses freshly loaded tables; a shared
    # development server may run without it (this machine's does), and unanalysed tables get
    # plans that scan every evidence row for one article's link statistics (3 ms instead of
    # 0.1 ms a review page). VACUUM also sets the visibility map for index-only counts.
    with psycopg.connect(args.database_url, autocommit=True) as conn:
        conn.execute("VACUUM (ANALYZE)")
    manage(env, "collectstatic", "--noinput", "-v", "0")
    article_id, newsroom_id, size = manage(env, "shell", "-c", DESCRIBE).split()[-3:]
    print(f"database: {size}", flush=True)

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    gunicorn = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "factcheck.wsgi",
            "-b",
            f"127.0.0.1:{port}",
            "--workers",
            str(args.workers),
            "--threads",
            str(args.threads),
            "--timeout",
            "30",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=2).close()
                break
            except OSError:
                time.sleep(0.2)
        cookie = login(base, "checker", os.environ.get("FACTCHECK_DEMO_PASSWORD", "factcheck-demo"))
        paths = [
            "/",
            "/?page=3",
            "/sources/",
            f"/articles/{article_id}/",
            f"/articles/{newsroom_id}/",
        ]
        script = tmp / "session.lua"
        script.write_text(LUA % (", ".join(f'"{p}"' for p in paths), cookie))
        threads = min(args.connections, os.cpu_count() or 2)
        print(
            f"gunicorn {args.workers} workers x {args.threads} threads; wrk -t{threads} "
            f"-c{args.connections} -d{args.duration}s on {', '.join(paths)}",
            flush=True,
        )

        def run_wrk(seconds: int) -> subprocess.CompletedProcess:
            return subprocess.run(
                [
                    wrk,
                    f"-t{threads}",
                    f"-c{args.connections}",
                    f"-d{seconds}s",
                    "--timeout",
                    "10s",
                    "--latency",
                    "-s",
                    str(script),
                    base,
                ],
                capture_output=True,
                text=True,
                check=True,
            )

        run_wrk(3)  # warm-up: every worker has imported, rendered and opened its connection
        workers = worker_pids(gunicorn.pid)
        before = cpu_seconds(workers)
        postgres = BackendCPU(args.database_url)
        postgres.start()
        done = run_wrk(args.duration)
        used = {"gunicorn": cpu_seconds(workers) - before, "postgres": postgres.stop()}
    finally:
        gunicorn.terminate()
        gunicorn.wait(30)
        shutil.rmtree(tmp, ignore_errors=True)
    print(done.stdout)
    result = " ".join(
        line.removeprefix("RESULT ")
        for line in done.stdout.splitlines()
        if line.startswith("RESULT")
    )
    counts = dict(re.findall(r"(\w+)=(\d+)\b(?!\.)", result))
    errors = sum(int(counts[k]) for k in ("non2xx3xx", "connect", "read", "write", "timeout"))
    print(f"requests={counts['requests']} errors={errors}")
    served = int(counts["requests"]) or 1
    per_request = {name: 1000 * seconds / served for name, seconds in used.items()}
    print(
        "CPU per request: "
        + ", ".join(f"{name} {ms:.1f} ms" for name, ms in per_request.items())
        + f"; {os.cpu_count()} idle cores would serve about "
        f"{1000 * (os.cpu_count() or 1) / sum(per_request.values()):.0f} requests/s"
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
