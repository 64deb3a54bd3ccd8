from django.urls import path

from sources import views

app_name = "sources"

urlpatterns = [
    path("", views.source_list, name="list"),
    path("search/", views.source_search, name="search"),
    path("evidence/<int:pk>/status/", views.evidence_status, name="evidence_status"),
    path("links/<int:pk>/", views.snapshot, name="snapshot"),
]
