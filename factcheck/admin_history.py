"""History pages in the admin that show only what the change list shows.

django-simple-history's history list falls back to the historical rows of an object that
`get_queryset` hides, and its version page reads the history table directly: a confidential
source or evidence item the admin's lists hide from a staff account (claims.policies) was
readable in full there. Every admin with history and a filtered queryset uses this."""

from __future__ import annotations

from typing import Any

from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from simple_history.admin import SimpleHistoryAdmin

from claims import policies


class VisibleHistoryAdmin(SimpleHistoryAdmin):
    def _history_hidden(self, request: HttpRequest, object_id: str) -> bool:
        """A row the change list hides has no history page either; a deleted row's history
        (which may be a confidential one's) is for those who may see all such material."""
        pk = unquote(object_id)
        try:
            if self.get_queryset(request).filter(pk=pk).exists():
                return False
            exists = self.model._default_manager.filter(pk=pk).exists()
        except (ValueError, TypeError, ValidationError):
            return True
        return exists or not policies.can_see_confidential(request.user)

    def history_view(
        self, request: HttpRequest, object_id: str, extra_context: Any = None
    ) -> HttpResponse:
        if self._history_hidden(request, object_id):
            raise Http404
        return super().history_view(request, object_id, extra_context)

    def history_form_view(
        self, request: HttpRequest, object_id: str, version_id: str, extra_context: Any = None
    ) -> HttpResponse:
        if self._history_hidden(request, object_id):
            raise Http404
        return super().history_form_view(request, object_id, version_id, extra_context)
