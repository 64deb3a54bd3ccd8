from pathlib import Path

from django.core.management.base import BaseCommand

from factcheck import backup


class Command(BaseCommand):
    help = "Back up the database and uploaded files (MEDIA_ROOT) into one .tar.gz with SHA-256 manifest."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "output", type=Path, help="archive to write, e.g. workbench-2025-01-31.tar.gz"
        )

    def handle(self, *args, output: Path, **options) -> None:
        manifest = backup.backup(output)
        files = sum(1 for name in manifest.members if name.startswith(backup.MEDIA_PREFIX))
        rows = sum(manifest.counts.values())
        self.stdout.write(f"Wrote {output}: {rows} rows, {files} uploaded files.")
