from django.contrib.auth.decorators import login_not_required
from django.urls import path

from claims.search import api, views

app_name = "search"

urlpatterns = [
    path("", views.search, name="search"),
    path("similar/<int:claim_id>/", views.similar, name="similar"),
    path("matches/<int:pk>/link/", views.link, name="link"),
    path("matches/<int:pk>/dismiss/", views.dismiss, name="dismiss"),
    # DRF authenticates (token or session) after the login middleware: let it through,
    # the view's permission classes then demand a user (as factcheck/api/urls.py does).
    path(
        "api/similar/",
        login_not_required(api.SimilarClaimsView.as_view()),
        name="api_similar",
    ),
]
