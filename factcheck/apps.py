from django.apps import AppConfig


class FactcheckConfig(AppConfig):
    name = "factcheck"
    verbose_name = "Workbench"

    def ready(self) -> None:
        # The Celery app becomes the current app before any task is declared or sent, in
        # every Django process (web, worker, commands that set up the app registry).
        import factcheck.celery  # noqa: F401
