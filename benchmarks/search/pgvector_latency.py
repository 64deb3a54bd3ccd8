"""Lookups through pgvector's HNSW index (the production path) at newsroom scale.

    DEBUG=1 .venv/bin/python benchmarks/search/pgvector_latency.py --rows 200000

Starts a private PostgreSQL with pgvector (the `pgserver` wheel of the dev lock, its own
data directory, removed afterwards), migrates the project's schema into it (migration
0020 installs the column and the two partial HNSW indexes), loads `--rows` prior
fact-checks' vectors (synthetic, random directions, written by SQL; foreign keys are not
checked during the load), plus the real vectors of every pool text of
multilingual_pairs.json, then times `claims.search.vector_index.nearest("prior", v, 50)`
(what every "checked before?" asks first) for the real queries of the set, and checks
that the HNSW answer holds the exact answer's best hit (recall of the true match among
the 50 candidates, against an exact scan with the index switched off).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--lookups", type=int, default=200)
    args = parser.parse_args()

    import pgserver

    data = Path(tempfile.mkdtemp(prefix="factcheck-pgvector-bench-"))
    data.chmod(0o755)
    server = pgserver.get_server(str(data / "pgdata"), cleanup_mode="stop")
    try:
        socket_dir = server.get_uri().split("host=", 1)[1].split("&", 1)[0]
        os.environ["DATABASE_URL"] = f"postgres://postgres@{quote(socket_dir, safe='')}/postgres"
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
        os.environ["FACTCHECK_VECTOR_INDEX"] = "auto"
        run(args)
    finally:
        server.cleanup()
        shutil.rmtree(data, ignore_errors=True)


def run(args: argparse.Namespace) -> None:
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, transaction

    from claims.search import embeddings, pgvector_index, vector_index

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    assert pgvector_index.installed(), "migration 0020 did not install pgvector"
    print(f"migrated in {time.perf_counter() - started:.0f} s")

    multi = json.loads((HERE / "multilingual_pairs.json").read_text("utf-8"))
    pool = [d["text"] for d in multi["pool"]]
    queries = [q["text"] for q in multi["queries"]][: args.lookups]
    pool_vectors = embeddings.embed_passages(pool)
    query_vectors = [embeddings.embed_query(text) for text in queries]

    model = embeddings.MODEL_NAME
    load = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("DROP INDEX IF EXISTS textvector_prior_hnsw")  # built after the load
        cursor.execute("SET session_replication_role = replica")  # no FK checks for the load
        cursor.execute(
            "INSERT INTO claims_textvector (prior_fact_check_id, model_name, text_hash, vector, "
            "updated_at, embedding) "
            "SELECT g, %s, '', ''::bytea, now(), (SELECT array_agg(random() - 0.5)::real[]::vector "
            "FROM generate_series(1, %s) WHERE g > 0) FROM generate_series(1, %s) g",
            [model, embeddings.DIM, args.rows],
        )
        real_ids = range(args.rows + 1, args.rows + 1 + len(pool))
        cursor.executemany(
            "INSERT INTO claims_textvector (prior_fact_check_id, model_name, text_hash, vector, "
            "updated_at, embedding) VALUES (%s, %s, '', %s, now(), %s::vector)",
            [
                (pk, model, embeddings.to_bytes(v), pgvector_index.literal(v))
                for pk, v in zip(real_ids, pool_vectors, strict=True)
            ],
        )
        cursor.execute("SET session_replication_role = DEFAULT")
        loaded = time.perf_counter() - load
        build = time.perf_counter()
        cursor.execute("SET maintenance_work_mem = '512MB'")
        pgvector_index.reset()
        pgvector_index.install()  # recreates the dropped index over the loaded rows
        built = time.perf_counter() - build
        cursor.execute("SELECT pg_relation_size('textvector_prior_hnsw')")
        index_mb = cursor.fetchone()[0] / 2**20
        cursor.execute("SELECT pg_total_relation_size('claims_textvector')")
        table_mb = cursor.fetchone()[0] / 2**20
    print(
        f"{args.rows:,} synthetic + {len(pool)} real vectors: loaded in {loaded:.0f} s, "
        f"HNSW built in {built:.0f} s; index {index_mb:.0f} MB, table with indexes "
        f"{table_mb:.0f} MB (in PostgreSQL's files and shared buffers, none in the web process)"
    )

    for vector in query_vectors[:5]:  # warm the index pages
        vector_index.nearest("prior", vector, 50)
    timings, held = [], 0
    for vector in query_vectors:
        t = time.perf_counter()
        found = vector_index.nearest("prior", vector, 50)
        timings.append((time.perf_counter() - t) * 1000)
        # the exact best hit, index switched off
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_indexscan = off")
            cursor.execute(
                "SELECT prior_fact_check_id FROM claims_textvector WHERE prior_fact_check_id "
                "> %s ORDER BY embedding <=> %s::vector LIMIT 1",
                [args.rows, pgvector_index.literal(vector)],
            )
            best = cursor.fetchone()[0]
        held += best in {pk for pk, _ in found}
    timings.sort()
    p50 = statistics.median(timings)
    p95 = timings[int(0.95 * (len(timings) - 1))]
    print(
        f"nearest('prior', k=50) over {args.rows + len(pool):,} rows: p50 {p50:.1f} ms, "
        f"p95 {p95:.1f} ms ({len(timings)} lookups); the real best match among the 50 "
        f"candidates in {held}/{len(timings)} ({100 * held / len(timings):.1f} %)"
    )


if __name__ == "__main__":
    main()
