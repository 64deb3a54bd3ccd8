"""The XSS corpus through every field a user (or an import) can fill, opened in Chromium on
every page that shows it. A payload that ran would set window.__xss, open a dialog, or (with
the CSP refusing it) log a console error: the page fixture fails the test on the last two.
The field values are stored as the import paths and the admin store them, bypassing form
validation, so the templates are tested against the worst a row can contain."""

from __future__ import annotations

import hashlib

from tests.browser.conftest import DB

pytestmark = DB

PAYLOADS = [
    "<script>window.__xss=1</script>",
    '<img src=x onerror="window.__xss=1">',
    "<svg onload=window.__xss=1>",
    "<svg><script>window.__xss=1</script></svg>",
    '"><script>window.__xss=1</script>',
    "'><img src=x onerror=window.__xss=1>",
    '" onmouseover="window.__xss=1" autofocus onfocus="window.__xss=1" x="',
    '<a href="javascript:window.__xss=1">x</a>',
    "javascript:window.__xss=1",
    "[click](javascript:window.__xss=1)",
    "&lt;script&gt;window.__xss=1&lt;/script&gt;",
    "&#60;img src=x onerror=window.__xss=1&#62;",
    "<details open ontoggle=window.__xss=1>",
    '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
    "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>",
    "{{7*7}} {% debug %} ${7*7}",
    "</textarea><script>window.__xss=1</script>",
    "</title><script>window.__xss=1</script>",
]
FIELDS = [
    "article.title",
    "article.outlet",
    "article.author",
    "article.body",
    "claim.text",
    "claim.claimant",
    "claim.rationale",
    "comment.body",
    "source.name",
    "source.notes",
    "source.alias",
    "evidence.excerpt",
    "evidence.url",
    "snapshot.text",
    "search.query",
    "prior.claim_reviewed",
    "prior.author_name",
    "prior.rating_text",
    "prior.claimant",
]
DANGEROUS = (
    "script:not([src]):not([type='application/ld+json']), [onerror], [onload], [onmouseover], "
    "[onfocus], [ontoggle], iframe, a[href^='javascript' i], img[src='x']"
)


def _url_for(payload: str, n: int) -> str:
    return (
        payload
        if payload.startswith("javascript:")
        else f"https://evidence.example/{n}?q={payload}"
    )


def _plant(users: dict) -> list[dict]:
    """One article per payload, with the payload in every field."""
    from django.utils import timezone

    from claims.interchange.articles import import_article
    from claims.models import Claim, PriorFactCheck, RatingLabel, ReviewComment
    from sources.models import Evidence, Link, Snapshot, Source, SourceAlias, url_hash

    label = RatingLabel.objects.filter(scale__is_default=True).first()
    planted = []
    for n, payload in enumerate(PAYLOADS):
        text = (
            f"{payload} headline number {n}\n\nThe ministry said {100 + n} people were hired "
            f"in May 2021 {payload}, according to Agency Number {n}."
        )
        article, _ = import_article(user=users["checker"], text=text)
        article.title, article.outlet, article.author = f"{payload} {n}", payload, payload
        article.save()
        # The planted claim covers the start of the body, where the import proposed one:
        # claims of one article never overlap (claims/migrations/0015), so it replaces it.
        article.claims.filter(start__lt=40).delete()
        claim = Claim.objects.create(
            article=article,
            start=0,
            end=min(len(article.body), 40),
            text=payload,
            claimant=payload,
            rationale=f"{payload}\n\n[click](javascript:window.__xss=1) {payload}",
            state=Claim.State.DRAFTED,
            verdict=label,
            verdict_author=users["checker"],
            assignee=users["checker"],
            created_by=users["checker"],
        )
        ReviewComment.objects.create(claim=claim, author=users["editor"], body=payload)
        source = Source.objects.create(name=f"{payload} source {n}", notes=payload)
        SourceAlias.objects.create(source=source, name=f"{payload} alias {n}")
        url = _url_for(payload, n)
        link = Link.objects.create(url=url, url_hash=url_hash(url))
        Snapshot.objects.create(
            link=link,
            captured_at=timezone.now(),
            text=payload,
            sha256=hashlib.sha256(payload.encode()).hexdigest(),
        )
        Evidence.objects.create(
            claim=claim,
            url=url,
            excerpt=payload,
            source=source,
            link=link,
            added_by=users["checker"],
        )
        PriorFactCheck.objects.create(
            url=f"https://prior.example/{n}",
            url_hash=url_hash(f"https://prior.example/{n}"),
            claim_reviewed=f"{payload} hired",
            author_name=payload,
            rating_text=payload,
            claimant=payload,
            raw={"claimReviewed": payload},
        )
        planted.append({"payload": payload, "article": article, "claim": claim, "link": link})
    return planted


def test_xss_corpus_renders_inert_on_every_page_that_shows_user_text(open_page, log_in, demo_users):
    from urllib.parse import quote

    planted = _plant(demo_users)
    page = open_page()
    # The admin's pages name no icon, so Chromium asks for /favicon.ico: not a payload's doing.
    page.route("**/favicon.ico", lambda route: route.fulfill(status=204))
    log_in(page, "admin")
    paths = [
        "/",
        "/sources/",
        "/prior-fact-checks/",
        "/admin/claims/claim/",
        "/admin/claims/article/",
        "/admin/sources/source/",
        "/admin/sources/evidence/",
        "/admin/sources/link/",
        "/admin/sources/snapshot/",
    ]
    for row in planted:
        paths += [
            f"/articles/{row['article'].pk}/",
            f"/claims/{row['claim'].pk}/",
            f"/reports/articles/{row['article'].pk}/",
            f"/sources/links/{row['link'].pk}/",
            f"/search/?q={quote(row['payload'])}",
            f"/?q={quote(row['payload'])}",
        ]
    problems = []
    for path in paths:
        response = page.goto(path)
        assert response is not None and response.status < 400, (
            f"{path}: {response and response.status}"
        )
        if page.evaluate("window.__xss") is not None:
            problems.append(f"{path}: a payload ran")
        found = page.locator(DANGEROUS).count()
        if found:
            problems.append(
                f"{path}: {found} injected element(s): "
                f"{page.locator(DANGEROUS).first.evaluate('e => e.outerHTML')[:120]}"
            )
    assert not problems, "\n".join(problems)
    print(f"XSS corpus: {len(PAYLOADS)} payloads x {len(FIELDS)} fields on {len(paths)} page loads")
