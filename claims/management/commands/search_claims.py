"""Search claims, or find claims and prior fact-checks that say the same thing, from the
command line.

python manage.py search_claims "death toll at the border" --json
python manage.py search_claims "120 people died at the border" --similar --limit 5 --json

--json prints one object per line (a stable contract, docs/search.md):
  keyword search: id, text, verdict, score
  --similar:      kind ("claim" | "prior_fact_check"), id, text, language ("" unknown),
                  verdict, score; only what the workbench would suggest (score at or above
                  its threshold), best first, claims and imported fact-checks together.
Notes about the query (cut, unsupported script, model unavailable) go to stderr. A query
that cannot be compared (empty, too short, no words) exits 1 with the reason on stderr and
nothing on stdout. QUERY "-" reads the query from standard input: the operating system
refuses a single argument over 128 KiB, so a long paste can only come that way.

echo "120 people died at the border since 2021" | python manage.py search_claims - --similar
"""

from __future__ import annotations

import argparse
import json
import sys

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.search import selectors

KIND_NAMES = {"claim": "claim", "prior": "prior_fact_check"}


class Command(BaseCommand):
    # No system checks: they import the whole URLconf (0.3-0.4 s a run) and test nothing used here.
    requires_system_checks: list[str] = []
    stealth_options = ("stdin",)  # call_command(..., stdin=StringIO(...)) for "-"
    help = (
        "Print the best-matching claims for a query (or --similar: claims and prior "
        "fact-checks saying the same, in any of en/ru/uk/be/pl)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("query", help='the query, or "-" to read it from standard input')
        parser.add_argument(
            "--similar", action="store_true", help="claim matching, not keyword search"
        )
        parser.add_argument(
            "--limit", type=_count, default=10, help="how many lines at most (1-1000)"
        )
        parser.add_argument("--json", action="store_true", help="one JSON object per line")

    def handle(self, *args, query: str, similar: bool, limit: int, json: bool, **options) -> None:
        if query == "-":
            query = (options.get("stdin") or sys.stdin).read()
        if similar:
            try:
                asked = selectors.prepare_similar_query(query)
            except ValidationError as exc:
                raise CommandError(" ".join(exc.messages)) from exc
            for note in asked.notes:
                self.stderr.write(note)
            rows = [
                {
                    "kind": KIND_NAMES[hit.kind],
                    "id": hit.pk,
                    "text": hit.text,
                    "language": hit.language,
                    "verdict": hit.verdict or None,
                    "score": round(hit.score, 4),
                }
                for hit in selectors.answer_similar_query(asked, limit=limit)
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
                kind = f"{row['kind']}  " if "kind" in row else ""
                self.stdout.write(
                    f"{row['score']:>8.4f}  {kind}#{row['id']}  [{row['verdict'] or '-'}]  "
                    f"{row['text']}"
                )


def _count(value: str) -> int:
    """--limit: a whole number from 1 to 1,000 (a negative one cut the answer from its end,
    and 0 printed nothing as if nothing matched)."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if not 1 <= number <= 1000:
        raise argparse.ArgumentTypeError(f"a whole number from 1 to 1000, not {value!r}")
    return number


def _dumps(row: dict) -> str:
    return json.dumps(row, ensure_ascii=False)
