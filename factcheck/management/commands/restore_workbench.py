from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from factcheck import backup


class Command(BaseCommand):
    help = (
        "Restore a backup_workbench archive into an empty instance (migrate first). "
        "Verifies every SHA-256; all-or-nothing."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("input", type=Path, help="archive written by backup_workbench")
        parser.add_argument(
            "--force",
            action="store_true",
            help="replace the data of a non-empty instance (its database is flushed first)",
        )

    def handle(self, *args, input: Path, force: bool, **options) -> None:
        if not input.exists():
            raise CommandError(f"No such file: {input}")
        try:
            manifest = backup.restore(input, force=force)
        except backup.BackupError as exc:
            raise CommandError(str(exc)) from None
        files = sum(1 for name in manifest.members if name.startswith(backup.MEDIA_PREFIX))
        self.stdout.write(
            f"Restored {sum(manifest.counts.values())} rows and {files} uploaded files "
            f"from a backup made {manifest.created_at}."
        )
