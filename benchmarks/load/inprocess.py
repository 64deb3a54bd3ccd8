"""The load benchmark's request mix, one request at a time inside one process: CPU and
wall milliseconds and SQL queries per page, on the newsroom database that run.py built.

    DEBUG=0 SECRET_KEY=x... .venv/bin/python benchmarks/load/inprocess.py \\
        --database-url postgres://postgres@127.0.0.1:5432/factcheck_bench_load [--runs 20]
        [--profile /] [--sort cumulative] [--mix 40]

Runs with the production settings (DEBUG=0, cached template loader, persistent connection)
through Django's test Client (full middleware stack, no socket), logged in as the demo
fact-checker. CPU is this process's time: PostgreSQL's own work shows only in wall time.
`--profile PATH` prints the cProfile of that page (the slowest functions, by --sort).
Run run.py once first (it creates and fills the database).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def _recorder(queries: list[str]) -> Callable[..., Any]:
    """An execute wrapper that appends each statement's SQL to `queries`."""

    def record(execute: Callable[..., Any], sql: str, params: Any, many: bool, context: Any) -> Any:
        queries.append(sql)
        return execute(sql, params, many, context)

    return record


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
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument(
        "--profile", help='a path to profile with cProfile, or "mix" for the whole mix'
    )
    parser.add_argument("--sort", default="tottime", help="pstats sort key (tottime, cumulative)")
    parser.add_argument("--limit", type=int, default=40, help="profile lines to print")
    parser.add_argument(
        "--mix",
        type=int,
        default=0,
        help="only run the whole mix N times and print nothing (to time the process from outside)",
    )
    parser.add_argument(
        "--also",
        action="append",
        default=[],
        help="a further path to measure beside the mix (not counted in its mean); repeatable",
    )
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    os.environ["DATABASE_URL"] = args.database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    os.environ["DEBUG"] = "0"
    os.environ.setdefault("SECRET_KEY", "load-test-" + "k" * 50)
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ.setdefault("CELERY_BROKER_URL", "memory://")
    os.environ.setdefault("CELERY_RESULT_BACKEND", "cache+memory://")
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.db.models import Count
    from django.test import Client

    from claims.models import Article
    from factcheck.demo import ensure_users

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    # No collectstatic here: plain static URLs instead of the manifest (a dict lookup).
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    demo = Article.objects.filter(url__startswith="https://newsroom.example/").exists()
    if not demo:
        raise SystemExit("no newsroom data here: run benchmarks/load/run.py once first")
    demo_article = Article.objects.exclude(url__startswith="https://newsroom.example/").first()
    newsroom = (
        Article.objects.filter(url__startswith="https://newsroom.example/")
        .annotate(n=Count("claims"))
        .filter(n__gte=90)
        .order_by("n")
        .first()
    )
    assert demo_article is not None and newsroom is not None
    client = Client()
    client.force_login(ensure_users()["checker"])
    paths = [
        "/",
        "/?page=3",
        "/sources/",
        f"/articles/{demo_article.pk}/",
        f"/articles/{newsroom.pk}/",
    ]
    if args.mix:
        for _ in range(args.mix):
            for path in paths:
                response = client.get(path)
                assert response.status_code == 200, (path, response.status_code)
        return 0
    if args.profile:
        targets = paths if args.profile == "mix" else [args.profile]
        for target in targets * 3:
            client.get(target)
        profiler = cProfile.Profile(time.process_time)  # CPU, not waiting for PostgreSQL
        profiler.enable()
        for _ in range(args.runs):
            for target in targets:
                client.get(target)
        profiler.disable()
        pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.limit)
        return 0
    print(
        f"{'path':<16} {'queries':>7} {'KiB':>5} {'CPU ms':>7} {'wall ms':>8}  (median of {args.runs})"
    )
    total_cpu = 0.0
    for path in [*paths, *args.also]:
        for _ in range(3):
            response = client.get(path)
            assert response.status_code == 200, (path, response.status_code)
        queries: list[str] = []
        with connection.execute_wrapper(_recorder(queries)):
            client.get(path)
        cpu, wall = [], []
        for _ in range(args.runs):
            start, start_cpu = time.perf_counter(), time.process_time()
            client.get(path)
            wall.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
        if path in paths:
            total_cpu += statistics.median(cpu)
        print(
            f"{path:<16} {len(queries):>7} {len(response.content) / 1024:>5.0f} "
            f"{statistics.median(cpu):>7.1f} {statistics.median(wall):>8.1f}"
        )
    print(f"mix mean CPU per request: {total_cpu / len(paths):.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
