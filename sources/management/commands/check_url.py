"""`manage.py check_url URL... [--file FILE] [--json]`: the Celery link check, run inline.

Uses the same engine and Django settings (LINKCHECK_*) as the workers, records nothing, and
never raises for a bad URL: malformed, non-http(s) or overlong input gets outcome `invalid`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from sources.linkcheck import check_urls_sync
from sources.linkcheck_settings import linkcheck_config


class Command(BaseCommand):
    # No system checks: they import the whole URLconf (0.3-0.4 s a run) and test nothing used here.
    requires_system_checks: list[str] = []
    # Settings only: `manage.py check_url` runs without populating the app registry (no
    # models, admin or Celery: factcheck.commands), so this module imports nothing else.
    requires_app_registry = False
    help = "Check URLs with the link checker and print one line (or JSON object) per URL."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("urls", nargs="*", metavar="URL")
        parser.add_argument("--file", help="read URLs from FILE, one per line (# comments)")
        parser.add_argument("--json", action="store_true", help="one JSON object per line")
        parser.add_argument(
            "--status-only", action="store_true", help="HEAD only: no body, fingerprint or soft 404"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        urls = [u.strip() for u in options["urls"]]
        if options["file"]:
            try:
                lines = Path(options["file"]).read_text(encoding="utf-8").splitlines()
            except FileNotFoundError:
                raise CommandError(f"no such file: {options['file']}") from None
            except (OSError, UnicodeDecodeError) as exc:
                raise CommandError(f"cannot read {options['file']}: {exc}") from None
            urls.extend(line.strip() for line in lines)
        urls = [u for u in urls if u and not u.startswith("#")]
        if not urls:
            raise CommandError("give at least one URL (or --file with URLs)")
        config = linkcheck_config(read_body=not options["status_only"])
        for result in check_urls_sync(urls, config):
            if options["json"]:
                self.stdout.write(json.dumps(result.to_json_dict(), ensure_ascii=False))
                continue
            status = result.status_code if result.status_code is not None else "-"
            line = f"{result.outcome.value:<18} {status!s:>3} {result.url}"
            if result.final_url and result.final_url != result.url:
                line += f" -> {result.final_url}"
            if result.error:
                line += f"  ({result.error})"
            self.stdout.write(line)
