from django.apps import AppConfig
from django.db.backends.signals import connection_created

from claims.search.fold import register_sqlite


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Articles, claims and verdicts"

    def ready(self) -> None:
        # Register the Celery tasks in every process: services queue them by name
        # (factcheck.celery.enqueue). Django's documented place for such registrations.
        import claims.search.tasks
        import claims.tasks  # noqa: F401

        connection_created.connect(_register_sql_functions)


def _register_sql_functions(sender, connection, **kwargs) -> None:
    """Keyword search's SQLite fallback folds accents in SQL (claims.search.selectors.Folded);
    PostgreSQL has `unaccent` for that (migration 0022)."""
    if connection.vendor == "sqlite":
        register_sqlite(connection.connection)
