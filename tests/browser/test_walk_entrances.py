"""Every page that shows a claim is a working workspace (issue 13): the dashboard's claim
list, My queue, the claim's own page, search results, "Checked before?" and the article
review page each lead to a claim, and every action taken there sends its request and lands
(a dead button, a console error or an unexpected 4xx/5xx fails the walk)."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from claims.models import Claim, ClaimMatch
from tests.browser.conftest import DB
from tests.browser.walk import act, desk, select_over_claim, select_plain_text

pytestmark = DB


def _claim(article, state: str, starts: str) -> Claim:
    return article.claims.get(state=state, text__startswith=starts)


def _panel_shows(page, claim: Claim) -> None:
    expect(page.locator("#claim-panel")).to_have_attribute("data-claim", str(claim.pk))


def test_every_entrance_that_shows_a_claim_is_a_working_workspace(
    browser, live_server, demo_users, screenshot
):
    from factcheck.demo import load_demo

    article, _ = load_demo()
    poland = _claim(article, "proposed", "Poland intends")
    timing = _claim(article, "in_research", "The operation started")
    declaration = _claim(article, "accepted", "Lukashenko then declared")
    deaths = _claim(article, "published", "At least 120")
    ClaimMatch.objects.create(claim=declaration, matched_claim=deaths, score=0.81)

    with desk(browser, live_server) as (as_user, watch):
        # 1. Dashboard → claim list → the claim opens in its article, ready to act on.
        editor = as_user(demo_users["editor"])
        editor.goto("/")
        editor.locator("#claim-results a", has_text="Poland intends").first.click()
        editor.wait_for_url(re.compile(rf"/articles/{article.pk}/\?claim={poland.pk}"))
        _panel_shows(editor, poland)
        act(editor, lambda: editor.click("#panel #accept-btn"), f"/claims/{poland.pk}/state/")
        expect(editor.locator("#claim-panel [data-testid=claim-state]")).to_have_text("Accepted")

        # 2. My queue → the claim assigned to me: evidence, an attribution, a verdict.
        checker = as_user(demo_users["checker"])
        checker.goto("/")
        checker.locator("#queue-results a", has_text="The operation started").click()
        _panel_shows(checker, timing)
        checker.click("#evidence-box summary")
        form = checker.locator("#evidence-form")
        form.locator("textarea[name=excerpt]").fill("Sanctions were adopted on 21 June 2021.")
        form.locator("input[name=source_name]").fill("Council of the European Union")
        act(checker, lambda: form.locator("button[type=submit]").click(), "/evidence/")
        expect(checker.locator("#claim-panel .evidence")).to_contain_text("21 June 2021")
        checker.click("#attribution-box summary")
        box = checker.locator("#attribution-form")
        box.locator("input[name=source_name]").fill("Council of the European Union")
        box.locator("input[name=cue]").fill("weeks after the EU sanctioned")
        act(checker, lambda: box.locator("button[type=submit]").click(), "/attributions/")
        expect(checker.locator("#claim-panel .attributions")).to_contain_text("Council of")
        checker.click("#verdict-box summary")
        checker.locator("#verdict-form select[name=verdict]").select_option(index=1)
        checker.locator("#verdict-form textarea[name=rationale]").fill("The dates match.")
        act(checker, lambda: checker.click("#verdict-form button[type=submit]"), "/verdict/")
        expect(checker.locator("#claim-panel [data-testid=claim-state]")).to_have_text(
            "Verdict drafted"
        )

        # 3. The claim's own page (/claims/<id>/): an editor approves and publishes there.
        editor.goto(f"/claims/{timing.pk}/")
        act(editor, lambda: editor.click("#panel #approve-btn"), f"/claims/{timing.pk}/approve/")
        expect(editor.locator("#claim-panel [data-testid=claim-state]")).to_have_text("Approved")
        act(editor, lambda: editor.click("#panel #publish-btn"), f"/claims/{timing.pk}/publish/")
        expect(editor.locator("#claim-panel [data-testid=claim-state]")).to_have_text("Published")

        # 4. Search results → the claim → edit it.
        editor2 = as_user(demo_users["editor2"])
        editor2.goto("/search/?q=Lukashenko+declared")
        editor2.locator(
            "[data-testid=search-results] a", has_text="Lukashenko then declared"
        ).click()
        _panel_shows(editor2, declaration)
        editor2.click("#claim-panel summary:has-text('Edit claim or span')")
        editor2.fill("#claim-panel #id_claimant", "Alexander Lukashenko (speech)")
        act(editor2, lambda: editor2.click("#claim-panel button:has-text('Save claim')"), "/edit/")
        expect(editor2.locator("#claim-panel")).to_contain_text("Claim saved.")

        # 5. "Checked before?" → same claim (the panel swaps, the page stays) → the earlier
        # claim's own workspace, where an editor reopens published work with a reason.
        similar = editor2.locator("[data-testid=similar-claims]")
        # The panel asks for its suggestions once it is shown; the first lookup in a fresh
        # server process loads the embedding model, which takes seconds on a loaded machine.
        expect(similar).to_contain_text("At least 120", timeout=30_000)
        editor2.evaluate("window.__samePage = true")
        watch.dialogs_expected += 1  # "Link as the same claim…?"
        act(editor2, lambda: similar.locator("button", has_text="Same claim").click(), "/link/")
        expect(editor2.locator("[data-testid=similar-claims]")).to_contain_text("same claim")
        assert editor2.evaluate("window.__samePage") is True
        editor2.locator("[data-testid=similar-claims] a", has_text="At least 120").click()
        editor2.wait_for_url(re.compile(rf"\?claim={deaths.pk}"))
        _panel_shows(editor2, deaths)
        editor2.click("#reopen-box summary")
        editor2.fill("#reopen-box textarea[name=reason]", "Human Constanta updated its count.")
        act(editor2, lambda: editor2.click("#reopen-box button[type=submit]"), "/reopen/")
        expect(editor2.locator("#claim-panel [data-testid=claim-state]")).to_have_text(
            "In research"
        )

        # 6. The article review page: a claim from a selection, and a refused overlapping one
        # whose message appears next to the actions while the article stays.
        checker.goto(f"/articles/{article.pk}/")
        expect(checker.locator("#selection-bar")).to_be_hidden()
        selected = select_plain_text(checker)
        assert selected is not None
        act(checker, lambda: checker.click("#create-from-selection"), "/claims/new/")
        created = Claim.objects.get(article=article, start=selected["offset"])
        expect(checker.locator(f"#mark-{created.pk}")).to_be_visible()
        select_over_claim(checker, declaration.pk)
        act(checker, lambda: checker.click("#create-from-selection"), "/claims/new/", status=(422,))
        expect(checker.locator("#review-errors")).to_contain_text("overlaps an existing claim")
        expect(checker.locator("#article-text")).to_be_visible()
        expect(checker.locator(f"#row-{declaration.pk}")).to_be_visible()
        screenshot(checker, "overlap-refused")

    assert not watch.problems, "\n".join(watch.problems)
    assert Claim.objects.get(pk=timing.pk).state == Claim.State.PUBLISHED
