"""Every page the navigation links to, for each role (a reader with the view permissions
only, a fact-checker, an editor, an administrator: the groups of claims/migrations) in each
interface language (en ru uk be pl), in headless Chromium with a context per role: no page
answers 5xx or any other error, the page is in the chosen language, a page a role may not
open refuses in words (in that language), and a claim's page offers every act the policy
allows that role, and no other."""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from claims import policies
from claims.models import Claim
from tests.browser.conftest import DB
from tests.browser.walk import desk, session_cookie
from tests.conftest import make_reader

pytestmark = DB

LANGUAGES = [code for code, _name in settings.LANGUAGES]
CYRILLIC = re.compile("[а-яіўєї]", re.IGNORECASE)

# The form (or htmx request) by which a claim's page offers an act.
ACTION_URLS = {
    "accept": "claims:transition",
    "reject": "claims:transition",
    "start_research": "claims:transition",
    "edit": "claims:edit",
    "split": "claims:split",
    "draft_verdict": "claims:draft_verdict",
    "approve": "claims:approve",
    "send_back": "claims:send_back",
    "publish": "claims:publish",
    "reopen": "claims:reopen",
    "assign": "claims:assign",
    "comment": "claims:comment",
    "add_evidence": "claims:add_evidence",
    "add_attribution": "claims:add_attribution",
}
# Only ever offered through these forms (a transition button may be offered for another
# transition the role may make, so "claims:transition" is not checked the other way).
ONLY_THROUGH = {name for act, name in ACTION_URLS.items() if name != "claims:transition"}


@pytest.fixture(scope="module", autouse=True)
def compiled_catalogues() -> None:
    """The .mo files, as dev.py compiles them before a test run (pytest may run alone)."""
    from dev import compile_messages

    compile_messages()
    translation.trans_real._translations = {}


def _roles(demo_users) -> dict:
    return {
        "reader": make_reader("walk-reader"),
        "fact-checker": demo_users["checker"],
        "editor": demo_users["editor"],
        "admin": demo_users["admin"],
    }


def _page_for(as_user, user, language: str, live_server):
    page = as_user(user)
    page.set_default_navigation_timeout(30_000)  # a claim's page on a loaded machine
    page.context.add_cookies(
        [{"name": settings.LANGUAGE_COOKIE_NAME, "value": language, "url": live_server.url}]
    )
    return page


def _in_language(text: str, english: str, language: str) -> bool:
    if language == "en":
        return text == english
    if language in {"ru", "uk", "be"}:
        return bool(CYRILLIC.search(text))
    return text != english


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_of_the_navigation_works_for_every_role(
    browser, live_server, demo_users, demo_article, language
):
    roles = _roles(demo_users)
    with desk(browser, live_server) as (as_user, watch):
        for role, user in roles.items():
            page = _page_for(as_user, user, language, live_server)
            page.goto("/")
            assert page.locator("html").get_attribute("lang") == language, role
            hrefs = page.eval_on_selector_all(
                "header nav a", "links => links.map(a => a.getAttribute('href'))"
            )
            assert hrefs, f"{role}: no navigation"
            # and the pages the lists lead to: the article's review page, a claim's page
            claim = demo_article.claims.order_by("pk").first()
            hrefs += [demo_article.get_absolute_url(), reverse("claims:claim", args=[claim.pk])]
            for href in dict.fromkeys(hrefs):
                response = page.goto(href)
                assert response is not None and response.status == 200, (
                    f"{role} {language} {href}: {response and response.status}"
                )
                if href == reverse("api:docs"):  # Swagger UI draws the page itself
                    expect(page.locator(".opblock").first).to_be_visible()
                else:
                    expect(page.locator("main h1, main h2").first).to_be_visible()
        assert not watch.problems, watch.problems


REFUSED = {
    # What a role may not open, though it may read the desk: each must say why.
    "reader": ["claims:import", "claims:prior_fact_checks", "records:statistics"],
    "fact-checker": ["records:statistics"],
}


def _refusal(browser, live_server, user, language: str, url: str) -> tuple[int, str]:
    context = browser.new_context(base_url=live_server.url)
    context.add_cookies(
        [
            session_cookie(user, live_server.url),
            {"name": settings.LANGUAGE_COOKIE_NAME, "value": language, "url": live_server.url},
        ]
    )
    try:
        page = context.new_page()
        response = page.goto(url)
        reason = page.locator("[data-testid=refusal] p").first.inner_text().strip()
        return (response.status if response else 0), reason
    finally:
        context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_page_a_role_may_not_open_says_why_in_its_language(
    browser, live_server, demo_users, demo_article, language
):
    roles = _roles(demo_users)
    for role, names in REFUSED.items():
        for name in names:
            status, reason = _refusal(browser, live_server, roles[role], language, reverse(name))
            assert status == 403, f"{role} {name}: {status}"
            assert len(reason.split()) >= 3, f"{role} {name}: {reason!r}"
            english = _refusal(browser, live_server, roles[role], "en", reverse(name))[1]
            assert _in_language(reason, english, language), f"{role} {name}: {reason!r}"


@pytest.mark.parametrize("language", ["en", "ru"])
def test_a_claims_page_offers_what_the_role_may_do(
    browser, live_server, demo_users, demo_article, language
):
    roles = _roles(demo_users)
    claims = {}
    for claim in demo_article.claims.order_by("pk"):
        claims.setdefault(claim.state, claim)
    assert len(claims) >= 4, "the demo article has claims in several states"
    with desk(browser, live_server) as (as_user, watch):
        for role, user in roles.items():
            page = _page_for(as_user, user, language, live_server)
            for state, claim in claims.items():
                claim = Claim.objects.get(pk=claim.pk)
                response = page.goto(reverse("claims:claim", args=[claim.pk]))
                assert response is not None and response.status == 200, f"{role} {state}"
                html = page.content()
                allowed = policies.allowed_actions(user, claim)
                for act, name in ACTION_URLS.items():
                    url = reverse(name, args=[claim.pk])
                    offered = f'"{url}"' in html
                    if act == "split":  # the claim's page sends you to the article for it
                        offered = offered or f'href="{claim.get_absolute_url()}"' in html
                    if act in allowed:
                        assert offered, f"{role} {state}: {act} allowed but not offered"
                    elif name in ONLY_THROUGH and not any(
                        a in allowed for a, n in ACTION_URLS.items() if n == name
                    ):
                        assert not offered, f"{role} {state}: {act} offered but refused"
        assert not watch.problems, watch.problems
