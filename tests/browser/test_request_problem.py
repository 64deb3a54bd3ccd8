"""A background (htmx) request that fails swaps nothing in, so before this a click whose
answer was a 404, a 500 or no answer at all did nothing and said nothing. Now the page
stays as it was and a notice says why, in the reader's language, until the next request
succeeds or the notice is closed (static/js/request_problem.js, templates/base.html).

Its own browser context rather than the `open_page` fixture: the failing requests are the
point here, and Chromium logs each as a console error, which that fixture counts."""

from __future__ import annotations

from playwright.sync_api import expect

from claims.models import Claim
from tests.browser.conftest import DB
from tests.browser.walk import session_cookie

pytestmark = DB


def ask(page, url: str) -> None:
    """What a partial does: a background GET, its answer swapped nowhere (htmx.ajax's
    promise rejects on a failure; the page's own requests have no one waiting on it)."""
    page.evaluate(
        "(url) => { htmx.ajax('GET', url, {target: '#main', swap: 'none'}).catch(() => null); }",
        url,
    )


def test_a_failed_partial_says_why_and_leaves_the_page_as_it_was(browser, live_server, demo_users):
    claim = Claim.objects.create(text="Bread prices in Ukraine rose by 30 percent over the year.")
    context = browser.new_context(base_url=live_server.url)
    try:
        context.add_cookies([session_cookie(demo_users["editor"], live_server.url)])
        page = context.new_page()
        page.goto(f"/claims/{claim.pk}/")
        notice = page.locator("[data-testid=request-problem]")
        expect(notice).to_be_hidden()
        page.evaluate("window.__samePage = true")

        # the claim is deleted elsewhere; the page asks for it in the background: 404
        gone = f"/claims/{claim.pk + 10_000}/"
        ask(page, gone)
        expect(notice).to_be_visible()
        expect(notice).to_contain_text("no longer there")

        # a later request that succeeds clears it
        ask(page, f"/claims/{claim.pk}/")
        expect(notice).to_be_hidden()

        # the server fails: its status is in the notice
        page.route("**/failing-probe/**", lambda route: route.fulfill(status=500, body="no"))
        ask(page, "/failing-probe/x/")
        expect(notice).to_contain_text("could not do that (error 500)")

        # no answer at all (the connection is gone)
        page.route("**/offline-probe/**", lambda route: route.abort())
        ask(page, "/offline-probe/x/")
        expect(notice).to_contain_text("did not answer")
        notice.get_by_role("button", name="Close").click()
        expect(notice).to_be_hidden()
        assert page.evaluate("window.__samePage") is True  # never reloaded
        expect(page.locator("#main")).to_contain_text("Bread prices in Ukraine")
    finally:
        context.close()


def test_the_notice_speaks_the_readers_language(browser, live_server, demo_users):
    context = browser.new_context(base_url=live_server.url, locale="ru-RU")
    try:
        context.add_cookies([session_cookie(demo_users["editor"], live_server.url)])
        page = context.new_page()
        page.goto("/")
        page.select_option(".language-switcher select", "ru")
        page.click(".language-switcher button[type=submit]")
        expect(page.locator("html")).to_have_attribute("lang", "ru")
        ask(page, "/claims/99999999/")
        notice = page.locator("[data-testid=request-problem]")
        expect(notice).to_contain_text("Этого элемента больше нет")
        expect(notice.get_by_role("button")).to_have_text("Закрыть")
    finally:
        context.close()
