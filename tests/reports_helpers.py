"""Generated fact-check data for the report, export and API tests and the PDF benchmark."""

from __future__ import annotations

import datetime as dt
import random

from django.contrib.auth import get_user_model
from django.utils import timezone

from claims.models import Article, Claim, RatingLabel
from sources.models import Attribution, Evidence, Link, Source

WORDS = [
    "border",
    "ministry",
    "migrants",
    "sanctions",
    "election",
    "police",
    "report",
    "census",
    "budget",
    "deficit",
    "vaccine",
    "unemployment",
    "percent",
    "million",
    "treaty",
    "court",
    "ruling",
    "data",
    "São",
    "Paulo",
    "Zürich",
    "Kraków",
    "«quoted»",
    "“smart”",
    "naïve",
    "—",
    "emoji",
    "🙂",
    "=SUM(A1)",
    "+1",
    "-2",
    "@cmd",
]


def _sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + f" {rng.randint(1, 10_000)}."


def make_article(claims: int = 20, *, seed: int = 1, title: str | None = None) -> Article:
    """An article with `claims` claims across all workflow states, sources (some
    confidential, some relayed), evidence and verdicts. Deterministic per seed."""
    rng = random.Random(seed)
    User = get_user_model()
    author, _ = User.objects.get_or_create(
        username=f"gen-author-{seed}", defaults={"first_name": "Gen", "last_name": "Author"}
    )
    reviewer, _ = User.objects.get_or_create(
        username=f"gen-editor-{seed}", defaults={"first_name": "Gen", "last_name": "Editor"}
    )
    sentences = [_sentence(rng, rng.randint(6, 18)) for _ in range(claims)]
    body = " ".join(sentences) + f" Generated text {seed}."
    article = Article.objects.create(
        title=title or f"Generated article {seed} — naïve «test»",
        outlet=rng.choice(["Daily A", "Weekly B"]),
        url=f"https://news.example/{seed}",
        author="Desk",
        published_on=dt.date(2024, 1, 1) + dt.timedelta(days=seed),
        body=body,
        status=Article.Status.IN_REVIEW,
        imported_by=author,
    )
    sources = [
        Source.objects.get_or_create(
            name=f"Gen source {seed}-{i}",
            defaults={
                "kind": rng.choice(Source.Kind.values),
                "reliability": rng.choice("ABCDEF"),
                "confidential": i == 0,
                "notes": f"note {i}",
            },
        )[0]
        for i in range(5)
    ]
    labels = list(RatingLabel.objects.filter(scale__is_default=True))
    now = timezone.now().replace(microsecond=0)
    states = list(Claim.State.values)
    pos = 0
    for i, sentence in enumerate(sentences):
        start = body.index(sentence, pos)
        pos = start + len(sentence)
        state = states[i % len(states)]
        extra = {}
        if state in {"drafted", "approved", "published"}:
            extra = {
                "verdict": labels[i % len(labels)],
                "rationale": _sentence(rng, 20),
                "verdict_author": author,
            }
        if state in {"approved", "published"}:
            extra.update(reviewer=reviewer, approved_at=now - dt.timedelta(hours=i))
        if state == "published":
            extra["published_at"] = now - dt.timedelta(minutes=i)
        claim = Claim.objects.create(
            article=article,
            start=start,
            end=start + len(sentence),
            text=sentence,
            claimant=rng.choice(["", f"Gen source {seed}-1", "A minister"]),
            state=state,
            checkworthiness=round(rng.random(), 3),
            checkworthiness_reasons=["statistic"],
            claim_date=dt.date(2023, 5, 1 + i % 28) if i % 3 == 0 else None,
            created_by=author,
            **extra,
        )
        primary, relay = rng.sample(sources, 2)
        Attribution.objects.create(
            claim=claim, source=primary, via=relay if i % 2 else None, cue="according to"
        )
        url = f"https://evidence.example/{seed}/{i}"
        evidence = Evidence.objects.create(
            claim=claim,
            source=rng.choice(sources),
            url=url,
            excerpt=_sentence(rng, 8),
            stance=rng.choice(Evidence.Stance.values),
            credibility=rng.randint(1, 6),
            confidential=i % 7 == 3,
            added_by=author,
        )
        if i % 5 == 0:
            link, _ = Link.objects.get_or_create(url=url, defaults={"last_outcome": "broken"})
            Evidence.objects.filter(pk=evidence.pk).update(link=link)
    return article
