"""Search page and the "checked before?" panel. Thin: reads come from selectors, writes from
services; htmx requests get the partial, others the full page."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import HttpResponseClientRefresh

from claims.models import Claim, ClaimMatch
from claims.search import selectors, services
from claims.search.forms import SearchForm
from factcheck.http import WorkbenchRequest

PAGE_SIZE = 20


@login_required
@require_GET
def search(request: WorkbenchRequest) -> HttpResponse:
    form = SearchForm(request.GET or None)
    hits: list[selectors.SearchHit] = []
    page = 1
    if form.is_valid() and form.cleaned_data["q"]:
        data = form.cleaned_data
        page = data["page"] or 1
        filters = selectors.Filters(
            verdict=data["verdict"],
            state=data["state"],
            outlet=data["outlet"],
            date_from=data["date_from"],
            date_to=data["date_to"],
        )
        hits = selectors.search(
            data["q"],
            user=request.user,
            kind=data["kind"],
            filters=filters,
            limit=PAGE_SIZE + 1,
            offset=(page - 1) * PAGE_SIZE,
        )
    context = {
        "form": form,
        "hits": hits[:PAGE_SIZE],
        "has_more": len(hits) > PAGE_SIZE,
        "page": page,
        "next_query": _with_page(request, page + 1),
    }
    template = "search/_results.html" if request.htmx else "search/search.html"
    return render(request, template, context)


def _with_page(request: WorkbenchRequest, page: int) -> str:
    query = request.GET.copy()
    query["page"] = str(page)
    return query.urlencode()


def _similar_context(request: WorkbenchRequest, claim: Claim) -> dict:
    matches = (
        ClaimMatch.objects.filter(claim=claim)
        .exclude(status=ClaimMatch.Status.DISMISSED)
        .select_related("matched_claim__verdict", "prior_fact_check", "linked_by")
    )
    return {
        "claim": claim,
        "matches": matches,
        "can_link": request.user.has_perm("claims.change_claim"),
    }


@login_required
@require_GET
def similar(request: WorkbenchRequest, claim_id: int) -> HttpResponse:
    claim = get_object_or_404(Claim, pk=claim_id)
    return render(request, "search/_similar_claims.html", _similar_context(request, claim))


@require_POST
@permission_required("claims.change_claim", raise_exception=True)
def link(request: WorkbenchRequest, pk: int) -> HttpResponse:
    match = get_object_or_404(ClaimMatch, pk=pk)
    reused = services.link_match(match=match, user=request.user)
    parts = [f"Linked as the same claim; copied {reused['evidence_copied']} evidence item(s)"]
    if reused["verdict_drafted"]:
        parts.append(f"proposed “{reused['verdict']}” as a draft verdict for approval")
    elif reused["verdict"] is not None:
        parts.append("the verdict was not drafted (accept the claim first, or ask a fact-checker)")
    messages.success(request, "; ".join(parts) + ".")
    if request.htmx:
        return HttpResponseClientRefresh()
    return render(request, "search/_similar_claims.html", _similar_context(request, match.claim))


@require_POST
@permission_required("claims.change_claim", raise_exception=True)
def dismiss(request: WorkbenchRequest, pk: int) -> HttpResponse:
    match = get_object_or_404(ClaimMatch, pk=pk)
    services.dismiss_match(match=match, user=request.user)
    return render(request, "search/_similar_claims.html", _similar_context(request, match.claim))
