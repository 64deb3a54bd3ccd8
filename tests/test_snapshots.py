"""Snapshots of cited pages: taken on the first successful check, kept again when the text
really changes (not for cosmetic changes), compared side by side, and used for the quote
check. Pages come from a local server on 127.0.0.1 (tests/local_site.py) whose content the
test changes; the page itself is tests.factories.article_page.
"""

from __future__ import annotations

import hashlib

from claims.models import Claim
from sources import selectors, services
from sources.models import Link
from tests.factories import article_page
from tests.local_site import Route


def cite(claim: Claim, url: str, excerpt: str = "") -> Link:
    evidence = services.add_evidence(claim=claim, user=None, url=url, excerpt=excerpt)
    assert evidence.link is not None
    return evidence.link


def check(link: Link) -> Link:
    services.run_link_checks(link_ids=[link.pk])
    link.refresh_from_db()
    return link


def test_first_successful_check_keeps_text_raw_body_headers_and_hash(site, claim):
    site.routes["/story"] = Route(article_page())
    link = check(cite(claim, site.url("/story")))

    [snapshot] = link.snapshots.all()
    assert "at least 120 people have died" in snapshot.text
    assert "var ts" not in snapshot.text  # scripts are not the page's text
    raw = snapshot.raw.read()
    assert raw == article_page()
    assert snapshot.sha256 == hashlib.sha256(raw).hexdigest()
    assert snapshot.text_fingerprint and snapshot.final_url == site.url("/story")
    assert snapshot.headers["Content-Type"].startswith("text/html")
    assert "Set-Cookie" not in snapshot.headers
    assert link.last_outcome == "ok" and link.last_status_code == 200
    assert not link.content_changed


def test_failed_check_takes_no_snapshot_until_the_page_answers(site, claim):
    link = check(cite(claim, site.url("/later")))
    assert link.last_outcome == "broken" and link.snapshots.count() == 0

    site.routes["/later"] = Route(article_page())
    link = check(link)
    assert link.last_outcome == "ok" and link.snapshots.count() == 1


def test_changed_page_marks_content_changed_and_gives_a_side_by_side_diff(site, claim):
    site.routes["/story"] = Route(article_page(toll=120))
    link = check(cite(claim, site.url("/story")))
    assert selectors.snapshot_diff(link) is None

    site.routes["/story"] = Route(article_page(toll=150))
    link = check(link)

    assert link.content_changed
    assert link.snapshots.count() == 2
    diff = selectors.snapshot_diff(link)
    changed = [(old, new) for tag, old, new in diff if tag != "equal"]
    assert any(
        "120 people have died" in old and "150 people have died" in new for old, new in changed
    )
    assert (
        "equal",
        "The operation started in spring 2021.",
        "The operation started in spring 2021.",
    ) in diff


def test_unchanged_recheck_after_a_change_adds_no_further_snapshot(site, claim):
    site.routes["/story"] = Route(article_page(toll=120))
    link = check(cite(claim, site.url("/story")))
    site.routes["/story"] = Route(article_page(toll=150))
    check(link)
    link = check(link)
    assert link.content_changed and link.snapshots.count() == 2
    assert link.checks.count() == 3


def test_cosmetic_change_neither_marks_a_change_nor_adds_a_snapshot(site, claim):
    site.routes["/story"] = Route(article_page(ts="2024-01-01"))
    link = check(cite(claim, site.url("/story")))

    cosmetic = article_page(ts="2025-06-30 23:59", ad="<b>Buy   now!</b>").replace(
        b"<p>", b"<p class='lead'>\n "
    )
    site.routes["/story"] = Route(cosmetic)
    link = check(link)

    assert not link.content_changed
    assert link.snapshots.count() == 1
    assert link.checks.count() == 2
    assert selectors.snapshot_diff(link) is None


def test_quote_check_finds_the_excerpt_in_the_cited_snapshot(site, claim):
    site.routes["/story"] = Route(article_page())
    evidence = services.add_evidence(
        claim=claim,
        user=None,
        url=site.url("/story"),
        excerpt="“At least 120 people  have died”",  # curly quotes and spacing don't matter
    )
    assert services.quote_check(evidence) is None  # not checked yet
    check(evidence.link)
    evidence.refresh_from_db()
    assert services.quote_check(evidence) is True


def test_quote_check_is_false_when_the_excerpt_is_not_on_the_page(site, claim):
    site.routes["/story"] = Route(article_page())
    evidence = services.add_evidence(
        claim=claim, user=None, url=site.url("/story"), excerpt="at least 500 people have died"
    )
    check(evidence.link)
    assert services.quote_check(evidence) is False


def test_quote_check_compares_with_the_page_as_cited_not_as_changed(site, claim):
    site.routes["/story"] = Route(article_page(toll=120))
    evidence = services.add_evidence(
        claim=claim, user=None, url=site.url("/story"), excerpt="at least 120 people have died"
    )
    check(evidence.link)
    site.routes["/story"] = Route(article_page(toll=150))
    check(evidence.link)
    assert services.quote_check(evidence) is True


def test_quote_check_is_none_without_an_excerpt(site, claim):
    site.routes["/story"] = Route(article_page())
    evidence = services.add_evidence(claim=claim, user=None, url=site.url("/story"))
    check(evidence.link)
    assert services.quote_check(evidence) is None


def test_snapshot_page_marks_changed_numbers_and_warns_when_the_quote_is_gone(site, claim, checker):
    from django.test import Client

    site.routes["/story"] = Route(article_page(toll=120))
    link = check(cite(claim, site.url("/story")))
    link.evidence.update(excerpt="at least 120 people have died")
    site.routes["/story"] = Route(article_page(toll=150))
    link = check(link)
    client = Client()
    client.force_login(checker)
    html = client.get(f"/sources/links/{link.pk}/").content.decode()
    assert "<del>120</del>" in html and "<ins>150</ins>" in html
    assert "A cited quote is gone from the live page" in html
