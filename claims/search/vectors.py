"""The weighted search vectors, defined once: the GIN expression indexes (migration 0005)
and the queries are built from the same expressions, so PostgreSQL matches them and uses
the index. Change one here and the index must be rebuilt in a new migration.

Why expression indexes and not stored generated tsvector columns: the claims and articles
tables belong to the review workflow (and are copied into history tables); an expression
index leaves them untouched and costs no table space. The price is recomputing the vector
for the rows being ranked, which is why ranking is capped to a candidate set
(see selectors.RANK_CANDIDATES) and measured in docs/search.md.
"""

from __future__ import annotations

from django.contrib.postgres.search import SearchVector
from django.db.models import Expression

CONFIG = "english"


def claim_vector() -> Expression:
    return SearchVector("text", weight="A", config=CONFIG) + SearchVector(
        "claimant", weight="B", config=CONFIG
    )


def article_vector() -> Expression:
    return (
        SearchVector("title", weight="A", config=CONFIG)
        + SearchVector("outlet", weight="B", config=CONFIG)
        + SearchVector("body", weight="C", config=CONFIG)
    )


def evidence_vector() -> Expression:
    return SearchVector("excerpt", weight="A", config=CONFIG)


def prior_fact_check_vector() -> Expression:
    return (
        SearchVector("claim_reviewed", weight="A", config=CONFIG)
        + SearchVector("claimant", weight="B", config=CONFIG)
        + SearchVector("author_name", weight="C", config=CONFIG)
    )


# name -> (app label, model, vector); migration 0005 creates one GIN index per entry.
INDEXES = {
    "claim_search_gin": ("claims", "Claim", claim_vector),
    "article_search_gin": ("claims", "Article", article_vector),
    "evidence_search_gin": ("sources", "Evidence", evidence_vector),
    "priorfactcheck_search_gin": ("claims", "PriorFactCheck", prior_fact_check_vector),
}
