"""The request type our views receive, for the type checker.

LoginRequiredMiddleware lets only a logged-in user reach a view that is not marked
login_not_required, and HtmxMiddleware sets ``request.htmx``; HttpRequest knows neither."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.http import HttpRequest
from django_htmx.middleware import HtmxDetails


class WorkbenchRequest(HttpRequest):
    user: User
    htmx: HtmxDetails
