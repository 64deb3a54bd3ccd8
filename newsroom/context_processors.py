from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from claims import policies
from newsroom import services


def notifications(request: HttpRequest) -> dict[str, Any]:
    """The unread count in the navigation (counted only when a page shows it), and whether
    the statistics and prior fact-check links are offered (the policy decides, not the
    template)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {
        "unread_notifications": SimpleLazyObject(lambda: services.unread_count(user)),
        "can_view_statistics": SimpleLazyObject(
            lambda: policies.desk_refusal(user, policies.DeskAction.VIEW_STATISTICS) is None
        ),
        "can_view_prior_fact_checks": SimpleLazyObject(
            lambda: policies.reads_prior_fact_checks(user)
        ),
    }
