"""BM25 over an in-memory inverted index, and the claim-matching score built on it.

Plain Python. The index serves small collections directly (SQLite, tests, the evaluation);
on PostgreSQL the database finds candidates by their rare terms and `match_score` re-ranks
them with document frequencies taken from the database.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass

from claims.search.text import ClaimTerms

K1 = 1.2
B = 0.75
NEGATION_FACTOR = 0.05  # opposite polarity: the same words, the opposite claim
NUMBER_CONFLICT_FACTOR = 0.35  # both give numbers and none agree: a different claim
NUMBER_AGREEMENT_BONUS = 0.15


def idf(df: float, n_docs: float) -> float:
    """BM25+ style idf that stays positive for terms in over half of the documents."""
    return math.log(1.0 + (n_docs - df + 0.5) / (df + 0.5))


def bm25(
    query: Iterable[str],
    doc: Iterable[str],
    df: Mapping[str, float],
    n_docs: float,
    avgdl: float,
) -> float:
    counts = Counter(doc)
    length = sum(counts.values())
    norm = K1 * (1 - B + B * length / max(avgdl, 1.0))
    score = 0.0
    for term in set(query):
        tf = counts.get(term, 0)
        if tf:
            score += idf(df.get(term, 1.0), n_docs) * tf * (K1 + 1) / (tf + norm)
    return score


def query_ceiling(query: ClaimTerms, df: Mapping[str, float], n_docs: float, avgdl: float) -> float:
    """The BM25 score of the query against itself, which match_score divides by."""
    return bm25(query.terms, query.terms, df, n_docs, avgdl)


def match_score(
    query: ClaimTerms,
    doc: ClaimTerms,
    df: Mapping[str, float],
    n_docs: float,
    avgdl: float,
    *,
    ceiling: float | None = None,
) -> float:
    """How surely `doc` says what `query` says, in [0, ~1.15].

    BM25 divided by the query's score against itself, so a threshold means the same for short
    and long claims; then polarity and numbers, which BM25 cannot see, adjust it.
    `ceiling`: that score of the query against itself (query_ceiling) when the caller
    scores many documents with the same df, n_docs and avgdl: it is the same for each."""
    if ceiling is None:
        ceiling = query_ceiling(query, df, n_docs, avgdl)
    if ceiling <= 0:
        return 0.0
    # symmetric: a long candidate containing the query is not the same claim either
    forward = bm25(query.terms, doc.terms, df, n_docs, avgdl) / ceiling
    back_ceiling = bm25(doc.terms, doc.terms, df, n_docs, avgdl)
    backward = bm25(doc.terms, query.terms, df, n_docs, avgdl) / back_ceiling if back_ceiling else 0
    score = 0.7 * forward + 0.3 * backward
    if query.negated != doc.negated:
        score *= NEGATION_FACTOR
    if query.numbers and doc.numbers:
        if query.numbers & doc.numbers:
            score += NUMBER_AGREEMENT_BONUS * len(query.numbers & doc.numbers) / len(query.numbers)
        else:
            score *= NUMBER_CONFLICT_FACTOR
    return score


@dataclass
class Bm25Index:
    """Inverted index: term -> {doc key: term frequency}."""

    def __post_init__(self) -> None:
        self.postings: dict[str, dict[Hashable, int]] = defaultdict(dict)
        self.docs: dict[Hashable, ClaimTerms] = {}
        self.total_length = 0

    def add(self, key: Hashable, terms: ClaimTerms) -> None:
        self.docs[key] = terms
        self.total_length += len(terms.terms)
        for term, tf in Counter(terms.terms).items():
            self.postings[term][key] = tf

    @property
    def avgdl(self) -> float:
        return self.total_length / len(self.docs) if self.docs else 1.0

    def df(self, terms: Iterable[str]) -> dict[str, float]:
        return {t: float(len(self.postings.get(t, ()))) for t in terms}

    def candidates(self, query: ClaimTerms, limit: int = 200) -> list[Hashable]:
        """Documents sharing a term with the query, best plain BM25 first."""
        n = len(self.docs)
        scores: defaultdict[Hashable, float] = defaultdict(float)
        avgdl = self.avgdl
        for term in set(query.terms):
            posting = self.postings.get(term)
            if not posting:
                continue
            weight = idf(len(posting), n)
            for key, tf in posting.items():
                length = len(self.docs[key].terms)
                scores[key] += weight * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / avgdl))
        return heapq.nlargest(limit, scores, key=scores.__getitem__)

    def search(self, query: ClaimTerms, limit: int = 10) -> list[tuple[Hashable, float]]:
        """Claim matching: BM25 candidates re-ranked by `match_score`."""
        df = self.df(query.terms)
        n = len(self.docs)
        ranked = []
        for key in self.candidates(query, limit=max(limit * 20, 100)):
            doc = self.docs[key]
            doc_df = {**df, **self.df(t for t in doc.terms if t not in df)}
            ranked.append((key, match_score(query, doc, doc_df, n, self.avgdl)))
        ranked.sort(key=lambda pair: pair[1], reverse=True)
        return ranked[:limit]
