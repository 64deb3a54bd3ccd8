from django.urls import path

from claims.reports import views

app_name = "reports"

urlpatterns = [
    path("articles/<int:pk>/", views.article_report, name="article"),
    path("claims/<int:pk>/claimreview.jsonld", views.claim_claimreview, name="claim"),
    path("exports/", views.export_list, name="exports"),
    path("exports/<int:pk>/", views.export_status, name="export_status"),
    path("exports/<int:pk>/download", views.export_download, name="export_download"),
]
