"""Full-text indexes with PostgreSQL's `russian` configuration (issue 14.6): Russian
Snowball stems for Cyrillic words, English stemming and stopwords for ASCII words as
before. The expressions come from claims.search.vectors, which the queries use too.
PostgreSQL only; SQLite searches without indexes. (0022 moves on to `factcheck`.)"""

from django.db import migrations

from claims.migrations import _search_indexes


def forwards(apps, schema_editor):
    _search_indexes.rebuild(schema_editor, apps, "russian")


def backwards(apps, schema_editor):
    _search_indexes.rebuild(schema_editor, apps, "english")


class Migration(migrations.Migration):
    dependencies = [("claims", "0012_embeddings")]

    operations = [migrations.RunPython(forwards, backwards)]
