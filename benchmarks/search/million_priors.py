"""End to end "checked before?" among 1,000,000 prior fact-checks on the tested path
(PostgreSQL here has no pgvector: a usearch file built by `build_vectors --index`), through
selectors.similar_claims exactly as the claim panel, the API and `search_claims --similar`
call it: query embedding, vector lookup, lexical candidates from the GIN index, fetching the
rows, the hybrid re-score.

    createdb -h 127.0.0.1 -U postgres factcheck_million
    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/factcheck_million
    export FACTCHECK_VAR_DIR=/tmp/factcheck_million OMP_NUM_THREADS=1 DEBUG=1
    .venv/bin/python manage.py migrate
    .venv/bin/python benchmarks/search/million_priors.py fill --rows 1000000
    .venv/bin/python manage.py build_vectors --only priors --index
    .venv/bin/python benchmarks/search/million_priors.py lookups --queries 300

`fill` writes the vectors with COPY, without their stored analysis (what the re-score reads
from each text, claims/search/stored_analysis.py): the `build_vectors` run above back-fills
it (its "stored analyses" bar; ~2-3 ms a row, so 40-50 min of one core at 1 M), and until
then each lookup computes it from its candidates' texts, as before the latency round.

`fill` writes, inside PostgreSQL, `rows` prior fact-checks of 12-30 words drawn from
benchmarks/search/generate.py's Zipf vocabulary, each with a stored vector (and an up-to-date
text hash, so build_vectors leaves them alone), plus every pool text of
multilingual_pairs.json and the match side of pairs.json as real prior fact-checks without
vectors: `build_vectors` embeds those the way an import does. No million texts are embedded:
the distractors' vectors are drawn from a normal distribution fitted to the real vectors of
the pool texts of multilingual_pairs.json (their mean and covariance), so they bunch the way E5 vectors of unrelated claims
do, instead of being spread evenly over the sphere (an easier case for the HNSW index). They
have no sparse vector (a row stored before the seventh round has none either), so the
re-score's sparse overlap costs a little less than on real rows.

`suggestions --out FILE` writes what every query of multilingual_pairs.json is suggested
(kind, row, score, cosine; JSON lines): a change meant to keep the results writes the same
file before and after (`cmp`; fix PYTHONHASHSEED for both, set order moves a score's last
bit).

`lookups` asks similar_claims for `queries` real queries of multilingual_pairs.json (the
first n in a fixed shuffle) and prints the latency p50/p95 (the first, cold query apart; also the CPU time of this process, which a busy machine
stretches less than the wall clock),
the resident memory of the process, and how often the labelled match was suggested first
among the million (a sanity check of the path, not a quality figure: the quality figures
are evaluate_multilingual.py's).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")

import django  # noqa: E402

django.setup()

from django.db import connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402
from generate import vocabulary  # noqa: E402

from claims.models import PriorFactCheck  # noqa: E402
from claims.search import embeddings, selectors  # noqa: E402

PAIRS = json.loads((HERE / "multilingual_pairs.json").read_text("utf-8"))
ENGLISH = json.loads((HERE / "pairs.json").read_text("utf-8"))
REAL_URL = "https://bench.invalid/real/"
GIN = "priorfactcheck_search_gin"


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def real_texts() -> list[tuple[str, str, str]]:
    """(key, language, text) of every real prior fact-check the benchmark stores."""
    rows = [(doc["id"], doc["lang"], doc["text"]) for doc in PAIRS["pool"]]
    rows += [(f"en-{i}", "en", pair["match"]) for i, pair in enumerate(ENGLISH["pairs"])]
    return rows


def fitted_vectors(n: int, seed: int = 7) -> np.ndarray:
    """n unit vectors drawn from the normal distribution fitted to the real vectors."""
    real = embeddings.embed_passages([doc["text"] for doc in PAIRS["pool"]])
    mean = real.mean(axis=0)
    _u, s, vt = np.linalg.svd(real - mean, full_matrices=False)
    scale = (s / np.sqrt(len(real) - 1))[:, None] * vt  # rows: principal axes, scaled
    rng = np.random.default_rng(seed)
    out = np.empty((n, embeddings.DIM), dtype=np.float32)
    for start in range(0, n, 50_000):
        stop = min(n, start + 50_000)
        block = mean + rng.standard_normal((stop - start, len(s))) @ scale
        out[start:stop] = block / np.linalg.norm(block, axis=1, keepdims=True)
    return out


def fill(rows: int) -> None:
    words = vocabulary()
    started = time.perf_counter()
    vectors = fitted_vectors(rows)
    print(f"{rows:,} fitted vectors drawn in {time.perf_counter() - started:.1f} s")
    with connection.cursor() as cursor:
        # the search index is dropped for the load and rebuilt after it (timed), as
        # generate.py does
        cursor.execute("SELECT pg_get_indexdef(%s::regclass)", [GIN])
        definition = cursor.fetchone()[0]
        cursor.execute(f"DROP INDEX {GIN}")
        cursor.execute("TRUNCATE claims_priorfactcheck CASCADE")
        started = time.perf_counter()
        cursor.execute(
            """
            INSERT INTO claims_priorfactcheck (url, url_hash, claim_reviewed, rating_text,
                author_name, author_url, claimant, appearance_url, language, raw,
                imported_at, updated_at)
            SELECT 'https://bench.invalid/fc/' || g,
                   encode(sha256(convert_to('https://bench.invalid/fc/' || g, 'UTF8')), 'hex'),
                   (SELECT string_agg((%(words)s::text[])[floor(power(%(n)s, random()))::int], ' ')
                      FROM generate_series(1, 12 + (random() * 18)::int + g * 0)),
                   'False', 'Bench desk', '', '', '', 'en', '{}'::jsonb, now(), now()
              FROM generate_series(1, %(rows)s) AS g
            """,
            {"words": words, "n": len(words), "rows": rows},
        )
        cursor.execute("SELECT id, claim_reviewed FROM claims_priorfactcheck ORDER BY id")
        owned = cursor.fetchall()
        print(f"{rows:,} prior fact-checks written in {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        with cursor.copy(
            "COPY claims_textvector (prior_fact_check_id, model_name, text_hash, vector,"
            " sparse, analysis, analysis_digest, updated_at) FROM STDIN"
        ) as copy:
            now = timezone.now()
            for (pk, text), vector in zip(owned, vectors, strict=True):
                copy.write_row(
                    (
                        pk,
                        embeddings.MODEL_NAME,
                        embeddings.text_hash(text),
                        embeddings.to_bytes(vector),
                        b"",
                        "",  # no stored analysis (not null in the database)
                        "",
                        now,
                    )
                )
        print(f"{rows:,} vectors copied in {time.perf_counter() - started:.1f} s")
    with transaction.atomic():
        PriorFactCheck.objects.bulk_create(
            PriorFactCheck(
                url=f"{REAL_URL}{key}",
                url_hash=hashlib.sha256(f"{REAL_URL}{key}".encode()).hexdigest(),
                claim_reviewed=text,
                rating_text="False",
                author_name="Bench desk",
                language=language,
                raw={},
            )
            for key, language, text in real_texts()
        )
    with connection.cursor() as cursor:
        started = time.perf_counter()
        cursor.execute("SET maintenance_work_mem = '256MB'")
        cursor.execute(definition)
        print(f"index {GIN}: built in {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        cursor.execute("VACUUM ANALYZE claims_priorfactcheck")
        cursor.execute("VACUUM ANALYZE claims_textvector")
        print(f"vacuum analyze: {time.perf_counter() - started:.1f} s")
        for table in ("claims_priorfactcheck", "claims_textvector"):
            cursor.execute("SELECT pg_size_pretty(pg_total_relation_size(%s))", [table])
            print(f"{table}: {cursor.fetchone()[0]} with its indexes")


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(0.95 * len(values)) - 1)]


def lookups(n: int) -> None:
    by_key = {
        url.removeprefix(REAL_URL): pk
        for pk, url in PriorFactCheck.objects.filter(url__startswith=REAL_URL).values_list(
            "pk", "url"
        )
    }
    queries = [q for q in PAIRS["queries"] if q.get("match")]
    random.Random(7).shuffle(queries)
    queries = queries[: n + 1]
    total = PriorFactCheck.objects.count()
    print(f"{total:,} prior fact-checks; {len(by_key)} of them real; RSS {rss_mb():.0f} MB")
    times, cpu, first = [], [], 0
    for query in queries:
        started, started_cpu = time.perf_counter(), time.process_time()
        hits = selectors.similar_claims(
            query["text"], limit=10, min_score=selectors.MIN_SUGGESTION_SCORE
        )
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
        first += bool(hits) and hits[0].pk == by_key.get(query["match"])
    cold, warm = times[0], times[1:]
    print(
        f"similar_claims among {total:,}: cold first query {cold:.0f} ms; then "
        f"p50 {statistics.median(warm):.1f} ms, p95 {p95(warm):.1f} ms, max {max(warm):.0f} ms "
        f"({len(warm)} queries; this process's CPU time p50 {statistics.median(cpu[1:]):.1f} ms, "
        f"p95 {p95(cpu[1:]):.1f} ms, the database's not counted); RSS {rss_mb():.0f} MB; labelled match suggested first "
        f"{first}/{len(queries)}"
    )


def suggestions(out: str) -> None:
    """Every query of multilingual_pairs.json (with or without a match) and what it is
    suggested, as JSON lines: a change meant to keep the results writes the same file
    before and after (`cmp`)."""
    with open(out, "w", encoding="utf-8") as sink:
        for query in PAIRS["queries"]:
            hits = selectors.similar_claims(
                query["text"], limit=10, min_score=selectors.MIN_SUGGESTION_SCORE
            )
            row = [[hit.kind, hit.pk, hit.score, hit.cosine] for hit in hits]
            sink.write(json.dumps({"query": query["id"], "hits": row}) + "\n")
    print(f"{len(PAIRS['queries'])} queries' suggestions written to {out}")


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="step", required=True)
    sub.add_parser("fill").add_argument("--rows", type=int, default=1_000_000)
    sub.add_parser("lookups").add_argument("--queries", type=int, default=300)
    sub.add_parser("suggestions").add_argument("--out", required=True)
    args = parser.parse_args()
    if args.step == "fill":
        fill(args.rows)
    elif args.step == "suggestions":
        suggestions(args.out)
    else:
        lookups(args.queries)


if __name__ == "__main__":
    main()
