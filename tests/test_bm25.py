"""claims.search.bm25: the re-rank's score (plain Python, no database)."""

from __future__ import annotations

from claims.search.bm25 import match_score, query_ceiling
from claims.search.text import analyse

# written for this test
QUERY = "The city council of Gdańsk raised bus fares by 20 percent in March."
DOCS = [
    "Gdańsk city council put bus fares up by 20 percent in March.",
    "Bus fares in Gdańsk did not rise in March, the council said.",
    "The council of Sopot cut tram fares by 5 percent.",
    "Fares.",
]


def test_a_ceiling_given_once_scores_every_document_exactly_as_computing_it_each_time():
    """similar_claims' re-rank computes the query's score against itself once a lookup
    (latency20) instead of once a candidate: the scores must not move by a bit."""
    query = analyse(QUERY)
    docs = [analyse(text) for text in DOCS]
    df = {term: 2.0 for doc in docs for term in doc.terms}
    n, avgdl = 1000.0, sum(len(doc.terms) for doc in docs) / len(docs)
    ceiling = query_ceiling(query, df, n, avgdl)
    assert ceiling > 0
    plain = [match_score(query, doc, df, n, avgdl) for doc in docs]
    given = [match_score(query, doc, df, n, avgdl, ceiling=ceiling) for doc in docs]
    assert given == plain
    assert plain[0] > plain[2] and plain[0] > plain[1]  # the same claim ranks first
