"""Rebuild the full-text GIN indexes with a text search configuration (migrations 0014 and
0022). Not a migration: Django's loader skips modules whose names start with "_"."""

from django.contrib.postgres.indexes import GinIndex

from claims.search.vectors import INDEXES


def rebuild(schema_editor, apps, config: str) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = %s", [config])
        if cursor.fetchone() is None:
            raise RuntimeError(
                f"This PostgreSQL has no '{config}' text search configuration "
                "(it is part of every standard build); install a standard PostgreSQL."
            )
    for name, (app_label, model_name, vector) in INDEXES.items():
        model = apps.get_model(app_label, model_name)
        schema_editor.execute(f"DROP INDEX IF EXISTS {schema_editor.quote_name(name)}")
        schema_editor.add_index(model, GinIndex(vector(config), name=name))
