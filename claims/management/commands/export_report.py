"""`manage.py export_report --article ID --format html|pdf|md|csv|json|claimreview [-o FILE]`:
the same output as the report page, for cron jobs and scripts (stdout without -o)."""

from __future__ import annotations

import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.models import Article
from claims.reports.exports import FORMATS, render_article


class Command(BaseCommand):
    # No system checks: they import the whole URLconf (0.3-0.4 s a run) and test nothing used here.
    requires_system_checks: list[str] = []
    help = "Export one article's fact-check report in one format."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--article", type=int, required=True, help="Article id.")
        parser.add_argument("--format", choices=sorted(FORMATS), required=True)
        parser.add_argument("-o", "--output", help="File to write; stdout when left out.")
        parser.add_argument(
            "--claim", type=int, action="append", help="Only these claims (repeatable)."
        )
        parser.add_argument(
            "--include-confidential",
            action="store_true",
            help="Include confidential sources and evidence (the command runs with full rights).",
        )
        parser.add_argument(
            "--language",
            choices=[code for code, _ in settings.LANGUAGES],
            help="The report's language (headings, states, verdict names, ClaimReview's "
            f"reviewRating.alternateName); default: the site's, {settings.LANGUAGE_CODE}.",
        )
        parser.add_argument(
            "--base-url",
            default=settings.FACTCHECK_PUBLIC_URL,
            help="Public address used in links and ClaimReview urls.",
        )

    def handle(self, *args, **options) -> None:
        try:
            rendered = render_article(
                options["article"],
                options["format"],
                claim_ids=options["claim"],
                include_confidential=options["include_confidential"],
                base_url=options["base_url"],
                language=options["language"],
            )
        except Article.DoesNotExist as exc:
            raise CommandError(f"No article with id {options['article']}.") from exc
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        if options["output"]:
            with open(options["output"], "wb") as handle:
                handle.write(rendered.content)
            self.stderr.write(f"Wrote {len(rendered.content):,} bytes to {options['output']}")
        else:
            self.stdout.flush()
            out = getattr(self.stdout, "_out", sys.stdout)
            if hasattr(out, "buffer"):
                out.buffer.write(rendered.content)
                out.flush()
            else:
                out.write(rendered.content.decode("utf-8", errors="replace"))
