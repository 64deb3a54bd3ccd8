from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from sources.models import Source


def source_list(request: HttpRequest) -> HttpResponse:
    sources = Source.objects.annotate(
        attribution_count=Count("attributions", distinct=True),
        evidence_count=Count("evidence", distinct=True),
    ).prefetch_related("aliases")
    if not request.user.has_perm("sources.view_confidential_source"):
        sources = sources.filter(confidential=False)
    return render(request, "sources/source_list.html", {"sources": sources})
