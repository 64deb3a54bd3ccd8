import json
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from claims.interchange.articles import extract_document
from sources.matching import known_names


class Command(BaseCommand):
    # No system checks: they import the whole URLconf (0.3-0.4 s a run) and test nothing used here.
    requires_system_checks: list[str] = []
    help = (
        "Extract sentences, check-worthiness and attributions from a .txt or .html file and "
        "print them as one JSON object. Nothing is stored; the database is only read for "
        "known source names and aliases, and the command works without one."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("path", type=Path)
        parser.add_argument("--json", action="store_true", help="print JSON (the only format)")

    def handle(self, *args, path: Path, **options) -> None:
        try:
            names = known_names()
        except DatabaseError as exc:
            names = {}
            reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            self.stderr.write(
                f"note: database not available ({reason}); "
                "source names are not matched against known sources"
            )
        try:
            document, _url = extract_document(path=path, names=names)
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        self.stdout.write(json.dumps(document.to_json_dict(), ensure_ascii=False))
