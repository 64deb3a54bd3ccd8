import os
import re
from collections.abc import Iterator

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBase,
    StreamingHttpResponse,
)
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.html import format_html
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_GET, require_POST

from claims.policies import (
    DeskAction,
    desk_refusal,
    evidence_visible_to,
    visible_sources,
)
from claims.selectors import mark_citations
from sources import rendering, selectors, services
from sources.forms import AliasForm
from sources.models import (
    Attribution,
    Evidence,
    Link,
    Snapshot,
    Source,
    SourceAlias,
    normalise_name,
)
from sources.uploads import download_content_type


def _hidden_from(user: AbstractBaseUser, item: Evidence) -> bool:
    """Hidden evidence answers 404, as if it did not exist (claims.policies decides)."""
    return not evidence_visible_to(user, item)


def _link_hidden_from(user: AbstractBaseUser, link: Link) -> bool:
    """A cited page is hidden when every evidence item citing it is hidden from the user."""
    evidence = list(link.evidence.select_related("claim", "source"))
    return bool(evidence) and all(_hidden_from(user, item) for item in evidence)


def _download(file, name: str, range_header: str = "") -> HttpResponseBase:
    """Stored files only ever as downloads with a content type no browser renders as a page:
    uploaded evidence and fetched web pages are untrusted content. A ``Range: bytes=a-b``
    request gets 206 and just those bytes, streamed: an <audio>/<video> element seeks in a
    recording without the file being read whole (media elements ignore the attachment
    disposition; navigation still downloads)."""
    size = file.size
    wanted = _byte_range(range_header, size)
    content_type = download_content_type(name)
    response: HttpResponseBase
    if wanted == "unsatisfiable":
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
    elif wanted is not None:
        start, end = wanted
        handle = file.open("rb")
        handle.seek(start)
        response = StreamingHttpResponse(
            _read_range(handle, end - start + 1), status=206, content_type=content_type
        )
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
        response["Content-Length"] = str(end - start + 1)
        response["Content-Disposition"] = content_disposition_header(True, name)
    else:
        response = FileResponse(
            file.open("rb"), as_attachment=True, filename=name, content_type=content_type
        )
    response["Accept-Ranges"] = "bytes"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def _byte_range(header: str, size: int) -> tuple[int, int] | str | None:
    """One byte range of a Range header, clamped to the file; None: send the whole file
    (no header, several ranges or a malformed one, which RFC 9110 lets a server ignore)."""
    match = _RANGE.match(header.strip()) if header else None
    if match is None or not (match[1] or match[2]):
        return None
    if match[1]:
        start = int(match[1])
        end = min(int(match[2]), size - 1) if match[2] else size - 1
    else:  # the last N bytes
        start, end = max(size - int(match[2]), 0), size - 1
    if start >= size or end < start:
        return "unsatisfiable"
    return start, end


def _read_range(handle, length: int, chunk: int = 256 * 1024) -> Iterator[bytes]:
    try:
        while length > 0:
            data = handle.read(min(chunk, length))
            if not data:
                break
            length -= len(data)
            yield data
    finally:
        handle.close()


SOURCES_PAGE_SIZE = 50


@require_GET
def source_list(request: HttpRequest) -> HttpResponse:
    """Every source the user may see, by name, a page at a time. The attribution and evidence
    counts are subqueries evaluated for the page's rows only: joining both tables and
    grouping took 126 ms for 1,200 sources, the subqueries 3 ms."""
    sources = Source.objects.annotate(
        attribution_count=_count_per_source(Attribution),
        evidence_count=_count_per_source(Evidence),
    ).prefetch_related("aliases")
    sources = visible_sources(sources, request.user)
    page = Paginator(sources, SOURCES_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "sources": page,
        "query": query.urlencode(),
        "rows_html": rendering.source_rows_html(
            page.object_list,
            page_number=page.number,
            csrf_token=get_token(request),
            can_link=desk_refusal(request.user, DeskAction.LINK_ALIAS) is None,
            can_unlink=desk_refusal(request.user, DeskAction.UNLINK_ALIAS) is None,
        ),
    }
    if request.htmx and request.htmx.target == "source-results":
        return render(request, "sources/_source_results.html", context)
    return render(request, "sources/source_list.html", context)


def _count_per_source(model) -> Coalesce:
    rows = model.objects.filter(source=OuterRef("pk")).order_by().values("source")
    return Coalesce(
        Subquery(rows.annotate(n=Count("pk")).values("n"), output_field=IntegerField()), 0
    )


def _back_to_list(request: HttpRequest) -> HttpResponse:
    page = request.POST.get("page", "")
    url = reverse("sources:list") + (f"?page={page}" if page.isdigit() else "")
    return redirect(url)


@require_POST
def add_alias(request: HttpRequest, pk: int) -> HttpResponse:
    """Link another name (a transliteration, an inflected form) to a source, through
    sources.services.add_alias; the list says what happened."""
    source = get_object_or_404(visible_sources(Source.objects.all(), request.user), pk=pk)
    form = AliasForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Type the other name first."))
        return _back_to_list(request)
    try:
        alias = services.add_alias(source=source, user=request.user, name=form.cleaned_data["name"])
    except PermissionDenied as exc:
        messages.error(request, str(exc))
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request,
            _("“%(alias)s” now leads to “%(source)s” in every import.")
            % {"alias": alias.name, "source": source.name},
        )
    return _back_to_list(request)


@require_POST
def remove_alias(request: HttpRequest, pk: int) -> HttpResponse:
    visible = visible_sources(Source.objects.all(), request.user)
    alias = get_object_or_404(SourceAlias.objects.filter(source__in=visible), pk=pk)
    try:
        services.remove_alias(alias=alias, user=request.user)
    except PermissionDenied as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request,
            _("“%(alias)s” no longer leads to “%(source)s”.")
            % {"alias": alias.name, "source": alias.source.name},
        )
    return _back_to_list(request)


@require_GET
def source_search(request: HttpRequest) -> HttpResponse:
    """Autocomplete for the evidence form: names and aliases that contain the typed text."""
    key = normalise_name(request.GET.get("source_name") or request.GET.get("q") or "")
    sources = Source.objects.none()
    if key:
        sources = (
            Source.objects.filter(
                Q(normalised_name__contains=key) | Q(aliases__normalised_name__contains=key)
            )
            .distinct()
            .order_by("name")
        )
        sources = visible_sources(sources, request.user)
    return render(request, "sources/_source_options.html", {"sources": sources[:15]})


@require_GET
def evidence_status(request: HttpRequest, pk: int) -> HttpResponse:
    """The link badge; with ?since=ISO-time it keeps polling until a check newer than that
    has landed (after "Re-check now" / "Archive now")."""
    item = get_object_or_404(Evidence.objects.select_related("link", "claim", "source"), pk=pk)
    if _hidden_from(request.user, item):
        return HttpResponse(status=404)
    since = parse_datetime(request.GET.get("since", ""))
    waiting = bool(
        since and item.link and (not item.link.last_checked_at or item.link.last_checked_at < since)
    )
    mark_citations([item])
    return render(
        request,
        "sources/_link_status.html",
        # once the check has landed, the quote status is swapped too (out of band)
        {"item": item, "since": since if waiting else None, "oob": True},
    )


@require_POST
def recheck(request: HttpRequest, pk: int) -> HttpResponse:
    """Queue a check of the evidence's link now (archive=1: and keep a snapshot); answer
    with the badge, which polls until the result lands."""
    item = get_object_or_404(Evidence.objects.select_related("link", "claim", "source"), pk=pk)
    if _hidden_from(request.user, item):
        return HttpResponse(status=404)
    asked = timezone.now()
    try:
        services.queue_link_check(
            evidence=item, user=request.user, archive=request.POST.get("archive") == "1"
        )
    except (PermissionDenied, ValidationError) as exc:
        status = 403 if isinstance(exc, PermissionDenied) else 422
        message = " ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
        return HttpResponse(
            format_html('<span class="link-status error" role="alert">{}</span>', message),
            status=status,
        )
    item.refresh_from_db()
    mark_citations([item])
    return render(request, "sources/_link_status.html", {"item": item, "since": asked})


@require_GET
def snapshot(request: HttpRequest, pk: int) -> HttpResponse:
    """What the page said when it was cited, its check history, and what changed since."""
    link = get_object_or_404(Link, pk=pk)
    if _link_hidden_from(request.user, link):
        return HttpResponse(status=404)
    snapshots = list(link.snapshots.order_by("captured_at"))

    context = {
        "link": link,
        "cited": snapshots[0] if snapshots else None,
        "latest": snapshots[-1] if len(snapshots) > 1 else None,
        "diff": selectors.marked_diff(selectors.snapshot_diff(link) or [])
        if len(snapshots) > 1
        else None,
        "quotes_gone": selectors.quotes_gone(
            snapshots[-1] if snapshots else None,
            [
                e
                for e in link.evidence.select_related("claim", "source")
                if evidence_visible_to(request.user, e)
            ],
        ),
        "checks": link.checks.all()[:20],
    }
    return render(request, "sources/snapshot.html", context)


@require_GET
@permission_required("sources.view_evidence", raise_exception=True)
def evidence_file(request: HttpRequest, pk: int) -> HttpResponseBase:
    item = get_object_or_404(Evidence.objects.select_related("claim", "source"), pk=pk)
    if not item.file or _hidden_from(request.user, item):
        raise Http404(_("No such file."))
    return _download(
        item.file,
        item.file_name or os.path.basename(item.file.name),
        request.headers.get("Range", ""),
    )


@require_GET
@permission_required("sources.view_evidence", raise_exception=True)
def snapshot_raw(request: HttpRequest, pk: int) -> HttpResponseBase:
    """The bytes of a cited page as fetched: a download, never rendered on our origin."""
    snap = get_object_or_404(Snapshot.objects.select_related("link"), pk=pk)
    if not snap.raw or _link_hidden_from(request.user, snap.link):
        raise Http404(_("No such snapshot."))
    return _download(snap.raw, f"snapshot-{snap.pk}.raw")


@require_GET
@permission_required("sources.view_evidence", raise_exception=True)
def snapshot_warc(request: HttpRequest, pk: int) -> FileResponse:
    """The snapshot as a WARC file (request + response records), for any WARC tool."""
    snap = get_object_or_404(Snapshot.objects.select_related("link"), pk=pk)
    if not snap.warc or _link_hidden_from(request.user, snap.link):
        raise Http404(_("No such snapshot."))
    response = _download(snap.warc, f"snapshot-{snap.pk}.warc")
    response["Content-Type"] = "application/warc"
    return response


# The archived page runs in an opaque origin (CSP sandbox without allow-same-origin), may
# not run script and may not load anything from anywhere: what the editor sees is what
# was archived, and looking at it tells no third party.
REPLAY_POLICY = (
    "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; "
    "frame-ancestors 'self'; form-action 'none'; base-uri 'none'"
)


@require_GET
@permission_required("sources.view_evidence", raise_exception=True)
@xframe_options_sameorigin
def snapshot_replay(request: HttpRequest, pk: int) -> HttpResponse:
    """The archived page from its WARC, for the sandboxed frame on the snapshot page."""
    from provenance.warc import WarcError, read_response

    snap = get_object_or_404(Snapshot.objects.select_related("link"), pk=pk)
    if not snap.warc or _link_hidden_from(request.user, snap.link):
        raise Http404(_("No such snapshot."))
    with snap.warc.open("rb") as handle:
        data = handle.read()
    try:
        archived = read_response(data)
    except WarcError as exc:
        response = HttpResponse(str(exc), status=409, content_type="text/plain; charset=utf-8")
    else:
        kind = {k.lower(): v for k, v in archived.headers}.get("content-type", "")
        if not archived.digests_ok:
            body, kind = b"This WARC no longer matches its recorded digest.", "text/plain"
            status = 409
        else:
            body, status = archived.payload, 200
        if not kind.lower().startswith(("text/html", "text/plain", "application/xhtml+xml")):
            body = b"This archived file is not a page; download the WARC to open it."
            kind = "text/plain"
        response = HttpResponse(body, status=status, content_type=kind)
    response["Content-Security-Policy"] = REPLAY_POLICY
    response["X-Content-Type-Options"] = "nosniff"
    response["Referrer-Policy"] = "no-referrer"
    return response
