"""`manage.py import_claimreview FILE|URL`: other organisations' ClaimReview JSON-LD (a .jsonld
file, a saved HTML page, or a published page fetched through the SSRF-safe fetcher) as prior
fact-checks, all or nothing."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.interchange.claimreview_import import import_claimreview
from claims.interchange.common import ImportFailed, read_file
from sources.fetching import download


class Command(BaseCommand):
    help = (
        "Import ClaimReview JSON-LD (a file, a saved HTML page or a page URL) as prior fact-checks."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("source", metavar="FILE|URL")

    def handle(self, *args, **options) -> None:
        source: str = options["source"]
        try:
            if source.lower().startswith(("http://", "https://")):
                data = download(source, what="This page").body
            else:
                data = read_file(source)
            result = import_claimreview(data)
        except OSError as exc:
            raise CommandError(f"Cannot read {source}: {exc.strerror}") from exc
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        except ImportFailed as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"Imported {result}.")
