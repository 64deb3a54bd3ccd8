"""Page images of OCR'd articles, key frames, and the media card of an evidence item (its
progress while a worker reads it, player, metadata, matches, transcript). Images leave only
through the same download helper as every stored file (sources.views._download)."""

from __future__ import annotations

import os

from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import HttpResponseClientRedirect

from claims import policies
from claims.policies import evidence_visible_to
from factcheck.http import WorkbenchRequest
from media import services
from media.models import KeyFrame, MediaInfo, ScanImport, ScanPage
from media.templatetags.media_tags import media_card_context
from sources.models import Evidence
from sources.views import _download


@require_GET
def scan_page_image(request: WorkbenchRequest, pk: int) -> HttpResponseBase:
    """A page an article was read from: articles are open to every signed-in user."""
    page = get_object_or_404(ScanPage, pk=pk)
    return _download(page.image, (page.image.name or "page.png").rsplit("/", 1)[-1])


@require_GET
@permission_required("sources.view_evidence", raise_exception=True)
def key_frame_image(request: WorkbenchRequest, pk: int) -> HttpResponseBase:
    frame = get_object_or_404(
        KeyFrame.objects.select_related("media__evidence__claim", "media__evidence__source"),
        pk=pk,
    )
    if not evidence_visible_to(request.user, frame.media.evidence):
        raise Http404("No such frame.")
    return _download(frame.image, (frame.image.name or "frame.png").rsplit("/", 1)[-1])


def _visible_evidence(request: WorkbenchRequest, pk: int) -> Evidence:
    item = get_object_or_404(Evidence.objects.select_related("claim", "source"), pk=pk)
    if not evidence_visible_to(request.user, item):
        raise Http404("No such evidence.")
    return item


@require_GET
def evidence_media(request: WorkbenchRequest, pk: int) -> HttpResponse:
    """The media card; polled (htmx) while the worker is still reading the file."""
    item = _visible_evidence(request, pk)
    info = MediaInfo.objects.filter(evidence=item).first()
    if info is None:
        return HttpResponse(status=404)
    return render(request, "media/_media_card.html", media_card_context(request.user, item, info))


@require_POST
def transcript(request: WorkbenchRequest, pk: int) -> HttpResponse:
    """Save a recording's transcript; a refusal (403) or a problem (422) is said on the card
    it came from, through the template like every other message (never as raw HTML)."""
    item = _visible_evidence(request, pk)
    error, status = "", 200
    try:
        services.set_transcript(
            evidence=item, user=request.user, transcript=request.POST.get("transcript", "")
        )
    except PermissionDenied as exc:
        error, status = str(exc), 403
    except ValidationError as exc:
        error, status = " ".join(exc.messages), 422
    info = MediaInfo.objects.filter(evidence=item).first()
    if info is None:
        return HttpResponse(status=404)
    context = media_card_context(request.user, item, info)
    context["transcript_error"] = error
    return render(request, "media/_media_card.html", context, status=status)


@require_GET
def scan_import(request: WorkbenchRequest, pk: int) -> HttpResponseBase:
    """The progress of an image imported as an article (its importer's: policies.visible_jobs): the
    page, or for htmx's poll the progress alone; when done, the poll goes to the article."""
    job = policies.visible_jobs(request.user, ScanImport.objects.filter(pk=pk)).first()
    if job is None:
        raise Http404("No such import.")
    if request.htmx:
        if job.status == ScanImport.Status.DONE and job.article_id:
            return HttpResponseClientRedirect(reverse("claims:article", args=[job.article_id]))
        return render(request, "media/_scan_import_progress.html", {"job": job})
    return render(request, "media/scan_import.html", {"job": job})


@require_GET
@permission_required("sources.view_evidence", raise_exception=True)
def linked_recording(request: WorkbenchRequest, pk: int) -> HttpResponseBase:
    """Our copy of a recording cited by its address, for the panel's player (range requests
    for seeking), with the same rights and headers as an uploaded evidence file."""
    item = _visible_evidence(request, pk)
    info = MediaInfo.objects.filter(evidence=item).first()
    if info is None or not info.fetched:
        raise Http404("No copy of this recording.")
    name = os.path.basename(info.fetched.name or "") or "recording"
    return _download(info.fetched, name, request.headers.get("Range", ""))
