"""Server time of each htmx interaction of the review page, for typical data: the demo
article plus a 300-claim article (claims with 5 evidence items and 2 attributions).
Target: under 50 ms each.

Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/factcheck_bench \\
       .venv/bin/python benchmarks/ui/htmx_actions.py [--runs 40]

Creates and drops its own database (test_<name of DATABASE_URL's database>).
"""

from __future__ import annotations

import argparse

from common import HX, analyze, bench_database, measure, print_table

TARGET_MS = 50


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    runs = args.runs
    with bench_database():
        from django.test import Client
        from django.urls import reverse

        from claims.models import Claim, RatingLabel
        from factcheck.demo import ensure_users, load_demo
        from sources.models import Evidence
        from tests.factories import big_article

        users = ensure_users()
        demo, _ = load_demo()
        article = big_article(claims=300, user=users["editor"])
        analyze()
        checker, editor = Client(), Client()
        checker.force_login(users["checker"])
        editor.force_login(users["editor"])

        panel_claim = article.claims.filter(state=Claim.State.IN_RESEARCH).first()
        toggled = article.claims.filter(state=Claim.State.PROPOSED).first()
        drafts = list(article.claims.filter(state=Claim.State.IN_RESEARCH)[1 : 1 + runs + 3])
        label = RatingLabel.objects.filter(scale__is_default=True).order_by("position").first()
        evidence = Evidence.objects.filter(claim__article=article, link__isnull=False).first()

        def toggle(i: int) -> None:
            toggled.refresh_from_db()

        def accept_or_reject():
            to = "accepted" if toggled.state != "accepted" else "rejected"
            return checker.post(
                reverse("claims:transition", args=[toggled.pk]),
                {"state": to, "version": toggled.version},
                **HX,
            )

        draft_index = iter(range(len(drafts)))

        def draft():
            claim = drafts[next(draft_index)]
            return checker.post(
                reverse("claims:draft_verdict", args=[claim.pk]),
                {
                    "version": claim.version,
                    "verdict": label.pk,
                    "rationale": "Checked against the record.",
                },
                **HX,
            )

        rows = [
            (
                "claim panel GET",
                measure(
                    lambda: checker.get(reverse("claims:claim", args=[panel_claim.pk]), **HX), runs
                ),
                TARGET_MS,
            ),
            (
                "accept / reject (POST, panel re-render)",
                measure(accept_or_reject, runs, before=toggle),
                TARGET_MS,
            ),
            ("draft verdict (POST, panel re-render)", measure(draft, runs), TARGET_MS),
            (
                "progress poll, demo article",
                measure(
                    lambda: checker.get(reverse("claims:article_progress", args=[demo.pk]), **HX),
                    runs,
                ),
                TARGET_MS,
            ),
            (
                "progress poll, 300-claim article",
                measure(
                    lambda: checker.get(
                        reverse("claims:article_progress", args=[article.pk]), **HX
                    ),
                    runs,
                ),
                TARGET_MS,
            ),
            (
                "evidence link-status poll",
                measure(
                    lambda: checker.get(
                        reverse("sources:evidence_status", args=[evidence.pk]), **HX
                    ),
                    runs,
                ),
                TARGET_MS,
            ),
            (
                "source search (autocomplete)",
                measure(
                    lambda: checker.get(
                        reverse("sources:search"), {"source_name": "factory sou"}, **HX
                    ),
                    runs,
                ),
                TARGET_MS,
            ),
            (
                "review body re-render, demo article",
                measure(
                    lambda: editor.get(demo.get_absolute_url(), HTTP_HX_TARGET="review-body", **HX),
                    runs,
                ),
                TARGET_MS,
            ),
        ]
        ok = print_table(rows)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
