"""Evidence packages for download: a zip per claim or per article (provenance.package)."""

from __future__ import annotations

from django.contrib.auth.decorators import permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from claims import policies
from claims.models import Article, Claim
from provenance import package
from sources.models import Evidence


def _zip(claims: list[Claim], request: HttpRequest, title: str, filename: str) -> HttpResponse:
    everything = Evidence.objects.filter(claim__in=claims).select_related("claim", "source")
    visible = list(policies.visible_evidence(everything, request.user).order_by("pk"))
    data = package.build(
        evidence=visible,
        claims=claims,
        title=title,
        # the approval records list every evidence item: only for who may see them all
        include_records=len(visible) == everything.count(),
    )
    response = HttpResponse(data, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_GET
@permission_required(["claims.view_claim", "sources.view_evidence"], raise_exception=True)
def claim_package(request: HttpRequest, pk: int) -> HttpResponse:
    claim = get_object_or_404(Claim, pk=pk)
    return _zip(
        [claim],
        request,
        f"claim {claim.pk}: {claim.text[:120]}",
        f"fact-check-claim-{claim.pk}.zip",
    )


@require_GET
@permission_required(
    ["claims.view_article", "claims.view_claim", "sources.view_evidence"], raise_exception=True
)
def article_package(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article, pk=pk)
    claims = list(article.claims.order_by("pk"))
    return _zip(
        claims,
        request,
        f"article {article.pk}: {article.title[:120]}",
        f"fact-check-article-{article.pk}.zip",
    )
