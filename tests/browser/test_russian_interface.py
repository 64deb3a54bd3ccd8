"""In Chromium, a fact-checker and an editor choose Russian in the language switcher and walk
the main pages: no English is left outside user data.

What a page shows is read as the person sees it: every text node of the page (closed
<details>, the help dialog and the selection bar included), and the title, aria-label and
placeholder attributes. User data is left out: what the templates mark `data-user-content`
(article text, claim texts, excerpts, rationales, comments…), anything marked as another
language (`lang`, e.g. the language switcher's own names), and every text stored in the
database (names of people, sources, outlets, verdict labels, titles…), removed wherever it
appears. What then remains must hold no Latin-script word except the technical names that
stay as they are in every language (HTML, PDF, CSV, ClaimReview…).

Model choices (states, kinds, grades), language names, history reasons and the import's
check-worthiness reasons come from the apps' own Python and catalogues (claims, sources,
provenance, media: <app>/locale). `test_..._outside_user_data` leaves those out and must
pass; `test_..._including_the_apps_own_strings` leaves nothing out and lists them until the
apps' catalogues are merged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from django.apps import apps
from django.conf.locale import LANG_INFO
from django.db import models
from django.utils import translation
from playwright.sync_api import expect

from tests.browser.conftest import DB

pytestmark = DB

# Names that stay as they are in a Russian interface: formats, standards, keys, units.
TECHNICAL = {
    "api",
    "claimreview",
    "docx",
    "csv",
    "esc",
    "html",
    "jpg",
    "http",
    "https",
    "json",
    "json-ld",
    "ld",
    "markdown",
    "md",
    "openssl",
    "org",
    "pdf",
    "png",
    "schema",
    "sha",
    "sha-256",
    "txt",
    "url",
    "utc",
    "warc",
    "webp",
    "zip",
}
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*[A-Za-z]")
LANGUAGE_CODE = re.compile(r"\([a-z]{2}\)")
# Setting and environment variable names ("FACTCHECK_TSA_URLS") are names, not English.
SETTING_NAME = re.compile(r"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b")
# Apps whose Python strings (model choices, messages) live in their own catalogues.
APPS_WITH_OWN_CATALOGUES = ("claims", "sources", "provenance", "media")

READ_PAGE = """() => {
  const lang = document.documentElement.lang;
  const skipped = (el) => {
    if (!el || el.closest('script, style, template, noscript, [data-user-content]')) return true;
    const marked = el.closest('[lang]');
    return marked !== null && marked.getAttribute('lang') !== lang;
  };
  const dataSelects = new Set(['assignee', 'verdict', 'outlet', 'author', 'at']);
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement, text = node.textContent.trim();
    if (!text || skipped(el)) continue;
    // a filter's choices of people, outlets and verdicts are data; its "Any …" is not
    if (el.tagName === 'OPTION' && el.value !== '' && dataSelects.has(el.closest('select').name)) continue;
    found.push(text);
  }
  for (const el of document.body.querySelectorAll('[title], [aria-label], [placeholder]')) {
    if (skipped(el)) continue;
    for (const name of ['title', 'aria-label', 'placeholder']) {
      const value = el.getAttribute(name);
      if (value && value.trim()) found.push(value.trim());
    }
  }
  return found;
}"""


def stored_texts() -> list[str]:
    """Every text the database holds (user data, whatever the interface language)."""
    texts: set[str] = set()
    for label in (*APPS_WITH_OWN_CATALOGUES, "newsroom", "auth"):
        for model in apps.get_app_config(label).get_models():
            fields = [
                f.name
                for f in model._meta.concrete_fields
                if isinstance(f, models.CharField | models.TextField)
                and not f.choices
                and f.name not in {"password", "history_change_reason"}
            ]
            for row in model._default_manager.values_list(*fields):
                texts.update(str(value).strip() for value in row if value)
    from django.contrib.auth import get_user_model

    texts.update(u.get_full_name() for u in get_user_model().objects.all() if u.get_full_name())
    return sorted((t for t in texts if len(t) > 1), key=len, reverse=True)


def apps_own_english() -> list[str]:
    """The English the apps with their own catalogues put on these pages: model choices,
    field names, language names, history reasons, check-worthiness reasons."""
    from claims import policies
    from claims.models import Claim
    from provenance import services as provenance

    texts: set[str] = set()
    with translation.override("en"):
        for label in APPS_WITH_OWN_CATALOGUES:
            for model in apps.get_app_config(label).get_models():
                for field in model._meta.fields:
                    texts.add(str(field.verbose_name))
                    for _, name in field.flatchoices:
                        # "B – Usually reliable" and the words shown for it alone
                        texts.update((str(name), str(name).split(" – ", 1)[-1]))
                    if model.__name__.startswith("Historical"):
                        reasons = model._default_manager.values_list(
                            "history_change_reason", flat=True
                        )
                        texts.update(r for r in reasons if r)
        texts.update(str(info["name"]) for info in LANG_INFO.values() if "name" in info)
        texts.update(("not known", policies.CONFIDENTIAL_CLAIMANT, provenance.OFF_NOTE))
    for reasons in Claim.objects.values_list("checkworthiness_reasons", flat=True):
        texts.update(reasons or [])
    return sorted((t for t in texts if len(t) > 1), key=len, reverse=True)


def english_left(texts: list[str], *, remove: list[str]) -> list[str]:
    """The pieces of text still holding a Latin-script word once `remove` (whole words and
    phrases) and language codes in brackets, "(en)", are taken out."""
    remove = sorted(set(remove), key=len, reverse=True)  # "probably true" before "true"
    left = []
    for text in texts:
        rest = SETTING_NAME.sub(" ", LANGUAGE_CODE.sub(" ", text))
        for known in remove:
            if known.lower() in rest.lower():
                rest = re.sub(rf"(?<!\w){re.escape(known)}(?!\w)", " ", rest, flags=re.I)
        words = [w for w in LATIN_WORD.findall(rest) if w.lower() not in TECHNICAL]
        if words:
            left.append(f"{text!r} ({' '.join(words)})")
    return left


@pytest.fixture(scope="module", autouse=True)
def compiled_catalogues() -> None:
    """The .mo files, as dev.py compiles them before a test run (pytest may run alone)."""
    from dev import compile_messages

    compile_messages()
    translation.trans_real._translations = {}


@dataclass
class Reading:
    """What the walk read: each page's texts, the stored texts (user data) and the English
    the apps with their own catalogues put there, taken while the walk's data existed."""

    pages: dict[str, list[str]]
    stored: list[str]
    apps_own: list[str]

    def english_left(self, remove: list[str]) -> dict[str, list[str]]:
        found = {name: english_left(texts, remove=remove) for name, texts in self.pages.items()}
        return {name: left for name, left in found.items() if left}


_READING: list[Reading] = []  # one walk for both tests: a transactional test flushes the data


@pytest.fixture
def russian_reading(open_page, log_in, demo_users, screenshot) -> Reading:
    """The main pages as the fact-checker and the editor read them, each having chosen
    Russian in the language switcher."""
    if _READING:
        return _READING[0]
    from claims.models import Claim
    from factcheck.demo import load_demo
    from sources.models import Source

    article, _ = load_demo()
    claim = article.claims.exclude(state=Claim.State.REJECTED).order_by("start").first()
    source = Source.objects.filter(attributions__isnull=False).first() or Source.objects.first()
    word = max(claim.text.split(), key=len).strip(".,;:“”\"'")
    pages: dict[str, list[str]] = {}

    def choose_russian(username: str):
        page = open_page()
        log_in(page, username)
        page.select_option(".language-switcher select", "ru")
        page.click(".language-switcher button[type=submit]")
        expect(page.locator("html")).to_have_attribute("lang", "ru")
        return page

    def read(page, name: str) -> None:
        page.wait_for_load_state("networkidle")
        pages[name] = page.evaluate(READ_PAGE)
        screenshot(page, f"ru-{name}")

    def open_claim_panel(page) -> None:
        page.goto(article.get_absolute_url())
        page.locator(f"#row-{claim.pk} .claim-link").click()
        expect(page.locator("#claim-panel")).to_have_attribute("data-claim", str(claim.pk))
        expect(page.locator("[data-testid=similar-claims]")).to_be_attached()

    checker = choose_russian("checker")
    checker.goto("/")
    read(checker, "checker-dashboard")
    open_claim_panel(checker)
    read(checker, "checker-review-with-panel")

    editor = choose_russian("editor")
    for name, url in {
        "dashboard": "/",
        "import": "/import/",
        "claim": claim.get_absolute_url(),
        "sources": "/sources/",
        "source": f"/records/sources/{source.pk}/",
        "search": f"/search/?q={word}",
        "prior-fact-checks": "/prior-fact-checks/",
        "exports": "/reports/exports/",
        "notifications": "/notifications/",
        "statistics": "/records/statistics/",
        "settings": "/notifications/settings/",
    }.items():
        editor.goto(url)
        read(editor, name)
    open_claim_panel(editor)
    history = editor.locator("#history-box")
    history.locator("summary").click()
    # dates in the reader's locale: Russian short dates are day.month.year
    expect(history.locator("li").first).to_contain_text(re.compile(r"\d\d\.\d\d\.\d{4}"))
    read(editor, "review-with-panel")
    _READING.append(Reading(pages, stored_texts(), apps_own_english()))
    return _READING[0]


def _report(left: dict[str, list[str]]) -> str:
    return "\n".join(f"{page}: " + "; ".join(texts) for page, texts in left.items())


def test_the_main_pages_in_russian_show_no_english_outside_user_data(russian_reading):
    left = russian_reading.english_left(russian_reading.stored + russian_reading.apps_own)
    assert not left, "English left on the Russian pages:\n" + _report(left)


def test_the_main_pages_in_russian_show_no_english_including_the_apps_own_strings(
    russian_reading,
):
    left = russian_reading.english_left(russian_reading.stored)
    assert not left, "English left on the Russian pages:\n" + _report(left)
