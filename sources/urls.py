from django.urls import path

from sources import views

app_name = "sources"

urlpatterns = [
    path("", views.source_list, name="list"),
    path("search/", views.source_search, name="search"),
    path("<int:pk>/aliases/", views.add_alias, name="add_alias"),
    path("aliases/<int:pk>/remove/", views.remove_alias, name="remove_alias"),
    path("evidence/<int:pk>/status/", views.evidence_status, name="evidence_status"),
    path("evidence/<int:pk>/recheck/", views.recheck, name="recheck"),
    path("links/<int:pk>/", views.snapshot, name="snapshot"),
    path("evidence/<int:pk>/file", views.evidence_file, name="evidence_file"),
    path("snapshots/<int:pk>/raw", views.snapshot_raw, name="snapshot_raw"),
    path("snapshots/<int:pk>/warc", views.snapshot_warc, name="snapshot_warc"),
    path("snapshots/<int:pk>/replay", views.snapshot_replay, name="snapshot_replay"),
]
