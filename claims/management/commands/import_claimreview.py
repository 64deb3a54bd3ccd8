"""`manage.py import_claimreview FILE`: other organisations' ClaimReview JSON-LD (a .jsonld
file or a saved HTML page) as prior fact-checks, all or nothing."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.imports import ImportFailed, import_claimreview, read_file


class Command(BaseCommand):
    help = "Import ClaimReview JSON-LD (file or HTML page) as prior fact-checks."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file")

    def handle(self, *args, **options) -> None:
        try:
            result = import_claimreview(read_file(options["file"]))
        except OSError as exc:
            raise CommandError(f"Cannot read {options['file']}: {exc.strerror}") from exc
        except ImportFailed as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"Imported {result}.")
