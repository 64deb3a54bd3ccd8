"""Reads that need more than a one-liner; the joins are decided here, not in templates."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Count, Prefetch, Q, QuerySet

from claims.models import Article, Claim


def articles_with_progress() -> QuerySet[Article]:
    return Article.objects.annotate(
        claim_count=Count("claims", filter=~Q(claims__state=Claim.State.REJECTED)),
        open_count=Count(
            "claims",
            filter=~Q(claims__state__in=[Claim.State.REJECTED, Claim.State.PUBLISHED]),
        ),
    ).select_related("imported_by")


def claim_counts_by_state() -> dict[str, int]:
    rows = Claim.objects.values_list("state").annotate(n=Count("pk"))
    counts = dict.fromkeys(Claim.State.values, 0)
    counts.update(dict(rows))
    return counts


def my_queue(user: AbstractBaseUser) -> QuerySet[Claim]:
    """Claims assigned to me that are not done, and drafts awaiting my approval."""
    mine = Q(assignee=user) & ~Q(state__in=[Claim.State.REJECTED, Claim.State.PUBLISHED])
    if user.has_perm("claims.approve_verdict"):
        mine |= Q(state=Claim.State.DRAFTED) & ~Q(verdict_author=user)
    return (
        Claim.objects.filter(mine)
        .select_related("article", "verdict", "assignee")
        .order_by("state", "-updated_at")
    )


def article_for_review(pk: int) -> Article:
    """The article with everything the review page shows, in a fixed number of queries."""
    from sources.models import Attribution, Evidence

    claims = Claim.objects.select_related("verdict", "assignee").prefetch_related(
        Prefetch(
            "attributions",
            queryset=Attribution.objects.select_related("source", "via"),
        ),
        Prefetch(
            "evidence",
            queryset=Evidence.objects.select_related("source", "link"),
        ),
    )
    return (
        Article.objects.select_related("imported_by")
        .prefetch_related(Prefetch("claims", queryset=claims))
        .get(pk=pk)
    )


def claim_detail(pk: int) -> Claim:
    from sources.models import Attribution, Evidence

    return (
        Claim.objects.select_related(
            "article", "verdict", "assignee", "verdict_author", "reviewer"
        )
        .prefetch_related(
            Prefetch("attributions", queryset=Attribution.objects.select_related("source", "via")),
            Prefetch("evidence", queryset=Evidence.objects.select_related("source", "link", "added_by")),
            "comments__author",
        )
        .get(pk=pk)
    )
