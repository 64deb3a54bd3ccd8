"""Helpers for the walk tests (tests/browser/test_walk_*.py): a browser context per user
logged in by session cookie (no login form per test), and a watch on every page that fails
the test on a console error, an uncaught exception, an unexpected dialog, or a response
that is not 2xx/3xx (the deliberate 409 conflict and 422 refusal aside); `act` fails when
an action sends no request."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from django.conf import settings
from django.test import Client

DELIBERATE = {409, 422}


class Watch:
    def __init__(self) -> None:
        self.problems: list[str] = []
        self.dialogs_expected = 0

    def attach(self, page) -> None:
        page.on("console", self._console)
        page.on("pageerror", lambda exc: self.problems.append(f"uncaught: {exc}"))
        page.on("dialog", self._dialog)
        page.on("response", self._response)
        page.on("requestfailed", self._failed)

    def _console(self, message) -> None:
        text = message.text
        deliberate = any(f"status of {code}" in text for code in DELIBERATE)
        if message.type == "error" and not deliberate:
            self.problems.append(f"console.error: {text}")

    def _dialog(self, dialog) -> None:
        if self.dialogs_expected:
            self.dialogs_expected -= 1
            dialog.accept()
            return
        self.problems.append(f"unexpected {dialog.type} dialog: {dialog.message!r}")
        dialog.dismiss()

    def _response(self, response) -> None:
        if response.status >= 400 and response.status not in DELIBERATE:
            self.problems.append(f"{response.status} for {response.request.method} {response.url}")

    def _failed(self, request) -> None:
        failure = request.failure or ""
        if "ERR_ABORTED" not in failure:  # a navigation away cancels pending polls
            self.problems.append(f"request failed: {request.method} {request.url} {failure}")


def session_cookie(user, base_url: str) -> dict:
    client = Client()
    client.force_login(user)
    value = client.cookies[settings.SESSION_COOKIE_NAME].value
    return {"name": settings.SESSION_COOKIE_NAME, "value": value, "url": base_url}


@contextmanager
def desk(browser, live_server) -> Iterator[tuple[Callable, Watch]]:
    """as_user(user) -> a page logged in as `user`, in its own context (own cookies)."""
    watch, contexts = Watch(), []

    def as_user(user):
        context = browser.new_context(
            base_url=live_server.url, viewport={"width": 1366, "height": 850}
        )
        context.set_default_timeout(8_000)
        context.add_cookies([session_cookie(user, live_server.url)])
        contexts.append(context)
        page = context.new_page()
        watch.attach(page)
        return page

    try:
        yield as_user, watch
    finally:
        for context in contexts:
            context.close()


def act(page, do: Callable[[], object], path: str, *, method: str = "POST", status=(200,)):
    """Do something on the page and return the response it caused; fails when it sends no
    request (a dead button) or answers with another status than `status`."""
    with page.expect_response(
        # generous: the first import of a language compiles its attribution patterns
        # (5-20 s on a loaded machine); a dead button still fails, only later
        lambda r: r.request.method == method and path in r.url,
        timeout=60_000,
    ) as info:
        do()
    response = info.value
    assert response.status in status, f"{method} {response.url}: {response.status}"
    return response


def select_plain_text(page, length: int = 30) -> dict | None:
    """Select the first `length` characters of the first unclaimed run of the article long
    enough, as a mouse drag would, and let review.js see the mouseup."""
    return page.evaluate(
        """(length) => {
          for (const run of document.querySelectorAll('#article-text span[data-offset]')) {
            const node = run.firstChild;
            if (!node || node.textContent.trim().length < length) continue;
            const at = node.textContent.search(/\\S/);
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + length);
            const selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
            document.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
            return {offset: Number(run.dataset.offset) + at, text: range.toString()};
          }
          return null;
        }""",
        length,
    )


def select_over_claim(page, claim_id: int) -> None:
    """Select the words of an existing claim's mark (an overlapping selection)."""
    page.evaluate(
        """(id) => {
          const mark = document.getElementById('mark-' + id);
          const range = document.createRange();
          range.setStart(mark.firstChild, 0);
          range.setEnd(mark.firstChild, mark.firstChild.textContent.length);
          const selection = window.getSelection();
          selection.removeAllRanges();
          selection.addRange(range);
          document.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
        }""",
        claim_id,
    )
