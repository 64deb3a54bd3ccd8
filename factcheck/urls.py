from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from claims.middleware import role_not_required
from factcheck import views
from newsroom.urls import record_urlpatterns

admin.site.site_header = "Fact-check workbench admin"
admin.site.site_title = "Fact-check workbench"

urlpatterns = [
    path("", include("claims.urls")),
    path("sources/", include("sources.urls")),
    path("evidence-media/", include("media.urls")),
    path("search/", include("claims.search.urls")),
    path("reports/", include("claims.reports.urls")),
    path("provenance/", include("provenance.urls")),
    path("api/", include("factcheck.api.urls")),
    path("notifications/", include("newsroom.urls")),
    path("records/", include(record_urlpatterns)),
    path("accounts/login/", views.RateLimitedLoginView.as_view(), name="login"),
    path("accounts/logout/", role_not_required(auth_views.LogoutView.as_view()), name="logout"),
    path("admin/", admin.site.urls),
    path("healthz", views.healthz, name="healthz"),
    path("favicon.ico", views.favicon, name="favicon"),
]

# MEDIA_URL is never served, not even in DEBUG: uploaded evidence and fetched pages are
# untrusted, so they leave only through sources' permission-checked download views.
