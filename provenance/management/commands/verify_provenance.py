"""Check every WARC digest, file hash, timestamp token and history entry.

python manage.py verify_provenance --claim 12 --json
python manage.py verify_provenance --article 3
python manage.py verify_provenance --all --json
python manage.py verify_provenance --package fact-check-12.zip [--ca roots.pem] --json
python manage.py verify_provenance --warc snapshot-5.warc --json

One JSON object per item (`kind`, `id`, `status` ok/tampered/unsealed/missing, `detail`);
exit status 1 when anything is tampered or missing. Reads only: nothing is stored.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from provenance import package, verification
from provenance.warc import WarcError, read_response


class Command(BaseCommand):
    requires_system_checks: list[str] = []
    help = "Verify the provenance of a claim, an article, everything, or a package/WARC file."

    def add_arguments(self, parser: CommandParser) -> None:
        scope = parser.add_mutually_exclusive_group(required=True)
        scope.add_argument("--claim", type=int)
        scope.add_argument("--article", type=int)
        scope.add_argument("--all", action="store_true")
        scope.add_argument("--package", help="an evidence package (zip) to check")
        scope.add_argument("--warc", help="a WARC file to check")
        parser.add_argument("--ca", default="", help="trusted roots (PEM) for --package")
        parser.add_argument("--json", action="store_true", help="one JSON object per line")

    def handle(self, *args: Any, **options: Any) -> None:
        results = self._results(options)
        for item in results:
            if options["json"]:
                self.stdout.write(json.dumps(item, ensure_ascii=False))
            else:
                self.stdout.write(
                    f"{item['status']:<9} {item['kind']:<11} {item['id']!s:<12} {item['detail']}"
                )
        if verification.failed(results):
            raise SystemExit(1)

    def _results(self, options: dict[str, Any]) -> list[dict[str, Any]]:
        from claims.models import Article, Claim

        if options["claim"] is not None:
            if not Claim.objects.filter(pk=options["claim"]).exists():
                raise CommandError(f"There is no claim {options['claim']}.")
            return verification.verify_claim(options["claim"])
        if options["article"] is not None:
            if not Article.objects.filter(pk=options["article"]).exists():
                raise CommandError(f"There is no article {options['article']}.")
            return verification.verify_article(options["article"])
        if options["all"]:
            return verification.verify_all()
        path = Path(options["package"] or options["warc"])
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CommandError(f"Cannot read {path}: {exc.strerror or exc}") from exc
        if options["package"]:
            try:
                return package.verify(data, options["ca"])
            except package.PackageError as exc:
                raise CommandError(str(exc)) from exc
        try:
            response = read_response(data)
        except WarcError as exc:
            raise CommandError(str(exc)) from exc
        return [
            {
                "kind": "snapshot",
                "id": response.target_uri,
                "status": "ok" if response.digests_ok else "tampered",
                "detail": f"{response.payload_digest}, captured {response.date}"
                if response.digests_ok
                else "the payload does not match its recorded digest",
            }
        ]
