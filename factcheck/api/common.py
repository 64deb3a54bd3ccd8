"""What every app's API shares: whether a request asked for confidential material, and
how that query parameter is documented."""

from __future__ import annotations

from drf_spectacular.utils import OpenApiParameter
from rest_framework.request import Request

CONFIDENTIAL_PARAM = OpenApiParameter(
    "include_confidential",
    bool,
    description="Also return confidential sources and evidence "
    "(needs the view_confidential_source permission; ignored without it).",
)


def asks_confidential(request: Request) -> bool:
    """Confidential rows are left out unless asked for; claims.policies then decides, per
    claim, whether this user may see them (editors, the claim's assignee)."""
    return request.query_params.get("include_confidential") in {"1", "true", "True"}
