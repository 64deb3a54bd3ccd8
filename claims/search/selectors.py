"""Reads for search and claim matching.

PostgreSQL: full-text search over GIN expression indexes (vectors.py), ranked with
ts_rank over a capped candidate set, snippets from ts_headline. SQLite (the embedded
default): case-insensitive containment of every word and a simple field-weighted count.
Claim matching on both: the database proposes candidates that share rare words with the
claim, and the plain-Python engine (text.py, bm25.py) re-ranks them.
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlencode

import numpy as np
from django.contrib.auth.models import AnonymousUser, User
from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.models import (
    Count,
    Expression,
    F,
    FilteredRelation,
    Func,
    Model,
    Q,
    QuerySet,
    Subquery,
    TextField,
)
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from claims import extraction, policies
from claims.filters import ClaimFilterSet
from claims.models import Article, Claim, ClaimMatch, PriorFactCheck, RatingLabel, TextVector
from claims.search import embeddings, hybrid, morph, stored_analysis, vector_index, vectors
from claims.search.bm25 import match_score, query_ceiling
from claims.search.fold import FOLD_SQL_FUNCTION, fold_accents
from claims.search.text import SYNONYMS, ClaimTerms, analyse
from claims.selectors import filter_given
from sources.models import Evidence, Source, normalise_name

KINDS = ("claim", "article", "source", "evidence", "prior")
RANK_CANDIDATES = (
    200  # rows ranked per kind: recomputing vectors costs ~0.1 ms a row (docs/search.md)
)
SIMILAR_CANDIDATES = 100
VECTOR_CANDIDATES = 50  # nearest stored vectors considered per kind
MIN_SUGGESTION_SCORE = hybrid.THRESHOLD
CLUSTER_SCORE = 0.9  # "the same claim" for the panel's cluster line (docs/search.md)
MAX_QUERY_CHARS = embeddings.MAX_CHARS  # a claim is a sentence or two; a pasted megabyte is cut
_START, _STOP = "\x02", "\x03"  # headline markers, turned into <mark> after escaping


@dataclass
class SearchHit:
    kind: str
    pk: int
    title: str
    snippet: SafeString
    score: float
    url: str
    verdict: RatingLabel | str | None = None
    state: str = ""
    when: date | None = None


@dataclass
class SimilarHit:
    kind: str  # "claim" or "prior"
    pk: int
    text: str
    score: float
    verdict: str
    url: str
    obj: Model
    language: str = ""  # ISO 639-1, "" when unknown
    cosine: float | None = None  # embedding similarity, None without a vector


def is_postgres() -> bool:
    return connection.vendor == "postgresql"


def _marked(text: str) -> SafeString:
    """Escape everything, then turn our private markers into <mark>: the snippet is safe
    whatever HTML the claim or article text contains."""
    escaped = html.escape(text)
    return mark_safe(escaped.replace(_START, "<mark>").replace(_STOP, "</mark>"))  # escaped above


# --- full-text search ------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    verdict: RatingLabel | None = None
    state: str = ""
    outlet: str = ""
    date_from: date | None = None
    date_to: date | None = None


def _claim_qs(user: User | AnonymousUser, f: Filters) -> QuerySet[Claim]:
    """The claims filter of the dashboard, the API and exports (claims.filters)."""
    data = {
        "verdict": f.verdict.slug if f.verdict else "",
        "state": f.state,
        "outlet": f.outlet,
        "date_from": f.date_from or "",
        "date_to": f.date_to or "",
    }
    return ClaimFilterSet({k: v for k, v in data.items() if v}, user=user).qs


def _article_qs(user: User | AnonymousUser, f: Filters) -> QuerySet[Article] | None:
    if f.verdict or f.state:
        return None  # articles have no verdict or state of a claim
    return filter_given(
        Article.objects.all(),
        outlet=f.outlet,
        published_on__gte=f.date_from,
        published_on__lte=f.date_to,
    )


def _evidence_qs(user: User | AnonymousUser, f: Filters) -> QuerySet[Evidence]:
    qs = policies.visible_evidence(Evidence.objects.exclude(excerpt=""), user)
    return filter_given(
        qs,
        claim__verdict=f.verdict,
        claim__state=f.state,
        claim__article__outlet=f.outlet,
        created_at__date__gte=f.date_from,
        created_at__date__lte=f.date_to,
    )


def _prior_qs(user: User | AnonymousUser, f: Filters) -> QuerySet[PriorFactCheck] | None:
    # other organisations' work, for those the desk lets read it (as in "similar claims")
    if f.state or not policies.reads_prior_fact_checks(user):  # type: ignore[arg-type]
        return None
    return filter_given(
        PriorFactCheck.objects.all(),
        rating_text__iexact=f.verdict.name if f.verdict else "",
        author_name=f.outlet,
        date_published__gte=f.date_from,
        date_published__lte=f.date_to,
    )


def _source_qs(user: User | AnonymousUser, f: Filters) -> QuerySet[Source] | None:
    if f.verdict or f.state or f.outlet or f.date_from or f.date_to:
        return None
    return policies.visible_sources(Source.objects.all(), user)


def _claim_hit(claim: Claim, snippet: SafeString, score: float) -> SearchHit:
    return SearchHit(
        "claim",
        claim.pk,
        claim.text[:200],
        snippet,
        score,
        claim.get_absolute_url(),
        claim.verdict,
        claim.get_state_display(),
        claim.created_at.date(),
    )


def _article_hit(article: Article, snippet: SafeString, score: float) -> SearchHit:
    return SearchHit(
        "article",
        article.pk,
        article.title,
        snippet,
        score,
        article.get_absolute_url(),
        None,
        article.outlet,
        article.published_on,
    )


def _evidence_hit(item: Evidence, snippet: SafeString, score: float) -> SearchHit:
    return SearchHit(
        "evidence",
        item.pk,
        f"Evidence for: {item.claim.text[:120]}",
        snippet,
        score,
        item.claim.get_absolute_url(),
        item.claim.verdict,
        item.get_stance_display(),
        item.created_at.date(),
    )


def _prior_hit(prior: PriorFactCheck, snippet: SafeString, score: float) -> SearchHit:
    return SearchHit(
        "prior",
        prior.pk,
        prior.claim_reviewed[:200],
        snippet,
        score,
        prior.url,
        prior.rating_text,
        prior.author_name,
        prior.date_published,
    )


def _source_hit(source: Source, snippet: SafeString, score: float) -> SearchHit:
    return SearchHit(
        "source",
        source.pk,
        source.name,
        snippet,
        score,
        reverse("sources:list") + "?" + urlencode({"q": source.name}),
        None,
        source.get_kind_display(),
        None,
    )


# kind -> (queryset builder, vector, headline field, related, hit builder, fallback fields)
_KINDS: dict[str, tuple] = {
    "claim": (
        _claim_qs,
        vectors.claim_vector,
        "text",
        ("verdict",),
        _claim_hit,
        {"text": 3, "claimant": 2},
    ),
    "article": (
        _article_qs,
        vectors.article_vector,
        "body",
        (),
        _article_hit,
        {"title": 3, "outlet": 2, "body": 1},
    ),
    "evidence": (
        _evidence_qs,
        vectors.evidence_vector,
        "excerpt",
        ("claim__verdict",),
        _evidence_hit,
        {"excerpt": 1},
    ),
    "prior": (
        _prior_qs,
        vectors.prior_fact_check_vector,
        "claim_reviewed",
        (),
        _prior_hit,
        {"claim_reviewed": 3, "claimant": 2, "author_name": 1},
    ),
}


def search(
    query: str,
    *,
    user: User | AnonymousUser,
    kind: str = "",
    filters: Filters | None = None,
    limit: int = 20,
    offset: int = 0,
) -> list[SearchHit]:
    """One page of hits, best first, across the kinds asked for (all by default)."""
    query = query.strip()
    if not query:
        return []
    filters = filters or Filters()
    kinds = [kind] if kind in KINDS else list(KINDS)
    want = offset + limit
    hits: list[SearchHit] = []
    for name in kinds:
        if name == "source":
            hits.extend(_search_sources(query, user, filters, want))
            continue
        build_qs, vector, field, related, make_hit, weights = _KINDS[name]
        qs = build_qs(user, filters)
        if qs is None:
            continue
        if related:
            qs = qs.select_related(*related)
        if is_postgres():
            found = _pg_search(qs, query, vector(), field, related, make_hit, want)
        else:
            found = _fallback_search(qs, query, weights, field, make_hit, want)
        if name == "claim":
            found = _hidden_claimants_by_text(found, query, user, want)
        hits.extend(found)
    hits.sort(key=lambda hit: hit.score, reverse=True)
    return hits[offset:want]


def _hidden_claimants_by_text(
    hits: list[SearchHit], query: str, user: User | AnonymousUser, want: int
) -> list[SearchHit]:
    """A claim whose claimant `user` is shown as "Confidential source" (claims.policies) is
    found by its text alone, scored on it alone: searching for the protected witness's name
    must not say which claims are theirs (the dashboard's filter refuses the same). One
    query without confidential sources, two or three with them."""
    secret = policies.secret_names() if hits else set()
    if not secret:
        return hits
    hidden_of = policies.claimant_hidden_on_each(user, secret=secret)
    rows = Claim.objects.filter(pk__in=[hit.pk for hit in hits]).only("claimant", "assignee_id")
    hidden = {claim.pk for claim in rows if hidden_of(claim)}
    if not hidden:
        return hits
    qs = Claim.objects.filter(pk__in=hidden).select_related("verdict")
    if is_postgres():
        text_vector = SearchVector("text", weight="A", config=vectors.CONFIG)
        by_text = _pg_search(qs, query, text_vector, "text", ("verdict",), _claim_hit, want)
    else:
        by_text = _fallback_search(qs, query, {"text": 3}, "text", _claim_hit, want)
    kept = [hit for hit in hits if hit.pk not in hidden] + by_text
    kept.sort(key=lambda hit: hit.score, reverse=True)
    return kept


def _pg_search(
    qs: QuerySet,
    query: str,
    vector,
    field: str,
    related: tuple[str, ...],
    make_hit: Callable,
    want: int,
) -> list[SearchHit]:
    tsquery = _tsquery(query)
    # The GIN index finds the matches; only the first RANK_CANDIDATES are ranked, so a very
    # common word cannot make the page slow (the measured cost is recomputing vectors).
    # order_by(): without it the models' default ordering makes the planner walk another
    # index and compute every row's vector instead of asking the GIN index.
    candidates = (
        qs.annotate(document=vector)
        .filter(document=tsquery)
        .order_by()
        .values("pk")[:RANK_CANDIDATES]
    )
    page = list(
        qs.model.objects.filter(pk__in=Subquery(candidates))
        .annotate(rank=SearchRank(vector, tsquery, cover_density=True))
        .select_related(*related)
        .order_by("-rank", "-pk")[:want]
    )
    if not page:
        return []
    headlines = dict(
        qs.model.objects.filter(pk__in=[obj.pk for obj in page])
        .annotate(
            headline=SearchHeadline(
                field,
                tsquery,
                config=vectors.CONFIG,
                start_sel=_START,
                stop_sel=_STOP,
                max_words=30,
                min_words=12,
                max_fragments=2,
            )
        )
        .values_list("pk", "headline")
    )
    return [make_hit(obj, _marked(headlines.get(obj.pk) or ""), float(obj.rank)) for obj in page]


_OPERATORS = re.compile(r'["()]|(?:^|\s)-\w|\s(?:or|OR)\s')


def _tsquery(query: str) -> SearchQuery:
    """websearch syntax ("quoted phrase", or, -word) as typed; otherwise every word as
    its index lexeme OR as a prefix of its stem (morph.py), so inflected forms of names and
    nouns in ru/uk/be/pl are found ("Петров" finds "Петрова", "szpital" "szpitala")."""
    if _OPERATORS.search(query):
        return SearchQuery(query, search_type="websearch", config=vectors.CONFIG)
    words = list(re.findall(r"[^\W_]+", query))[:12]
    lexemes = _lexemes(words) if words else {}
    combined: SearchQuery | None = None
    for word in words:
        lexeme = lexemes.get(word)
        if not lexeme:
            continue  # a stopword: dropped, as websearch_to_tsquery drops it
        term = SearchQuery(_quoted(lexeme), search_type="raw", config="simple")
        start = morph.prefix(word, lexeme)
        # as written and folded: the index folds accents where PostgreSQL has `unaccent`
        # (migration 0022) and keeps them where it has not
        for form in dict.fromkeys([start, fold_accents(start)]):
            if len(form) >= morph.MIN_STEM:
                prefix = SearchQuery(f"{_quoted(form)}:*", search_type="raw", config="simple")
                term = term | prefix
        combined = term if combined is None else combined & term
    return combined or SearchQuery(query, search_type="websearch", config=vectors.CONFIG)


def _quoted(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "").replace("'", "''") + "'"


def _words(query: str) -> list[str]:
    return [w for w in re.findall(r"\w+", query.lower()) if len(w) > 1][:8]


def _variants(word: str) -> set[str]:
    """The fallback's forms of a query word: the word and its stem (inflected forms,
    morph.py), folded (claims.search.fold: case, Latin accents, ё) as the text they are
    compared with is, so "lodz" finds "Łódź" and "петров" finds "Петрова"."""
    forms = {word}
    if len(word) >= morph.MIN_STEM:
        forms.add(morph.stem(word))
    return {fold_accents(form) for form in forms}


class Folded(Func):
    """A text column folded as claims.search.fold.fold_accents folds: in SQLite by that
    very function (registered on every connection, claims.apps), in PostgreSQL by
    `unaccent` (migration 0022), which folds the letters of our languages alike."""

    output_field = TextField()

    def as_sqlite(self, compiler, connection, **extra_context):
        return self.as_sql(compiler, connection, function=FOLD_SQL_FUNCTION, **extra_context)

    def as_postgresql(self, compiler, connection, **extra_context):
        template = "lower(unaccent(%(expressions)s))"
        return self.as_sql(compiler, connection, template=template, **extra_context)


def _fallback_snippet(text: str, words: list[str], width: int = 160) -> SafeString:
    """About `width` characters of `text` around the first query word, each word marked;
    words are found in the folded text (unaccented, case-folded) and marked in the text as
    written, where folding kept its length (it does for the letters of our languages)."""
    folded = fold_accents(text)
    if len(folded) != len(text):
        folded = text.lower()
    words = sorted({fold_accents(w) for w in words if w}, key=len, reverse=True)
    first = min((folded.find(w) for w in words if w in folded), default=0)
    start = max(0, first - width // 3)
    end = start + width
    pattern = re.compile("|".join(re.escape(w) for w in words)) if words else None
    marked, at = [], start
    for match in pattern.finditer(folded, start, end) if pattern else ():
        marked += [text[at : match.start()], _START, text[match.start() : match.end()], _STOP]
        at = match.end()
    marked.append(text[at:end])
    return _marked(("…" if start else "") + "".join(marked) + ("…" if end < len(text) else ""))


def _fallback_search(
    qs: QuerySet, query: str, weights: dict[str, int], field: str, make_hit: Callable, want: int
) -> list[SearchHit]:
    """SQLite: every word must occur in some field, folded; score = weighted occurrence
    count."""
    words = _words(query)
    if not words:
        return []
    qs = qs.annotate(**{f"folded_{name}": Folded(name) for name in weights})
    for word in words:
        any_field = Q()
        for variant in _variants(word):
            for name in weights:
                any_field |= Q(**{f"folded_{name}__contains": variant})
        qs = qs.filter(any_field)
    variants = sorted({v for w in words for v in _variants(w)}, key=len, reverse=True)
    hits = []
    for obj in qs.order_by("-pk")[:RANK_CANDIDATES]:
        score = sum(
            weight * fold_accents(str(getattr(obj, name) or "")).count(variant)
            for name, weight in weights.items()
            for variant in variants
        )
        snippet = _fallback_snippet(str(getattr(obj, field)), variants)
        hits.append(make_hit(obj, snippet, float(score)))
    hits.sort(key=lambda hit: hit.score, reverse=True)
    return hits[:want]


def _search_sources(
    query: str, user: User | AnonymousUser, filters: Filters, want: int
) -> list[SearchHit]:
    """Sources are few (hundreds): names and aliases are matched word by word on any backend,
    by the key imports, the autocomplete and alias linking recognise a source by
    (sources.models.normalise_name: case in every script, Latin accents, "the"), each word
    as itself or as its stem (an inflected mention: "Łukaszenki")."""
    qs = _source_qs(user, filters)
    words = _words(query)
    keys = [_source_keys(word) for word in words]
    keys = [forms for forms in keys if forms]
    if qs is None or not keys:
        return []
    for forms in keys:
        any_form = Q()
        for key in forms:
            any_form |= Q(normalised_name__contains=key) | Q(aliases__normalised_name__contains=key)
        qs = qs.filter(any_form)
    hits = []
    for source in qs.distinct().prefetch_related("aliases")[:want]:
        names = [source.name, *(alias.name for alias in source.aliases.all())]
        text = " · ".join(names)
        folded = " · ".join(normalise_name(name) for name in names)
        score = sum(max(folded.count(key) for key in forms) for forms in keys) + (
            2.0 if source.normalised_name == normalise_name(query) else 0.0
        )
        hits.append(_source_hit(source, _fallback_snippet(text, words), float(score)))
    return hits


def _source_keys(word: str) -> set[str]:
    """A typed word as source keys: its normalised form and that of its stem."""
    forms = {normalise_name(word), normalise_name(morph.stem(word))}
    forms.discard("")
    return forms


# --- claim matching ---------------------------------------------------------------------

_SURFACE: dict[str, set[str]] = {}
for _word, _canonical in SYNONYMS.items():
    _SURFACE.setdefault(_canonical, set()).add(_word)


def _probe_words(text: str, terms: ClaimTerms) -> list[str]:
    """Words to look candidates up by: the claim's own words, the digits of its numbers,
    and the other surface forms of its synonym-normalised terms."""
    words = {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2}
    words |= set(terms.numbers)
    for term in terms.terms:
        words |= _SURFACE.get(term, set())
        words.add(term)
    return sorted(words)


@dataclass
class _Lexical:
    """What the lexical candidates of one lookup are chosen by, asked in one query for
    every pool (the claims and the prior fact-checks): each word's English lexeme as the
    index stores it (stopwords drop out), and per expression index the lexeme frequencies
    ANALYZE keeps (most_common_elems) with its row estimate (the table's count where
    there is none yet): document frequencies without scanning anything."""

    lexemes: dict[str, str]
    common: dict[str, dict[str, float]]
    rows: dict[str, float]  # the row estimate, else the count (an empty table: 0)


def _lexical(words: list[str], indexes: dict[str, str]) -> _Lexical:
    """`indexes`: the expression index of each pool -> its table."""
    names = list(indexes)
    counted = " ".join(
        f"WHEN %s THEN (SELECT count(*) FROM {connection.ops.quote_name(table)})"
        for table in indexes.values()
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT 'w', w, (tsvector_to_array(to_tsvector(%s, w)))[1], NULL::text[],"
            " NULL::real[], NULL::float8 FROM unnest(%s::text[]) AS w"
            " UNION ALL SELECT 's', tablename::text, NULL, most_common_elems::text::text[],"
            " most_common_elem_freqs, NULL FROM pg_stats"
            " WHERE tablename = ANY(%s) AND schemaname = current_schema()"
            " UNION ALL SELECT 'n', relname::text, NULL, NULL, NULL,"
            f" CASE WHEN reltuples > 0 THEN reltuples ELSE CASE relname::text {counted} END END"
            " FROM pg_class WHERE relname = ANY(%s)",
            [vectors.CONFIG, words, names, *names, names],
        )
        found = cursor.fetchall()
    lexemes = {word: lexeme for kind, word, lexeme, *_ in found if kind == "w" and lexeme}
    common: dict[str, dict[str, float]] = {}
    rows: dict[str, float] = {}
    for kind, name, _lexeme, elems, freqs, tuples in found:
        if kind == "s" and name not in common:
            common[name] = dict(zip(elems, freqs, strict=False)) if elems else {}
        elif kind == "n" and name not in rows:
            rows[name] = float(tuples or 0.0)
    return _Lexical(lexemes, common, rows)


def _lexemes(words: list[str]) -> dict[str, str]:
    """word -> English lexeme as the index stores it (stopwords drop out)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT w, (tsvector_to_array(to_tsvector(%s, w)))[1] FROM unnest(%s::text[]) AS w",
            [vectors.CONFIG, words],
        )
        return {w: lexeme for w, lexeme in cursor.fetchall() if lexeme}


def _pg_candidates(
    model,
    index_name: str,
    vector,
    text: str,
    terms: ClaimTerms,
    exclude: Q,
    related: tuple[str, ...],
    lexical: _Lexical | None = None,
) -> tuple[list, dict[str, float], float]:
    """The candidates sharing the text's rarest words (with their stored vectors,
    _with_vectors), the document frequency of its terms, and the pool's row count.
    `lexical`: the lookup's _lexical, asked once for every pool (else asked here)."""
    words = _probe_words(text, terms)
    if lexical is None:
        lexical = _lexical(
            sorted(set(words) | set(terms.terms)), {index_name: model._meta.db_table}
        )
    lexemes = sorted({lexical.lexemes[w] for w in words if w in lexical.lexemes})
    common, n = lexical.common.get(index_name, {}), lexical.rows.get(index_name, 0.0)
    # rarest first; lexemes ANALYZE did not list as common are rarer than any it did
    lexemes.sort(key=lambda lexeme: (common.get(lexeme, 0.0), -len(lexeme)))
    rare = [lx for lx in lexemes if common.get(lx, 0.0) < 0.002][:8] or lexemes[:3]
    if not rare:
        return [], {}, n
    quoted = [f"'{lx}'" for lx in rare if "'" not in lx]
    pairs = " | ".join(f"({a} & {b})" for i, a in enumerate(quoted) for b in quoted[i + 1 :])
    found: dict[int, object] = {}
    for expression in filter(None, [pairs, " | ".join(quoted)]):
        tsquery = SearchQuery(expression, search_type="raw", config=vectors.CONFIG)
        ids = (
            model.objects.exclude(exclude)
            .annotate(document=vector)
            .filter(document=tsquery)
            .order_by()
            .values("pk")[:RANK_CANDIDATES]
        )
        rows = _with_vectors(
            _fetched(model, model.objects.filter(pk__in=Subquery(ids)))
            .select_related(*related)
            .annotate(rank=SearchRank(vector, tsquery))
        ).order_by("-rank")[:SIMILAR_CANDIDATES]
        for obj in rows:
            found.setdefault(obj.pk, obj)
        if len(found) >= SIMILAR_CANDIDATES // 4:
            break
    by_term = {t: lexical.lexemes[t] for t in set(terms.terms) if t in lexical.lexemes}
    df = {t: common[lx] * n for t, lx in by_term.items() if lx in common}
    return list(found.values()), df, n


def _fallback_candidates(
    model, field: str, text: str, terms: ClaimTerms, exclude: Q, related: tuple[str, ...]
) -> list:
    words = sorted(_probe_words(text, terms), key=len, reverse=True)[:12]
    if not words:
        return []
    any_word = Q()
    for word in words:
        any_word |= Q(**{f"{field}__icontains": word})
    return list(
        _with_vectors(
            _fetched(model, model.objects.exclude(exclude).filter(any_word)).select_related(
                *related
            )
        ).order_by("-pk")[:2000]
    )


def _rerank(
    terms: ClaimTerms,
    candidates: list,
    text_of: Callable,
    df_by_lexeme: dict[str, float],
    n: float,
    terms_of: Callable[[Any], ClaimTerms | None] = lambda obj: None,
) -> list[tuple[Any, float]]:
    """`terms_of`: a candidate's stored terms (stored_analysis), None to analyse its text."""
    analysed = [(obj, terms_of(obj) or analyse(text_of(obj))) for obj in candidates]
    n = max(n, float(len(analysed)), 1.0)
    local: dict[str, float] = {}
    for _name, doc in analysed:
        for term in set(doc.terms):
            local[term] = local.get(term, 0.0) + 1.0
    if df_by_lexeme:
        # the database's statistics where it has them; candidate counts are a lower bound
        local = {t: max(c, df_by_lexeme.get(t, 0.0)) for t, c in local.items()}
    avgdl = sum(len(doc.terms) for _name, doc in analysed) / len(analysed) if analysed else 1.0
    ceiling = query_ceiling(terms, local, n, avgdl)  # the same for every candidate
    scored = [
        (obj, match_score(terms, doc, local, n, avgdl, ceiling=ceiling)) for obj, doc in analysed
    ]
    scored.sort(key=lambda pair: pair[1], reverse=True)
    return scored


def language_of(obj: Model, text: str) -> str:
    """The language stored on the row (claims, prior fact-checks), else the extraction
    engine's detection, else "" (unknown)."""
    stored = str(getattr(obj, "language", "") or "")
    if stored:
        return stored
    found = extraction.detect_language(text) if text.strip() else ""
    return "" if found in {"", "und"} else found


def _stored_similarities(
    kind: str,
    pks: list[int],
    vector: np.ndarray | None,
    sparse: np.ndarray | None,
    analyses: dict[int, tuple[str, str]] | None = None,
) -> dict[int, tuple[float, float | None]]:
    """pk -> (dense cosine, sparse overlap or None) against the stored rows of the current
    model; the overlap is None when either side has no sparse vector. The same query
    fills `analyses` (pk -> (digest, stored analysis), stored_analysis) when given; with
    `vector` None it reads only those."""
    owner = "claim_id" if kind == "claim" else "prior_fact_check_id"
    rows = TextVector.objects.filter(**{f"{owner}__in": pks}, model_name=embeddings.MODEL_NAME)
    out: dict[int, tuple[float, float | None]] = {}
    if vector is None:
        if analyses is not None:
            for pk, digest, data in rows.values_list(owner, "analysis_digest", "analysis"):
                analyses[int(pk)] = (digest, data)
        return out
    columns = ("vector", "sparse") + (
        ("analysis_digest", "analysis") if analyses is not None else ()
    )
    for pk, data, features, *analysis in rows.values_list(owner, *columns):
        if analyses is not None:
            analyses[int(pk)] = (analysis[0], analysis[1])
        stored = embeddings.from_bytes(data)
        if stored.shape != vector.shape:
            continue
        overlap = None
        if sparse is not None and len(sparse) and features:
            overlap = embeddings.sparse_overlap(sparse, embeddings.sparse_from_bytes(features))
        out[int(pk)] = (float(stored @ vector), overlap)
    return out


_STORED = {
    "tv_vector": "vector",
    "tv_sparse": "sparse",
    "tv_digest": "analysis_digest",
    "tv_packed": "analysis_packed",
    "tv_json": "analysis",
}


def _with_vectors(qs: QuerySet) -> QuerySet:
    """The rows with their stored vector, sparse vector and analysis of the current model
    (None without), in the same query: a LEFT JOIN on the one vector row a claim or prior
    fact-check has, which leaves the rows and their order as they were."""
    return qs.annotate(
        tv=FilteredRelation(
            "text_vector", condition=Q(text_vector__model_name=embeddings.MODEL_NAME)
        ),
        **{name: F(f"tv__{column}") for name, column in _STORED.items()},
    )


# Columns a candidate is fetched without: nothing of the lookup reads them, and an imported
# fact-check's `raw` is the whole ClaimReview object as published (JSON decoded a row).
# Read later, a deferred column costs a query of its own.
_UNREAD = {PriorFactCheck: ("raw",)}


def _fetched(model: type[Model], qs: QuerySet) -> QuerySet:
    """`qs` without the columns no part of "checked before?" reads (_UNREAD)."""
    unread = _UNREAD.get(model, ())
    return qs.defer(*unread) if unread else qs


def _stored_of(candidates: list) -> dict[int, tuple[str, bytes | str]]:
    """pk -> (digest, stored analysis: the packed form, else the JSON one) of the rows
    fetched _with_vectors that have a vector of the current model (no query)."""
    return {
        obj.pk: (obj.tv_digest, obj.tv_packed or obj.tv_json)
        for obj in candidates
        if obj.tv_vector is not None
    }


def _similarities(
    candidates: list,
    vector: np.ndarray | None,
    sparse: np.ndarray | None,
    analyses: dict[int, tuple[str, bytes | str]],
) -> dict[int, tuple[float, float | None]]:
    """_stored_similarities for rows fetched _with_vectors (no query): pk -> (dense cosine,
    sparse overlap or None), and `analyses` filled (pk -> (digest, stored analysis: the
    packed form, else the JSON one))."""
    out: dict[int, tuple[float, float | None]] = {}
    for obj in candidates:
        data = obj.tv_vector
        if data is None:  # no vector of the current model
            continue
        analyses[obj.pk] = (obj.tv_digest, obj.tv_packed or obj.tv_json)
        if vector is None:
            continue
        stored = embeddings.from_bytes(data)
        if stored.shape != vector.shape:
            continue
        overlap = None
        features = obj.tv_sparse
        if sparse is not None and len(sparse) and features:
            overlap = embeddings.sparse_overlap(sparse, embeddings.sparse_from_bytes(features))
        out[obj.pk] = (float(stored @ vector), overlap)
    return out


@dataclass
class SimilarQuery:
    """A text ready to be looked up, what the person asking should be told, and its
    vectors (None: the model is unavailable, and a note says why)."""

    text: str
    notes: list[str]
    vector: np.ndarray | None = None
    sparse: np.ndarray | None = None


# Control characters (NUL above all: PostgreSQL takes none in a query, and the model's
# engine reads a C string) are no part of a claim; a pasted one is a space.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_SUPPORTED_SCRIPT = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff]")
# Scripts written without spaces between words (Thai, Lao, Tibetan, Myanmar, Khmer, kana,
# CJK ideographs): there a sentence is counted in letters. Georgian, Arabic, Greek, Hebrew,
# Armenian, Devanagari … separate their words, so one word of them is one word.
_UNSPACED_SCRIPT = re.compile(
    "[\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]"
)
MIN_SIMILAR_WORDS = 3
UNSPACED_SENTENCE = 8  # letters of a script without spaces that make a sentence


def too_short_to_compare(text: str) -> bool:
    """The one rule of what "checked before?" compares: fewer than MIN_SIMILAR_WORDS words
    is a name or a keyword, not a claim. A query so short is refused (prepare_similar_query);
    a stored claim or fact-check so short ("Лукашенко") is never suggested and gets no
    suggestions (similar_claims): its one word would match every claim that names it.
    Scripts written without spaces (Chinese, Japanese, Thai) are one "word" a sentence:
    there a sentence is a few letters more than the short words of our languages."""
    words = re.findall(r"\w+", text)
    return len(words) < MIN_SIMILAR_WORDS and (
        len(_UNSPACED_SCRIPT.findall(text)) < UNSPACED_SENTENCE
    )


def prepare_similar_query(text: str) -> SimilarQuery:
    """The one check of a "checked before?" question, for the page, the API and the
    command: refuses what cannot be compared (ValidationError, in a fact-checker's words)
    and notes what limits the answer (a cut text, an unsupported script, no model)."""
    cleaned = " ".join(_CONTROL.sub(" ", text or "").split())
    if not cleaned:
        raise ValidationError(_("Type or paste the claim to look up."))
    if not _LETTER.search(cleaned):  # emoji, punctuation, bare numbers: not a claim
        raise ValidationError(
            _(
                "There are no words to compare in this text (only numbers, symbols or "
                "emoji): write the claim as a sentence."
            )
        )
    if too_short_to_compare(cleaned):
        raise ValidationError(
            _(
                "Too short to compare: write the claim as a sentence (at least %(count)s "
                "words), or use keyword search for single words."
            )
            % {"count": MIN_SIMILAR_WORDS}
        )
    notes = []
    if len(cleaned) > MAX_QUERY_CHARS:
        notes.append(
            _(
                "Only the first %(limit)s characters were compared (the text has "
                "%(length)s); a claim is one or two sentences."
            )
            % {
                "limit": number_format(MAX_QUERY_CHARS, force_grouping=True),
                "length": number_format(len(cleaned), force_grouping=True),
            }
        )
        cleaned = cleaned[:MAX_QUERY_CHARS]
    letters = _LETTER.findall(cleaned)
    if letters and sum(1 for ch in letters if _SUPPORTED_SCRIPT.match(ch)) * 2 < len(letters):
        notes.append(
            _(
                "This text is not in the Latin or Cyrillic alphabet: matching is calibrated "
                "for English, Russian, Ukrainian, Belarusian and Polish, so suggestions may "
                "be missing or wrong."
            )
        )
    # embedded here, so that a model failing on this very text is noted in this answer
    vector, why = query_vector(cleaned)
    if why:
        notes.append(why)
    sparse = query_sparse(cleaned) if vector is not None else None
    return SimilarQuery(cleaned, notes, vector, sparse)


def answer_similar_query(
    asked: SimilarQuery, *, limit: int = 10, include_prior: bool = True
) -> list[SimilarHit]:
    """What the workbench suggests for a prepared question (the page, the API and the
    command): claims and prior fact-checks at or above MIN_SUGGESTION_SCORE, best first,
    compared by the vectors prepare_similar_query computed (by shared words without)."""
    return similar_claims(
        asked.text,
        limit=limit,
        min_score=MIN_SUGGESTION_SCORE,
        include_prior=include_prior,
        vector=asked.vector,
        sparse=asked.sparse,
        use_vectors=asked.vector is not None,
    )


def query_vector(text: str) -> tuple[np.ndarray | None, str]:
    """The looked-up text's vector, or None and why (the model is unavailable)."""
    try:
        return embeddings.embed_query(text), ""
    except embeddings.EmbeddingUnavailable as exc:
        return None, str(exc)


def query_sparse(text: str) -> np.ndarray | None:
    """The looked-up text's sparse vector, or None (the model is unavailable)."""
    try:
        return embeddings.embed_sparse([text])[0]
    except embeddings.EmbeddingUnavailable:
        return None


def _analyses(
    candidates: list, field: str, stored: dict[int, tuple[str, bytes | str]]
) -> dict[int, tuple[hybrid.Signals, ClaimTerms]]:
    """pk -> (signals, terms) of each candidate: the stored analysis where it is up to
    date with the text and the code (stored_analysis.load), else computed from the text."""
    out = {}
    for obj in candidates:
        body = getattr(obj, field)
        found = stored_analysis.load(body, *stored[obj.pk]) if obj.pk in stored else None
        out[obj.pk] = found or stored_analysis.compute(body)
    return out


_EXECUTOR: tuple[int, ThreadPoolExecutor] | None = None


def _executor() -> ThreadPoolExecutor:
    """Two threads for the model's passes, one pool a process (a forked worker makes its
    own: a parent's threads do not survive the fork)."""
    global _EXECUTOR
    if _EXECUTOR is None or _EXECUTOR[0] != os.getpid():
        _EXECUTOR = (os.getpid(), ThreadPoolExecutor(2, thread_name_prefix="embedding"))
    return _EXECUTOR[1]


class _Embedding:
    """The looked-up text's dense vector and (`want_sparse`) its sparse one, computed in
    two threads at once: the same two calls as one after the other, in the wall-clock
    time of the longer (the engine keeps no state between calls but its weights)."""

    def __init__(self, text: str, want_sparse: bool) -> None:
        pool = _executor()
        self._dense = pool.submit(query_vector, text)
        self._sparse = pool.submit(query_sparse, text) if want_sparse else None

    def dense(self) -> np.ndarray | None:
        """The dense vector, or None when the model gave none (then neither is used)."""
        vector, _why = self._dense.result()
        return vector

    def sparse(self, given: np.ndarray | None) -> np.ndarray | None:
        """The sparse vector: `given` (the caller's) when it gave one, or when the model
        gave no dense vector."""
        if self._sparse is None or self.dense() is None:
            return given
        return self._sparse.result()

    def result(self, given: np.ndarray | None) -> tuple[np.ndarray | None, np.ndarray | None]:
        """(vector or None, sparse vector), both waited for."""
        return self.dense(), self.sparse(given)


def similar_claims(
    text: str,
    *,
    exclude_claim_id: int | None = None,
    limit: int = 10,
    min_score: float = 0.0,
    include_prior: bool = True,
    vector: np.ndarray | None = None,
    use_vectors: bool = True,
    sparse: np.ndarray | None = None,
) -> list[SimilarHit]:
    """Existing claims and imported fact-checks that say what `text` says, in any of our
    languages, best first, scored by claims.search.hybrid.score (suggest at
    MIN_SUGGESTION_SCORE). Candidates: the nearest stored vectors (vector_index) and the
    lexical candidates (shared rare words); without the model, lexical only. `vector`
    and `sparse`: the text's stored vectors, when it has them (else they are computed)."""
    text = " ".join((text or "")[:MAX_QUERY_CHARS].split())
    if not text or too_short_to_compare(text):
        return []
    # the model's two passes (dense and sparse: two inputs, "query: " and bare) run in
    # threads while this one analyses the text and asks the database for the lexical
    # candidates; the vectors are waited for where they are first needed
    pending = _Embedding(text, sparse is None) if vector is None and use_vectors else None
    terms = analyse(text)
    if not terms.terms and pending is not None:
        vector, sparse = pending.result(sparse)
        pending = None
    if not terms.terms and vector is None:
        return []
    wanted = hybrid.signals(text)
    pools: list[tuple[str, type[Model], str, str, Callable[[], Expression], Q, tuple[str, ...]]] = [
        (
            "claim",
            Claim,
            "text",
            "claim_search_gin",
            vectors.claim_vector,
            Q(pk=exclude_claim_id) if exclude_claim_id else Q(pk__in=[]),
            ("verdict",),
        )
    ]
    if include_prior:
        pools.append(
            (
                "prior",
                PriorFactCheck,
                "claim_reviewed",
                "priorfactcheck_search_gin",
                vectors.prior_fact_check_vector,
                Q(pk__in=[]),
                (),
            )
        )
    # every pool's lexical candidates, with their stored vectors and analyses, while the
    # model computes the text's vectors: one query for the words' lexemes and statistics,
    # then one (two when the rarest pairs find few) a pool
    lexicon = None
    if terms.terms and is_postgres():
        lexicon = _lexical(
            sorted(set(_probe_words(text, terms)) | set(terms.terms)),
            {pool[3]: pool[1]._meta.db_table for pool in pools},
        )
    fetched: list[tuple[list, dict[str, float], float]] = []
    empty: set[str] = set()
    for kind, model, field, index_name, vector_expr, exclude, related in pools:
        candidates: list = []
        df: dict[str, float] = {}
        n = 0.0
        if lexicon is not None and lexicon.rows.get(index_name) == 0.0:
            # counted empty (a row estimate is never 0): nothing to look up in it
            empty.add(kind)
        elif terms.terms:
            if is_postgres():
                candidates, df, n = _pg_candidates(
                    model, index_name, vector_expr(), text, terms, exclude, related, lexicon
                )
            else:
                candidates = _fallback_candidates(model, field, text, terms, exclude, related)
        if not n and (lexicon is None or index_name not in lexicon.rows):
            n = float(model._default_manager.count())  # (the lexicon counted it already)
        fetched.append((candidates, df, n))
    # still while the model works: the vector index's recently changed rows (a query), and
    # the stored analyses of the lexical candidates
    searched = [kind for kind, *_ in pools if kind not in empty]
    if vector is not None or pending is not None:
        for kind in searched:
            vector_index.refresh(kind)
    analysed: list[dict[int, tuple[hybrid.Signals, ClaimTerms]]] = [
        _analyses(candidates, pool[2], _stored_of(candidates))
        for pool, (candidates, _df, _n) in zip(pools, fetched, strict=True)
    ]
    # the vector neighbours need only the dense vector: they are looked up and fetched,
    # and every candidate re-ranked by its words, while the sparse pass may still run
    if pending is not None:
        vector = pending.dense()
    ranked: list[tuple[list, list[tuple[Any, float]]]] = []
    for (kind, model, field, _index, _expr, exclude, related), (candidates, df, n), known in zip(
        pools, fetched, analysed, strict=True
    ):
        if vector is not None and kind in searched:
            near = dict(vector_index.nearest(kind, vector, k=VECTOR_CANDIDATES, refreshed=True))
            have = {obj.pk for obj in candidates}
            extra = [pk for pk in near if pk not in have]
            if extra:
                rows = list(
                    _with_vectors(
                        _fetched(model, model._default_manager.filter(pk__in=extra))
                        .exclude(exclude)
                        .select_related(*related)
                    )
                )
                known.update(_analyses(rows, field, _stored_of(rows)))
                candidates = candidates + rows
            # The index proposes; the stored rows decide (fetched with the rows): a
            # process's cached vector may be older than the row, or belong to a deleted one.
        lexical = (
            _rerank(
                terms,
                candidates,
                lambda o, f=field: getattr(o, f),
                df,
                n,
                lambda o, a=known: a[o.pk][1],
            )
            if candidates
            else []
        )
        ranked.append((candidates, lexical))
    if pending is not None:
        sparse = pending.sparse(sparse)
        pending = None
    hits: list[SimilarHit] = []
    for (kind, _model, field, *_rest), (candidates, lexical), known in zip(
        pools, ranked, analysed, strict=True
    ):
        if not candidates:
            continue
        found = _similarities(candidates, vector, sparse, {})
        cosines = {pk: cosine for pk, (cosine, _overlap) in found.items()}
        scored = []
        for obj, lex in lexical:
            body = getattr(obj, field)
            if too_short_to_compare(body):
                continue
            cosine, overlap = found.get(obj.pk, (None, None))
            value = hybrid.score(cosine, lex, wanted, known[obj.pk][0], overlap)
            if value >= min_score:
                scored.append((obj, value))
        scored.sort(key=lambda pair: pair[1], reverse=True)
        for obj, value in scored[:limit]:
            if kind == "claim":
                verdict = obj.verdict.name if obj.verdict_id else ""
                hits.append(
                    SimilarHit(
                        kind,
                        obj.pk,
                        obj.text,
                        value,
                        verdict,
                        obj.get_absolute_url(),
                        obj,
                        language_of(obj, obj.text),
                        cosines.get(obj.pk),
                    )
                )
            else:
                hits.append(
                    SimilarHit(
                        kind,
                        obj.pk,
                        obj.claim_reviewed,
                        value,
                        obj.rating_text,
                        obj.url,
                        obj,
                        language_of(obj, obj.claim_reviewed),
                        cosines.get(obj.pk),
                    )
                )
    hits.sort(key=lambda hit: hit.score, reverse=True)
    return hits[:limit]


@dataclass
class Cluster:
    """How far a claim has travelled: claims saying the same above CLUSTER_SCORE."""

    claims: int
    articles: int
    since: date | None
    fact_checked: int

    def __str__(self) -> str:
        times = "once" if self.claims == 1 else f"{self.claims} times"
        where = f" in {self.articles} article{'s' if self.articles != 1 else ''}"
        since = f" since {self.since:%B %Y}" if self.since else ""
        checked = {0: "not fact-checked yet", 1: "fact-checked once"}.get(
            self.fact_checked, f"fact-checked {self.fact_checked} times"
        )
        return f"said {times}{where if self.articles else ''}{since}; {checked}"


def cluster_for(claim: Claim, *, include_prior: bool = True) -> Cluster:
    """The claim and the claims that match it above CLUSTER_SCORE (its stored vector, or
    its text when it has none yet), with the prior fact-checks matching it as well (for a
    reader who may see them: `include_prior`, policies.DeskAction.VIEW_PRIOR_FACT_CHECKS).
    "Fact-checked" counts approved or published claims and prior fact-checks."""
    stored = TextVector.objects.filter(claim=claim, model_name=embeddings.MODEL_NAME).first()
    vector = embeddings.from_bytes(stored.vector) if stored else None
    features = embeddings.sparse_from_bytes(stored.sparse) if stored and stored.sparse else None
    hits = similar_claims(
        claim.text,
        exclude_claim_id=claim.pk,
        limit=50,
        min_score=CLUSTER_SCORE,
        vector=vector,
        use_vectors=vector is not None,
        sparse=features,
        include_prior=include_prior,
    )
    members = [claim, *(hit.obj for hit in hits if hit.kind == "claim")]
    priors = sum(1 for hit in hits if hit.kind == "prior")
    done = {Claim.State.APPROVED, Claim.State.PUBLISHED}
    dates = [c.claim_date or c.created_at.date() for c in members]  # type: ignore[attr-defined]
    return Cluster(
        claims=len(members),
        articles=len({c.article_id for c in members if c.article_id}),  # type: ignore[attr-defined]
        since=min(dates) if dates else None,
        fact_checked=sum(1 for c in members if c.state in done) + priors,  # type: ignore[attr-defined]
    )


# The review page polls for flags while a claim's vector (and so its suggestions) may still
# be on its way from the background task; a claim edited longer ago than this is not waited
# for (the model may be switched off, or the worker down: the flags come on the next load).
CHECKED_BEFORE_WAIT = timedelta(minutes=15)


@dataclass(frozen=True)
class CheckedBefore:
    """Which claims of an article have an earlier fact-check suggested (or linked) at or
    above the suggestion threshold, and whether some recent claims have no vector yet (their
    suggestions are still being computed: a freshly imported article). An edited claim
    keeps its old vector until the task replaces it, so its flag changes on the next load."""

    counts: dict[int, int]  # claim id -> earlier fact-checks saying the same
    pending: bool


def checked_before(article_id: int, *, include_prior: bool = True) -> CheckedBefore:
    """The review page's "checked before?" flags, in two queries whatever the number of
    claims. An earlier fact-check is another organisation's (a prior fact-check, counted
    for a reader who may see those: `include_prior`) or a claim of ours that was approved
    or published; dismissed suggestions do not count."""
    done = (Claim.State.APPROVED, Claim.State.PUBLISHED)
    earlier = Q(matched_claim__state__in=done)
    if include_prior:
        earlier |= Q(prior_fact_check__isnull=False)
    rows = (
        ClaimMatch.objects.filter(
            claim__article_id=article_id,
            status__in=(ClaimMatch.Status.SUGGESTED, ClaimMatch.Status.LINKED),
            score__gte=MIN_SUGGESTION_SCORE,
        )
        .filter(earlier)
        .order_by()
        .values("claim_id")
        .annotate(n=Count("pk"))
    )
    counts = {row["claim_id"]: row["n"] for row in rows}
    pending = _still_computing(Claim.objects.filter(article_id=article_id))
    return CheckedBefore(counts=counts, pending=pending)


def _awaiting_suggestions(claims: QuerySet[Claim]) -> QuerySet[Claim]:
    """The claims whose suggestions the background task is presumably still computing:
    edited within CHECKED_BEFORE_WAIT and without a vector of the current model (the task
    stores it first). None while the model is switched off: nothing is waited for."""
    if embeddings.switched_off():
        return claims.none()
    recent = timezone.now() - CHECKED_BEFORE_WAIT
    return claims.filter(updated_at__gte=recent).filter(
        Q(text_vector__isnull=True) | ~Q(text_vector__model_name=embeddings.MODEL_NAME)
    )


def _still_computing(claims: QuerySet[Claim]) -> bool:
    """Some of `claims` await their vector, and the model can make it: a model that cannot
    load (the worker shares this process's install) computes nothing, so nothing is waited
    for; the suggestions the task found by shared words are the answer, and the panel says
    why (`matching_problem`). The model is asked only when something is awaited."""
    return _awaiting_suggestions(claims).exists() and not embeddings.problem()


def suggestions_pending(claim: Claim) -> bool:
    """Whether the claim panel's "Checked before?" list may still grow (the review page's
    flags wait by the same rule): it then says so instead of "no earlier claim"."""
    return _still_computing(Claim.objects.filter(pk=claim.pk))


def matching_problem(claim: Claim) -> str:
    """Why the claim's suggestions and cluster were found by shared words only (the model
    is switched off, missing or failing, and the claim has no vector of it), in the words of
    prepare_similar_query's note; "" when the claim was compared by meaning."""
    if TextVector.objects.filter(claim=claim, model_name=embeddings.MODEL_NAME).exists():
        return ""
    return embeddings.problem()
