"""What provenance costs the link checker.

1. Overhead per snapshot at the 5 MB body cap: the WARC file built (request + response
   records, warcio's SHA-1 block and payload digests), hashed (SHA-256, the digest sealed)
   and written to storage. TSA latency excluded (a worker does that later).
2. 1,000 link checks with snapshots through `sources.services.run_link_checks` (batches of
   25, as the Celery task does), against 1,000 local pages of ~30 KB, with this checkout and
   with a checkout of the code before provenance (`--base DIR`, e.g. from
   `git archive 183b7a4 | tar -x -C DIR`); each run on its own fresh scratch database.

    DEBUG=1 .venv/bin/python benchmarks/provenance/bench.py overhead [--repeat 20]
    DEBUG=1 .venv/bin/python benchmarks/provenance/bench.py checks --root . --db NAME
    DEBUG=1 .venv/bin/python benchmarks/provenance/bench.py compare --base DIR [--repeat 3]

`compare` runs `checks` for both checkouts alternately (so machine load hits both alike)
and prints the medians and the ratio. PostgreSQL at postgres://postgres@127.0.0.1:5432.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[2]
PG = "postgres://postgres@127.0.0.1:5432"


def overhead(repeat: int) -> dict:
    sys.path.insert(0, str(ROOT))
    from provenance.warc import build_warc

    paragraph = (
        "<p>At least 120 people have died at the border since the crisis began, according to "
        "the rights group Human Constanta, which counts each case it can document.</p>\n"
    )
    body = (paragraph * (5 * 1024 * 1024 // len(paragraph) + 1)).encode()[: 5 * 1024 * 1024]
    headers = {"Content-Type": "text/html; charset=utf-8", "Server": "bench"}
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(repeat):
            start = time.perf_counter()
            warc = build_warc(
                url="https://example.org/story",
                status=200,
                headers=headers,
                body=body,
                captured_at=datetime.now(UTC),
                user_agent="bench",
            )
            hashlib.sha256(warc).hexdigest()
            (Path(tmp) / f"{n}.warc").write_bytes(warc)
            times.append((time.perf_counter() - start) * 1000)
    return {
        "body_bytes": len(body),
        "warc_bytes": len(warc),
        "median_ms": round(statistics.median(times), 1),
        "max_ms": round(max(times), 1),
        "repeat": repeat,
    }


def _pages(directory: Path, count: int) -> None:
    for n in range(count):
        text = "".join(
            f"<p>Paragraph {i} of page {n}: at least {100 + n % 50} people died at the border "
            f"in {2000 + i % 25}, the ministry said on day {i}.</p>\n"
            for i in range(220)
        )
        (directory / f"page-{n}.html").write_text(
            f"<html><head><title>Page {n}</title></head><body><article>{text}</article>"
            "</body></html>"
        )


def checks(root: Path, db: str, count: int) -> dict:
    """Run inside a process whose sys.path starts with `root` (see compare)."""
    os.environ["DATABASE_URL"] = f"{PG}/{db}"
    os.environ.setdefault("DEBUG", "1")
    os.environ["LINKCHECK_ALLOWED_NETWORKS"] = "127.0.0.0/8"
    os.environ["FACTCHECK_TSA_URLS"] = ""  # TSA latency excluded: a worker seals later
    os.environ["CELERY_BROKER_URL"] = "memory://"
    os.environ["CELERY_RESULT_BACKEND"] = "cache+memory://"
    sys.path.insert(0, str(root))
    os.chdir(root)
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from sources import services
    from sources.models import Link

    with tempfile.TemporaryDirectory() as pages, tempfile.TemporaryDirectory() as media:
        settings.MEDIA_ROOT = media
        _pages(Path(pages), count)
        server = subprocess.Popen(
            [sys.executable, "-m", "http.server", "0", "--bind", "127.0.0.1", "-d", pages],
            stdout=subprocess.PIPE,  # one line: the port
            stderr=subprocess.DEVNULL,  # the request log, never read: a full pipe would stall it
            text=True,
        )
        try:
            line = server.stdout.readline() if server.stdout else ""
            port = int(line.split("port ")[1].split()[0])
            links = [
                Link.objects.create(url=f"http://127.0.0.1:{port}/page-{n}.html")
                for n in range(count)
            ]
            queries = [0]

            def counted(execute, sql, params, many, context):
                queries[0] += 1
                return execute(sql, params, many, context)

            from django.db import connection

            cpu = resource.getrusage(resource.RUSAGE_SELF)
            start = time.perf_counter()
            with connection.execute_wrapper(counted):
                for i in range(0, count, 25):
                    services.run_link_checks(link_ids=[link.pk for link in links[i : i + 25]])
            elapsed = time.perf_counter() - start
            used = resource.getrusage(resource.RUSAGE_SELF)
            cpu_s = used.ru_utime + used.ru_stime - cpu.ru_utime - cpu.ru_stime
        finally:
            server.terminate()
            server.wait()
    from sources.models import Snapshot

    return {
        "root": str(root),
        "links": count,
        "snapshots": Snapshot.objects.count(),
        "warcs": Snapshot.objects.exclude(**{"warc": ""}).count()
        if hasattr(Snapshot, "warc")
        else 0,
        "seconds": round(elapsed, 2),
        "cpu_seconds": round(cpu_s, 2),
        "queries": queries[0],
    }


def _fresh_db(name: str) -> None:
    for sql in (f'DROP DATABASE IF EXISTS "{name}"', f'CREATE DATABASE "{name}"'):
        subprocess.run(
            ["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", sql],
            check=True,
            capture_output=True,
        )


def compare(base: Path, repeat: int, count: int) -> dict:
    runs: dict[str, list[float]] = {"before": [], "with provenance": []}
    cpu: dict[str, list[float]] = {"before": [], "with provenance": []}
    queries: dict[str, int] = {}
    for n in range(repeat):
        for label, root in (("before", base), ("with provenance", ROOT)):
            db = f"factcheck_h_prov_bench_{n}_{'new' if root == ROOT else 'old'}"
            _fresh_db(db)
            out = subprocess.run(
                [sys.executable, str(HERE), "checks", "--root", str(root), "--db", db,
                 "--links", str(count)],
                check=True, capture_output=True, text=True, env={**os.environ, "DEBUG": "1"},
            )  # fmt: skip
            result = json.loads(out.stdout.strip().splitlines()[-1])
            print(label, result, file=sys.stderr)
            runs[label].append(result["seconds"])
            cpu[label].append(result["cpu_seconds"])
            queries[label] = result["queries"]
            _drop(db)
    before = statistics.median(runs["before"])
    after = statistics.median(runs["with provenance"])
    return {
        "before_median_s": before,
        "with_provenance_median_s": after,
        "ratio": round(after / before, 2),
        "cpu_before_median_s": statistics.median(cpu["before"]),
        "cpu_with_provenance_median_s": statistics.median(cpu["with provenance"]),
        "cpu_ratio": round(
            statistics.median(cpu["with provenance"]) / statistics.median(cpu["before"]), 2
        ),
        "queries": queries,
        "runs": runs,
        "cpu": cpu,
    }


def _drop(name: str) -> None:
    subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f'DROP DATABASE IF EXISTS "{name}"'],
        capture_output=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="what", required=True)
    o = sub.add_parser("overhead")
    o.add_argument("--repeat", type=int, default=20)
    c = sub.add_parser("checks")
    c.add_argument("--root", type=Path, default=ROOT)
    c.add_argument("--db", required=True)
    c.add_argument("--links", type=int, default=1000)
    m = sub.add_parser("compare")
    m.add_argument("--base", type=Path, required=True)
    m.add_argument("--repeat", type=int, default=3)
    m.add_argument("--links", type=int, default=1000)
    args = parser.parse_args()
    if args.what == "overhead":
        result = overhead(args.repeat)
    elif args.what == "checks":
        result = checks(args.root.resolve(), args.db, args.links)
    else:
        result = compare(args.base.resolve(), args.repeat, args.links)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
