"""Audit 15 in the browser: an editor's "Checked before?" list goes stale while it is open
(another editor edits the claim, and its suggestions are computed again). Clicking a
suggestion that is gone used to answer 404, which the page's htmx does not swap: the click
did nothing at all. It now swaps in the current list with the reason, and the page goes on
working."""

from __future__ import annotations

from playwright.sync_api import expect

from claims.models import Claim, ClaimMatch
from claims.search import services
from tests.browser.conftest import DB
from tests.browser.walk import act, desk

pytestmark = DB


def test_a_suggestion_computed_away_while_the_panel_is_open_is_explained_in_place(
    browser, live_server, demo_users
):
    earlier = Claim.objects.create(text="Bread prices in Ukraine rose by 30 percent over the year.")
    claim = Claim.objects.create(text="Bread in Ukraine got 30 percent dearer over a year.")
    services.store_vectors(claim_ids=[earlier.pk, claim.pk])
    services.compute_suggestions(claim_id=claim.pk)
    match = ClaimMatch.objects.get(claim=claim, matched_claim=earlier)

    with desk(browser, live_server) as (as_user, watch):
        page = as_user(demo_users["editor"])
        page.goto(f"/claims/{claim.pk}/")
        similar = page.locator("[data-testid=similar-claims]")
        # the first lookup in a fresh server process loads the embedding model
        expect(similar).to_contain_text("Bread prices in Ukraine", timeout=30_000)

        # meanwhile the claim is edited elsewhere and its suggestions computed again
        Claim.objects.filter(pk=claim.pk).update(text="Poland will close its border this summer.")
        services.compute_suggestions(claim_id=claim.pk)
        assert not ClaimMatch.objects.filter(pk=match.pk).exists()

        page.evaluate("window.__samePage = true")
        response = act(
            page,
            lambda: similar.locator("button", has_text="Not the same").click(),
            "/dismiss/",
            status=(409,),
        )
        assert f"claim={claim.pk}" in (response.request.post_data or "")
        section = page.locator("[data-testid=similar-claims]")
        expect(section).to_contain_text("This suggestion is no longer open")
        expect(section).not_to_contain_text("Bread prices in Ukraine")
        assert page.evaluate("window.__samePage") is True  # swapped in place, no reload
        expect(page.locator("#claim-panel")).to_be_visible()
    assert not watch.problems, "\n".join(watch.problems)
