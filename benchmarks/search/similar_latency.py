"""Latency of "checked before?" through the selector, query embedding included, on the
database DATABASE_URL points at (docs/search.md quotes it on the demo data).

    DEBUG=1 OMP_NUM_THREADS=1 .venv/bin/python benchmarks/search/similar_latency.py
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")

import django  # noqa: E402

django.setup()

from claims.search import embeddings, selectors  # noqa: E402


def p95(values: list[float]) -> float:
    return sorted(values)[int(0.95 * len(values)) - 1]


def main() -> None:
    data = json.loads(Path(__file__).with_name("multilingual_pairs.json").read_text("utf-8"))
    queries = [q["text"] for q in data["queries"]][:60]
    embeddings.embed_query("warm up")
    embeddings.embed_sparse(["warm up"])
    embed_ms, sparse_ms, lookup_ms = [], [], []
    for query in queries:
        start = time.perf_counter()
        embeddings.embed_query(query)
        embed_ms.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        embeddings.embed_sparse([query])
        sparse_ms.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        selectors.similar_claims(query, limit=10, min_score=selectors.MIN_SUGGESTION_SCORE)
        lookup_ms.append((time.perf_counter() - start) * 1000)
    print(
        f"query embedding p50 {statistics.median(embed_ms):.1f} p95 {p95(embed_ms):.1f} ms; "
        f"its sparse vector p50 {statistics.median(sparse_ms):.1f} p95 {p95(sparse_ms):.1f} ms; "
        f"whole similar_claims p50 {statistics.median(lookup_ms):.1f} "
        f"p95 {p95(lookup_ms):.1f} ms ({len(queries)} queries)"
    )


if __name__ == "__main__":
    main()
