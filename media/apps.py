from django.apps import AppConfig


class MediaConfig(AppConfig):
    name = "media"
    verbose_name = "Images, recordings and OCR"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        import media.tasks  # noqa: F401  (tasks are queued by name: factcheck.celery.enqueue)
