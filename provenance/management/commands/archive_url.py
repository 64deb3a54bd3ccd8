"""Fetch a URL through the link checker's SSRF-safe fetcher, keep a snapshot with its WARC,
and seal it.

python manage.py archive_url https://example.org/page --json
{"snapshot": 7, "warc": "snapshots/ab/…/20261201T120000000000Z.warc", "sha256": "…",
 "timestamp": "sealed"}

`warc` is relative to MEDIA_ROOT; `sha256` is the WARC file's; `timestamp` is "sealed",
"unsealed" (the authorities refused, the reason is logged and shown on the snapshot),
"pending" (--no-wait: a worker seals it) or "off" (FACTCHECK_TSA_URLS is empty).
"""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from provenance import archiving


class Command(BaseCommand):
    help = "Archive one URL as a snapshot with a WARC file and a trusted timestamp."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("url")
        parser.add_argument(
            "--no-wait", action="store_true", help="leave the timestamp to a worker"
        )
        parser.add_argument("--json", action="store_true")

    def handle(self, *args: Any, url: str, no_wait: bool, json: bool, **options: Any) -> None:
        try:
            row = archiving.archive_url(url, wait=not no_wait)
        except archiving.ArchiveError as exc:
            raise CommandError(str(exc)) from exc
        if json:
            self.stdout.write(_dumps(row))
        else:
            self.stdout.write(
                f"snapshot {row['snapshot']}: {row['warc']} sha256 {row['sha256']} "
                f"timestamp {row['timestamp']}"
            )


_dumps = json.dumps
