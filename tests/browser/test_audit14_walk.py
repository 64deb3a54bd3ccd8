"""Audit 14 in the browser: a Warsaw fact-checker imports a Polish article, corrects its
language, and asks "checked before?" on the search page, where a refused query says why in
the "Similar claims" answer and the form stays usable for the next try."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from claims.models import Article
from tests.browser.conftest import DB
from tests.browser.walk import act, desk

pytestmark = DB

POLISH = (
    "Minister zdrowia Jan Kowalski powiedział, że w 2025 roku w Lublinie otwarto 3 nowe "
    "szpitale. Według urzędu statystycznego bezrobocie spadło do 5 procent w marcu."
)


def test_a_fact_checker_imports_corrects_the_language_and_asks_checked_before(
    browser, live_server, demo_users
):
    with desk(browser, live_server) as (as_user, watch):
        page = as_user(demo_users["checker"])
        page.goto("/import/")
        page.fill("textarea[name=text]", POLISH)
        act(page, lambda: page.click("button:has-text('Import and propose claims')"), "/import/")
        page.wait_for_url(re.compile(r"/articles/\d+/"), timeout=60_000)
        expect(page.locator("[data-testid=article-language]")).to_have_text("Polish (pl)")
        article = Article.objects.get()

        # a wrong guess corrected: the page reloads with the proposals made again
        page.select_option("#language-form select[name=language]", "uk")
        page.click("#language-form button[type=submit]")
        expect(page.locator("[data-testid=article-language]")).to_have_text(
            "Ukrainian (uk)",
            timeout=60_000,  # proposals made again with the uk patterns
        )
        expect(page.locator("main")).to_contain_text("Language set to Ukrainian.")
        article.refresh_from_db()
        assert article.language == "uk"

        # "Similar claims": a blank query, then a pasted page, then the claim itself
        page.goto("/search/?mode=similar")
        page.select_option("select[name=mode]", "similar")
        box = page.locator("#id_q")
        box.fill("   ")
        act(
            page,
            lambda: page.click("form.search-form button[type=submit]"),
            "/search/",
            method="GET",
        )
        problem = page.locator("[data-testid=similar-problem]")
        expect(problem).to_contain_text("Type or paste the claim to look up.")
        expect(page.locator("#search-results")).not_to_contain_text("No earlier claim")
        box.fill(("W Lublinie otwarto nowe szpitale. " * 70).strip())
        act(
            page,
            lambda: page.click("form.search-form button[type=submit]"),
            "/search/",
            method="GET",
        )
        expect(problem).to_contain_text("takes up to 2,000 characters")
        expect(page.locator("#search-results")).not_to_contain_text("Nothing found")
        box.fill("W 2025 roku w Lublinie otwarto 3 nowe szpitale, powiedział minister.")
        act(
            page,
            lambda: page.click("form.search-form button[type=submit]"),
            "/search/",
            method="GET",
        )
        expect(page.locator("[data-testid=similar-results]")).to_contain_text("Lublinie")
        expect(page.locator("[data-testid=similar-problem]")).to_have_count(0)
    assert not watch.problems, "\n".join(watch.problems)
