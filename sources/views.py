from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from claims.selectors import can_see_confidential
from sources.models import Evidence, Link, Source, normalise_name


@require_GET
def source_list(request: HttpRequest) -> HttpResponse:
    sources = Source.objects.annotate(
        attribution_count=Count("attributions", distinct=True),
        evidence_count=Count("evidence", distinct=True),
    ).prefetch_related("aliases")
    if not can_see_confidential(request.user):
        sources = sources.filter(confidential=False)
    return render(request, "sources/source_list.html", {"sources": sources})


@require_GET
def source_search(request: HttpRequest) -> HttpResponse:
    """Autocomplete for the evidence form: names and aliases that contain the typed text."""
    key = normalise_name(request.GET.get("source_name") or request.GET.get("q") or "")
    sources = Source.objects.none()
    if key:
        sources = (
            Source.objects.filter(Q(normalised_name__contains=key) | Q(aliases__normalised_name__contains=key))
            .distinct().order_by("name")
        )
        if not can_see_confidential(request.user):
            sources = sources.filter(confidential=False)
    return render(request, "sources/_source_options.html", {"sources": sources[:15]})


@require_GET
def evidence_status(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(Evidence.objects.select_related("link", "claim"), pk=pk)
    if item.confidential and not can_see_confidential(request.user, item.claim):
        return HttpResponse(status=404)
    return render(request, "sources/_link_status.html", {"item": item})


@require_GET
def snapshot(request: HttpRequest, pk: int) -> HttpResponse:
    """What the page said when it was cited, its check history, and what changed since."""
    link = get_object_or_404(Link, pk=pk)
    evidence = list(link.evidence.select_related("claim"))
    if evidence and all(e.confidential for e in evidence) and not any(
        can_see_confidential(request.user, e.claim) for e in evidence
    ):
        return HttpResponse(status=404)
    snapshots = list(link.snapshots.order_by("captured_at"))
    from sources import selectors

    context = {
        "link": link,
        "cited": snapshots[0] if snapshots else None,
        "latest": snapshots[-1] if len(snapshots) > 1 else None,
        "diff": selectors.snapshot_diff(link) if len(snapshots) > 1 else None,
        "checks": link.checks.all()[:20],
    }
    return render(request, "sources/snapshot.html", context)
