"""The notifications page, marking read, per-person settings and the @mention autocomplete.
Everything a person sees here is their own: other people's notifications answer 404."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from claims.middleware import role_not_required
from factcheck.http import WorkbenchRequest
from newsroom import languages, services
from newsroom.forms import PreferencesForm
from newsroom.middleware import SESSION_KEY

PAGE_SIZE = 50


@role_not_required
@require_GET
def inbox(request: WorkbenchRequest) -> HttpResponse:
    only_unread = request.GET.get("unread") == "1"
    notes = services.inbox(request.user)
    if only_unread:
        notes = notes.filter(read_at__isnull=True)
    page = Paginator(notes, PAGE_SIZE).get_page(request.GET.get("page"))
    page.object_list = services.with_shown_messages(page.object_list, request.user)
    return render(
        request,
        "newsroom/inbox.html",
        {"page": page, "only_unread": only_unread, "query": "unread=1" if only_unread else ""},
    )


def _back(request: WorkbenchRequest, done: str) -> HttpResponse:
    if request.htmx:
        return _inbox_partial(request, done)
    messages.success(request, done)
    return redirect("newsroom:inbox")


def _inbox_partial(request: WorkbenchRequest, done: str) -> HttpResponse:
    page = Paginator(services.inbox(request.user), PAGE_SIZE).get_page(1)
    page.object_list = services.with_shown_messages(page.object_list, request.user)
    return render(request, "newsroom/_list.html", {"page": page, "notice": done, "query": ""})


@role_not_required
@require_POST
def mark_read(request: WorkbenchRequest, pk: int) -> HttpResponse:
    marked = services.mark_read(request.user, [pk])
    if not marked and not services.inbox(request.user).filter(pk=pk).exists():
        return render(
            request,
            "newsroom/_list.html",
            {"error": _("That notification is not yours or no longer exists.")},
            status=404,
        )
    return _back(request, _("Marked as read."))


@role_not_required
@require_POST
def mark_all_read(request: WorkbenchRequest) -> HttpResponse:
    count = services.mark_read(request.user)
    return _back(
        request,
        ngettext("%(count)d marked as read.", "%(count)d marked as read.", count) % {"count": count}
        if count
        else _("Nothing was unread."),
    )


@role_not_required
@require_http_methods(["GET", "POST"])
def settings_page(request: WorkbenchRequest) -> HttpResponse:
    current = services.preferences(request.user)
    if request.method == "POST":
        form = PreferencesForm(request.POST, current=current)
        if form.is_valid():
            services.save_preferences(request.user, form.choices())
            messages.success(request, _("Notification settings saved."))
            return redirect("newsroom:settings")
        status = 422
    else:
        form = PreferencesForm(current=current)
        status = 200
    return render(
        request,
        "newsroom/settings.html",
        {"form": form, "rows": form.rows(), "has_email": bool(request.user.email)},
        status=status,
    )


@require_GET
def mentions(request: WorkbenchRequest) -> HttpResponse:
    """Suggestions for the `@name` being typed at the end of a comment box."""
    text = request.GET.get("body") or request.GET.get("comment") or ""
    token = text.rsplit(None, 1)[-1] if text.strip() else ""
    people = []
    if token.startswith("@") and len(token) >= 2 and len(text) <= 10000:
        people = services.mention_suggestions(request.user, token[1:])
    return render(request, "newsroom/_mentions.html", {"people": people, "token": token})


@role_not_required
@login_not_required
@require_POST
def choose_language(request: WorkbenchRequest) -> HttpResponse:
    """The language switcher: saved on the account of a logged-in person, in a cookie for
    everyone (the login page too)."""
    code = request.POST.get("language", "")
    target = request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = "/"
    response = redirect(target)
    if code not in languages.CODES:
        messages.error(request, _("That language is not available."))
        return response
    if request.user.is_authenticated:
        languages.save_language(request.user, code)
        request.session[SESSION_KEY] = code
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=365 * 24 * 3600,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
    )
    return response
