from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Articles, claims and verdicts"

    def ready(self) -> None:
        # Register the Celery tasks in every process: services queue them by name
        # (factcheck.celery.enqueue). Django's documented place for such registrations.
        import claims.search.tasks
        import claims.tasks  # noqa: F401
