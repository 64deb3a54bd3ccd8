"""Reads for the claimant and source pages and the editors' statistics. Each function is a
fixed number of queries whatever the number of claims, and applies the confidentiality
rules of `claims.policies` (never its own)."""

from __future__ import annotations

import statistics as stats
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.db.models.functions import TruncMonth, TruncWeek
from django.http import Http404
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from claims import policies
from claims.models import Claim
from sources.linkcheck.result import DEAD_OUTCOMES
from sources.models import Attribution, Evidence, Link, Source, normalise_name

RATED = (Claim.State.APPROVED, Claim.State.PUBLISHED)
OPEN = (
    Claim.State.PROPOSED,
    Claim.State.ACCEPTED,
    Claim.State.IN_RESEARCH,
    Claim.State.DRAFTED,
)
DEAD = [o.value for o in DEAD_OUTCOMES]


@dataclass
class Scorecard:
    periods: list[str] = field(default_factory=list)
    series: list[tuple[str, str, list[int]]] = field(default_factory=list)
    totals: list[tuple[str, str, int]] = field(default_factory=list)


def scorecard(claims: QuerySet[Claim]) -> Scorecard:
    """Approved and published verdicts by month (one query)."""
    rows = list(
        claims.filter(state__in=RATED, verdict__isnull=False, approved_at__isnull=False)
        .annotate(month=TruncMonth("approved_at"))
        .values("month", "verdict__name", "verdict__colour", "verdict__position")
        .annotate(n=Count("pk", distinct=True))
        .order_by("month", "verdict__position")
    )
    if not rows:
        return Scorecard()
    months = sorted(
        {r["month"].date() if isinstance(r["month"], datetime) else r["month"] for r in rows}
    )
    index = {m: i for i, m in enumerate(months)}
    labels: dict[str, tuple[str, int, list[int]]] = {}
    for r in rows:
        month = r["month"].date() if isinstance(r["month"], datetime) else r["month"]
        name = r["verdict__name"]
        colour, position, counts = labels.setdefault(
            name, (r["verdict__colour"], r["verdict__position"], [0] * len(months))
        )
        counts[index[month]] += r["n"]
    ordered = sorted(labels.items(), key=lambda item: item[1][1])
    return Scorecard(
        periods=[date_format(m, "M Y") for m in months],  # in the reader's language
        series=[(name, colour, counts) for name, (colour, _, counts) in ordered],
        totals=[(name, colour, sum(counts)) for name, (colour, _, counts) in ordered],
    )


def _names(source: Source) -> list[str]:
    return [source.name, *(alias.name for alias in source.aliases.all())]


def _made_by(names: list[str]) -> Q:
    q = Q(pk__in=[])
    for name in names:
        if name.strip():
            q |= Q(claimant__iexact=name.strip())
    return q


def visible_source(user: Any, pk: int) -> Source:
    source = (
        policies.visible_sources(Source.objects.all(), user)
        .prefetch_related("aliases")
        .filter(pk=pk)
        .first()
    )
    if source is None:
        raise Http404(_("No such source."))
    return source


def source_record(user: Any, source: Source) -> dict[str, Any]:
    """What the source page shows: claims attributed to it (through an attribution the user
    may see), claims it made (claimant = its name or an alias), and the evidence citing it."""
    attributions = policies.visible_attributions(
        Attribution.objects.filter(Q(source=source) | Q(via=source)), user
    )
    attributed = Claim.objects.filter(pk__in=attributions.values("claim_id"))
    made = Claim.objects.filter(_made_by(_names(source)))
    evidence = policies.visible_evidence(Evidence.objects.filter(source=source), user)
    return {
        "attributed": _claim_list(attributed, user),
        "made": _claim_list(made, user),
        "evidence": evidence.select_related("claim", "link").order_by("-pk"),
        "scorecard": scorecard(Claim.objects.filter(Q(pk__in=attributed) | Q(pk__in=made))),
    }


def claimant_record(user: Any, name: str) -> dict[str, Any]:
    """A claimant named in claims: every claim they made, with verdicts. The protected
    witness (a claimant named after a confidential source) has no page for those who may
    not see confidential material."""
    name = " ".join(name.split())
    if not name:
        raise Http404(_("No claimant named."))
    if policies.is_secret_claimant(
        name, policies.secret_names()
    ) and not policies.can_see_confidential(user):
        raise Http404(_("No such claimant."))
    made = Claim.objects.filter(claimant__iexact=name)
    source = (
        policies.visible_sources(Source.objects.all(), user)
        .filter(normalised_name=normalise_name(name))
        .first()
    )
    return {
        "name": name,
        "made": _claim_list(made, user),
        "source": source,
        "scorecard": scorecard(made),
    }


def _claim_list(claims: QuerySet[Claim], user: Any) -> QuerySet[Claim]:
    return (
        claims.select_related("article", "verdict")
        .defer("article__body")
        .order_by("-created_at", "-pk")
    )


# --- statistics ----------------------------------------------------------------------------


@dataclass
class Period:
    start: date
    end: date  # inclusive

    @property
    def bounds(self) -> tuple[datetime, datetime]:
        tz = timezone.get_current_timezone()
        return (
            datetime.combine(self.start, time.min, tzinfo=tz),
            datetime.combine(self.end + timedelta(days=1), time.min, tzinfo=tz),
        )


def default_period(today: date | None = None) -> Period:
    today = today or timezone.localdate()
    return Period(start=today - timedelta(weeks=12), end=today)


def _percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    return stats.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def newsroom_statistics(user: Any, period: Period) -> dict[str, Any]:
    """The editors' figures for one date range (nine queries)."""
    lo, hi = period.bounds
    approved = Claim.objects.filter(approved_at__gte=lo, approved_at__lt=hi)

    weekly = list(
        approved.annotate(week=TruncWeek("approved_at"))
        .values("week")
        .annotate(n=Count("pk"))
        .order_by("week")
    )
    durations = [
        (approved_at - imported).total_seconds() / 3600
        for approved_at, imported in approved.filter(article__isnull=False).values_list(
            "approved_at", "article__created_at"
        )
        if approved_at is not None
    ]
    durations.sort()
    waiting_state = list(
        Claim.objects.filter(state__in=OPEN)
        .values("state")
        .annotate(n=Count("pk"))
        .order_by("state")
    )
    waiting_assignee = list(
        Claim.objects.filter(state__in=OPEN)
        .values("assignee__username")
        .annotate(n=Count("pk"))
        .order_by("-n", "assignee__username")[:20]
    )
    rated = Claim.objects.filter(state__in=RATED, approved_at__gte=lo, approved_at__lt=hi)
    by_outlet = list(
        rated.values("article__outlet", "verdict__name")
        .annotate(n=Count("pk"))
        .order_by("article__outlet", "verdict__name")
    )
    by_claimant_rows = list(
        rated.exclude(claimant="")
        .values("claimant", "verdict__name")
        .annotate(n=Count("pk"))
        .order_by("-n", "claimant")[:200]
    )
    secret = set() if policies.can_see_confidential(user) else policies.secret_names()
    by_claimant: dict[tuple[str, str, bool], int] = defaultdict(int)
    for row in by_claimant_rows:
        who, linkable = row["claimant"], True
        if secret and policies.is_secret_claimant(who, secret):
            who, linkable = policies.CONFIDENTIAL_CLAIMANT, False
        by_claimant[(who, row["verdict__name"] or "—", linkable)] += row["n"]
    cited = Link.objects.filter(Exists(Evidence.objects.filter(link=OuterRef("pk"))))
    links = cited.aggregate(
        cited=Count("pk"),
        dead=Count("pk", filter=Q(last_outcome__in=DEAD)),
        changed=Count("pk", filter=Q(content_changed=True)),
        unchecked=Count("pk", filter=Q(last_checked_at__isnull=True)),
    )
    states = dict(Claim.State.choices)
    return {
        "weekly": [
            (r["week"].date() if isinstance(r["week"], datetime) else r["week"], r["n"])
            for r in weekly
        ],
        "approved_total": sum(r["n"] for r in weekly),
        "median_hours": _percentile(durations, 50),
        "p90_hours": _percentile(durations, 90),
        "durations_count": len(durations),
        "waiting_state": [(states.get(r["state"], r["state"]), r["n"]) for r in waiting_state],
        "waiting_assignee": [
            (r["assignee__username"] or _("Nobody"), r["n"]) for r in waiting_assignee
        ],
        "by_outlet": [
            (r["article__outlet"] or _("No outlet"), r["verdict__name"] or "—", r["n"])
            for r in by_outlet
        ],
        # (claimant, verdict, claims, has a claimant page for this user)
        "by_claimant": sorted(
            ((who, verdict, n, linkable) for (who, verdict, linkable), n in by_claimant.items()),
            key=lambda row: (-row[2], row[0]),
        )[:50],
        "links": links,
    }
