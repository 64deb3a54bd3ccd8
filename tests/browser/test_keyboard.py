"""The review page works from the keyboard: ? opens the help overlay, j/k walk the claims."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.browser.conftest import DB

pytestmark = DB


def test_question_mark_opens_help_and_j_k_move_between_claims(
    open_page, log_in, demo_users, screenshot
):
    from factcheck.demo import load_demo

    article, _ = load_demo()
    page = open_page()
    log_in(page, "editor")
    page.goto(article.get_absolute_url())
    rows = page.eval_on_selector_all(".claim-row", "rows => rows.map(r => r.dataset.claim)")
    assert len(rows) >= 3

    page.keyboard.press("?")
    expect(page.locator("#help")).to_be_visible()
    expect(page.locator("#help")).to_contain_text("next / previous claim")
    screenshot(page, "help-overlay")
    page.keyboard.press("Escape")
    expect(page.locator("#help")).to_be_hidden()

    for key, index in (("j", 0), ("j", 1), ("j", 2), ("k", 1)):
        page.keyboard.press(key)
        expect(page.locator("#claim-panel")).to_have_attribute("data-claim", rows[index])
        expect(page.locator(f"#row-{rows[index]}")).to_have_class(re.compile(r"\bselected\b"))
    expect(page.locator(".claim-row.selected")).to_have_count(1)
    screenshot(page, "keyboard-selection")
