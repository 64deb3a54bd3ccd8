from django.urls import path

from newsroom import record_views, views

app_name = "newsroom"

urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("<int:pk>/read/", views.mark_read, name="mark_read"),
    path("read-all/", views.mark_all_read, name="mark_all_read"),
    path("settings/", views.settings_page, name="settings"),
    path("mentions/", views.mentions, name="mentions"),
    path("language/", views.choose_language, name="language"),
]

# Mounted at /records/ (factcheck/urls.py): claimant and source pages, desk statistics.
record_urlpatterns = (
    [
        path("sources/<int:pk>/", record_views.source_page, name="source"),
        path("claimant/", record_views.claimant_page, name="claimant"),
        path("statistics/", record_views.statistics_page, name="statistics"),
    ],
    "records",
)
