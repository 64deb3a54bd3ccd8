"""A form post over DATA_UPLOAD_MAX_MEMORY_SIZE gets the page it came from with the reason,
not Django's bare "Bad Request (400)".

Django raises RequestDataTooBig when the POST is first read, which is in CsrfViewMiddleware,
before any view runs. This middleware sits just before it and reads the POST first; when it
is too big, the request continues as a GET of the same address, so the view renders its page
(the form, empty) and never acts on data it did not receive. A view shows the reason with
`oversized_post_message(request)`; the answer is 422, like every other refused form here
(htmx swaps 422 into the page). A view that does not show it, or has no GET page, gives way
to a short page that says why. The API (DRF views) answers for itself and is left alone."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse, QueryDict
from django.urls import Resolver404, resolve
from django.utils.datastructures import MultiValueDict
from django.utils.formats import number_format
from django.utils.functional import lazy
from django.utils.html import escape
from django.utils.translation import gettext as _

STATUS = 422
MESSAGE_KEY = "factcheck.oversized_post"
SHOWN_KEY = "factcheck.oversized_post_shown"


def oversized_post_message(request: HttpRequest) -> str:
    """The reason to show when this request was a form post over the limit, else ""."""
    message = request.META.get(MESSAGE_KEY, "")
    if message:
        request.META[SHOWN_KEY] = True
    return message


class OversizedPostMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method == "POST" and not _is_api(request):
            try:
                request.POST  # noqa: B018 (read here, so a body over the limit is caught here)
            except RequestDataTooBig:
                return self._page_with_reason(request)
        return self.get_response(request)

    def _page_with_reason(self, request: HttpRequest) -> HttpResponse:
        sent = int(request.META.get("CONTENT_LENGTH") or 0)
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        # Lazy: the page that shows it is rendered after the person's own language is active.
        message = _too_big_lazy(sent, limit)
        request.META[MESSAGE_KEY] = message
        request.method = "GET"
        # What Django's own parsing would have set (POST and FILES are read-only properties).
        vars(request).update(_post=QueryDict(), _files=MultiValueDict())
        response = self.get_response(request)
        if request.META.get(SHOWN_KEY):
            if response.status_code < 400:
                response.status_code = STATUS
            return response
        return HttpResponse(
            f'<!doctype html><title>{escape(_("Too large"))}</title><p role="alert">{escape(message)}</p>',
            status=STATUS,
        )


def _too_big(sent: int, limit: int) -> str:
    return _(
        "The pasted text is %(sent)s MB; the limit is %(limit)s MB; upload it as a file instead."
    ) % {
        "sent": number_format(round(sent / 1e6, 1), 1),
        "limit": number_format(round(limit / 1e6, 1), 1),
    }


_too_big_lazy = lazy(_too_big, str)


def _is_api(request: HttpRequest) -> bool:
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return False
    return hasattr(match.func, "cls") and hasattr(match.func.cls, "parser_classes")
