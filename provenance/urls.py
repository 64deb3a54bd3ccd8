from django.urls import path

from provenance import views

app_name = "provenance"

urlpatterns = [
    path("claims/<int:pk>/package.zip", views.claim_package, name="claim_package"),
    path("articles/<int:pk>/package.zip", views.article_package, name="article_package"),
]
