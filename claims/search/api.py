""" "Checked before?" in the REST API: GET /api/similar/?q=<claim>[&limit=n]

Token or session authentication, as the rest of the API; the caller needs
`claims.view_claim` (the claims list's read permission), and sees prior fact-checks when
the desk lets them read those (policies.DeskAction.VIEW_PRIOR_FACT_CHECKS, the page's rule
too: fact-checkers and editors). Same query checks and scoring as the page and
`search_claims --similar` (selectors.prepare_similar_query, selectors.answer_similar_query).

Response: {"results": [{kind, id, text, language, verdict, score, url}], "notes": [...],
"threshold": t}; a query that cannot be compared answers 400 with {"q": ["..."]}.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.exceptions import PermissionDenied
from rest_framework.exceptions import ValidationError as ApiValidationError
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from claims import policies
from claims.search import selectors

KIND_NAMES = {"claim": "claim", "prior": "prior_fact_check"}
MAX_LIMIT = 50


class SimilarClaimsView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        parameters=[
            OpenApiParameter("q", str, description="the claim to look up (3 words or more)"),
            OpenApiParameter("limit", int, description=f"at most {MAX_LIMIT} (default 10)"),
        ],
        responses={200: dict},
        description="Claims and imported prior fact-checks that say the same as `q`, in "
        "any of en/ru/uk/be/pl, best first, only those above the suggestion threshold.",
    )
    def get(self, request: Request) -> Response:
        user = request.user
        if not user.has_perm("claims.view_claim"):
            raise PermissionDenied(_("You may not read claims."))
        try:
            limit = max(1, min(MAX_LIMIT, int(request.query_params.get("limit", 10))))
        except ValueError as exc:
            raise ApiValidationError({"limit": _("A whole number, please.")}) from exc
        try:
            asked = selectors.prepare_similar_query(request.query_params.get("q", ""))
        except ValidationError as exc:
            raise ApiValidationError({"q": exc.messages}) from exc
        hits = selectors.answer_similar_query(
            asked, limit=limit, include_prior=policies.reads_prior_fact_checks(user)
        )
        return Response(
            {
                "results": [
                    {
                        "kind": KIND_NAMES[hit.kind],
                        "id": hit.pk,
                        "text": hit.text,
                        "language": hit.language,
                        "verdict": hit.verdict or None,
                        "score": round(hit.score, 4),
                        "url": request.build_absolute_uri(hit.url)
                        if hit.kind == "claim"
                        else hit.url,
                    }
                    for hit in hits
                ],
                "notes": asked.notes,
                "threshold": selectors.MIN_SUGGESTION_SCORE,
            }
        )
