"""The stored analysis in its packed form (claims.search.stored_analysis.pack): a new
column with a database default, so adding it rewrites no row (PostgreSQL 11+ stores a
constant default in the catalogue) and the rows stored in the JSON form keep it."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0023_textvector_stored_analysis"),
    ]

    operations = [
        migrations.AddField(
            model_name="textvector",
            name="analysis_packed",
            field=models.BinaryField(blank=True, db_default=b"", default=b""),
        ),
    ]
