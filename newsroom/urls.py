from django.urls import path

from newsroom import views

app_name = "newsroom"

urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("<int:pk>/read/", views.mark_read, name="mark_read"),
    path("read-all/", views.mark_all_read, name="mark_all_read"),
    path("settings/", views.settings_page, name="settings"),
    path("mentions/", views.mentions, name="mentions"),
]
