"""The Content Security Policy breaks nothing: the workbench and the admin load without a
single CSP violation (each would be a console error, failing the page fixture). The API docs
page has its own test, tests/browser/test_api_docs.py."""

from __future__ import annotations

from tests.browser.conftest import DB

pytestmark = DB


def test_workbench_admin_and_report_pages_load_without_csp_violations(
    open_page, log_in, demo_users
):
    from factcheck.demo import load_demo

    article, _ = load_demo()
    page = open_page()
    page.route("**/favicon.ico", lambda route: route.fulfill(status=204))
    log_in(page, "editor")
    for path in [
        "/",
        f"/articles/{article.pk}/",
        f"/claims/{article.claims.first().pk}/",
        "/sources/",
        "/prior-fact-checks/",
        "/search/?q=migrants",
        "/reports/exports/",
        f"/reports/articles/{article.pk}/",
        "/admin/",
        "/admin/claims/claim/",
    ]:
        response = page.goto(path)
        assert response.status == 200, path
        assert "script-src 'self'" in response.headers["content-security-policy"]
