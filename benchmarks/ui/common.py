"""Shared set-up for the UI benchmarks: a throw-away PostgreSQL test database with the
migrations applied, demo users, and a timing loop around Django's test Client.

The Client calls the full WSGI handler (middleware, view, template) without a socket, so
what is timed is server time. setup_test_environment() is deliberately not called: it
instruments template rendering to record contexts for assertions, which would add the cost
of copying the context for each of the 300 included rows to every measurement."""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/factcheck_bench")
os.environ.setdefault("DEBUG", "0")
os.environ.setdefault("SECRET_KEY", "ui-benchmark-" + "k" * 50)  # production settings need one

import warnings  # noqa: E402

import django  # noqa: E402

warnings.filterwarnings("ignore", message="No directory at")

django.setup()

from django.conf import settings  # noqa: E402
from django.test.runner import DiscoverRunner  # noqa: E402

HX = {"HTTP_HX_REQUEST": "true"}


@contextmanager
def bench_database() -> Iterator[None]:
    """A fresh test database (test_<name>), migrated, dropped afterwards."""
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        sys.exit("The UI benchmarks measure PostgreSQL: set DATABASE_URL=postgres://…")
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    # No collectstatic here: plain static URLs instead of the manifest (a dict lookup).
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    runner = DiscoverRunner(verbosity=0, interactive=False)
    old = runner.setup_databases()
    try:
        yield
    finally:
        runner.teardown_databases(old)


def analyze() -> None:
    """VACUUM ANALYZE the freshly filled database, as production's autovacuum would soon after
    a bulk load. The shared PostgreSQL here may run without autovacuum: unanalysed tables got
    plans that read every evidence row for one article's link statistics (most of the wall
    time of a 300-claim page)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM (ANALYZE)")


def measure(
    request: Callable[[], object],
    runs: int,
    *,
    before: Callable[[int], None] | None = None,
    warmup: int = 3,
) -> list[tuple[float, float]]:
    """(wall ms, CPU ms of this process) of `runs` calls after `warmup` unmeasured ones;
    `before(i)` prepares call i outside the timed region. CPU time leaves out waiting for
    PostgreSQL and for other processes on a shared machine; wall time includes both."""
    times = []
    for i in range(warmup + runs):
        if before is not None:
            before(i)
        start, cpu = time.perf_counter(), time.process_time()
        response = request()
        elapsed = ((time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000)
        status = getattr(response, "status_code", 200)
        if status >= 400:
            raise SystemExit(f"request failed with {status}: {response.content[:300]!r}")
        if i >= warmup:
            times.append(elapsed)
    return times


def summary(times: list[float]) -> tuple[float, float, float]:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95, ordered[-1]


def print_table(rows: list[tuple[str, list[tuple[float, float]], float]]) -> bool:
    """rows: (name, measurements, target ms). Returns whether every median met its target."""
    width = max(len(name) for name, _, _ in rows)
    print(
        f"{'interaction':<{width}}  {'runs':>4}  {'median ms':>9}  {'p95 ms':>7}  {'max ms':>7}  "
        f"{'CPU median':>10}  {'target':>6}  median ok"
    )
    ok = True
    for name, times, target in rows:
        median, p95, worst = summary([wall for wall, _ in times])
        cpu = statistics.median(c for _, c in times)
        met = median < target
        ok &= met
        print(
            f"{name:<{width}}  {len(times):>4}  {median:>9.1f}  {p95:>7.1f}  {worst:>7.1f}  "
            f"{cpu:>10.1f}  {target:>6.0f}  {'yes' if met else 'NO'}"
        )
    return ok
