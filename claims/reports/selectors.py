"""The data every report format shows, read in a fixed number of queries.

Confidential sources and evidence are dropped here, once, so no builder can leak them; they
stay only when the caller has `sources.view_confidential_source` and asked for them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext as _

from claims.models import Article, Claim
from claims.policies import redact_claimants
from sources.linkcheck.result import DEAD_OUTCOMES
from sources.models import Attribution, Evidence, ProposedAttribution, Source


def claims_queryset(*, include_confidential: bool = False) -> QuerySet[Claim]:
    """Claims with everything a report shows: 1 query plus 4 prefetches, however many claims."""
    attributions = Attribution.objects.select_related("source", "via")
    evidence = Evidence.objects.select_related("source", "link", "added_by").prefetch_related(
        "link__snapshots"
    )
    if not include_confidential:
        attributions = attributions.exclude(source__confidential=True).exclude(
            via__confidential=True
        )
        evidence = evidence.exclude(confidential=True).exclude(source__confidential=True)
    return Claim.objects.select_related(
        "article", "verdict__scale", "verdict_author", "reviewer", "assignee", "created_by"
    ).prefetch_related(
        Prefetch("attributions", queryset=attributions),
        Prefetch("evidence", queryset=evidence),
        Prefetch(
            "proposed_attributions", queryset=ProposedAttribution.objects.only("claim", "name")
        ),
    )


def load_claims(qs: QuerySet[Claim], *, include_confidential: bool) -> list[Claim]:
    return redact_claimants(list(qs), include_confidential=include_confidential)


@dataclass
class OpenIssue:
    claim: Claim | None
    kind: str
    message: str


@dataclass
class ArticleReport:
    article: Article
    claims: list[Claim]
    include_confidential: bool
    issues: list[OpenIssue] = field(default_factory=list)

    @property
    def published_claims(self) -> list[Claim]:
        return [c for c in self.claims if c.state == Claim.State.PUBLISHED and c.verdict_id]

    @property
    def sources(self) -> list[Source]:
        seen: dict[int, Source] = {}
        for claim in self.claims:
            for attribution in claim.attributions.all():
                seen.setdefault(attribution.source_id, attribution.source)
                if attribution.via_id:
                    seen.setdefault(attribution.via_id, attribution.via)
            for item in claim.evidence.all():
                if item.source_id:
                    seen.setdefault(item.source_id, item.source)
        return sorted(seen.values(), key=lambda s: s.name.lower())


def attribution_chain(
    attribution: Attribution, attributions: Iterable[Attribution]
) -> list[Source]:
    """Aleh → POLITICO → (the article): follow `via` links among the claim's attributions;
    a relay that is itself attributed further (the call via POLITICO) continues the chain."""
    by_source = {a.source_id: a for a in attributions}
    chain = [attribution.source]
    current = attribution
    seen = {attribution.source_id}
    while current.via_id and current.via_id not in seen:
        chain.append(current.via)
        seen.add(current.via_id)
        nxt = by_source.get(current.via_id)
        if nxt is None:
            break
        current = nxt
    return chain


def open_issues(claims: Iterable[Claim]) -> list[OpenIssue]:
    """What still needs work before the fact-check is finished."""
    issues: list[OpenIssue] = []
    for claim in claims:
        if claim.state == Claim.State.REJECTED:
            continue
        if claim.verdict_id is None:
            issues.append(OpenIssue(claim, "no_verdict", _("No verdict yet.")))
        evidence = list(claim.evidence.all())
        evidence_sources = {e.source_id for e in evidence if e.source_id}
        if claim.chain_unverified:
            issues.append(
                OpenIssue(
                    claim,
                    "chain_unverified",
                    _(
                        "Attribution chain unverified: the desk could not locate the primary "
                        "source."
                    ),
                )
            )
        for attribution in claim.attributions.all():
            if attribution.via_id and attribution.source_id not in evidence_sources:
                issues.append(
                    OpenIssue(
                        claim,
                        "primary_not_located",
                        _(
                            "Primary source “%(source)s” reached us only via “%(via)s”; no "
                            "evidence from it is attached."
                        )
                        % {"source": attribution.source.name, "via": attribution.via.name},
                    )
                )
        for proposal in claim.proposed_attributions.all():
            issues.append(
                OpenIssue(
                    claim,
                    "unlinked_attribution",
                    _("The article attributes it to “%(name)s”, not linked to a source yet.")
                    % {"name": proposal.name},
                )
            )
        for item in evidence:
            link = item.link
            if link is None:
                continue
            if link.last_outcome in DEAD_OUTCOMES:
                issues.append(
                    OpenIssue(
                        claim,
                        "dead_link",
                        _("Link %(url)s is %(outcome)s.")
                        % {"url": link.url, "outcome": link.outcome_text},
                    )
                )
            elif link.content_changed:
                issues.append(
                    OpenIssue(
                        claim,
                        "changed_link",
                        _("Link %(url)s changed since it was cited.") % {"url": link.url},
                    )
                )
    return issues


def article_report(
    article_id: int, *, claim_ids: Iterable[int] | None = None, include_confidential: bool = False
) -> ArticleReport:
    """One article's report, claims in article order (rejected claims left out)."""
    article = Article.objects.select_related("imported_by").get(pk=article_id)
    claims = (
        claims_queryset(include_confidential=include_confidential)
        .filter(article=article)
        .exclude(state=Claim.State.REJECTED)
    )
    if claim_ids is not None:
        claims = claims.filter(pk__in=list(claim_ids))
    ordered = load_claims(claims.order_by("start", "pk"), include_confidential=include_confidential)
    for claim in ordered:
        claim.article = article
    return ArticleReport(article, ordered, include_confidential, open_issues(ordered))
