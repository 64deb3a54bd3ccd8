"""pgvector: vectors searched inside PostgreSQL (the production answer for large pools).

When the database has the `vector` extension (docker-compose.yml runs a PostgreSQL image
with it), the stored rows (`claims_textvector`) gain an `embedding vector(384)` column
beside their bytes, and two partial HNSW indexes (claims, prior fact-checks) answer
`vector_index.nearest()` in the database: no web or worker process loads any vectors, an
edited claim is found by its new vector as soon as its transaction commits, and the pool
may grow to millions of fact-checks.

* `install()` creates the extension, the column and the indexes (idempotent): migration
  `claims/0020_pgvector` runs it where the extension is available, and
  `build_vectors --index` runs it again (for a database given pgvector later) and fills
  the column of rows stored before (`fill_missing`).
* `write()` is called by the one writer of vectors (`claims.search.services._write`) in
  the same transaction as the bytes, so the two never disagree.
* Elsewhere (SQLite, a PostgreSQL without the extension, such as Debian's here) nothing
  of this exists and `installed()` is False: the in-process backends of vector_index are
  used, as before.

The HNSW parameters are the in-process index's (vector_index.CONNECTIVITY,
EXPANSION_SEARCH); pgvector ≥ 0.8 scans the index further when the filter (model name)
removes candidates (`hnsw.iterative_scan`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable

import numpy as np
from django.db import connection, transaction

from claims.search import embeddings

TABLE = "claims_textvector"
OWNERS = {"claim": "claim_id", "prior": "prior_fact_check_id"}
CONNECTIVITY = 16
EF_CONSTRUCTION = 64
EF_SEARCH = 96
FILL_CHUNK = 2000

_state: dict[str, bool] = {}
_lock = threading.Lock()


def available() -> bool:
    """Whether this database could have pgvector (PostgreSQL with the extension packaged)."""
    if connection.vendor != "postgresql":
        return False
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'vector'")
        return cursor.fetchone() is not None


def installed() -> bool:
    """Whether the embedding column exists (asked once per process; `reset()` forgets)."""
    with _lock:
        if "installed" not in _state:
            _state["installed"] = connection.vendor == "postgresql" and _column_exists()
        return _state["installed"]


def reset() -> None:
    with _lock:
        _state.clear()


def _column_exists() -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT 1 FROM information_schema.columns WHERE table_name = %s AND column_name = "
            "'embedding' AND table_schema = current_schema()",
            [TABLE],
        )
        return cursor.fetchone() is not None


def _indexes_exist() -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_indexes WHERE tablename = %s AND indexname = ANY(%s) "
            "AND schemaname = current_schema()",
            [TABLE, [f"textvector_{kind}_hnsw" for kind in OWNERS]],
        )
        return cursor.fetchone()[0] == len(OWNERS)


def install() -> bool:
    """Create the extension, the column and the two HNSW indexes; False where the database
    has no pgvector (nothing is changed then)."""
    if not available():
        return False
    if _column_exists() and _indexes_exist():  # nothing to change: no DDL, no table lock
        return True
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("CREATE EXTENSION IF NOT EXISTS vector")
        cursor.execute(
            f"ALTER TABLE {TABLE} ADD COLUMN IF NOT EXISTS embedding vector({embeddings.DIM})"
        )
        for kind, owner in OWNERS.items():
            cursor.execute(
                f"CREATE INDEX IF NOT EXISTS textvector_{kind}_hnsw ON {TABLE} "
                f"USING hnsw (embedding vector_cosine_ops) "
                f"WITH (m = {CONNECTIVITY}, ef_construction = {EF_CONSTRUCTION}) "
                f"WHERE {owner} IS NOT NULL"
            )
    reset()
    return True


def literal(vector: np.ndarray) -> str:
    """pgvector's text form of a vector: '[0.1,-0.2,…]' (float32 precision)."""
    return "[" + ",".join(f"{float(x):.8g}" for x in np.asarray(vector, dtype=np.float32)) + "]"


def write(kind: str, rows: Iterable[tuple[int, np.ndarray]]) -> None:
    """Set the embedding of these claims' or prior fact-checks' rows (inside the caller's
    transaction, right after their bytes were stored)."""
    owner = OWNERS[kind]
    params = [(literal(vector), pk) for pk, vector in rows]
    if not params:
        return
    with connection.cursor() as cursor:
        cursor.executemany(f"UPDATE {TABLE} SET embedding = %s::vector WHERE {owner} = %s", params)


def fill_missing(progress: Callable[[int], None] | None = None) -> int:
    """Fill the column of rows stored before pgvector was installed (or by a process that
    had not noticed it yet). Idempotent; returns how many rows were filled."""
    filled = 0
    while True:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                f"SELECT id, vector FROM {TABLE} WHERE embedding IS NULL ORDER BY id LIMIT %s "
                "FOR UPDATE SKIP LOCKED",
                [FILL_CHUNK],
            )
            batch = cursor.fetchall()
            if not batch:
                return filled
            params = []
            for pk, data in batch:
                vector = embeddings.from_bytes(bytes(data))
                if vector.shape == (embeddings.DIM,):
                    params.append((literal(vector), pk))
            cursor.executemany(f"UPDATE {TABLE} SET embedding = %s::vector WHERE id = %s", params)
            if len(params) < len(batch):  # unreadable rows: leave them, stop looping on them
                return filled + len(params)
        filled += len(params)
        if progress:
            progress(len(params))


def nearest(kind: str, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
    """The `k` stored vectors of `kind` nearest to `vector` by cosine, through the kind's
    HNSW index: (primary key of the claim or prior fact-check, cosine), best first."""
    owner = OWNERS[kind]
    query = literal(vector)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"SET LOCAL hnsw.ef_search = {max(EF_SEARCH, k)}")
        if _iterative_scan():
            cursor.execute("SET LOCAL hnsw.iterative_scan = relaxed_order")
        cursor.execute(
            f"SELECT {owner}, 1 - (embedding <=> %s::vector) FROM {TABLE} "
            f"WHERE {owner} IS NOT NULL AND model_name = %s AND embedding IS NOT NULL "
            "ORDER BY embedding <=> %s::vector LIMIT %s",
            [query, embeddings.MODEL_NAME, query, k],
        )
        found = [(int(pk), float(score)) for pk, score in cursor.fetchall()]
    return sorted(found, key=lambda pair: pair[1], reverse=True)  # relaxed order: re-sort


def _iterative_scan() -> bool:
    """pgvector 0.8 and later keep scanning the index when a filter removes candidates."""
    with _lock:
        if "iterative" not in _state:
            with connection.cursor() as cursor:
                cursor.execute("SELECT extversion FROM pg_extension WHERE extname = 'vector'")
                row = cursor.fetchone()
            version = tuple(int(part) for part in (row[0] if row else "0").split(".")[:2])
            _state["iterative"] = version >= (0, 8)
        return _state["iterative"]
