"""Report pages and downloads. Every view needs a login (middleware) and the model
permission; confidential material only with the permission and ?include_confidential=1."""

from __future__ import annotations

import json

from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from claims import policies
from claims.filters import ClaimFilterSet
from claims.interchange import claimreview_export as claimreview
from claims.models import Article, Claim, ExportJob
from claims.policies import may_include_confidential, redact_claimants
from claims.reports.bulk import start_bulk_export
from claims.reports.exports import FORMATS, render_article
from claims.reports.selectors import claims_queryset
from factcheck.middleware import csp_extra


@require_GET
@permission_required(["claims.view_article", "claims.view_claim"], raise_exception=True)
@csp_extra(own_inline_styles=True)  # the report is a standalone document with its own <style>
def article_report(request: HttpRequest, pk: int) -> HttpResponse:
    """?format=html (default, shown in the browser) or pdf/md/csv/json/claimreview (download);
    ?claim=ID (repeatable) limits the report to a selection of claims."""
    fmt = request.GET.get("format", "html")
    if fmt not in FORMATS:
        return HttpResponseBadRequest(
            _("Unknown format; choose one of %(formats)s.") % {"formats": ", ".join(FORMATS)}
        )
    try:
        claim_ids = [int(c) for c in request.GET.getlist("claim")] or None
    except ValueError:
        return HttpResponseBadRequest(_("claim must be a number."))
    include = may_include_confidential(request.user, request.GET.get("include_confidential") == "1")
    try:
        rendered = render_article(pk, fmt, claim_ids=claim_ids, include_confidential=include)
    except Article.DoesNotExist as exc:
        raise Http404(_("No such article.")) from exc
    except ValueError as exc:
        return HttpResponseBadRequest(str(exc))
    response = HttpResponse(rendered.content, content_type=rendered.content_type)
    if fmt != "html":
        response["Content-Disposition"] = f'attachment; filename="{rendered.filename}"'
    return response


@require_GET
@permission_required("claims.view_claim", raise_exception=True)
def claim_claimreview(request: HttpRequest, pk: int) -> HttpResponse:
    claim = get_object_or_404(claims_queryset(), pk=pk)
    redact_claimants([claim], include_confidential=False)
    if claim.state != Claim.State.PUBLISHED or claim.verdict_id is None:
        raise Http404(_("Only published claims have a ClaimReview."))
    review = claimreview.claim_reviews([claim])[0]
    return HttpResponse(
        json.dumps(review, ensure_ascii=False, indent=2), content_type="application/ld+json"
    )


@require_http_methods(["GET", "POST"])
@permission_required(["claims.view_article", "claims.view_claim"], raise_exception=True)
def export_list(request: HttpRequest) -> HttpResponse:
    """The bulk-export form and the user's recent exports; POST starts one."""
    error = ""
    if request.method == "POST":
        try:
            job = start_bulk_export(
                user=request.user,
                fmt=request.POST.get("format", "json"),
                filters={
                    k: request.POST.get(k, "")
                    for k in ("date_from", "date_to", "outlet", "verdict", "state")
                },
                include_confidential=request.POST.get("include_confidential") == "1",
            )
        except ValidationError as exc:
            error = "; ".join(exc.messages)
        else:
            return redirect("reports:export_status", pk=job.pk)
    jobs = ExportJob.objects.filter(requested_by=request.user)[:20]
    return render(
        request,
        "reports/exports.html",
        {
            "jobs": jobs,
            "error": error,
            "formats": ExportJob.Format.choices,
            # The dashboard's own filter controls (names, not slugs), so both read the same.
            "filter_form": ClaimFilterSet(user=request.user, prefix=None).form,
        },
        status=400 if error else 200,
    )


def _own_job(request: HttpRequest, pk: int) -> ExportJob:
    job = policies.visible_jobs(request.user, ExportJob.objects.filter(pk=pk)).first()
    if job is None:
        raise Http404(_("No such export."))
    return job


@require_GET
@permission_required("claims.view_claim", raise_exception=True)
def export_status(request: HttpRequest, pk: int) -> HttpResponse:
    """Full page, or for htmx polling only the progress partial."""
    job = _own_job(request, pk)
    template = "reports/_export_progress.html" if request.htmx else "reports/export_status.html"
    return render(request, template, {"job": job})


@require_GET
@permission_required("claims.view_claim", raise_exception=True)
def export_download(request: HttpRequest, pk: int) -> HttpResponse:
    job = _own_job(request, pk)
    if job.status != ExportJob.Status.DONE or not job.file:
        raise Http404(_("The export is not ready."))
    return FileResponse(
        job.file.open("rb"), as_attachment=True, filename=job.file.name.rsplit("/", 1)[-1]
    )
