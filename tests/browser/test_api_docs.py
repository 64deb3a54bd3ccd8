"""The API docs page (Swagger UI) works with no internet and under the Content Security
Policy: its files come from our static files (drf-spectacular-sidecar), its start-up script
from a URL of ours. Any request leaving the live server is refused and fails the test."""

from __future__ import annotations

from urllib.parse import urlsplit

from playwright.sync_api import expect

from tests.browser.conftest import DB

pytestmark = DB

# Registered before any page script runs (DevTools protocol, not subject to the policy):
# every CSP violation the page reports, with the directive and what was blocked.
RECORD_CSP_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""


def test_swagger_ui_lists_the_operations_offline_without_csp_violations(
    open_page, log_in, demo_users, live_server, screenshot
):
    page = open_page()
    own_host = urlsplit(live_server.url).netloc
    foreign: list[str] = []

    def only_our_origin(route) -> None:
        url = route.request.url
        if urlsplit(url).netloc == own_host or url.startswith("data:"):
            route.continue_()
        else:
            foreign.append(url)
            route.abort()

    page.route("**/*", only_our_origin)
    page.add_init_script(RECORD_CSP_VIOLATIONS)
    log_in(page, "checker")

    response = page.goto("/api/docs/")
    assert response.status == 200
    policy = response.headers["content-security-policy"]
    assert "script-src 'self';" in policy and "cdn" not in policy
    # The operations list, rendered by Swagger UI from the schema.
    claims_list = page.locator("#operations-claims-claims_list")
    expect(claims_list).to_be_visible()
    assert page.locator(".opblock").count() > 20
    expect(page.locator("#operations-evidence-evidence_create")).to_be_visible()

    # "Try it out" on a read: the request goes out with the session, the answer comes back.
    labels = page.locator("#operations-rating-labels-rating_labels_list")
    labels.locator(".opblock-summary").click()
    labels.locator("button.try-out__btn").click()
    labels.locator("button.execute").click()
    expect(labels.locator(".live-responses-table tr.response .response-col_status")).to_have_text(
        "200"
    )
    screenshot(page, "swagger-ui")

    assert page.evaluate("window.__cspViolations") == []
    assert foreign == [], f"the docs page tried to reach other origins: {foreign}"
