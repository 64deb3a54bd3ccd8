"""Headless Chromium (Debian's, never a downloaded one) against pytest-django's live server.

Every page a test opens fails the test on a JavaScript console error, an uncaught exception
or an unexpected dialog (alert/confirm/prompt: what an XSS payload would typically open).
Screenshots of the main pages go to test-artifacts/ (gitignored) for a human to look at.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.conftest import ROOT

ARTIFACTS = ROOT / "test-artifacts"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]

# Test modules here mark themselves django_db(transaction=True): the live server sees only
# committed rows. Transactional tests flush the tables afterwards; tests/conftest.py's
# _reference_data fixture puts the roles and rating scale back before each one.
DB = pytest.mark.django_db(transaction=True)


@pytest.fixture(scope="package")
def _allow_orm_next_to_playwright() -> Iterator[None]:
    """Playwright's sync API keeps an event loop in the test thread; Django would then refuse
    ORM calls from the test itself ("async context"). They are plain synchronous calls."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        yield


# Package scope: Playwright's event loop must be gone before tests outside this folder run
# (pytest-django orders the non-database tests, which use asyncio.run, after these).
@pytest.fixture(scope="package")
def browser(require_chromium_session: str, _allow_orm_next_to_playwright):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=require_chromium_session, headless=True, args=LAUNCH_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def require_chromium_session() -> str:
    from tests.conftest import CHROMIUM, missing_service

    if not Path(CHROMIUM).exists():
        missing_service("needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)")
    return CHROMIUM


class BrowserProblems:
    """What went wrong in the page's JavaScript, gathered while the test runs."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def watch(self, page) -> None:
        page.on("console", self._console)
        page.on("pageerror", lambda exc: self.errors.append(f"uncaught: {exc}"))
        page.on("dialog", self._dialog)

    def _console(self, message) -> None:
        # A 422 is the workbench's "here is the form again, with its errors" (the htmx config
        # swaps it like a 200); Chromium still logs it as a failed resource.
        if message.type == "error" and "responded with a status of 422" not in message.text:
            self.errors.append(f"console.error: {message.text} ({message.location.get('url', '')})")

    def _dialog(self, dialog) -> None:
        self.errors.append(f"unexpected {dialog.type} dialog: {dialog.message!r}")
        dialog.dismiss()


@pytest.fixture
def open_page(browser, live_server, request) -> Iterator[Callable]:
    """open_page() -> a fresh page in its own browser context (own cookies: one per user)."""
    contexts, problems = [], BrowserProblems()

    def make():
        context = browser.new_context(
            base_url=live_server.url, viewport={"width": 1366, "height": 850}
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        problems.watch(page)
        return page

    yield make
    for context in contexts:
        context.close()
    if problems.errors:
        pytest.fail("JavaScript problems in the browser:\n" + "\n".join(problems.errors))


@pytest.fixture
def page(open_page):
    return open_page()


@pytest.fixture
def screenshot(request) -> Callable:
    """screenshot(page, "review") saves test-artifacts/<test>--review.png."""
    ARTIFACTS.mkdir(exist_ok=True)
    test = re.sub(r"[^\w.-]+", "_", request.node.name)

    def take(page, name: str) -> Path:
        path = ARTIFACTS / f"{test}--{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


@pytest.fixture
def log_in(live_server) -> Callable:
    """Log in through the login form, as a person would."""
    from factcheck.demo import demo_password

    def go(page, username: str) -> None:
        page.goto("/accounts/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", demo_password())
        page.click("form[action='/accounts/login/'] button[type=submit]")
        page.wait_for_selector(".topbar form.logout")

    return go


@pytest.fixture
def demo_users(transactional_db):
    from factcheck.demo import ensure_users

    return ensure_users()


class EvidenceSite:
    """A tiny web server on 127.0.0.1 serving the page cited as evidence. Answers slowly
    (`delay` seconds) so the browser sees the link badge while the check is running."""

    def __init__(self, body: bytes, delay: float) -> None:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # http.server's naming
                time.sleep(site.delay)
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(site.body)))
                self.end_headers()
                self.wfile.write(site.body)

            def do_HEAD(self):
                time.sleep(site.delay)
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.body, self.delay = body, delay
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_port}{path}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def evidence_site() -> Iterator[EvidenceSite]:
    page = (
        "<html><head><title>Border deaths report</title></head><body><h1>Border deaths</h1>"
        "<p>At least 120 people have died along the borders since 2021, the rights group "
        "counted.</p></body></html>"
    )
    site = EvidenceSite(page.encode(), delay=2.5)
    yield site
    site.close()


@pytest.fixture
def link_check_worker(settings, request):
    """A real Celery worker that may reach 127.0.0.1. The setting must be in place before
    the worker starts: worker_env copies it into the worker's environment."""
    settings.LINKCHECK_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    return request.getfixturevalue("celery_worker_process")
