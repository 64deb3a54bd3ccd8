import json
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from claims.importing import extract_document


class Command(BaseCommand):
    help = (
        "Extract sentences, check-worthiness and attributions from a .txt or .html file and "
        "print them as one JSON object. Nothing is stored."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("path", type=Path)
        parser.add_argument("--json", action="store_true", help="print JSON (the only format)")

    def handle(self, *args, path: Path, **options) -> None:
        try:
            document, _url = extract_document(path=path)
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        self.stdout.write(json.dumps(document.to_json_dict(), ensure_ascii=False))
