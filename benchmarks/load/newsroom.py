"""A realistic newsroom database for the load benchmark: months of work, not nine demo claims.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/factcheck_bench \\
        .venv/bin/python benchmarks/load/newsroom.py [--articles 60] [--claims 6000]

Articles from a dozen outlets with 10-250 claims each (about --claims in all), in every
workflow state, assigned to the demo users, with verdicts where the state needs one; sources
of every kind (some confidential, some with aliases), 1-2 attributions and ~3 evidence items
per claim (half citing a link, most links checked), review comments, and simple-history rows
(a "+" row for every object, "~" rows for each workflow step a claim went through), so that
history and counts cost what they cost in production. Timestamps are spread over 90 days.

Everything is written with bulk_create, so 6,000 claims with their rows take about half a
minute. Idempotent: articles are marked by their URL, and a database that already holds the
requested number of newsroom articles is left alone. Needs the demo users and rating labels
(`manage.py load_demo`). Run on a benchmark database, never on a working one.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MARK = "https://newsroom.example/"

OUTLETS = [
    "The Daily Ledger",
    "Northern Courier",
    "Radio Free Border",
    "Capital Times",
    "Evening Standard-Post",
    "Baltic Wire",
    "Metro Herald",
    "The Observer Review",
    "Coastline News",
    "Danube Dispatch",
    "Highland Gazette",
    "Civic Monitor",
]
PLACES = [
    "Warsaw",
    "Vilnius",
    "the border",
    "Brest",
    "Grodno",
    "Riga",
    "the capital",
    "the eastern region",
    "Bialystok",
    "Minsk",
]
TOPICS = [
    ("migrants crossed the border", "people"),
    ("jobs were created", "jobs"),
    ("hospital beds were cut", "beds"),
    ("schools closed", "schools"),
    ("homes were connected to broadband", "homes"),
    ("soldiers were deployed", "soldiers"),
    ("asylum claims were filed", "claims"),
    ("farms received subsidies", "farms"),
]
SPEAKERS = [
    "the interior minister",
    "a government spokesperson",
    "the opposition leader",
    "the border guard",
    "the health ministry",
    "a senior official",
    "the mayor",
    "the statistics office",
    "a local activist",
    "the prime minister",
]
KINDS = [
    "official",
    "government_agency",
    "ngo",
    "news_outlet",
    "academic_study",
    "dataset",
    "witness_testimony",
    "anonymous",
]
STATES = (
    ["proposed"] * 30
    + ["rejected"] * 10
    + ["accepted"] * 15
    + ["in_research"] * 20
    + ["drafted"] * 10
    + ["approved"] * 7
    + ["published"] * 8
)
# The workflow steps before a state, for history rows.
STEPS = {
    "proposed": [],
    "rejected": ["rejected"],
    "accepted": ["accepted"],
    "in_research": ["accepted", "in_research"],
    "drafted": ["accepted", "in_research", "drafted"],
    "approved": ["accepted", "in_research", "drafted", "approved"],
    "published": ["accepted", "in_research", "drafted", "approved", "published"],
}
WITH_VERDICT = {"drafted", "approved", "published"}


def sentence(rng: random.Random, n: int) -> str:
    what, unit = rng.choice(TOPICS)
    number = rng.choice([rng.randint(12, 990), rng.randint(1_000, 99_000)])
    return (
        f"{rng.choice(SPEAKERS).capitalize()} said {number:,} {what} in "
        f"{rng.choice(PLACES)} in {rng.choice(['March', 'June', 'October', 'December'])} "
        f"{2019 + n % 7}, according to {rng.choice(['figures', 'a report', 'records'])} "
        f"seen by reporters ({unit} case {n})."
    )


def claim_sizes(rng: random.Random, articles: int, claims: int) -> list[int]:
    """Claims per article: mostly 20-150, a few long investigations, summing to `claims`."""
    weights = [rng.choice([1, 2, 2, 3, 3, 4, 8]) for _ in range(articles)]
    total = sum(weights)
    sizes = [max(10, round(claims * w / total)) for w in weights]
    sizes[0] += claims - sum(sizes)
    return sizes


def build(*, articles: int = 60, claims: int = 6000, seed: int = 12) -> dict[str, int]:
    from django.contrib.auth import get_user_model
    from django.db import connection, transaction
    from django.utils import timezone

    from claims.models import Article, Claim, RatingLabel, ReviewComment, content_hash
    from sources.models import (
        Attribution,
        Evidence,
        Link,
        Source,
        SourceAlias,
        normalise_name,
        url_hash,
    )

    done = Article.objects.filter(url__startswith=MARK).count()
    if done >= articles:
        return {"articles": 0}
    if done:
        raise SystemExit(f"{done} newsroom articles already, fewer than {articles}: use a new db")

    rng = random.Random(seed)
    users = list(get_user_model().objects.filter(username__in=["checker", "checker2"]))
    editors = list(get_user_model().objects.filter(username__in=["editor", "editor2"]))
    if not users or not editors:
        raise SystemExit("the demo users are missing: run manage.py load_demo first")
    labels = list(RatingLabel.objects.filter(scale__is_default=True).order_by("position"))
    now = timezone.now()
    history: dict[type, list] = {}
    historical_of: dict[type, type] = {}

    def record(model, objs, *, when, user, kind="+", reason="", **overrides) -> None:
        """simple-history rows for objs, as the signal handlers would have written them."""
        if model not in historical_of:  # the manager is rebuilt on every access: slow
            historical_of[model] = model.history.model
        historical = historical_of[model]
        names = [f.attname for f in model._meta.concrete_fields]
        rows = history.setdefault(historical, [])
        for obj in objs:
            values = {name: getattr(obj, name) for name in names}
            values.update(overrides)
            rows.append(
                historical(
                    **values,
                    history_date=when(obj),
                    history_type=kind,
                    history_user_id=user(obj),
                    history_change_reason=reason or None,
                )
            )

    with transaction.atomic():
        # Sources: a directory built over months; a few are confidential, some have aliases.
        names = [
            f"{rng.choice(['Agency', 'Office', 'Institute', 'Group', 'Ministry'])} of "
            f"{rng.choice(PLACES).title()} {i}"
            for i in range(max(200, claims // 5))
        ]
        sources = Source.objects.bulk_create(
            [
                Source(
                    name=name,
                    normalised_name=normalise_name(name),
                    kind=KINDS[i % len(KINDS)],
                    reliability="ABCDEF"[i % 6],
                    confidential=i % 40 == 0,
                    notes="Profile kept by the research desk." if i % 3 == 0 else "",
                )
                for i, name in enumerate(names)
            ],
            batch_size=2000,
        )
        aliases = SourceAlias.objects.bulk_create(
            [
                SourceAlias(
                    source=s,
                    name=f"{s.name} press office",
                    normalised_name=normalise_name(f"{s.name} press office"),
                )
                for s in sources[::2]
            ],
            batch_size=2000,
        )
        record(
            Source,
            sources,
            when=lambda s: now - timedelta(days=90 + s.pk % 30),
            user=lambda s: editors[s.pk % len(editors)].pk,
        )

        article_rows, spans_per_article = [], []
        for a, size in enumerate(claim_sizes(rng, articles, claims)):
            title = (
                f"{rng.choice(['How', 'Why', 'Inside', 'Fact-check:', 'Analysis:'])} "
                f"{rng.choice(TOPICS)[0]} in {rng.choice(PLACES)} ({a + 1})"
            )
            parts, spans, position = [f"{title}.\n\n"], [], len(title) + 3
            for n in range(size):
                text = sentence(rng, a * 1000 + n)
                spans.append((position, position + len(text), text))
                separator = "\n\n" if n % 4 == 3 else " "
                parts += [text, separator]
                position += len(text) + len(separator)
            body = "".join(parts).rstrip()
            article_rows.append(
                Article(
                    title=title,
                    outlet=OUTLETS[a % len(OUTLETS)],
                    url=f"{MARK}{a + 1}",
                    author=f"Reporter {a % 17}",
                    body=body,
                    content_hash=content_hash(body),
                    status=rng.choice(["imported", "in_review", "in_review", "done"]),
                    imported_by=users[a % len(users)],
                )
            )
            spans_per_article.append(spans)
        made_articles = Article.objects.bulk_create(article_rows)
        record(
            Article,
            made_articles,
            when=lambda a: now - timedelta(days=90 - a.pk % 90),
            user=lambda a: a.imported_by_id,
        )

        claim_rows = []
        for article, spans in zip(made_articles, spans_per_article, strict=True):
            for start, end, text in spans:
                state = rng.choice(STATES)
                author = rng.choice(users)
                verdict = rng.choice(labels) if state in WITH_VERDICT else None
                claim_rows.append(
                    Claim(
                        article=article,
                        start=start,
                        end=end,
                        text=text,
                        claimant=text.split(" said ", 1)[0],
                        state=state,
                        checkworthiness=round(rng.uniform(0.3, 1.0), 2),
                        checkworthiness_reasons=["number", "attribution"],
                        assignee=rng.choice([*users, None]) if state != "proposed" else None,
                        verdict=verdict,
                        verdict_author=author if verdict else None,
                        rationale="Checked against the official record." if verdict else "",
                        reviewer=editors[0] if state in {"approved", "published"} else None,
                        approved_at=now if state in {"approved", "published"} else None,
                        published_at=now if state == "published" else None,
                        created_by=article.imported_by,
                        version=1 + len(STEPS[state]),
                    )
                )
        made_claims = Claim.objects.bulk_create(claim_rows, batch_size=2000)
        record(
            Claim,
            made_claims,
            when=lambda c: now - timedelta(days=60, minutes=c.pk),
            user=lambda c: c.created_by_id,
            state="proposed",
            verdict_id=None,
            version=1,
        )
        for claim in made_claims:
            for step, state in enumerate(STEPS[claim.state], start=1):
                record(
                    Claim,
                    [claim],
                    when=lambda c, step=step: now - timedelta(days=60 - 5 * step, minutes=c.pk),
                    user=lambda c: c.assignee_id or c.created_by_id,
                    kind="~",
                    reason=f"moved to {state}",
                    state=state,
                    verdict_id=claim.verdict_id if state in WITH_VERDICT else None,
                    version=1 + step,
                )

        links = Link.objects.bulk_create(
            [
                Link(
                    url=f"https://records.example/{i}",
                    url_hash=url_hash(f"https://records.example/{i}"),
                    last_outcome=rng.choice(["ok", "ok", "ok", "redirected", "broken", ""]),
                    last_status_code=200,
                    last_checked_at=now - timedelta(hours=i % 48),
                    content_changed=i % 25 == 0,
                )
                for i in range(len(made_claims) * 3 // 2)
            ],
            batch_size=2000,
        )
        evidence_rows, attribution_rows, comment_rows = [], [], []
        for n, claim in enumerate(made_claims):
            for i in range(rng.choice([1, 2, 3, 3, 4, 5])):
                link = links[(n * 3 + i) % len(links)] if i % 2 == 0 else None
                evidence_rows.append(
                    Evidence(
                        claim=claim,
                        source=sources[(n * 7 + i) % len(sources)],
                        url=link.url if link else "",
                        link=link,
                        excerpt=f"Table {i + 1} of the record lists {n} cases.",
                        stance=["supports", "refutes", "context"][(n + i) % 3],
                        credibility=1 + (n + i) % 6,
                        confidential=(n + i) % 97 == 0,
                        added_by=claim.assignee or claim.created_by,
                    )
                )
            picked = rng.sample(sources, k=rng.choice([1, 1, 2]))
            for source in picked:
                attribution_rows.append(Attribution(claim=claim, source=source, cue="according to"))
            if claim.state in {"drafted", "approved", "published"} and n % 4 == 0:
                comment_rows.append(
                    ReviewComment(claim=claim, author=editors[1], body="Source the second figure.")
                )
        evidence = Evidence.objects.bulk_create(evidence_rows, batch_size=2000)
        attributions = Attribution.objects.bulk_create(attribution_rows, batch_size=2000)
        ReviewComment.objects.bulk_create(comment_rows, batch_size=2000)
        record(
            Evidence,
            evidence,
            when=lambda e: now - timedelta(days=40, minutes=e.pk % 5000),
            user=lambda e: e.added_by_id,
        )
        record(
            Attribution,
            attributions,
            when=lambda a: now - timedelta(days=60),
            user=lambda a: None,
        )
        for historical, rows in history.items():
            historical.objects.bulk_create(rows, batch_size=2000)

        # auto_now fields were set to "now" by bulk_create: spread them over the last 90 days.
        with connection.cursor() as cursor:
            for table in ("claims_article", "claims_claim"):
                cursor.execute(
                    f"UPDATE {table} SET created_at = created_at - (id %% 90) * interval '1 day', "
                    "updated_at = updated_at - (id * 7919 %% 129600) * interval '1 minute' "
                    "WHERE id >= %s",
                    [made_articles[0].pk if table == "claims_article" else made_claims[0].pk],
                )
    return {
        "articles": len(made_articles),
        "claims": len(made_claims),
        "sources": len(sources),
        "aliases": len(aliases),
        "links": len(links),
        "evidence": len(evidence),
        "attributions": len(attributions),
        "comments": len(comment_rows),
        "history rows": sum(len(rows) for rows in history.values()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--claims", type=int, default=6000)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    import django

    django.setup()
    started = time.perf_counter()
    made = build(articles=args.articles, claims=args.claims)
    took = time.perf_counter() - started
    if made["articles"]:
        print(", ".join(f"{n:,} {what}" for what, n in made.items()) + f" in {took:.1f} s")
    else:
        print("newsroom data already present")


if __name__ == "__main__":
    main()
