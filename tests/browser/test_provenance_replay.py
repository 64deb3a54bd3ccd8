"""The archived page replayed in real Chromium: it is shown, its script never runs, and it
loads nothing from anywhere (the page's own server counts every request it gets)."""

from __future__ import annotations

import threading

from tests.browser.conftest import DB
from tests.local_site import Route

pytestmark = DB

PAGE = b"""<html><head><title>Border story</title>
<link rel="stylesheet" href="/track.css"></head><body>
<p id="text">At least 120 people have died at the border.</p>
<img src="/pixel.gif"><iframe src="/frame"></iframe>
<script src="/tracker.js"></script>
<script>document.getElementById("text").textContent = "SCRIPT RAN";
fetch("/beacon");</script></body></html>"""


def test_replay_shows_the_archived_page_without_script_or_requests(
    browser, live_server, log_in, demo_users, site
):
    from claims.models import Claim
    from sources import services

    site.routes["/story"] = Route(PAGE)
    claim = Claim.objects.create(text="At least 120 people died at the border.")
    evidence = services.add_evidence(claim=claim, user=None, url=site.url("/story"))
    # in a thread of its own: Playwright keeps an event loop in this one, and the checker
    # runs its own with asyncio.run (the rows are committed: a transactional test)
    checker = threading.Thread(target=lambda: services.run_link_checks(link_ids=[evidence.link_id]))
    checker.start()
    checker.join()
    assert site.hits["/story"] == 1 and sum(site.hits.values()) == 1

    # not the open_page fixture: the sandbox blocking the archived script is a console
    # message by design, which that fixture would count as a failure
    context = browser.new_context(base_url=live_server.url)
    try:
        page = context.new_page()
        log_in(page, "editor")
        page.goto(f"/sources/links/{evidence.link_id}/")
        page.click("details.replay summary")
        frame_element = page.wait_for_selector("iframe.replay-frame")
        frame = frame_element.content_frame()
        assert frame is not None
        frame.wait_for_selector("#text", state="attached")
        page.wait_for_timeout(500)  # time for anything that would run or load
        assert frame.text_content("#text") == "At least 120 people have died at the border."
    finally:
        context.close()
    assert dict(site.hits) == {"/story": 1}  # no stylesheet, image, frame, script, beacon
