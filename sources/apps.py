from django.apps import AppConfig


class SourcesConfig(AppConfig):
    name = "sources"
    verbose_name = "Sources, evidence and link checks"

    def ready(self) -> None:
        # Register the Celery tasks in every process: services queue them by name
        # (factcheck.celery.enqueue). Django's documented place for such registrations.
        import sources.tasks  # noqa: F401
