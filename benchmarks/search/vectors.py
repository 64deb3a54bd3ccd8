"""Speed and memory of "checked before?" by vectors: embedding throughput on one core, and
nearest-neighbour lookups among 1,000,000 prior fact-checks on the tested path (a
usearch HNSW index, int8, memory-mapped as claims.search.vector_index opens it).

    DEBUG=1 .venv/bin/python benchmarks/search/vectors.py --rows 1000000
    DEBUG=1 .venv/bin/python benchmarks/search/vectors.py --embed-only   # throughput only

The million is synthetic (normalised random vectors) plus the real vectors of every text in
multilingual_pairs.json and pairs.json, so the real queries must find their real matches
among a million distractors; no million texts are embedded. Each lookup = usearch search
(k=50) + the hybrid re-scoring of the 50 candidates in Python (signals and score), i.e.
everything but fetching the 50 rows from the database (a primary-key lookup).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
import django  # noqa: E402

django.setup()

from claims.search import embeddings, hybrid, vector_index  # noqa: E402

HERE = Path(__file__).parent


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--lookups", type=int, default=300)
    parser.add_argument("--threads", type=int, default=2, help="index build threads")
    parser.add_argument(
        "--embed-only", action="store_true", help="the embedding throughput only (no index)"
    )
    args = parser.parse_args()
    from usearch.index import Index

    multi = json.loads((HERE / "multilingual_pairs.json").read_text("utf-8"))
    english = json.loads((HERE / "pairs.json").read_text("utf-8"))["pairs"]
    pool = [d["text"] for d in multi["pool"]] + list(dict.fromkeys(p["match"] for p in english))
    queries = [q["text"] for q in multi["queries"]] + list(
        dict.fromkeys(p["query"] for p in english)
    )

    embeddings.embed_passages(["warm up"])
    start = time.perf_counter()
    real = embeddings.embed_passages(pool)
    qvecs = np.asarray([embeddings.embed_query(q) for q in queries])
    took = time.perf_counter() - start
    rate = (len(pool) + len(queries)) / took
    chars = sum(map(len, pool)) + sum(map(len, queries))
    print(
        f"embedding, one core: {len(pool) + len(queries)} texts in {took:.1f} s = "
        f"{rate:.1f} texts/s ({chars / took / 1000:.1f} kB/s); model RSS {rss_mb():.0f} MB"
    )
    # the sparse vectors (since the seventh round): a second pass of the model per text
    start = time.perf_counter()
    embeddings.embed_sparse(pool + queries)
    took = time.perf_counter() - start
    print(
        f"sparse vectors, one core: {len(pool) + len(queries)} texts in {took:.1f} s = "
        f"{(len(pool) + len(queries)) / took:.1f} texts/s; RSS {rss_mb():.0f} MB"
    )
    if args.embed_only:
        return

    n_random = args.rows - len(pool)
    index = Index(
        ndim=embeddings.DIM,
        metric="cos",
        dtype="i8",
        connectivity=vector_index.CONNECTIVITY,
        expansion_add=vector_index.EXPANSION_ADD,
        expansion_search=vector_index.EXPANSION_SEARCH,
    )
    rng = np.random.default_rng(7)
    start = time.perf_counter()
    index.add(np.arange(len(pool)), real, threads=args.threads)
    chunk = 50_000
    for at in range(0, n_random, chunk):
        size = min(chunk, n_random - at)
        block = rng.standard_normal((size, embeddings.DIM), dtype=np.float32)
        block /= np.linalg.norm(block, axis=1, keepdims=True)
        index.add(np.arange(len(pool) + at, len(pool) + at + size), block, threads=args.threads)
        print(f"  indexed {len(pool) + at + size:,}", file=sys.stderr, end="\r")
    build = time.perf_counter() - start
    path = Path(tempfile.mkdtemp()) / "prior.usearch"
    index.save(str(path))
    size_mb = path.stat().st_size / 2**20
    print(
        f"\nbuild: {args.rows:,} vectors in {build:.0f} s ({args.threads} threads); file {size_mb:.0f} MB; builder RSS {rss_mb():.0f} MB"
    )
    del index

    before = rss_mb()
    opened = Index.restore(str(path), view=True)
    opened.expansion_search = vector_index.EXPANSION_SEARCH
    docs = [hybrid.signals(t) for t in pool]
    times, found = [], 0
    exact = real @ qvecs.T  # the real pool is where the real matches are
    for i in range(args.lookups):
        qi = i % len(queries)
        t0 = time.perf_counter()
        matches = opened.search(qvecs[qi], count=50)
        wanted = hybrid.signals(queries[qi])
        for key, dist in zip(matches.keys, matches.distances, strict=True):
            doc = docs[key] if key < len(pool) else hybrid.Signals(frozenset(), False)
            hybrid.score(1.0 - float(dist), 0.0, wanted, doc)
        times.append((time.perf_counter() - t0) * 1000)
        best_real = int(np.argmax(exact[:, qi]))
        found += best_real in {int(k) for k in matches.keys}
    times.sort()
    p50 = statistics.median(times)
    p95 = times[int(len(times) * 0.95) - 1]
    print(
        f"lookup (k=50 + hybrid re-score), {args.lookups} real queries: p50 {p50:.2f} ms, "
        f"p95 {p95:.2f} ms, max {times[-1]:.2f} ms; exact best real match among the 50: "
        f"{found}/{args.lookups}; RSS after lookups +{rss_mb() - before:.0f} MB "
        f"(memory-mapped file, shared between processes)"
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this script {peak:.0f} MB")
    path.unlink()


if __name__ == "__main__":
    main()
