"""The progress page of a background ClaimReview import (claims.models.ImportJob): the
full page, or for htmx's poll the progress partial alone. Only the person who started the
import sees it (and a superuser: policies.visible_jobs)."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from django_htmx.middleware import HtmxDetails

from claims import policies
from claims.models import ImportJob


class HtmxRequest(HttpRequest):
    htmx: HtmxDetails


@require_GET
def import_job(request: HtmxRequest, pk: int) -> HttpResponse:
    job = policies.visible_jobs(request.user, ImportJob.objects.filter(pk=pk)).first()
    if job is None:
        raise Http404(_("No such import."))
    template = "claims/_import_progress.html" if request.htmx else "claims/import_job.html"
    return render(request, template, {"job": job})
