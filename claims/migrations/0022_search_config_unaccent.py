"""Keyword search that does not care about accents (issue 14, item 6): the `factcheck` text
search configuration is PostgreSQL's `russian` with the `unaccent` dictionary before the
stemmers of non-ASCII words, and the GIN indexes are rebuilt with it (claims.search.vectors).
`unaccent` ships with PostgreSQL's contrib modules (in Debian's server package and the
official images) and is a trusted extension, so a database owner may create it; without
it the configuration is `russian` as before and a warning says so. PostgreSQL only; SQLite
folds in Python (claims.search.fold)."""

import warnings

from django.db import migrations

from claims.migrations import _search_indexes

# The token types the `russian` configuration gives to its Snowball stemmer: words with a
# letter outside ASCII. ASCII words have no accents to fold and keep the English stemmer.
_NON_ASCII_WORDS = "word, hword, hword_part"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'unaccent'")
        has_unaccent = cursor.fetchone() is not None
    schema_editor.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS factcheck")
    schema_editor.execute("CREATE TEXT SEARCH CONFIGURATION factcheck (COPY = pg_catalog.russian)")
    if has_unaccent:
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        schema_editor.execute(
            f"ALTER TEXT SEARCH CONFIGURATION factcheck ALTER MAPPING FOR {_NON_ASCII_WORDS} "
            "WITH unaccent, russian_stem"
        )
    else:
        # A build without the contrib modules (e.g. the bundled server the pgvector tests
        # start): search works as with `russian`, accents count. Install the contrib
        # modules and run `migrate claims 0021` then `migrate` to fold them.
        warnings.warn(
            "PostgreSQL has no 'unaccent' extension (a contrib module): keyword search "
            "will tell accented letters apart (Łódź is not found by 'Lodz').",
            stacklevel=1,
        )
    _search_indexes.rebuild(schema_editor, apps, "factcheck")


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    _search_indexes.rebuild(schema_editor, apps, "russian")
    schema_editor.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS factcheck")


class Migration(migrations.Migration):
    dependencies = [("claims", "0021_textvector_sparse")]

    operations = [migrations.RunPython(forwards, backwards)]
