"""The desk's read rule on every page: a logged-in account needs a role on the desk to read
anything of it (`policies.DeskAction.READ`, the rule the API's model permissions already
apply). LoginRequiredMiddleware has sent the anonymous to the login page; this refuses, with
the reason, an account that no group (or one it was taken out of) gives the right to read.

Its own pages stay open to such an account: logging out, its notifications, settings and
language (views marked `role_not_required`). The Django admin checks staff and model
permissions itself, and the API its model permissions (a JSON 403, not this page)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from django.http import HttpRequest, HttpResponse

from claims import policies

View = TypeVar("View", bound=Callable[..., Any])

OWN_CHECKS = frozenset({"admin", "api"})  # URL namespaces with a permission layer of their own


def role_not_required(view: View) -> View:
    """Mark a view an account without a role may use (its own notifications, settings)."""
    view.desk_role_required = False  # type: ignore[attr-defined]
    return view


class DeskRoleMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view_func: Callable, view_args: Any, view_kwargs: Any
    ) -> None:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None  # public views, or LoginRequiredMiddleware has answered
        if not getattr(view_func, "login_required", True):
            return None  # a public view (the login page, health check)
        if not getattr(view_func, "desk_role_required", True):
            return None
        match = request.resolver_match
        if match is not None and OWN_CHECKS.intersection(match.namespaces):
            return None
        policies.check_desk(user, policies.DeskAction.READ)
        return None
