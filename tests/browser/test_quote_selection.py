"""In Chromium: the evidence form takes its quote from text selected in the article, or in
the snapshot of a cited page opened before (issue 13, "a quote can be taken from a
selection in the snapshot or the article")."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.browser.conftest import DB

pytestmark = DB

SELECT_IN = """([selector, words]) => {
  const root = document.querySelector(selector);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let node;
  while ((node = walker.nextNode())) {
    const at = node.textContent.indexOf(words);
    if (at >= 0) {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }
  }
  return false;
}"""


def test_quote_from_the_article_and_from_a_snapshot(open_page, log_in, demo_users, screenshot):
    from django.utils import timezone

    from factcheck.demo import load_demo
    from sources.models import Link, Snapshot

    article, _ = load_demo()
    claim = article.claims.filter(state="in_research").first() or article.claims.first()
    page = open_page()
    log_in(page, "editor")
    page.goto(article.get_absolute_url() + f"?claim={claim.pk}")
    page.locator(f"#row-{claim.pk}").click()
    expect(page.locator("#claim-panel")).to_have_attribute("data-claim", str(claim.pk))

    words = article.body[claim.start : claim.start + 40].strip()
    assert page.evaluate(SELECT_IN, ["#article-text", words])
    page.locator("#evidence-box summary").click()
    page.get_by_role("button", name="Use the selected text").click()
    expect(page.locator("#evidence-form textarea[name=excerpt]")).to_have_value(words)
    expect(page.locator("[data-quote-note]")).to_contain_text("the article")

    link = Link.objects.order_by("pk").first()
    Snapshot.objects.create(
        link=link,
        captured_at=timezone.now(),
        sha256="1" * 64,
        content_type="text/html",
        text="The ministry said 4,000 people crossed the border in March alone.",
    )
    page.goto(f"/sources/links/{link.pk}/")
    assert page.evaluate(SELECT_IN, ["[data-quotable]", "4,000 people crossed the border"])
    page.goto(claim.get_absolute_url())
    page.locator("#evidence-box summary").click()
    page.get_by_role("button", name="Use the selected text").click()
    expect(page.locator("#evidence-form textarea[name=excerpt]")).to_have_value(
        "4,000 people crossed the border"
    )
    expect(page.locator("[data-quote-note]")).to_contain_text("the snapshot of")
    screenshot(page, "quote-from-snapshot")
