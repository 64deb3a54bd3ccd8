from django.urls import path

from claims.search import views

app_name = "search"

urlpatterns = [
    path("", views.search, name="search"),
    path("similar/<int:claim_id>/", views.similar, name="similar"),
    path("matches/<int:pk>/link/", views.link, name="link"),
    path("matches/<int:pk>/dismiss/", views.dismiss, name="dismiss"),
    path("checked-before/<int:article_id>/", views.checked_before, name="checked_before"),
]
