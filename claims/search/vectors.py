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

# `factcheck` (migration 0022): a copy of PostgreSQL's `russian` configuration (Russian
# Snowball stems for Cyrillic words; ASCII words go to the English stemmer and stopwords, so
# English search is unchanged) with `unaccent` before the stemmers of non-ASCII words, so a
# word typed without its accents finds the word written with them ("Lodz" finds "Łódź",
# "елка" finds "ёлка"); claims.search.fold does the same in Python for the query prefixes and
# the SQLite fallback. Ukrainian, Belarusian and Polish inflection: query-side prefixes, see
# morph.py.
CONFIG = "factcheck"


def claim_vector(config: str = CONFIG) -> Expression:
    return SearchVector("text", weight="A", config=config) + SearchVector(
        "claimant", weight="B", config=config
    )


def article_vector(config: str = CONFIG) -> Expression:
    return (
        SearchVector("title", weight="A", config=config)
        + SearchVector("outlet", weight="B", config=config)
        + SearchVector("body", weight="C", config=config)
    )


def evidence_vector(config: str = CONFIG) -> Expression:
    return SearchVector("excerpt", weight="A", config=config)


def prior_fact_check_vector(config: str = CONFIG) -> Expression:
    return (
        SearchVector("claim_reviewed", weight="A", config=config)
        + SearchVector("claimant", weight="B", config=config)
        + SearchVector("author_name", weight="C", config=config)
    )


# name -> (app label, model, vector); migration 0005 creates one GIN index per entry.
INDEXES = {
    "claim_search_gin": ("claims", "Claim", claim_vector),
    "article_search_gin": ("claims", "Article", article_vector),
    "evidence_search_gin": ("sources", "Evidence", evidence_vector),
    "priorfactcheck_search_gin": ("claims", "PriorFactCheck", prior_fact_check_vector),
}
