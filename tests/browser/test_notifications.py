"""In Chromium: an editor mentions a colleague with the @ autocomplete in the claim panel,
and the colleague sees the unread count, the notification and marks it read."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.browser.conftest import DB

pytestmark = DB


def test_mention_autocomplete_comment_and_the_mentioned_persons_inbox(
    open_page, log_in, demo_users, screenshot
):
    from factcheck.demo import load_demo

    article, _ = load_demo()
    claim = article.claims.order_by("start").first()
    page = open_page()
    log_in(page, "editor")
    page.goto(claim.get_absolute_url())

    box = page.locator(f"#comment-{claim.pk}")
    box.click()
    box.press_sequentially("Please find the primary source, @check", delay=20)
    choice = page.locator(".mention-choice", has_text="@checker2")
    expect(choice).to_be_visible()
    screenshot(page, "mention-autocomplete")
    choice.click()
    expect(box).to_have_value("Please find the primary source, @checker2 ")
    page.get_by_role("button", name="Comment").click()
    expect(page.locator(".review-comments")).to_contain_text("@checker2")

    other = open_page()
    log_in(other, "checker2")
    other.goto("/")
    link = other.get_by_test_id("notifications-link")
    expect(link).to_contain_text("1")
    link.click()
    note = other.get_by_test_id("notification")
    expect(note).to_contain_text("editor mentioned you")
    expect(note).to_contain_text("Please find the primary source")
    other.get_by_role("button", name="Mark as read").click()
    expect(other.locator(".notification.unread")).to_have_count(0)
    screenshot(other, "notifications-read")
    note.get_by_role("link").click()
    expect(other.locator("#claim-panel")).to_have_attribute("data-claim", str(claim.pk))
