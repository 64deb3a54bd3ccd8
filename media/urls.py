from django.urls import path

from media import views

app_name = "media"

urlpatterns = [
    path("scan-pages/<int:pk>/image", views.scan_page_image, name="scan_page_image"),
    path("key-frames/<int:pk>/image", views.key_frame_image, name="key_frame_image"),
    path("evidence/<int:pk>/", views.evidence_media, name="evidence_media"),
    path("evidence/<int:pk>/transcript", views.transcript, name="transcript"),
    path("evidence/<int:pk>/recording", views.linked_recording, name="linked_recording"),
    path("imports/<int:pk>/", views.scan_import, name="scan_import"),
]
