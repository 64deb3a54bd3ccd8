"""`manage.py import_json FILE`: load a JSON export (all or nothing)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.interchange.common import ImportFailed, read_file
from claims.interchange.json_import import import_json


class Command(BaseCommand):
    help = "Import a JSON export made by export_report --format json or the bulk export."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file")

    def handle(self, *args, **options) -> None:
        try:
            result = import_json(read_file(options["file"]))
        except OSError as exc:
            raise CommandError(f"Cannot read {options['file']}: {exc.strerror}") from exc
        except ImportFailed as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"Imported {result}.")
