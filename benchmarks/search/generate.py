"""Fill a benchmark database with N generated claims, fast, inside PostgreSQL.

    createdb -h 127.0.0.1 -U postgres factcheck_bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/factcheck_bench .venv/bin/python manage.py migrate
    .venv/bin/python benchmarks/search/generate.py --dsn postgres://postgres@127.0.0.1:5432/factcheck_bench --rows 1000000

Sentences of 12-30 words drawn from a Zipf vocabulary of 30,000 words (English words from the
project's own documents first, so that common terms are real words, then pronounceable
made-up words), plus the "match" side of every labelled pair in pairs.json so that similar-
claim lookups at 1M rows have a true answer to find. The search indexes are dropped before
the load and rebuilt after it, timed; their sizes are printed.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import time
from collections import Counter
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[2]
VOCABULARY = 30_000
INDEXES = ("claim_search_gin",)


def vocabulary() -> list[str]:
    counts: Counter[str] = Counter()
    for path in [
        ROOT / "README.md",
        *ROOT.glob("docs/*.md"),
        *ROOT.parent.glob("shared/*.md"),
        *ROOT.parent.glob("shared/fixtures/*.txt"),
    ]:
        counts.update(re.findall(r"[a-z]{3,}", path.read_text(encoding="utf-8").lower()))
    words = [w for w, _ in counts.most_common()]
    consonants, vowels = "bdfgklmnprstvz", "aeiou"
    syllables = [c + v for c in consonants for v in vowels]
    seen = set(words)
    for a, b, c in itertools.product(syllables, repeat=3):
        if len(words) >= VOCABULARY:
            break
        word = a + b + c
        if word not in seen:
            words.append(word)
            seen.add(word)
    return words[:VOCABULARY]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dsn", required=True)
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    words = vocabulary()
    pairs = json.loads((Path(__file__).parent / "pairs.json").read_text(encoding="utf-8"))
    with psycopg.connect(args.dsn, autocommit=True) as conn:
        definitions = {
            name: conn.execute("SELECT pg_get_indexdef(%s::regclass)", [name]).fetchone()[0]
            for name in INDEXES
        }
        for name in INDEXES:
            conn.execute(f"DROP INDEX IF EXISTS {name}")
        conn.execute("TRUNCATE claims_claim CASCADE")
        started = time.perf_counter()
        conn.execute(
            """
            INSERT INTO claims_claim (text, claimant, appearance_url, checkworthiness,
                checkworthiness_reasons, state, rationale, version, created_at, updated_at)
            SELECT (SELECT string_agg((%(words)s::text[])[floor(power(%(n)s, random()))::int], ' ')
                      FROM generate_series(1, 12 + (random() * 18)::int + g * 0)),
                   '', '', 0, '[]'::jsonb, 'accepted', '', 1, now(), now()
              FROM generate_series(1, %(rows)s) AS g
            """,
            {"words": words, "n": len(words), "rows": args.rows},
        )
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO claims_claim (text, claimant, appearance_url, checkworthiness,"
                " checkworthiness_reasons, state, rationale, version, created_at, updated_at)"
                " VALUES (%s, '', '', 0, '[]'::jsonb, 'accepted', '', 1, now(), now())",
                [(pair["match"],) for pair in pairs["pairs"]],
            )
        print(f"loaded {args.rows:,} claims in {time.perf_counter() - started:.1f} s")
        conn.execute("SET maintenance_work_mem = '256MB'")
        for name, definition in definitions.items():
            started = time.perf_counter()
            conn.execute(definition)
            size = conn.execute(
                "SELECT pg_size_pretty(pg_relation_size(%s::regclass))", [name]
            ).fetchone()[0]
            print(f"index {name}: built in {time.perf_counter() - started:.1f} s, {size}")
        started = time.perf_counter()
        conn.execute("VACUUM ANALYZE claims_claim")
        print(f"vacuum analyze: {time.perf_counter() - started:.1f} s")
        size = conn.execute("SELECT pg_size_pretty(pg_table_size('claims_claim'))").fetchone()[0]
        print(f"table claims_claim: {size}")


if __name__ == "__main__":
    main()
