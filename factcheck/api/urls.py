"""The REST API's URLs: each app's viewsets (claims/api, sources/api) on one router, and
the OpenAPI schema and its Swagger UI."""

from django.contrib.auth.decorators import login_not_required
from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from claims.api import views as claim_views
from claims.search import api as search_api
from factcheck.middleware import csp_extra
from sources.api import views as source_views

# No ".json" twins of every URL: the API speaks only JSON, and the suffix variants of the
# workflow actions answered 500 (the actions take no `format` argument).
router = DefaultRouter()
router.include_format_suffixes = False
router.register("articles", claim_views.ArticleViewSet, basename="article")
router.register("claims", claim_views.ClaimViewSet, basename="claim")
router.register("evidence", source_views.EvidenceViewSet, basename="evidence")
router.register("sources", source_views.SourceViewSet, basename="source")
router.register("attributions", source_views.AttributionViewSet, basename="attribution")
router.register("rating-labels", claim_views.RatingLabelViewSet, basename="ratinglabel")

app_name = "api"

# Swagger UI's files are our own static files (drf-spectacular-sidecar) and the split view
# serves its start-up script from a URL of ours, so the page needs no CDN and no inline
# script; only the template's own <style> block is allowed, by hash.
swagger_ui = csp_extra(own_inline_styles=True)(
    SpectacularSwaggerSplitView.as_view(url_name="api:schema")
)

urlpatterns = [
    *router.urls,
    path("similar/", search_api.SimilarClaimsView.as_view(), name="similar"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", swagger_ui, name="docs"),
]

# The API authenticates with tokens inside DRF, after the login middleware has run, so the
# middleware must let these views through; DRF's permission classes then demand a user.
for pattern in urlpatterns:
    pattern.callback = login_not_required(pattern.callback)
