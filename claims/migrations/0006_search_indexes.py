"""GIN expression indexes for full-text search (PostgreSQL only; SQLite searches without).

The expressions come from claims.search.vectors, the same functions the queries use, so the
planner matches query and index. Built in RunPython with schema_editor.add_index so they
live in the database only: the models' state is unchanged and other apps' Meta stays theirs.
"""

from django.contrib.postgres.indexes import GinIndex
from django.db import migrations

from claims.search.vectors import INDEXES


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, (app_label, model_name, vector) in INDEXES.items():
        model = apps.get_model(app_label, model_name)
        # the configuration of its day: 0014 and 0022 rebuild them with later ones
        schema_editor.add_index(model, GinIndex(vector("english"), name=name))


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {schema_editor.quote_name(name)}")


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0005_claim_matches"),
        ("sources", "0002_file_paths_fit_hash_folders"),
    ]

    operations = [migrations.RunPython(create, drop)]
