"""Reads that need more than a one-liner; the joins are decided here, not in templates."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Count, F, IntegerField, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import pgettext_lazy

from claims import policies
from claims.models import Article, Claim, PriorFactCheck
from factcheck.compiled import CompiledQuery
from sources.linkcheck.result import DEAD_OUTCOMES
from sources.models import Attribution, Evidence, Link, Snapshot
from sources.services import quote_check

# A claim is finished once approved, published or rejected: the dashboard's article list
# and the review page's progress bar count with this one rule (the list had left rejected
# claims out of its total and counted approved ones as open; the bar did neither).
FINISHED_STATES = (Claim.State.APPROVED, Claim.State.PUBLISHED, Claim.State.REJECTED)


def articles_with_progress() -> QuerySet[Article]:
    """Articles, newest first, with all their claims and the unfinished ones counted (as the
    review page's progress bar counts them). The counts are subqueries, so a page of
    articles costs an index lookup per row instead of a GROUP BY over every claim in the
    database; the body, often tens of KB, is not read."""
    claims = Claim.objects.filter(article=OuterRef("pk"))
    return Article.objects.annotate(
        claim_count=_count(claims, per="article"),
        open_count=_count(claims.exclude(state__in=FINISHED_STATES), per="article"),
    ).defer("body")


def _count(rows: QuerySet, *, per: str) -> Coalesce:
    """How many of the correlated `rows` there are per outer row (grouped by the foreign key
    `per`), as an annotation; 0 when there are none."""
    counted = rows.order_by().values(per).annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


# COUNT(*), not COUNT(id): PostgreSQL then answers from the (state, assignee) index alone
# (0.8 ms instead of 2.3 ms for 6,000 claims). Compiled once (factcheck/compiled.py).
_STATE_COUNTS = CompiledQuery(
    lambda: Claim.objects.order_by().values_list("state").annotate(n=Count("*"))
)
_ARTICLE_COUNT = CompiledQuery(lambda: Article.objects.order_by().values("pk"))


def claim_counts_by_state() -> dict[str, int]:
    """How many claims are in each state."""
    counts = dict.fromkeys(Claim.State.values, 0)
    counts.update(dict(_STATE_COUNTS.rows()))
    return counts


def article_count() -> int:
    """How many articles there are (the dashboard's article list, unfiltered, pages them)."""
    return _ARTICLE_COUNT.count()


def my_queue(user: AbstractBaseUser) -> QuerySet[Claim]:
    """Claims assigned to me that are not done, and drafts awaiting my approval."""
    return (
        Claim.objects.filter(_queue_rule(user.pk, approves=user.has_perm("claims.approve_verdict")))
        .select_related("article", "verdict", "assignee")
        .defer("article__body")
        .order_by("state", "-updated_at")
    )


def _queue_rule(user_id: int, *, approves: bool) -> Q:
    mine = Q(assignee=user_id) & ~Q(state__in=[Claim.State.REJECTED, Claim.State.PUBLISHED])
    if approves:
        mine |= Q(state=Claim.State.DRAFTED) & ~Q(verdict_author=user_id)
    return mine


# How long my queue is, on every dashboard: compiled once per rule (factcheck/compiled.py).
_QUEUE_COUNTS = {
    approves: CompiledQuery(
        lambda user_id, approves=approves: Claim.objects.filter(
            _queue_rule(user_id, approves=approves)
        ).values("pk"),
        "user_id",
    )
    for approves in (False, True)
}


def my_queue_count(user: AbstractBaseUser) -> int:
    """len(my_queue(user)), without building it."""
    approves = user.has_perm("claims.approve_verdict")
    return _QUEUE_COUNTS[approves].count(user_id=user.pk)


def article_for_review(pk: int) -> Article:
    """The article with everything the review page shows, in a fixed number of queries.

    The page lists each claim with how many attributions and evidence items it has; those
    are counted in SQL. Prefetching the rows themselves (1,500 evidence items with their
    sources and links for a 300-claim article) cost most of a second in model instances
    that the page never showed; the panel loads one claim's rows when it opens."""
    claims = (
        Claim.objects.select_related("verdict")
        .defer(*REVIEW_UNUSED_CLAIM_FIELDS)
        .annotate(
            attribution_count=_count_per_claim(Attribution),
            evidence_count=_count_per_claim(Evidence),
        )
    )
    return Article.objects.prefetch_related(Prefetch("claims", queryset=claims)).get(pk=pk)


# What the review page's marks, rows and progress bar never read (the panel loads its one
# claim in full): five timestamps parsed and a Markdown rationale copied per claim, a third
# of the page's time at 100 claims. Reading one of them costs a query per claim, which
# tests/test_review_queries.py catches.
REVIEW_UNUSED_CLAIM_FIELDS = (
    "rationale",
    "appearance_url",
    "claim_date",
    "created_at",
    "updated_at",
    "approved_at",
    "published_at",
)


def _count_per_claim(model) -> Coalesce:
    rows = model.objects.filter(claim=OuterRef("pk")).order_by().values("claim")
    return Coalesce(
        Subquery(rows.annotate(n=Count("pk")).values("n"), output_field=IntegerField()), 0
    )


def claim_detail(pk: int) -> Claim:
    return (
        Claim.objects.select_related("article", "verdict", "assignee", "verdict_author", "reviewer")
        .prefetch_related(
            Prefetch("attributions", queryset=Attribution.objects.select_related("source", "via")),
            Prefetch(
                "evidence", queryset=Evidence.objects.select_related("source", "link", "added_by")
            ),
            "comments__author",
        )
        .get(pk=pk)
    )


def mark_citations(items: list[Evidence]) -> list[Evidence]:
    """For each evidence item: `quote_status` (is its excerpt in the page as *it* cited it?)
    and `changed` (has the page changed since *it* cited it?), each citation against its own
    snapshot. Two queries for any number of items."""
    ids = [item.pk for item in items if item.link_id]
    cited = (
        {
            e.pk: e.cited_snapshot
            for e in Evidence.objects.filter(pk__in=ids).select_related("cited_snapshot")
        }
        if ids
        else {}
    )
    link_ids = {item.link_id for item in items if item.link_id}
    newest = (
        Snapshot.objects.filter(link=OuterRef("link"))
        .order_by("-captured_at", "-pk")
        .values("pk")[:1]
    )
    latest = (
        {
            snap.link_id: snap
            for snap in Snapshot.objects.filter(link_id__in=link_ids, pk=Subquery(newest)).only(
                "pk", "link_id", "sha256", "text_fingerprint"
            )
        }
        if link_ids
        else {}
    )
    for item in items:
        snapshot = cited.get(item.pk)
        item.cited_snapshot = snapshot
        item.quote_status = quote_check(item, snapshot)
        item.changed = item.changed_since_cited(latest.get(item.link_id))
    return items


def filter_given(qs: QuerySet, **lookups) -> QuerySet:
    """``qs`` filtered by the lookups that were given (empty values, None and False are
    left out), the shape of every optional filter form."""
    return qs.filter(**{lookup: value for lookup, value in lookups.items() if value})


def claims_for_lists() -> QuerySet[Claim]:
    """Claims as lists show them (dashboard, exports): newest change first, with the rows
    each line names. Filters come from claims.filters.ClaimFilterSet."""
    return (
        Claim.objects.select_related("article", "verdict", "assignee")
        .defer("article__body")
        .order_by("-updated_at", "-pk")
    )


def filtered_prior_fact_checks(
    *,
    q: str = "",
    author: str = "",
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
) -> QuerySet[PriorFactCheck]:
    """Other organisations' fact-checks, newest first (undated ones last). A row needs no
    other table, so a page costs one query whatever its length."""
    priors = PriorFactCheck.objects.defer("raw").order_by(
        F("date_published").desc(nulls_last=True), "-pk"
    )
    if q:
        priors = priors.filter(
            Q(claim_reviewed__icontains=q)
            | Q(claimant__icontains=q)
            | Q(rating_text__icontains=q)
            | Q(author_name__icontains=q)
        )
    return filter_given(
        priors, author_name=author, date_published__gte=date_from, date_published__lte=date_to
    )


def prior_fact_check_authors() -> list[str]:
    return list(
        PriorFactCheck.objects.exclude(author_name="")
        .order_by("author_name")
        .values_list("author_name", flat=True)
        .distinct()
    )


def article_progress(article: Article, claims: list[Claim] | None = None) -> dict:
    """Claims by state, verdict tallies and link checks done, for the progress bar."""
    if claims is None:
        claims = list(article.claims.select_related("verdict"))
    by_state = dict.fromkeys(Claim.State.values, 0)
    verdicts: dict[str, dict] = {}
    for claim in claims:
        by_state[claim.state] += 1
        if claim.verdict_id:
            entry = verdicts.setdefault(claim.verdict.name, {"label": claim.verdict, "count": 0})
            entry["count"] += 1
    # Each link once however often it is cited: a semi-join, not DISTINCT over a join
    # (simpler SQL, and half the ORM work of the page's progress bar).
    cited = Evidence.objects.filter(claim__article=article, link__isnull=False).values("link_id")
    link_stats = Link.objects.filter(pk__in=cited).aggregate(
        total=Count("*"),
        checked=Count("pk", filter=Q(last_checked_at__isnull=False)),
        broken=Count("pk", filter=Q(last_outcome__in=DEAD_OUTCOMES)),
        changed=Count("pk", filter=Q(content_changed=True)),
    )
    total = len(claims)
    done = sum(by_state[state] for state in FINISHED_STATES)
    return {
        "total": total,
        "by_state": [
            (state, Claim.State(state).label, n, round(100 * n / total, 1) if total else 0)
            for state, n in by_state.items()
        ],
        "done": done,
        "verdicts": sorted(verdicts.values(), key=lambda v: -(v["label"].value or 0)),
        "max_verdict": max((v["count"] for v in verdicts.values()), default=0),
        "links": link_stats,
        "finished": total > 0 and done == total and link_stats["checked"] == link_stats["total"],
    }


# How a history entry without a stated reason is named, in the reader's language.
_HISTORY_KINDS = {
    "+": pgettext_lazy("history entry", "created"),
    "~": pgettext_lazy("history entry", "changed"),
    "-": pgettext_lazy("history entry", "deleted"),
}


def claim_history(claim: Claim, *, user: AbstractBaseUser | AnonymousUser | None) -> list[dict]:
    """Who changed what, newest first, with old → new values for the changed fields; a
    claimant's old or new name as `user` may see it (the protected witness stays unnamed)."""
    records = list(claim.history.select_related("history_user").order_by("-history_date")[:50])
    entries = []
    for newer, older in zip(records, [*records[1:], None], strict=False):
        changes = []
        if older is not None:
            delta = newer.diff_against(older, excluded_fields=["version", "updated_at"])
            changes = [_shown_change(c.field, c.old, c.new, claim, user) for c in delta.changes]
        entries.append(
            {
                "when": newer.history_date,
                "who": newer.history_user,
                "reason": newer.history_change_reason or str(_HISTORY_KINDS[newer.history_type]),
                "changes": changes,
            }
        )
    return entries


def _shown_change(
    field: str, old: Any, new: Any, claim: Claim, user: AbstractBaseUser | AnonymousUser | None
) -> tuple[str, Any, Any]:
    if field == "claimant":
        old, new = (
            policies.shown_claimant_name(value or "", claim=claim, user=user)
            for value in (old, new)
        )
    return field, old, new


def unlocated_sources(claim: Claim) -> list:
    """Attributed sources no evidence comes from yet: the article names them, but nobody
    has located the primary material (citation laundering risk). Uses prefetched rows."""
    evidence_sources = {item.source_id for item in claim.evidence.all() if item.source_id}
    return [a.source for a in claim.attributions.all() if a.source_id not in evidence_sources]


def split_points(claim: Claim, limit: int = 80) -> list[tuple[int, str, str]]:
    """Word boundaries inside the claim, shown as "…before | after…" choices."""
    if claim.article_id is None or claim.start is None:
        return []
    body = claim.article.body
    points = []
    for match in re.finditer(r"\s+", body[claim.start : claim.end]):
        at = claim.start + match.start()
        before = " ".join(body[claim.start : at].split()[-4:])
        after = " ".join(body[at : claim.end].split()[:4])
        if before and after:
            points.append((at, before, after))
    return points[:limit]
