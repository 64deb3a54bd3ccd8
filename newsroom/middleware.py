"""The interface language a person chose, on every request, without a query per page.

LocaleMiddleware has already picked a language from the cookie or the browser; for a
logged-in person their saved choice wins. It is read from their account when they log in
(`remember_language`, on Django's user_logged_in signal) and kept in the session, so a page
costs no query for it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.utils import translation

from newsroom.languages import saved_language

SESSION_KEY = "interface_language"


class PersonalLanguageMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            chosen = request.session.get(SESSION_KEY)
            if chosen:
                translation.activate(chosen)
                request.LANGUAGE_CODE = chosen
        return self.get_response(request)


@receiver(user_logged_in, dispatch_uid="newsroom.remember_language")
def remember_language(*, request: HttpRequest | None, user: Any, **extra: Any) -> None:
    if request is not None and hasattr(request, "session"):
        request.session[SESSION_KEY] = saved_language(user)
