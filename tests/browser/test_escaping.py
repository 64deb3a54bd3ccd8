"""Article text, claimants, rationales, source names and evidence quotes are shown as text
(or sanitised Markdown), never run: in the browser, no payload sets window.__xss, opens a
dialog or logs a console error (the page fixture fails the test on either)."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.browser.conftest import DB

pytestmark = DB

PAYLOADS = [
    "<script>window.__xss = 1; console.error('xss: script')</script>",
    '<img src=x onerror="window.__xss = 1; alert(1)">',
    '<svg onload="window.__xss = 1"><script>window.__xss = 1</script></svg>',
    '<a href="javascript:window.__xss = 1">click me</a>',
    '"><details open ontoggle="window.__xss = 1">',
    '<iframe srcdoc="<script>parent.__xss = 1</script>"></iframe>',
    "';window.__xss = 1;//",
]


def _hostile_article() -> str:
    lines = ["Minister <script>window.__xss = 1</script> says 300 jobs were created"]
    for n, payload in enumerate(PAYLOADS):
        lines.append(
            f"The ministry said {100 + n} people were hired in May 2021 {payload}, according "
            f"to Agency Number {n}."
        )
    return "\n\n".join(lines)


def test_payloads_in_articles_claims_sources_and_rationales_never_run(
    open_page, log_in, demo_users, screenshot
):
    from claims import services
    from claims.models import Article, RatingLabel
    from sources.services import add_evidence, find_or_create_source

    page = open_page()
    log_in(page, "checker")
    page.goto("/import/")
    page.fill("#id_text", _hostile_article())
    page.click("form.import-form button[type=submit]")
    page.wait_for_url(re.compile(r"/articles/\d+/"))
    article = Article.objects.get(pk=int(re.search(r"/articles/(\d+)/", page.url).group(1)))
    assert "onerror" in article.body and "<script>" in article.body, "payloads reach the page"

    checker, editor = demo_users["checker"], demo_users["editor"]
    claim = article.claims.order_by("start").first()
    claim = services.transition_claim(claim=claim, to_state="accepted", user=checker)
    claim = services.update_claim(
        claim=claim,
        user=checker,
        expected_version=claim.version,
        claimant=PAYLOADS[1],
        text=claim.text,
    )
    source = find_or_create_source(name=f"Agency {PAYLOADS[0]}", user=checker)
    add_evidence(
        claim=claim, user=checker, excerpt=f"Quote {PAYLOADS[1]} {PAYLOADS[4]}", source=source
    )
    label = RatingLabel.objects.filter(scale__is_default=True).order_by("position").first()
    rationale = "\n\n".join(
        [
            "Checked. [a link](javascript:window.__xss=1) and <img src=x onerror=window.__xss=1>",
            *PAYLOADS,
        ]
    )
    services.draft_verdict(claim=claim, user=editor, verdict=label, rationale=rationale)

    page.goto(article.get_absolute_url())
    expect(page.locator("#article-text")).to_contain_text("<img src=x onerror=")
    page.click(f"#row-{claim.pk} .claim-link")
    panel = page.locator("#claim-panel")
    expect(panel).to_have_attribute("data-claim", str(claim.pk))
    expect(panel).to_contain_text("claimant: <img src=x onerror=")
    expect(panel.locator(".evidence-card .source")).to_contain_text("Agency <script>")
    expect(panel.locator(".evidence-card blockquote")).to_contain_text("<details open ontoggle=")
    expect(panel.locator(".rationale")).to_be_visible()
    for box in ("#evidence-box", "#history-box", "#verdict-box"):
        if page.locator(f"{box} summary").count():
            page.click(f"{box} summary")
    page.locator(".rationale a").first.click()  # a sanitised link has no javascript: href
    assert (
        page.locator(".rationale img, .rationale script, .rationale svg, .rationale iframe").count()
        == 0
    )
    assert page.locator("#article-text script, #article-text img, #article-text svg").count() == 0
    screenshot(page, "hostile-review-page")
    for path in ("/", "/sources/", f"/claims/{claim.pk}/"):
        page.goto(path)
        expect(page.locator("main")).to_be_visible()
    screenshot(page, "hostile-claim-page")
    page.wait_for_timeout(300)  # give any onerror/onload a chance to fire
    assert page.evaluate("typeof window.__xss") == "undefined"
