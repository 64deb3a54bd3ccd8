from django.urls import path

from claims import views

app_name = "claims"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("articles/<int:pk>/", views.article_detail, name="article"),
    path("claims/<int:pk>/", views.claim_detail, name="claim"),
]
