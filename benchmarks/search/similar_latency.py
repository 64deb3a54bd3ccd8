"""Latency of one similar-claims lookup through the selector (query embedding included).

DEBUG=1 OMP_NUM_THREADS=1 .venv/bin/python benchmarks/search/similar_latency.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import json
import os
import statistics
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
import django

django.setup()
from claims.search import embeddings, selectors

qs = [q["text"] for q in json.load(open("benchmarks/search/multilingual_pairs.json"))["queries"]][
    :60
]
embeddings.embed_query("warm up")
te = []
tt = []
for q in qs:
    t = time.perf_counter()
    v = embeddings.embed_query(q)
    te.append((time.perf_counter() - t) * 1000)
    t = time.perf_counter()
    selectors.similar_claims(q, limit=10, min_score=0.7)
    tt.append((time.perf_counter() - t) * 1000)
te.sort()
tt.sort()
print(
    "query embedding p50 %.1f p95 %.1f ms; whole similar_claims (demo DB) p50 %.1f p95 %.1f ms"
    % (
        statistics.median(te),
        te[int(0.95 * len(te)) - 1],
        statistics.median(tt),
        tt[int(0.95 * len(tt)) - 1],
    )
)
