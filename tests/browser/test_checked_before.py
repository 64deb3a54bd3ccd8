"""The review page's "checked before?" flag in Chromium: a freshly imported article's claim
has no suggestions yet; once the background work has computed them (here run by the test,
as the Celery task would) the page's poll shows the flag without reloading, and the flag
opens the claim's panel with the earlier fact-check."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.browser.conftest import DB

pytestmark = DB


def test_flag_appears_after_the_background_work_and_opens_the_matches(
    page, log_in, demo_users, settings, tmp_path
):
    from claims.models import Article, Claim, PriorFactCheck
    from claims.search import services, vector_index

    settings.VAR_DIR = tmp_path
    vector_index.reset()
    prior = PriorFactCheck.objects.create(
        url="https://checkers.example/pl/bezrobocie",
        claim_reviewed="Bezrobocie w Polsce spadło w marcu do 2,8 procent.",
        author_name="Sprawdzam",
        rating_text="True",
        language="pl",
        raw={},
    )
    services.store_vectors(prior_ids=[prior.pk])
    text = "Unemployment in Poland fell to 2.8 percent in March."
    article = Article.objects.create(title="Jobs", body=f"{text} Other news followed.")
    claim = Claim.objects.create(article=article, text=text, start=0, end=len(text))

    log_in(page, "editor")
    page.goto(article.get_absolute_url())
    row = page.locator(f"#row-{claim.pk}")
    expect(row).to_be_visible()
    expect(row.get_by_test_id("checked-before")).to_have_count(0)
    expect(page.locator("#checked-before-poll")).to_have_count(1)

    services.compute_suggestions(claim_id=claim.pk)  # what the queued Celery task does
    flag = row.get_by_test_id("checked-before")
    expect(flag).to_have_text("Checked before? (1)", timeout=20_000)  # the 10 s poll
    expect(page.locator("#checked-before-poll")).to_have_count(0)  # and it stopped

    flag.click()
    expect(page.locator("#claim-panel")).to_have_attribute("data-claim", str(claim.pk))
    expect(page.get_by_test_id("similar-claims")).to_contain_text(prior.claim_reviewed)
    vector_index.reset()
