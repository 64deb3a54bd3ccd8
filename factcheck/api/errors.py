"""Every error is JSON: {"detail": "...", "errors": {field: [messages]}} with a 4xx status.
Django's own ValidationError and PermissionDenied from the services map to 400 and 403;
an edit conflict (someone saved first) to 409."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import status
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from claims.services import EditConflict


def _as_drf(exc: Exception) -> Exception:
    if isinstance(exc, DjangoValidationError):
        if hasattr(exc, "error_dict"):
            return ValidationError({k: [str(m) for m in v] for k, v in exc.message_dict.items()})
        return ValidationError({"non_field_errors": exc.messages})
    return exc


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    if isinstance(exc, EditConflict):
        return Response(
            {"detail": str(exc), "current_version": exc.current.version},
            status=status.HTTP_409_CONFLICT,
        )
    response = drf_exception_handler(_as_drf(exc), context)
    if response is None:
        return None
    data = response.data
    if isinstance(data, dict) and set(data) == {"detail"}:
        return response
    if isinstance(data, list):
        data = {"non_field_errors": data}
    response.data = {"detail": "The request is not valid; see errors.", "errors": data}
    return response
