"""schema.org ClaimReview JSON-LD for published claims (Google's fact-check markup).

Only schema.org types and properties are used; tests hold an allow-list taken from the
schema.org definitions. `claimReviewed` is the claim itself, shortened, never the verdict."""

from __future__ import annotations

import json
from typing import Any

from django.conf import settings

from claims.models import Article, Claim
from sources.models import Source, normalise_name

CLAIM_REVIEWED_MAX = 200
PERSON_KINDS = {
    Source.Kind.OFFICIAL,
    Source.Kind.HEAD_OF_STATE,
    Source.Kind.WITNESS_TESTIMONY,
    Source.Kind.SOCIAL_MEDIA,
}


def short(text: str, limit: int = CLAIM_REVIEWED_MAX) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"


def claimant_kinds(claims: list[Claim]) -> dict[str, str]:
    """Person or Organization for each claimant, from a source of the same name (1 query)."""
    keys = {normalise_name(c.claimant) for c in claims if c.claimant}
    rows = Source.objects.filter(normalised_name__in=keys).values_list("normalised_name", "kind")
    return {key: ("Person" if kind in PERSON_KINDS else "Organization") for key, kind in rows}


PUBLIC_PATH = "/fact-checks/{pk}/"


def review_url(claim: Claim, base_url: str | None = None) -> str:
    """The published fact-check's public address: under FACTCHECK_PUBLIC_URL (the newsroom's
    site), never the workbench's own login-gated report, whoever asks and from where."""
    base = (base_url or settings.FACTCHECK_PUBLIC_URL).rstrip("/")
    return base + PUBLIC_PATH.format(pk=claim.pk)


def claim_review(
    claim: Claim,
    *,
    base_url: str | None = None,
    kinds: dict[str, str] | None = None,
    language: str | None = None,
) -> dict[str, Any]:
    """One ClaimReview; the claim must be published with a verdict. `reviewRating
    .alternateName` is the verdict's name in `language`, the report's language (default:
    the active one; a label with no name in it keeps its English name)."""
    if claim.state != Claim.State.PUBLISHED or claim.verdict is None:
        raise ValueError(f"Claim {claim.pk} is not published with a verdict.")
    label = claim.verdict
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": label.name_in(language)}
    if label.value is not None:
        rating.update(
            ratingValue=label.value,
            bestRating=label.scale.best_value,
            worstRating=label.scale.worst_value,
        )
    article: Article | None = claim.article if claim.article_id else None
    appearance_url = claim.appearance_url or (article.url if article else "")
    item: dict[str, Any] = {"@type": "Claim"}
    language = claim.language or (article.language if article else "")
    if language:  # schema.org CreativeWork.inLanguage: the language the claim was made in
        item["inLanguage"] = language
    if claim.claimant:
        kind = (kinds or {}).get(normalise_name(claim.claimant), "Organization")
        item["author"] = {"@type": kind, "name": claim.claimant}
    claim_date = claim.claim_date or (article.published_on if article else None)
    if claim_date:
        item["datePublished"] = claim_date.isoformat()
    if appearance_url:
        appearance: dict[str, Any] = {"@type": "CreativeWork", "url": appearance_url}
        if article is not None and not claim.appearance_url:
            appearance["headline"] = article.title
            if article.outlet:
                appearance["publisher"] = {"@type": "Organization", "name": article.outlet}
        item["appearance"] = appearance
        item["firstAppearance"] = appearance
    base = (base_url or settings.FACTCHECK_PUBLIC_URL).rstrip("/")
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": review_url(claim, base_url),
        "claimReviewed": short(claim.text),
        "author": {"@type": "Organization", "name": settings.FACTCHECK_ORGANISATION, "url": base},
        "reviewRating": rating,
        "itemReviewed": item,
    }
    if claim.published_at:
        review["datePublished"] = claim.published_at.date().isoformat()
    return review


def claim_reviews(
    claims: list[Claim], *, base_url: str | None = None, language: str | None = None
) -> list[dict[str, Any]]:
    published = [c for c in claims if c.state == Claim.State.PUBLISHED and c.verdict_id]
    kinds = claimant_kinds(published)
    return [claim_review(c, base_url=base_url, kinds=kinds, language=language) for c in published]


def to_json(reviews: list[dict[str, Any]]) -> str:
    return json.dumps(reviews, ensure_ascii=False, indent=2) + "\n"


def script_tag_json(reviews: list[dict[str, Any]]) -> str:
    """JSON safe inside <script type="application/ld+json">: no '</' can close the tag."""
    return (
        json.dumps(reviews, ensure_ascii=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
    )
