"""MAP@5 of similar-claim retrieval on the labelled pairs, against plain BM25.

    .venv/bin/python benchmarks/search/evaluate.py

The corpus is every "match" text in pairs.json (positives, negated versions, unrelated
distractors); each distinct query's relevant documents are its paraphrase/numbers/reorder
matches. Plain Python: the same engine the database candidates are re-ranked with.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from claims.search.bm25 import Bm25Index, bm25
from claims.search.text import ClaimTerms, analyse, plain_terms

POSITIVE = {"paraphrase", "numbers", "reorder"}
THRESHOLD = 0.35  # claims.search.selectors.MIN_SUGGESTION_SCORE


def average_precision(ranked: list[int], relevant: set[int], k: int = 5) -> float:
    hits, total = 0, 0.0
    for rank, doc in enumerate(ranked[:k], start=1):
        if doc in relevant:
            hits += 1
            total += hits / rank
    return total / min(len(relevant), k) if relevant else 0.0


def main() -> None:
    pairs = json.loads((Path(__file__).parent / "pairs.json").read_text(encoding="utf-8"))["pairs"]
    docs = list(dict.fromkeys(p["match"] for p in pairs))
    doc_id = {text: i for i, text in enumerate(docs)}
    relevant: dict[str, set[int]] = defaultdict(set)
    negated: dict[str, set[int]] = defaultdict(set)
    kinds: dict[str, str] = {}
    for p in pairs:
        if p["kind"] in POSITIVE:
            relevant[p["query"]].add(doc_id[p["match"]])
            kinds[p["query"]] = p["kind"]
        elif p["kind"] == "negation":
            negated[p["query"]].add(doc_id[p["match"]])

    ours = Bm25Index()
    baseline = Bm25Index()
    for i, text in enumerate(docs):
        ours.add(i, analyse(text))
        baseline.add(i, ClaimTerms(terms=tuple(plain_terms(text))))

    def baseline_rank(query: str) -> list[int]:
        q = plain_terms(query)
        df = baseline.df(q)
        scores = {
            i: bm25(q, baseline.docs[i].terms, df, len(docs), baseline.avgdl) for i in baseline.docs
        }
        return [i for i, s in sorted(scores.items(), key=lambda kv: -kv[1]) if s > 0]

    results = {"ours": defaultdict(list), "bm25": defaultdict(list)}
    negation_top1 = {"ours": 0, "bm25": 0}
    negation_above_threshold = 0
    for query, rel in relevant.items():
        ranked_ours = [key for key, _ in ours.search(analyse(query), limit=10)]
        scores_ours = dict(ours.search(analyse(query), limit=len(docs)))
        ranked_base = baseline_rank(query)
        for name, ranked in (("ours", ranked_ours), ("bm25", ranked_base)):
            ap = average_precision(ranked, rel)
            results[name]["all"].append(ap)
            results[name][kinds[query]].append(ap)
            if ranked and ranked[0] in negated[query]:
                negation_top1[name] += 1
        negation_above_threshold += sum(
            1 for d in negated[query] if scores_ours.get(d, 0) >= THRESHOLD
        )

    # The workbench's ranking: claims.search.hybrid (embeddings + this lexical score + checks)
    from claims.search import embeddings, hybrid

    doc_vectors = embeddings.embed_passages(docs)
    doc_sparse = embeddings.embed_sparse(docs)
    doc_signals = [hybrid.signals(text) for text in docs]
    results["hybrid"] = defaultdict(list)
    negation_top1["hybrid"] = 0
    hybrid_negated_above = 0
    for query, rel in relevant.items():
        cosines = doc_vectors @ embeddings.embed_query(query)
        asked = embeddings.embed_sparse([query])[0]
        lexical = dict(ours.search(analyse(query), limit=len(docs)))
        wanted = hybrid.signals(query)
        scored = {
            i: hybrid.score(
                float(cosines[i]),
                lexical.get(i, 0.0),
                wanted,
                doc_signals[i],
                embeddings.sparse_overlap(asked, doc_sparse[i]),
            )
            for i in range(len(docs))
        }
        ranked = sorted(scored, key=lambda i: -scored[i])
        ap = average_precision(ranked, rel)
        results["hybrid"]["all"].append(ap)
        results["hybrid"][kinds[query]].append(ap)
        negation_top1["hybrid"] += ranked[0] in negated[query]
        hybrid_negated_above += sum(1 for d in negated[query] if scored[d] >= hybrid.THRESHOLD)

    n_neg = sum(len(v) for v in negated.values())
    print(
        f"{len(pairs)} pairs, {len(docs)} documents, {len(relevant)} queries with a true match, "
        f"{n_neg} negated distractors"
    )
    print(
        f"{'subset':<12}{'queries':>8}{'MAP@5 hybrid':>14}{'MAP@5 lexical':>15}{'MAP@5 BM25':>12}"
    )
    for subset in ("all", "paraphrase", "numbers", "reorder"):
        h, a, b = results["hybrid"][subset], results["ours"][subset], results["bm25"][subset]
        print(
            f"{subset:<12}{len(a):>8}{sum(h) / len(h):>14.3f}{sum(a) / len(a):>15.3f}"
            f"{sum(b) / len(b):>12.3f}"
        )
    print(
        f"negated claim ranked first: hybrid {negation_top1['hybrid']}, lexical "
        f"{negation_top1['ours']}, BM25 {negation_top1['bm25']} (of {len(relevant)} queries)"
    )
    print(
        f"negated claims at or above the hybrid threshold {hybrid.THRESHOLD}: "
        f"{hybrid_negated_above} of {n_neg}"
    )
    print(
        f"negated claims scoring above the suggestion threshold {THRESHOLD}: "
        f"{negation_above_threshold} of {n_neg}"
    )


if __name__ == "__main__":
    main()
