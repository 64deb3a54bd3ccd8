"""Server time to render the review page of an article with 300 claims, each with 5
evidence items and 2 attributions (target: under 60 ms, issue 12), plus its htmx re-render.

Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/factcheck_bench \\
       .venv/bin/python benchmarks/ui/review_page.py [--runs 30] [--claims 300]

Creates and drops its own database (test_<name of DATABASE_URL's database>).
"""

from __future__ import annotations

import argparse

from common import HX, analyze, bench_database, measure, print_table

TARGET_MS = 60  # issue 12: under 60 ms (and at most 20 queries) at 300 claims


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--claims", type=int, default=300)
    args = parser.parse_args()
    with bench_database():
        from django.test import Client

        from factcheck.demo import ensure_users
        from tests.factories import big_article

        editor = ensure_users()["editor"]
        article = big_article(claims=args.claims, user=editor)
        analyze()
        client = Client()
        client.force_login(editor)
        url = article.get_absolute_url()
        size = len(client.get(url).content)
        rows = [
            (
                f"review page, {args.claims} claims (full page)",
                measure(lambda: client.get(url), args.runs),
                TARGET_MS,
            ),
            (
                f"review body re-render (htmx), {args.claims} claims",
                measure(lambda: client.get(url, HTTP_HX_TARGET="review-body", **HX), args.runs),
                TARGET_MS,
            ),
        ]
        print(
            f"{args.claims} claims × 5 evidence × 2 attributions; page {size / 1024:.0f} KiB "
            "(SQL queries: tests/test_review_queries.py)\n"
        )
        ok = print_table(rows)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
