"""Reads for search and claim matching.

PostgreSQL: full-text search over GIN expression indexes (vectors.py), ranked with
ts_rank over a capped candidate set, snippets from ts_headline. SQLite (the embedded
default): case-insensitive containment of every word and a simple field-weighted count.
Claim matching on both: the database proposes candidates that share rare words with the
claim, and the plain-Python engine (text.py, bm25.py) re-ranks them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.contrib.auth.models import AnonymousUser, User
from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connection
from django.db.models import Expression, Model, Q, QuerySet, Subquery
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe

from claims import policies
from claims.filters import ClaimFilterSet
from claims.models import Article, Claim, PriorFactCheck, RatingLabel
from claims.search import vectors
from claims.search.bm25 import match_score
from claims.search.text import SYNONYMS, ClaimTerms, analyse
from claims.selectors import filter_given
from sources.models import Evidence, Source

KINDS = ("claim", "article", "source", "evidence", "prior")
RANK_CANDIDATES = (
    200  # rows ranked per kind: recomputing vectors costs ~0.1 ms a row (docs/search.md)
)
SIMILAR_CANDIDATES = 100
MIN_SUGGESTION_SCORE = 0.35
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
    if f.state:
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
        reverse("sources:list") + f"?q={source.name}",
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
            hits.extend(_pg_search(qs, query, vector(), field, related, make_hit, want))
        else:
            hits.extend(_fallback_search(qs, query, weights, field, make_hit, want))
    hits.sort(key=lambda hit: hit.score, reverse=True)
    return hits[offset:want]


def _pg_search(
    qs: QuerySet,
    query: str,
    vector,
    field: str,
    related: tuple[str, ...],
    make_hit: Callable,
    want: int,
) -> list[SearchHit]:
    tsquery = SearchQuery(query, search_type="websearch", config=vectors.CONFIG)
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


def _words(query: str) -> list[str]:
    return [w for w in re.findall(r"\w+", query.lower()) if len(w) > 1][:8]


def _fallback_snippet(text: str, words: list[str], width: int = 160) -> SafeString:
    lower = text.lower()
    first = min((lower.find(w) for w in words if w in lower), default=0)
    start = max(0, first - width // 3)
    window = text[start : start + width]
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    marked = pattern.sub(lambda m: f"{_START}{m.group(0)}{_STOP}", window)
    return _marked(("…" if start else "") + marked + ("…" if start + width < len(text) else ""))


def _fallback_search(
    qs: QuerySet, query: str, weights: dict[str, int], field: str, make_hit: Callable, want: int
) -> list[SearchHit]:
    """SQLite: every word must occur in some field; score = weighted occurrence count."""
    words = _words(query)
    if not words:
        return []
    for word in words:
        any_field = Q()
        for name in weights:
            any_field |= Q(**{f"{name}__icontains": word})
        qs = qs.filter(any_field)
    hits = []
    for obj in qs.order_by("-pk")[:RANK_CANDIDATES]:
        score = sum(
            weight * str(getattr(obj, name) or "").lower().count(word)
            for name, weight in weights.items()
            for word in words
        )
        hits.append(make_hit(obj, _fallback_snippet(str(getattr(obj, field)), words), float(score)))
    hits.sort(key=lambda hit: hit.score, reverse=True)
    return hits[:want]


def _search_sources(
    query: str, user: User | AnonymousUser, filters: Filters, want: int
) -> list[SearchHit]:
    """Sources are few (hundreds): names and aliases are matched word by word on any backend."""
    qs = _source_qs(user, filters)
    words = _words(query)
    if qs is None or not words:
        return []
    for word in words:
        qs = qs.filter(Q(name__icontains=word) | Q(aliases__name__icontains=word))
    hits = []
    for source in qs.distinct().prefetch_related("aliases")[:want]:
        names = [source.name, *(alias.name for alias in source.aliases.all())]
        text = " · ".join(names)
        score = sum(text.lower().count(w) for w in words) + (
            2.0 if source.name.lower() == query.lower() else 0.0
        )
        hits.append(_source_hit(source, _fallback_snippet(text, words), float(score)))
    return hits


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


def _common_lexemes(index_name: str) -> tuple[dict[str, float], float]:
    """Lexeme frequencies ANALYZE keeps for the expression index (most_common_elems), and
    the row estimate: document frequencies without scanning anything."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT most_common_elems::text::text[], most_common_elem_freqs FROM pg_stats"
            " WHERE tablename = %s AND schemaname = current_schema()",
            [index_name],
        )
        row = cursor.fetchone()
        cursor.execute("SELECT reltuples FROM pg_class WHERE relname = %s", [index_name])
        tuples = cursor.fetchone()
    n = float(tuples[0]) if tuples and tuples[0] and tuples[0] > 0 else 0.0
    if not row or not row[0]:
        return {}, n
    return dict(zip(row[0], row[1], strict=False)), n


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
) -> tuple[list, dict[str, float], float]:
    words = _probe_words(text, terms)
    lexemes = sorted(set(_lexemes(words).values()))
    common, n = _common_lexemes(index_name)
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
        rows = (
            model.objects.filter(pk__in=Subquery(ids))
            .select_related(*related)
            .annotate(rank=SearchRank(vector, tsquery))
            .order_by("-rank")[:SIMILAR_CANDIDATES]
        )
        for obj in rows:
            found.setdefault(obj.pk, obj)
        if len(found) >= SIMILAR_CANDIDATES // 4:
            break
    by_term = _lexemes(sorted(set(terms.terms)))
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
        model.objects.exclude(exclude)
        .filter(any_word)
        .select_related(*related)
        .order_by("-pk")[:2000]
    )


def _rerank(
    terms: ClaimTerms, candidates: list, text_of: Callable, df_by_lexeme: dict[str, float], n: float
) -> list[tuple[Any, float]]:
    analysed = [(obj, analyse(text_of(obj))) for obj in candidates]
    n = max(n, float(len(analysed)), 1.0)
    local: dict[str, float] = {}
    for _, doc in analysed:
        for term in set(doc.terms):
            local[term] = local.get(term, 0.0) + 1.0
    if df_by_lexeme:
        # the database's statistics where it has them; candidate counts are a lower bound
        local = {t: max(c, df_by_lexeme.get(t, 0.0)) for t, c in local.items()}
    avgdl = sum(len(doc.terms) for _, doc in analysed) / len(analysed) if analysed else 1.0
    scored = [(obj, match_score(terms, doc, local, n, avgdl)) for obj, doc in analysed]
    scored.sort(key=lambda pair: pair[1], reverse=True)
    return scored


def similar_claims(
    text: str,
    *,
    exclude_claim_id: int | None = None,
    limit: int = 10,
    min_score: float = 0.0,
    include_prior: bool = True,
) -> list[SimilarHit]:
    """Existing claims and imported fact-checks that say what `text` says."""
    terms = analyse(text)
    if not terms.terms:
        return []
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
    hits: list[SimilarHit] = []
    for kind, model, field, index_name, vector, exclude, related in pools:
        if is_postgres():
            candidates, df, n = _pg_candidates(
                model, index_name, vector(), text, terms, exclude, related
            )
        else:
            candidates = _fallback_candidates(model, field, text, terms, exclude, related)
            df, n = {}, float(model._default_manager.count())
        for obj, score in _rerank(terms, candidates, lambda o, f=field: getattr(o, f), df, n)[
            :limit
        ]:
            if score < min_score:
                continue
            if kind == "claim":
                verdict = obj.verdict.name if obj.verdict_id else ""
                hits.append(
                    SimilarHit(kind, obj.pk, obj.text, score, verdict, obj.get_absolute_url(), obj)
                )
            else:
                hits.append(
                    SimilarHit(
                        kind, obj.pk, obj.claim_reviewed, score, obj.rating_text, obj.url, obj
                    )
                )
    hits.sort(key=lambda hit: hit.score, reverse=True)
    return hits[:limit]
