"""Where PostgreSQL has the `vector` extension (the production image of docker-compose.yml),
vectors are also stored as `vector(384)` with two partial HNSW indexes, and looked up in
the database (claims/search/pgvector_index.py). Elsewhere (SQLite, Debian's PostgreSQL
without pgvector) this migration changes nothing; `build_vectors --index` installs it
later on a database given the extension."""

from django.db import migrations


def install(apps, schema_editor):
    from claims.search import pgvector_index

    if schema_editor.connection.vendor == "postgresql":
        pgvector_index.install()


def uninstall(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("DROP INDEX IF EXISTS textvector_claim_hnsw")
        cursor.execute("DROP INDEX IF EXISTS textvector_prior_hnsw")
        cursor.execute("ALTER TABLE claims_textvector DROP COLUMN IF EXISTS embedding")


class Migration(migrations.Migration):
    dependencies = [("claims", "0019_checkers_read_prior_fact_checks")]
    operations = [migrations.RunPython(install, uninstall)]
