"""Small factory helpers shared by test modules: a cited web page, an API client, and big
articles for query-count tests and benchmarks, built with bulk_create so that making 300
claims with 1,500 evidence items takes a second, not a minute."""

from __future__ import annotations

from django.apps import apps
from django.contrib.auth import get_user_model
from django.utils import timezone
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from claims.models import Article, Claim, RatingLabel
from sources.models import Attribution, Evidence, Link, Source, url_hash

PAGE = """<!doctype html><html><head><title>Border deaths</title>
<script>var ts = {ts};</script></head>
<body><nav><a href="/">Home</a></nav><div class="ad-slot">{ad}</div>
<main><article><h1>At least {toll} people died at the border</h1>
<p>According to human rights group Human Constanta, at least {toll} people have died.</p>
<p>The operation started in spring 2021.</p></article></main>
<footer>Page generated {ts}</footer></body></html>"""


def article_page(*, toll: int = 120, ts: str = "2024-01-01", ad: str = "") -> bytes:
    """A news page citing a death toll, served by tests.local_site to the link checker."""
    return PAGE.format(toll=toll, ts=ts, ad=ad).encode()


def api(user=None) -> APIClient:
    """An API client, authenticated by `user`'s token when given."""
    client = APIClient()
    if user is not None:
        token, _ = Token.objects.get_or_create(user=user)
        client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


SENTENCE = (
    "Officials said {n} migrants crossed the border in March {year}, according to Agency {n}."
)


def big_article(
    *,
    claims: int = 300,
    evidence_per_claim: int = 5,
    attributions_per_claim: int = 2,
    user=None,
    title: str | None = None,
) -> Article:
    """An article with `claims` claims, each with evidence (every other item with a checked
    link) and attributions relayed via a second source; states and verdicts vary."""
    if user is None:
        user = get_user_model().objects.get_or_create(username="factory-checker")[0]
    title = title or f"Big article with {claims} claims"
    sentences = [SENTENCE.format(n=n, year=2000 + n % 25) for n in range(claims)]
    lead = f"{title}.\n\n"  # distinct titles make distinct bodies (content hashes)
    paragraphs, spans, position = [lead], [], len(lead)
    for n, sentence in enumerate(sentences):
        spans.append((position, position + len(sentence)))
        position += len(sentence)
        paragraphs.append(sentence)
        separator = "\n\n" if n % 5 == 4 else " "
        paragraphs.append(separator)
        position += len(separator)
    body = "".join(paragraphs).rstrip()
    article = Article.objects.create(
        title=title,
        outlet="Factory Times",
        body=body,
        imported_by=user,
    )
    labels = list(RatingLabel.objects.filter(scale__is_default=True).order_by("position"))
    states = [
        Claim.State.PROPOSED,
        Claim.State.ACCEPTED,
        Claim.State.IN_RESEARCH,
        Claim.State.DRAFTED,
        Claim.State.APPROVED,
    ]
    claim_rows = []
    for n, (start, end) in enumerate(spans):
        state = states[n % len(states)]
        with_verdict = state in (Claim.State.DRAFTED, Claim.State.APPROVED)
        claim_rows.append(
            Claim(
                article=article,
                start=start,
                end=end,
                text=body[start:end],
                claimant=f"Agency {n}",
                state=state,
                checkworthiness=0.5 + (n % 50) / 100,
                checkworthiness_reasons=["number", "named entity", "attribution"],
                verdict=labels[n % len(labels)] if with_verdict else None,
                verdict_author=user if with_verdict else None,
                rationale="Because." if with_verdict else "",
                assignee=user if n % 3 == 0 else None,
                created_by=user,
            )
        )
    made = Claim.objects.bulk_create(claim_rows)
    stamp, now = f"a{article.pk}", timezone.now()
    sources = Source.objects.bulk_create(
        [
            Source(
                name=f"Factory source {stamp}-{i}",
                normalised_name=f"factory source {stamp} {i}",
                kind=Source.Kind.NEWS_OUTLET,
                reliability="B",
            )
            for i in range(20)
        ]
    )
    links = Link.objects.bulk_create(
        [
            Link(
                url=f"https://example.org/{stamp}/{i}",
                url_hash=url_hash(f"https://example.org/{stamp}/{i}"),
                last_outcome="ok" if i % 2 else "",
                last_status_code=200 if i % 2 else None,
                last_checked_at=now if i % 2 else None,
            )
            for i in range(claims * evidence_per_claim // 2 + 1)
        ]
    )
    evidence_rows, attribution_rows = [], []
    for n, claim in enumerate(made):
        for i in range(evidence_per_claim):
            k = n * evidence_per_claim + i
            evidence_rows.append(
                Evidence(
                    claim=claim,
                    source=sources[k % len(sources)],
                    url=links[k // 2].url if k % 2 == 0 else "",
                    link=links[k // 2] if k % 2 == 0 else None,
                    excerpt=f"Quote {k} from the record.",
                    stance=Evidence.Stance.SUPPORTS,
                    credibility=2,
                    added_by=user,
                )
            )
        for i in range(attributions_per_claim):
            attribution_rows.append(
                Attribution(
                    claim=claim,
                    source=sources[(n + i) % len(sources)],
                    via=sources[(n + i + 1) % len(sources)],
                    cue="according to",
                )
            )
    Evidence.objects.bulk_create(evidence_rows)
    Attribution.objects.bulk_create(attribution_rows)
    return article


def database_fingerprint() -> tuple:
    """Every row of our apps, users and tokens: any write shows up as a difference."""
    rows = []
    for label in ("claims", "sources", "auth", "authtoken"):
        for model in apps.get_app_config(label).get_models():
            rows.append((model._meta.label, tuple(model.objects.order_by("pk").values_list())))
    return tuple(rows)
