"""The Content Security Policy breaks nothing: the workbench, the admin and the API docs
load without a single CSP violation (each would be a console error, failing the page fixture)."""

from __future__ import annotations

from tests.browser.conftest import DB

pytestmark = DB

SWAGGER_STUB = "window.SwaggerUIBundle = function () { window.__swaggerStarted = true;" \
    " return new Proxy({}, {get: () => () => undefined}); };" \
    "window.SwaggerUIBundle.presets = {apis: null}; window.SwaggerUIBundle.plugins = {};" \
    "window.SwaggerUIStandalonePreset = null;"


def test_workbench_admin_and_report_pages_load_without_csp_violations(open_page, log_in, demo_users):
    from claims.demo import load_demo

    article, _ = load_demo()
    page = open_page()
    page.route("**/favicon.ico", lambda route: route.fulfill(status=204))
    log_in(page, "editor")
    for path in ["/", f"/articles/{article.pk}/", f"/claims/{article.claims.first().pk}/",
                 "/sources/", "/search/?q=migrants", "/reports/exports/",
                 f"/reports/articles/{article.pk}/", "/admin/", "/admin/claims/claim/"]:
        response = page.goto(path)
        assert response.status == 200, path
        assert "script-src 'self'" in response.headers["content-security-policy"]


def test_api_docs_start_swagger_ui_from_the_allowed_origins_only(open_page, log_in, demo_users):
    """Swagger UI's files come from its CDN (unreachable in tests: stubbed here); its start-up
    script from our origin. Under the policy the page starts it without a violation."""
    page = open_page()
    page.route("https://cdn.jsdelivr.net/**/*.js", lambda route: route.fulfill(
        status=200, content_type="application/javascript", body=SWAGGER_STUB))
    page.route("https://cdn.jsdelivr.net/**/*.css", lambda route: route.fulfill(
        status=200, content_type="text/css", body="body{}"))
    page.route("https://cdn.jsdelivr.net/**/*.png", lambda route: route.fulfill(status=204))
    log_in(page, "checker")
    page.goto("/api/docs/")
    page.wait_for_function("window.__swaggerStarted === true")
