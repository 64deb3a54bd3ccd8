"""One real-browser check per finding of issue 13 that a browser can show, each of which
failed before the fix (findings 6, 9 and 15 are covered elsewhere: the per-citation
snapshot needs a link-check worker, tests/browser/test_review_journey.py and
tests/test_snapshots.py; ClaimReview fields and set-up are not pages). Every page is watched
(tests/browser/walk.py): console errors, unexpected 4xx/5xx and dead buttons fail the test."""

from __future__ import annotations

from playwright.sync_api import expect

from claims.models import Article, Claim
from sources.models import Attribution, ProposedAttribution, Source
from tests.browser.conftest import DB
from tests.browser.walk import act, desk, select_plain_text

pytestmark = DB


def _state(page):
    return page.locator("#claim-panel [data-testid=claim-state]")


def finding_2_published_work_is_locked_until_an_editor_reopens_it(as_user, demo) -> None:
    published = demo.claims.get(state=Claim.State.PUBLISHED)
    checker = as_user("checker")
    checker.goto(published.get_absolute_url())
    expect(checker.locator("#claim-panel")).to_contain_text("locked")
    expect(checker.locator("#claim-panel summary", has_text="Edit claim")).to_have_count(0)
    expect(checker.locator("#evidence-box")).to_have_count(0)
    expect(checker.locator("#attribution-box")).to_have_count(0)
    editor = as_user("editor")
    editor.goto(published.get_absolute_url())
    editor.click("#reopen-box summary")
    editor.fill("#reopen-box textarea", "The tally was revised.")
    act(editor, lambda: editor.click("#reopen-box button[type=submit]"), "/reopen/")
    expect(_state(editor)).to_have_text("In research")
    expect(editor.locator("#claim-panel summary", has_text="Edit claim")).to_be_visible()


def finding_4_the_selection_bar_shows_only_for_a_selection_and_hides_no_claim(
    as_user, demo
) -> None:
    checker = as_user("checker")
    checker.goto(demo.get_absolute_url())
    bar = checker.locator("#selection-bar")
    expect(bar).to_be_hidden()
    assert select_plain_text(checker) is not None
    expect(bar).to_be_visible()
    height = bar.bounding_box()["height"]
    last = demo.claims.exclude(state=Claim.State.REJECTED).order_by("-start").first()
    margin = checker.eval_on_selector(
        f"#mark-{last.pk}", "m => parseFloat(getComputedStyle(m).scrollMarginTop)"
    )
    assert margin >= height, "a claim scrolled to would sit under the sticky bar"


def finding_5_merging_claims_with_one_between_is_refused(as_user, demo) -> None:
    editor = as_user("editor")
    editor.goto(demo.get_absolute_url())
    claims = list(demo.claims.exclude(state=Claim.State.REJECTED).order_by("start"))
    open_ones = {"proposed", "accepted", "in_research", "drafted"}
    first, between, last = next(
        (a, b, c)
        for a, b, c in zip(claims, claims[1:], claims[2:], strict=False)
        if a.state in open_ones and c.state in open_ones
    )
    for claim in (first, last):
        editor.check(f"#row-{claim.pk} input[name=claims]")
    act(
        editor,
        lambda: editor.click("#merge-form button[type=submit]"),
        "/claims/merge/",
        status=(422,),
    )
    expect(editor.locator("#review-errors")).to_contain_text("not next to each other")
    assert Claim.objects.filter(pk=between.pk).exists()


def finding_7_re_check_now_queues_a_check_and_the_badge_says_so(as_user, demo) -> None:
    item = next(e for c in demo.claims.all() for e in c.evidence.all() if e.url)
    checker = as_user("editor")
    checker.goto(item.claim.get_absolute_url())
    card = checker.locator(f"#evidence-{item.pk}")
    act(checker, lambda: card.locator("button", has_text="Re-check now").click(), "/recheck/")
    expect(card.locator("[data-testid=link-status]")).to_have_text("checking…")


def finding_8_markdown_in_a_rationale_renders_in_the_report(as_user, demo) -> None:
    drafted = demo.claims.get(state=Claim.State.DRAFTED)
    Claim.objects.filter(pk=drafted.pk).update(rationale="The audio is a **minimum**.")
    editor = as_user("editor")
    editor.goto(f"/reports/articles/{demo.pk}/")
    expect(editor.locator(".rationale strong", has_text="minimum")).to_be_visible()
    expect(editor.locator("body")).not_to_contain_text("**minimum**")


def finding_10_article_details_are_editable_and_unknown_outlet_goes(as_user, demo) -> None:
    Article.objects.filter(pk=demo.pk).update(outlet="")
    checker = as_user("checker")
    checker.goto(demo.get_absolute_url())
    expect(checker.locator("#article-head")).to_contain_text("Unknown outlet")
    checker.click("#article-details summary")
    checker.fill("#article-details input[name=outlet]", "Border Weekly")
    act(checker, lambda: checker.click("#article-details button[type=submit]"), "/details/")
    expect(checker.locator("#article-head .meta").first).to_contain_text("Border Weekly")
    expect(checker.locator("#article-head")).not_to_contain_text("Unknown outlet")


def finding_11_attributions_are_re_pointed_removed_and_the_chain_marked(as_user, demo) -> None:
    claim = demo.claims.get(state=Claim.State.ACCEPTED, text__startswith="Lukashenko then")
    politico = Source.objects.get(name="POLITICO")
    attribution = Attribution.objects.create(claim=claim, source=politico, cue="reported")
    checker = as_user("checker")
    checker.goto(claim.get_absolute_url())
    row = checker.locator(f"#attribution-{attribution.pk}")
    row.locator("summary", has_text="Change").click()
    row.locator("input[name=via_name]").fill("Human Constanta")
    act(checker, lambda: row.locator("button[type=submit]").click(), "/attributions/")
    expect(checker.locator(f"#attribution-{attribution.pk}")).to_contain_text("via Human Constanta")
    act(
        checker,
        lambda: checker.locator(f"#attribution-{attribution.pk} .remove-attribution").click(),
        "/remove/",
    )
    expect(checker.locator(f"#attribution-{attribution.pk}")).to_have_count(0)
    mark = checker.locator("#mark-chain-btn")
    if mark.count():
        act(checker, lambda: mark.click(), "/chain/")
        expect(checker.locator("[data-testid=chain-unverified]")).to_be_visible()


def finding_12_a_known_name_with_another_grade_and_a_generic_name_are_choices(
    as_user, demo
) -> None:
    claim = demo.claims.get(state=Claim.State.ACCEPTED, text__startswith="Lukashenko then")
    proposal = ProposedAttribution.objects.create(claim=claim, name="Rights groups", cue="say")
    checker = as_user("checker")
    checker.goto(claim.get_absolute_url())
    checker.click("#evidence-box summary")
    form = checker.locator("#evidence-form")
    form.locator("textarea[name=excerpt]").fill("As POLITICO reported.")
    form.locator("input[name=source_name]").fill("Politico")
    form.locator("select[name=new_source_reliability]").select_option("E")
    act(checker, lambda: form.locator("button[type=submit]").click(), "/evidence/", status=(422,))
    expect(checker.locator("#evidence-form")).to_contain_text("is already a source")
    expect(checker.locator("#evidence-form textarea[name=excerpt]")).to_have_value(
        "As POLITICO reported."
    )
    unlinked = checker.locator(f"#proposal-{proposal.pk}")
    expect(unlinked).to_contain_text("not linked to a source")
    unlinked.locator("input[name=source_name]").fill("Human Constanta")
    act(checker, lambda: unlinked.locator("button", has_text="Link").click(), "/link/")
    expect(checker.locator("#claim-panel .attributions")).to_contain_text("Human Constanta")
    assert not Source.objects.filter(name__iexact="rights groups").exists()


def finding_14_a_conflict_keeps_what_the_second_person_typed_beside_the_saved_version(
    as_user, demo
) -> None:
    claim = demo.claims.get(state=Claim.State.ACCEPTED, text__startswith="Lukashenko then")
    first, second = as_user("checker"), as_user("editor")
    for page in (first, second):
        page.goto(claim.get_absolute_url())
        page.click("#claim-panel summary:has-text('Edit claim or span')")
    first.fill("#claim-panel #id_claimant", "Lukashenko's press office")
    act(first, lambda: first.click("#claim-panel button:has-text('Save claim')"), "/edit/")
    long_claimant = "The presidential administration, " * 8
    second.fill("#claim-panel #id_claimant", long_claimant)
    act(
        second,
        lambda: second.click("#claim-panel button:has-text('Save claim')"),
        "/edit/",
        status=(409,),
    )
    compare = second.locator("#claim-panel table.compare")
    expect(compare).to_contain_text("Lukashenko's press office")
    claimant_row = compare.locator("tr", has=second.locator("th", has_text="Claimant"))
    expect(claimant_row.locator("td.yours")).to_contain_text("The presidential administration")
    fits = compare.evaluate("t => t.scrollWidth <= t.parentElement.clientWidth + 1")
    assert fits, "the typed text runs out of the box instead of wrapping"
    expect(second.locator("#claim-panel #id_claimant")).to_have_value(
        long_claimant
    )  # verbatim: nothing typed is lost


def finding_16_flash_messages_grades_in_words_and_the_import_says_it_is_working(
    as_user, demo
) -> None:
    checker = as_user("checker")
    checker.goto("/import/")
    checker.fill("#id_text", "Crossings rose\n\nOfficials said 300 people crossed in May 2024.")
    busy = {}

    def hold(route):
        if route.request.method == "POST":
            busy["shown"] = checker.is_visible("#import-busy")
        route.continue_()

    checker.route("**/import/", hold)
    checker.click("form.import-form button[type=submit]")
    checker.wait_for_url("**/articles/**")
    assert busy.get("shown") is True, "nothing showed that the import was working"
    flash = checker.locator("main .messages .alert.success")
    expect(flash).to_contain_text("Imported")
    assert checker.eval_on_selector("main .messages", "m => !!m.closest('main')")
    item = next(e for c in demo.claims.all() for e in c.evidence.all() if e.source_id)
    checker.goto(item.claim.get_absolute_url())
    expect(checker.locator(f"#evidence-{item.pk} .grade-words")).to_contain_text("source")
    expect(checker.locator(f"#evidence-{item.pk} .grade-words")).to_contain_text("information")


class Effort:
    """Counts what a person does while the test does it: a click on a field or button is
    one click, a choice in a drop-down two (open, pick), a typed text one keystroke per
    character (typed with real key events)."""

    def __init__(self, page) -> None:
        self.page, self.clicks, self.keys = page, 0, 0

    def click(self, locator) -> None:
        locator.click()
        self.clicks += 1

    def type(self, locator, text: str) -> None:
        self.click(locator)
        self.page.keyboard.type(text)
        self.keys += len(text)

    def choose(self, locator, value: str) -> None:
        locator.select_option(value)
        self.clicks += 2


def measure_adding_evidence_with_a_new_source(as_user, demo) -> None:
    """The figure for docs/ui.md: one piece of evidence with a URL, a quote, a stance, a
    credibility and a new source with its kind and grade, from the claim's own page (where
    My queue, search and "Checked before?" lead). Before issue 13 that page's buttons did
    nothing, so the person first went to the article and picked the claim there again: that
    detour is measured too, on today's pages."""
    import json

    from tests.browser.conftest import ARTIFACTS

    claim = demo.claims.get(state=Claim.State.ACCEPTED, text__startswith="Lukashenko then")
    results = {}
    for path in ("before: via the article page", "after: on the claim's page"):
        page = as_user("checker")
        page.goto(f"/claims/{claim.pk}/")
        effort = Effort(page)
        if path.startswith("before"):
            effort.click(page.locator("main > p a", has_text=demo.title[:20]))
            effort.click(page.locator(f"#row-{claim.pk} .claim-link"))
            expect(page.locator("#claim-panel")).to_have_attribute("data-claim", str(claim.pk))
        effort.click(page.locator("#evidence-box summary"))
        form = page.locator("#evidence-form")
        n = len(results) + 1
        effort.type(form.locator("input[name=url]"), f"https://example.org/decree-{n}")
        effort.type(form.locator("textarea[name=excerpt]"), "The decree was signed on 3 May.")
        effort.choose(form.locator("select[name=stance]"), "refutes")
        effort.choose(form.locator("select[name=credibility]"), "2")
        effort.type(form.locator("input[name=source_name]"), f"State gazette {n}")
        effort.choose(form.locator("select[name=new_source_kind]"), "government_body")
        effort.choose(form.locator("select[name=new_source_reliability]"), "B")
        submit = form.locator("button[type=submit]")
        act(page, lambda effort=effort, submit=submit: effort.click(submit), "/evidence/")
        expect(page.locator("#claim-panel")).to_contain_text(f"State gazette {n}")
        results[path] = {"clicks": effort.clicks, "keystrokes": effort.keys}
        page.context.close()
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "evidence-effort.json").write_text(json.dumps(results, indent=2))
    print("adding evidence with a new source:", json.dumps(results))


FINDINGS = [
    finding_2_published_work_is_locked_until_an_editor_reopens_it,
    finding_4_the_selection_bar_shows_only_for_a_selection_and_hides_no_claim,
    finding_5_merging_claims_with_one_between_is_refused,
    finding_7_re_check_now_queues_a_check_and_the_badge_says_so,
    finding_8_markdown_in_a_rationale_renders_in_the_report,
    finding_10_article_details_are_editable_and_unknown_outlet_goes,
    finding_11_attributions_are_re_pointed_removed_and_the_chain_marked,
    finding_12_a_known_name_with_another_grade_and_a_generic_name_are_choices,
    finding_14_a_conflict_keeps_what_the_second_person_typed_beside_the_saved_version,
    finding_16_flash_messages_grades_in_words_and_the_import_says_it_is_working,
    measure_adding_evidence_with_a_new_source,
]


def test_each_finding_of_issue_13_holds_in_a_real_browser(browser, live_server, demo_users):
    """Each finding is its own check, on its own claims of one demo load, in one browser and
    one live server: a transactional test flushes every table afterwards (~2.5 s on the
    shared machine), so ten separate tests cost half a minute of flushing alone. A failing
    finding is reported by name and the others still run."""
    from factcheck.demo import load_demo

    article, _ = load_demo()
    failures = []
    with desk(browser, live_server) as (as_user, watch):
        for finding in FINDINGS:
            try:
                finding(lambda name: as_user(demo_users[name]), article)
            except Exception as exc:  # report every finding, not only the first
                failures.append(f"{finding.__name__}: {exc!s:.600}")
            article.refresh_from_db()
    assert not failures, "\n\n".join(failures)
    assert not watch.problems, "\n".join(watch.problems)
