"""The two includes of the media app: the page images beside an OCR'd article's text, with
each claim's region, and the media cards of a claim's evidence in the panel."""

from __future__ import annotations

from typing import Any

from django import template

from claims.models import Article, Claim
from claims.policies import Action, evidence_visible_to
from media import probe, services
from media.models import ArticleScan, MediaInfo
from sources.models import Evidence
from sources.services import evidence_refusal

register = template.Library()


@register.inclusion_tag("media/_article_scan.html")
def article_scan(article: Article) -> dict[str, Any]:
    scan = ArticleScan.objects.filter(article=article).prefetch_related("pages").first()
    if scan is None:
        return {"scan": None}
    pages = list(scan.pages.all())
    regions: dict[int, list[dict]] = {page.number: [] for page in pages}
    sizes = {page.number: (page.width or 1, page.height or 1) for page in pages}
    for claim in article.claims.exclude(state=Claim.State.REJECTED).order_by("start"):
        for number, (left, top, width, height) in services.page_regions(
            scan, claim.start or 0, claim.end or 0
        ):
            if number not in sizes:
                continue
            w, h = sizes[number]
            regions[number].append(
                {
                    "claim": claim.pk,
                    "left": round(100 * left / w, 2),
                    "top": round(100 * top / h, 2),
                    "width": round(100 * width / w, 2),
                    "height": round(100 * height / h, 2),
                }
            )
    return {
        "scan": scan,
        "pages": [{"page": page, "regions": regions[page.number]} for page in pages],
    }


def media_card_context(user, item: Evidence, info: MediaInfo) -> dict[str, Any]:
    done = info.status == MediaInfo.Status.DONE
    return {
        "item": item,
        "info": info,
        "working": info.status in (MediaInfo.Status.PENDING, MediaInfo.Status.RUNNING),
        "matches": services.matches_for_evidence(item, user=user)
        if done and info.kind == MediaInfo.Kind.IMAGE
        else [],
        "frames": list(info.frames.all()) if done else [],
        "timed": probe.parse_excerpt(item.excerpt),
        "excerpt_found": services.excerpt_check(item, info),
        "duration": probe.timecode(info.duration_seconds) if info.duration_seconds else "",
        "may_edit": evidence_refusal(
            user, item.claim, Action.CHANGE_EVIDENCE, confidential=item.is_confidential
        )
        is None,
    }


@register.inclusion_tag("media/_claim_media.html", takes_context=True)
def claim_media(context, claim: Claim) -> dict[str, Any]:
    user = context["request"].user
    items = [
        item
        for item in claim.evidence.all()
        if not getattr(item, "hidden", False) and evidence_visible_to(user, item)
    ]
    infos = {
        info.evidence_id: info
        for info in MediaInfo.objects.filter(evidence__in=[i.pk for i in items])
    }
    return {
        "cards": [
            media_card_context(user, item, infos[item.pk]) for item in items if item.pk in infos
        ],
        "request": context["request"],
        "csrf_token": context.get("csrf_token"),
    }
