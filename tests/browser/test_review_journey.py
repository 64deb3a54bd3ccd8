"""The whole job in a real browser: a fact-checker imports an article, accepts and creates
claims, adds evidence whose link a real Celery worker checks, drafts a verdict; a second
editor approves it and reads the history; nobody approves their own verdict."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

from claims.models import Claim
from factcheck.demo import BODY, TITLE
from sources.models import Evidence
from tests.browser.conftest import DB

pytestmark = DB

QUOTE = "At least 120 people have died along the borders since 2021"


def _import_demo_text(page) -> int:
    page.goto("/import/")
    page.fill("#id_text", f"{TITLE}\n\n{BODY}")
    page.click("form.import-form button[type=submit]")
    page.wait_for_url(re.compile(r"/articles/\d+/"))
    return int(re.search(r"/articles/(\d+)/", page.url).group(1))


def _open_claim(page, claim_id: int) -> None:
    page.click(f"#row-{claim_id} .claim-link")
    expect(page.locator("#claim-panel")).to_have_attribute("data-claim", str(claim_id))


def _select_text(page, needle: str) -> dict:
    """Select `needle` inside a plain (not yet claimed) run of #article-text with a DOM
    Range, as a mouse drag would, and let review.js see the mouseup."""
    return page.evaluate(
        """(needle) => {
          const runs = document.querySelectorAll('#article-text span[data-offset]');
          for (const run of runs) {
            const node = run.firstChild;
            const at = node ? node.textContent.indexOf(needle) : -1;
            if (at === -1) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + needle.length);
            const selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
            document.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
            return {offset: Number(run.dataset.offset) + at};
          }
          return null;
        }""",
        needle,
    )


def _csrf_token(page) -> str:
    return json.loads(page.get_attribute("body", "hx-headers"))["X-CSRFToken"]


@pytest.mark.worker
def test_fact_checker_and_editor_take_an_imported_claim_to_an_approved_verdict(
    open_page, log_in, demo_users, screenshot, evidence_site, link_check_worker
):
    checker = open_page()
    log_in(checker, "checker")
    screenshot(checker, "dashboard")
    article_id = _import_demo_text(checker)
    expect(checker.locator(".claim-row").first).to_be_visible()
    screenshot(checker, "review-page")

    # Accept a proposed claim with its button, and another one with the key "a".
    proposed = [
        int(i)
        for i in checker.eval_on_selector_all(
            ".claim-row.state-proposed", "rows => rows.map(r => r.dataset.claim)"
        )
    ]
    assert len(proposed) >= 2, "the import proposes the check-worthy sentences"
    checker.click(f"#row-{proposed[0]} button.accept")
    expect(checker.locator(f"#row-{proposed[0]}")).to_have_class(re.compile(r"\bstate-accepted\b"))
    _open_claim(checker, proposed[1])
    checker.keyboard.press("a")
    expect(checker.locator(f"#row-{proposed[1]}")).to_have_class(re.compile(r"\bstate-accepted\b"))
    expect(checker.locator("#claim-panel [data-testid=claim-state]")).to_have_text("Accepted")

    # Create a claim from selected text: the opinion sentence is not proposed by the import.
    needle = "The episode shows how exposed the EU is to hybrid tactics."
    selected = _select_text(checker, needle)
    assert selected is not None, "the opinion sentence is plain text, not a proposed claim"
    expect(checker.locator("#selection-bar")).to_be_visible()
    checker.click("#create-from-selection")
    expect(checker.locator("mark.claim.state-accepted", has_text=needle)).to_be_visible()
    created = Claim.objects.get(article_id=article_id, text=needle)
    assert (created.start, created.end) == (selected["offset"], selected["offset"] + len(needle))
    expect(checker.locator(f"#mark-{created.pk}")).to_have_text(needle)
    expect(checker.locator("#claim-panel")).to_have_attribute("data-claim", str(created.pk))

    # Evidence with a URL and a new source; the badge follows the real link check in place.
    checker.evaluate("window.__samePage = true")
    checker.keyboard.press("e")
    form = checker.locator("#evidence-form")
    form.locator("input[name=url]").fill(evidence_site.url("/report"))
    form.locator("textarea[name=excerpt]").fill(QUOTE)
    form.locator("select[name=stance]").select_option("refutes")
    form.locator("select[name=credibility]").select_option("2")
    form.locator("input[name=source_name]").fill("Border Monitoring Collective")
    form.locator("select[name=new_source_kind]").select_option("ngo")
    form.locator("select[name=new_source_reliability]").select_option("C")
    form.locator("button[type=submit]").click()
    badge = checker.locator("#claim-panel [data-testid=link-status]")
    expect(badge).to_have_text("checking…")
    screenshot(checker, "evidence-checking")
    expect(badge).to_have_text(re.compile(r"^ok\b"), timeout=30_000)
    assert checker.evaluate("window.__samePage") is True, "the badge changed without a reload"
    evidence = Evidence.objects.select_related("source").get(claim=created)
    assert (evidence.source.name, evidence.source.kind, evidence.source.reliability) == (
        "Border Monitoring Collective",
        "ngo",
        "C",
    )
    assert evidence.grade == "C2" and evidence.link.last_outcome == "ok"
    expect(checker.locator(f"#evidence-{evidence.pk} .grade")).to_have_text("C2")

    # Draft a verdict (key "v" opens the form).
    checker.keyboard.press("v")
    verdict = checker.locator("#verdict-form")
    verdict.locator("select[name=verdict]").select_option(index=1)
    verdict.locator("textarea[name=rationale]").fill(
        "An **opinion**, but the record says otherwise."
    )
    verdict.locator("button[type=submit]").click()
    expect(checker.locator("#claim-panel [data-testid=claim-state]")).to_have_text(
        "Verdict drafted"
    )
    expect(checker.locator("#claim-panel .rationale strong")).to_have_text("opinion")
    expect(checker.locator("#approve-btn")).to_have_count(0)
    screenshot(checker, "verdict-drafted")

    # A different editor approves it and sees every step in the history.
    editor = open_page()
    log_in(editor, "editor2")
    expect(editor.locator("#queue-h + table")).to_contain_text(needle)
    screenshot(editor, "editor-queue")
    editor.goto(f"/articles/{article_id}/")
    _open_claim(editor, created.pk)
    editor.click("#approve-btn")
    expect(editor.locator("#claim-panel [data-testid=claim-state]")).to_have_text("Approved")
    expect(editor.locator("#claim-panel .verdict-box")).to_contain_text("approved by editor2")
    editor.click("#history-box summary")
    history = editor.locator("#history-box .history > li")
    expect(history.first).to_contain_text("verdict approved")
    expect(history.first).to_contain_text("editor2")
    expect(editor.locator("#history-box")).to_contain_text("verdict drafted")
    expect(editor.locator("#history-box")).to_contain_text("checker")
    assert history.count() >= 2
    screenshot(editor, "approved-with-history")
    assert Claim.objects.get(pk=created.pk).state == Claim.State.APPROVED


def test_editor_cannot_approve_a_verdict_they_drafted(open_page, log_in, demo_users, screenshot):
    from factcheck.demo import load_demo

    article, _ = load_demo()
    claim = article.claims.get(state=Claim.State.IN_RESEARCH)
    editor = open_page()
    log_in(editor, "editor")
    editor.goto(article.get_absolute_url())
    _open_claim(editor, claim.pk)
    editor.click("#verdict-box summary")
    editor.locator("#verdict-form select[name=verdict]").select_option(index=2)
    editor.locator("#verdict-form textarea[name=rationale]").fill("Revised by the editor.")
    editor.locator("#verdict-form button[type=submit]").click()
    expect(editor.locator("#claim-panel")).to_contain_text(
        "Awaiting approval by an editor who did not draft it."
    )
    expect(editor.locator("#approve-btn")).to_have_count(0)
    screenshot(editor, "own-verdict-no-approve")

    drafted = Claim.objects.get(pk=claim.pk)
    assert drafted.verdict_author == demo_users["editor"]
    forced = editor.request.post(
        f"/claims/{claim.pk}/approve/",
        form={"version": str(drafted.version)},
        headers={"X-CSRFToken": _csrf_token(editor), "HX-Request": "true"},
    )
    assert forced.status in (403, 422)
    assert "Nobody approves their own verdict" in forced.text()
    assert Claim.objects.get(pk=claim.pk).state == Claim.State.DRAFTED
