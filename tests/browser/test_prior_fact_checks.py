"""The prior fact-checks page in Chromium: an editor uploads a ClaimReview file through the
htmx form, sees the problems of a bad one, and narrows the list as they type."""

from __future__ import annotations

import json

from playwright.sync_api import expect

from tests.browser.conftest import DB

pytestmark = DB


def _review(n: int, claim: str, author: str) -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"https://checkers.example/reviews/{n}",
        "claimReviewed": claim,
        "datePublished": f"2024-03-{n:02d}",
        "author": {"@type": "Organization", "name": author},
        "reviewRating": {"@type": "Rating", "alternateName": "False"},
        "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "A minister"}},
    }


def test_editor_imports_claimreview_and_filters_the_list(
    open_page, log_in, demo_users, tmp_path, screenshot
):
    good = tmp_path / "reviews.jsonld"
    good.write_text(
        json.dumps(
            [
                _review(1, "At least 120 people died at the border", "Border Facts"),
                _review(2, "The election is on January 26", "Vote Check"),
            ]
        )
    )
    bad = tmp_path / "broken.jsonld"
    bad.write_text(json.dumps([{**_review(3, "", "Vote Check"), "url": "javascript:alert(1)"}]))

    page = open_page()
    log_in(page, "editor")
    page.click("nav >> text=Prior fact-checks")
    expect(page.locator("h1")).to_have_text("Prior fact-checks")

    page.click("#claimreview-import summary")
    page.set_input_files("#id_upload", str(bad))
    page.click("form.claimreview-import button[type=submit]")
    problems = page.locator("[data-testid=import-problems]")
    expect(problems).to_contain_text("Nothing was imported: 2 problems.")
    expect(problems).to_contain_text("ClaimReview[0].url: not an http(s) URL")

    page.set_input_files("#id_upload", str(good))
    page.click("form.claimreview-import button[type=submit]")
    expect(page.locator(".messages")).to_contain_text("Imported 2 prior fact-checks created.")
    table = page.locator("[data-testid=prior-fact-checks]")
    expect(table.locator("tbody tr")).to_have_count(2)
    link = table.locator("a", has_text="checkers.example/reviews/1")
    expect(link).to_have_attribute("rel", "noopener noreferrer")

    page.fill("#id_q", "election")
    expect(table.locator("tbody tr")).to_have_count(1)
    expect(table).to_contain_text("The election is on January 26")
    assert "q=election" in page.url  # the filtered list has its own address
    page.select_option("#id_author", "Border Facts")
    expect(table).to_contain_text("No prior fact-checks match.")
    screenshot(page, "prior-fact-checks")
