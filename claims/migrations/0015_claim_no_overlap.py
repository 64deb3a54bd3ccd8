"""Claims of one article never overlap, enforced by PostgreSQL itself (issue 13, finding 5).

An exclusion constraint over (article, [start, end)): two rows of the same article whose
character ranges intersect cannot both exist. The services check first and explain in words
(claims.services.span_problem); this catches what a check cannot: two people creating
claims from the same sentence at the same moment (each check sees no overlap, the second
insert then fails here and the service answers with the same message).

Which claims take part: every claim with a span, in every state except "rejected". A
rejected claim is a sentence the desk decided is not a claim; selecting that sentence again
(or a part of it) must stay possible, so the services have always ignored rejected claims
when looking for overlaps, and the constraint does the same. Deleted and merged claims are
deleted rows (their history lives in claims_historicalclaim, which has no such constraint),
so they never take part. A rejected claim proposed again is checked by the service first.
Claims from outside an article (no span) are not ranges and do not take part.

The article's equality is compared by btree_gist where PostgreSQL has it (contrib, in every
packaged PostgreSQL); a server built without contrib (the bundled PostgreSQL the pgvector
tests start) gets the same rule with the article as a one-value range, which GiST compares
without any extension.

On SQLite (laptops) this migration does nothing: SQLite has no exclusion constraints, and
the service check is the rule there. If existing rows already overlap (merges before this
release could leave such pairs), the migration stops and names them, so a person decides
which claim to reject or re-span; nothing is changed behind the desk's back.
"""

from django.db import migrations

CONSTRAINT = "claim_no_overlap"
CREATE = f"""
ALTER TABLE claims_claim ADD CONSTRAINT {CONSTRAINT}
EXCLUDE USING gist (article_id WITH =, int4range("start", "end") WITH &&)
WHERE (state <> 'rejected' AND article_id IS NOT NULL AND "start" IS NOT NULL)
"""
CREATE_WITHOUT_EXTENSION = f"""
ALTER TABLE claims_claim ADD CONSTRAINT {CONSTRAINT}
EXCLUDE USING gist (int8range(article_id, article_id, '[]') WITH =,
                    int4range("start", "end") WITH &&)
WHERE (state <> 'rejected' AND article_id IS NOT NULL AND "start" IS NOT NULL)
"""
OVERLAPS = """
SELECT a.id, b.id, a.article_id FROM claims_claim a JOIN claims_claim b
  ON a.article_id = b.article_id AND a.id < b.id
 AND a."start" < b."end" AND b."start" < a."end"
WHERE a.state <> 'rejected' AND b.state <> 'rejected'
  AND a."start" IS NOT NULL AND b."start" IS NOT NULL
ORDER BY a.article_id, a.id, b.id
LIMIT 50
"""


def add_constraint(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(OVERLAPS)
        pairs = cursor.fetchall()
    if pairs:
        listed = ", ".join(f"claims {a} and {b} (article {art})" for a, b, art in pairs)
        raise RuntimeError(
            "Some claims of one article overlap, so the no-overlap rule cannot be switched "
            f"on yet: {listed}. Reject one of each pair, or edit its span, then migrate again."
        )
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'btree_gist'")
        has_btree_gist = cursor.fetchone() is not None
    if has_btree_gist:
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
        schema_editor.execute(CREATE)
    else:
        schema_editor.execute(CREATE_WITHOUT_EXTENSION)


def drop_constraint(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"ALTER TABLE claims_claim DROP CONSTRAINT IF EXISTS {CONSTRAINT}")


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0014_search_config_russian"),
    ]

    operations = [
        migrations.RunPython(add_constraint, drop_constraint, elidable=False),
    ]
