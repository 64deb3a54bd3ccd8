"""Search page and the "checked before?" panel. Thin: reads come from selectors, writes from
services; htmx requests get the partial, others the full page."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import reswap, retarget

from claims import policies, rendering
from claims.models import Article, Claim, ClaimMatch
from claims.search import selectors, services
from claims.search.forms import SearchForm
from claims.views import panel_response
from factcheck.http import WorkbenchRequest

PAGE_SIZE = 20


@login_required
@require_GET
def search(request: WorkbenchRequest) -> HttpResponse:
    form = SearchForm(request.GET or None)
    # the mode as asked, even when the query is refused: the refusal belongs in its answer
    if request.GET.get("mode") == "similar":
        return _similar_search(request, form)
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
        "problem": form.problem(),
    }
    template = "search/_results.html" if request.htmx else "search/search.html"
    return render(request, template, context)


def _similar_search(request: WorkbenchRequest, form: SearchForm) -> HttpResponse:
    """ "Checked before?" for any text: claims and prior fact-checks saying the same, in any
    of our languages, only those the workbench would suggest."""
    context: dict = {
        "form": form,
        "similar_mode": True,
        "similar": [],
        "notes": [],
        "problem": form.problem(),
    }
    # A submitted query, blank included, gets an answer or the reason there is none; only
    # the page opened in this mode with no query at all stays quiet.
    if not context["problem"] and "q" in request.GET:
        try:
            asked = selectors.prepare_similar_query(form.cleaned_data["q"])
        except ValidationError as exc:
            context["problem"] = " ".join(exc.messages)
        else:
            context["notes"] = asked.notes
            context["similar"] = selectors.answer_similar_query(
                asked,
                limit=PAGE_SIZE,
                include_prior=policies.reads_prior_fact_checks(request.user),
            )
    template = "search/_similar_results.html" if request.htmx else "search/search.html"
    return render(request, template, context)


def _messages(exc: Exception) -> list[str]:
    return exc.messages if isinstance(exc, ValidationError) else [str(exc)]


def _with_page(request: WorkbenchRequest, page: int) -> str:
    query = request.GET.copy()
    query["page"] = str(page)
    return query.urlencode()


def _similar_context(request: WorkbenchRequest, claim: Claim) -> dict:
    reads_prior = policies.reads_prior_fact_checks(request.user)
    matches = (
        ClaimMatch.objects.filter(claim=claim)
        .exclude(status=ClaimMatch.Status.DISMISSED)
        .select_related("matched_claim__verdict", "prior_fact_check", "linked_by")
    )
    if not reads_prior:
        matches = matches.filter(prior_fact_check__isnull=True)
    return {
        "claim": claim,
        "matches": matches,
        "cluster": selectors.cluster_for(claim, include_prior=reads_prior),
        "pending": selectors.suggestions_pending(claim),
        "problem": selectors.matching_problem(claim),
        "can_link": policies.refusal(request.user, claim, policies.Action.LINK_MATCH) is None,
    }


@login_required
@require_GET
def similar(request: WorkbenchRequest, claim_id: int) -> HttpResponse:
    claim = get_object_or_404(Claim, pk=claim_id)
    return render(request, "search/_similar_claims.html", _similar_context(request, claim))


def _gone(request: WorkbenchRequest) -> HttpResponse:
    """A suggestion acted on after it was computed away (the claim was edited and its
    suggestions computed again while the panel was open): the section as it is now, with
    why, as a 409 the page's htmx swaps in; a 404 would be swapped by nothing, and the click
    would do nothing at all. The buttons send their claim's id (`claim`) for this."""
    claim_id = str(request.POST.get("claim", ""))
    claim = Claim.objects.filter(pk=int(claim_id)).first() if claim_id.isdigit() else None
    if claim is None:
        raise Http404(_("No such suggestion."))
    error = _(
        "This suggestion is no longer open: the claim's suggestions were computed again "
        "meanwhile (its text was edited). The list below is the current one."
    )
    if not request.htmx:
        messages.error(request, error)
        return redirect(claim)
    context = _similar_context(request, claim) | {"error": error}
    return render(request, "search/_similar_claims.html", context, status=409)


@require_POST
@permission_required("claims.change_claim", raise_exception=True)
def link(request: WorkbenchRequest, pk: int) -> HttpResponse:
    match = ClaimMatch.objects.filter(pk=pk).first()
    if match is None:
        return _gone(request)
    try:
        reused = services.link_match(match=match, user=request.user)
    except (ValidationError, PermissionDenied) as exc:
        context = _similar_context(request, match.claim) | {"error": " ".join(_messages(exc))}
        status = 403 if isinstance(exc, PermissionDenied) else 422
        return render(request, "search/_similar_claims.html", context, status=status)
    parts = [
        _("Linked as the same claim; copied %(count)s evidence item(s)")
        % {"count": reused["evidence_copied"]}
    ]
    if reused["verdict_drafted"]:
        parts.append(
            _("proposed “%(verdict)s” as a draft verdict for approval")
            % {"verdict": reused["verdict"]}
        )
    elif reused["verdict"] is not None:
        parts.append(
            _("the verdict was not drafted (accept the claim first, or ask a fact-checker)")
        )
    notice = "; ".join(parts) + "."
    if request.htmx:  # the panel shows the copied evidence and the draft; the page stays
        response = panel_response(request, match.claim_id, notice=notice)
        return reswap(retarget(response, "#panel"), "innerHTML")
    messages.success(request, notice)
    return redirect(match.claim)


@require_POST
@permission_required("claims.change_claim", raise_exception=True)
def dismiss(request: WorkbenchRequest, pk: int) -> HttpResponse:
    match = ClaimMatch.objects.filter(pk=pk).first()
    if match is None:
        return _gone(request)
    try:
        services.dismiss_match(match=match, user=request.user)
    except PermissionDenied as exc:
        context = _similar_context(request, match.claim) | {"error": " ".join(_messages(exc))}
        return render(request, "search/_similar_claims.html", context, status=403)
    return render(request, "search/_similar_claims.html", _similar_context(request, match.claim))


@login_required
@require_GET
def checked_before(request: WorkbenchRequest, article_id: int) -> HttpResponse:
    """The flags of an article's claims as out-of-band swaps into their rows' slots, and
    the poll again while some claims' suggestions are still being computed."""
    get_object_or_404(Article.objects.only("pk"), pk=article_id)
    flags = selectors.checked_before(
        article_id, include_prior=policies.reads_prior_fact_checks(request.user)
    )
    parts = [
        rendering.checked_before_flag(pk, count, reverse("claims:claim", args=[pk]), oob=True)
        for pk, count in sorted(flags.counts.items())
    ]
    if flags.pending:  # the poll goes on (templates/search/_checked_before_poll.html)
        parts.append(
            render_to_string("search/_checked_before_poll.html", {"article_id": article_id})
        )
    return HttpResponse(mark_safe("".join(parts)))  # every part is escaped where it is made
