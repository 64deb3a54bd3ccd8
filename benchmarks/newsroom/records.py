"""Server time of the claimant page, a source page and the desk statistics at 10,000
claims (target: under 150 ms each), in-process with Django's test client.

Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/factcheck_bench \\
       .venv/bin/python benchmarks/newsroom/records.py [--runs 20] [--claims 10000]

Creates and drops its own database (test_<name of DATABASE_URL's database>).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui"))

from common import bench_database, measure, print_table  # noqa: E402

TARGET_MS = 150


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument(
        "--queries", action="store_true", help="also print each page's SQL with its time"
    )
    args = parser.parse_args()
    with bench_database():
        from datetime import timedelta

        from django.test import Client
        from django.urls import reverse
        from django.utils import timezone

        from claims.models import Claim
        from factcheck.demo import ensure_users
        from sources.models import Attribution, Source
        from tests.factories import big_article

        editor = ensure_users()["editor"]
        per_article = 500
        for n in range(max(1, args.claims // per_article)):
            big_article(
                claims=per_article,
                evidence_per_claim=1,
                attributions_per_claim=1,
                user=editor,
                title=f"Benchmark article {n}",
            )
        now = timezone.now()
        for n, pk in enumerate(
            Claim.objects.filter(state=Claim.State.APPROVED).values_list("pk", flat=True)
        ):
            Claim.objects.filter(pk=pk).update(approved_at=now - timedelta(days=n % 80))
        Claim.objects.filter(pk__in=Claim.objects.values("pk")[: args.claims // 10]).update(
            claimant="Ministry of the Interior"
        )
        source = Source.objects.first()
        Attribution.objects.filter(
            pk__in=Attribution.objects.exclude(via=source).values("pk")[:2000]
        ).update(source=source)
        client = Client()
        client.force_login(editor)
        urls = {
            "claimant page (1,000 claims by one claimant)": reverse("records:claimant")
            + "?name=Ministry+of+the+Interior",
            "source page (2,000 attributed claims)": reverse("records:source", args=[source.pk]),
            "desk statistics (last 12 weeks)": reverse("records:statistics"),
        }
        rows = []
        for label, url in urls.items():
            assert client.get(url).status_code == 200, url
            if args.queries:
                from django.db import connection
                from django.test.utils import CaptureQueriesContext

                with CaptureQueriesContext(connection) as ctx:
                    client.get(url)
                print(f"-- {label}")
                for query in ctx.captured_queries:
                    print(f"{float(query['time']) * 1000:8.1f} ms  {query['sql'][:160]}")
            rows.append((label, measure(lambda url=url: client.get(url), args.runs), TARGET_MS))
        print(f"{Claim.objects.count()} claims (query counts: tests/test_records.py)\n")
        ok = print_table(rows)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
