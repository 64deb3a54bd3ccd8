"""Search claims, or find claims that say the same thing, from the command line.

python manage.py search_claims "death toll at the border" --json
python manage.py search_claims "120 people died at the border" --similar --limit 5 --json
"""

from __future__ import annotations

import json

from django.contrib.auth.models import AnonymousUser
from django.core.management.base import BaseCommand, CommandParser

from claims.search import selectors


class Command(BaseCommand):
    # No system checks: they import the whole URLconf (0.3-0.4 s a run) and test nothing used here.
    requires_system_checks: list[str] = []
    help = "Print the best-matching claims for a query (or --similar: claims saying the same)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("query")
        parser.add_argument(
            "--similar", action="store_true", help="claim matching, not keyword search"
        )
        parser.add_argument("--limit", type=int, default=10)
        parser.add_argument("--json", action="store_true", help="one JSON object per line")

    def handle(self, *args, query: str, similar: bool, limit: int, json: bool, **options) -> None:
        if similar:
            rows = [
                {
                    "id": hit.pk,
                    "text": hit.text,
                    "verdict": hit.verdict or None,
                    "score": round(hit.score, 4),
                }
                for hit in selectors.similar_claims(query, limit=limit, include_prior=False)
            ]
        else:
            # Claims only, none confidential in themselves: an anonymous reader's view is right.
            user = AnonymousUser()
            rows = [
                {
                    "id": hit.pk,
                    "text": hit.title,
                    "verdict": hit.verdict.name if hit.verdict else None,
                    "score": round(hit.score, 4),
                }
                for hit in selectors.search(query, user=user, kind="claim", limit=limit)
            ]
        for row in rows:
            if json:
                self.stdout.write(_dumps(row))
            else:
                self.stdout.write(
                    f"{row['score']:>8.4f}  #{row['id']}  [{row['verdict'] or '-'}]  {row['text']}"
                )


def _dumps(row: dict) -> str:
    return json.dumps(row, ensure_ascii=False)
