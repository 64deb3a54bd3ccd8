"""Latency of search (first page) and similar-claim lookup on the benchmark database.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/factcheck_bench \
        .venv/bin/python benchmarks/search/latency.py [--repeat 3]

Runs through the same selectors the web page and the Celery task use. Search queries mix
rare, medium and very common words of the generated vocabulary (chosen by their measured
document frequency) and the labelled queries of pairs.json; similar-claim lookups use every
pairs.json query (their true matches are in the database) and generated sentences.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")

import django

django.setup()

from django.contrib.auth.models import AnonymousUser  # noqa: E402
from django.db import connection  # noqa: E402

from claims.search import selectors  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    pairs = json.loads((Path(__file__).parent / "pairs.json").read_text(encoding="utf-8"))["pairs"]
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM claims_claim")
        total = cursor.fetchone()[0]
        cursor.execute(
            "SELECT most_common_elems::text::text[], most_common_elem_freqs FROM pg_stats"
            " WHERE tablename = 'claim_search_gin'"
        )
        elems, freqs = cursor.fetchone()
        cursor.execute("SELECT text FROM claims_claim WHERE id % 50000 = 7 LIMIT 20")
        generated = [row[0] for row in cursor.fetchall()]
    by_freq = sorted(zip(elems, freqs, strict=False), key=lambda ef: -ef[1])
    common = [e for e, _ in by_freq[:10]]
    medium = [e for e, f in by_freq if 0.002 < f < 0.01][:10]
    words = {
        "1 very common word": common,
        "2 common words": [f"{a} {b}" for a, b in zip(common, common[5:], strict=False)],
        "1 medium word": medium,
        "2 medium words": [f"{a} {b}" for a, b in zip(medium, medium[3:], strict=False)],
        "pairs.json query (3-10 words)": [p["query"] for p in pairs if p["kind"] != "negation"][
            :30
        ],
    }
    user = AnonymousUser()
    print(f"{total:,} claims")
    print(f"{'search, first page of 20 claims':<36}{'n':>5}{'p50 ms':>9}{'p90 ms':>9}{'max ms':>9}")
    everything = []
    for label, queries in words.items():
        times = [
            timed(lambda q=q: selectors.search(q, user=user, kind="claim", limit=20))
            for _ in range(args.repeat)
            for q in queries
        ]
        everything += times
        print(
            f"{label:<36}{len(times):>5}{statistics.median(times):>9.1f}"
            f"{percentile(times, 0.9):>9.1f}{max(times):>9.1f}"
        )
    print(
        f"{'all search queries':<36}{len(everything):>5}{statistics.median(everything):>9.1f}"
        f"{percentile(everything, 0.9):>9.1f}{max(everything):>9.1f}"
    )

    print(f"{'similar-claim lookup (top 10)':<36}{'n':>5}{'p50 ms':>9}{'p90 ms':>9}{'max ms':>9}")
    queries = list(dict.fromkeys(p["query"] for p in pairs))
    found = 0
    relevant = {}
    for p in pairs:
        if p["kind"] in {"paraphrase", "numbers", "reorder"}:
            relevant.setdefault(p["query"], set()).add(p["match"])
    all_times = []
    for label, batch in (("pairs.json queries", queries), ("generated sentences", generated)):
        times = []
        for _ in range(args.repeat):
            for q in batch:
                started = time.perf_counter()
                hits = selectors.similar_claims(q, limit=10, include_prior=False)
                times.append((time.perf_counter() - started) * 1000)
                if q in relevant and hits and hits[0].text in relevant[q]:
                    found += 1
        all_times += times
        print(
            f"{label:<36}{len(times):>5}{statistics.median(times):>9.1f}"
            f"{percentile(times, 0.9):>9.1f}{max(times):>9.1f}"
        )
    print(
        f"{'all lookups':<36}{len(all_times):>5}{statistics.median(all_times):>9.1f}"
        f"{percentile(all_times, 0.9):>9.1f}{max(all_times):>9.1f}"
    )
    print(
        f"true match ranked first among 1M: {found // args.repeat} of {len(relevant)} labelled queries"
    )


if __name__ == "__main__":
    main()
