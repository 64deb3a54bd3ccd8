"""Full-text indexes with PostgreSQL's `russian` configuration (issue 14.6): Russian
Snowball stems for Cyrillic words, English stemming and stopwords for ASCII words as
before. The expressions come from claims.search.vectors (CONFIG), which the queries use
too. PostgreSQL only; SQLite searches without indexes."""

from django.contrib.postgres.indexes import GinIndex
from django.db import migrations

from claims.search.vectors import INDEXES


def _rebuild(schema_editor, apps, config: str) -> None:
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


def forwards(apps, schema_editor):
    _rebuild(schema_editor, apps, "russian")


def backwards(apps, schema_editor):
    _rebuild(schema_editor, apps, "english")


class Migration(migrations.Migration):
    dependencies = [("claims", "0012_embeddings")]

    operations = [migrations.RunPython(forwards, backwards)]
