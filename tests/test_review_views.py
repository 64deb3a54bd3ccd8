"""The workbench pages and their htmx actions, through Django's test client."""

import pytest
from django.test import Client
from django.urls import reverse

from claims.models import Claim, RatingLabel

pytestmark = pytest.mark.django_db

HX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def as_checker(client, checker):
    client.force_login(checker)
    return client


@pytest.fixture
def as_editor(client, editor):
    client.force_login(editor)
    return client


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/?state=proposed&q=Lukashenko",
        "/?source=politico",
        "/import/",
        "/sources/",
        "/sources/search/?q=pol",
    ],
)
def test_pages_render_for_a_fact_checker(as_checker, demo_article, path):
    assert as_checker.get(path).status_code == 200


def test_review_page_highlights_every_claim_span(as_checker, demo_article):
    html = as_checker.get(demo_article.get_absolute_url()).content.decode()
    for claim in demo_article.claims.exclude(state="rejected"):
        assert f'id="mark-{claim.pk}"' in html


def test_review_page_shows_checkworthiness_reasons_of_proposed_claims(as_checker, demo_article):
    html = as_checker.get(demo_article.get_absolute_url()).content.decode()
    assert "named entity, date" in html


def test_claim_panel_is_a_partial_for_htmx(as_checker, demo_article):
    claim = demo_article.claims.get(state="published")
    response = as_checker.get(reverse("claims:claim", args=[claim.pk]), **HX)
    html = response.content.decode()
    assert "<html" not in html and 'id="claim-panel"' in html
    assert "Human Constanta" in html


def test_panel_warns_when_primary_source_is_not_located(as_editor, demo_article):
    claim = demo_article.claims.get(claimant="Aleh (border guard)")
    html = as_editor.get(reverse("claims:claim", args=[claim.pk]), **HX).content.decode()
    assert "Primary source not yet located" in html and "Aleh (border guard)" in html


def test_confidential_source_is_hidden_from_unassigned_fact_checker(as_checker, demo_article):
    claim = demo_article.claims.get(claimant="Aleh (border guard)")
    html = as_checker.get(reverse("claims:claim", args=[claim.pk]), **HX).content.decode()
    attributions = html.split("<h3>Attributions</h3>", 1)[1].split("<h3>Evidence</h3>", 1)[0]
    assert "Aleh (border guard)" not in attributions
    assert "Confidential source" in attributions


def test_accept_moves_proposed_claim_and_triggers_refresh(as_checker, demo_article):
    claim = demo_article.claims.filter(state="proposed").first()
    response = as_checker.post(
        reverse("claims:transition", args=[claim.pk]),
        {"state": "accepted", "version": claim.version},
        **HX,
    )
    assert response.status_code == 200
    assert "claims-changed" in response["HX-Trigger"]
    claim.refresh_from_db()
    assert claim.state == "accepted" and claim.version == 2


def test_stale_version_gets_a_conflict_message_with_the_other_change(
    as_checker, demo_article, checker2
):
    from claims import services

    claim = demo_article.claims.filter(state="proposed").first()
    services.update_claim(
        claim=claim, user=checker2, expected_version=claim.version, claimant="Warsaw"
    )
    response = as_checker.post(
        reverse("claims:edit", args=[claim.pk]),
        {"version": 1, "text": claim.text, "claimant": "Polish government"},
        **HX,
    )
    assert response.status_code == 409
    html = response.content.decode()
    assert "changed by someone else" in html and "Warsaw" in html
    claim.refresh_from_db()
    assert claim.claimant == "Warsaw"


def test_create_claim_from_selection_stores_exact_span(as_checker, demo_article):
    body = demo_article.body
    sentence = "Poland intends to seal its border with Belarus this summer."
    Claim.objects.filter(text=sentence).delete()
    start = body.index(sentence)
    response = as_checker.post(
        reverse("claims:create_claim", args=[demo_article.pk]),
        {"start": start - 1, "end": start + len(sentence) + 1},
        **HX,
    )
    assert response.status_code == 200
    claim = Claim.objects.get(text=sentence)
    assert (claim.start, claim.end) == (start, start + len(sentence))
    assert claim.state == "accepted"


def test_selection_overlapping_a_claim_is_refused_with_a_message(as_checker, demo_article):
    claim = demo_article.claims.filter(state="published").first()
    response = as_checker.post(
        reverse("claims:create_claim", args=[demo_article.pk]),
        {"start": claim.start + 2, "end": claim.end - 2},
        **HX,
    )
    assert response.status_code == 422
    assert "overlaps" in response.content.decode()


def test_selection_outside_the_body_is_refused(as_checker, demo_article):
    response = as_checker.post(
        reverse("claims:create_claim", args=[demo_article.pk]), {"start": 5, "end": 10**6}, **HX
    )
    assert response.status_code == 422


def test_split_then_merge_restores_the_span(client, editor, demo_article):
    client.force_login(editor)
    claim = demo_article.claims.get(state="in_research")
    original = (claim.start, claim.end)
    at = claim.start + claim.text.index(", weeks after")
    client.post(reverse("claims:split", args=[claim.pk]), {"at": at + 1}, **HX)
    first, second = Claim.objects.filter(
        article=demo_article, start__gte=original[0], end__lte=original[1]
    ).order_by("start")
    assert first.end < second.start
    response = client.post(
        reverse("claims:merge_claims", args=[demo_article.pk]),
        {"claims": [first.pk, second.pk]},
        **HX,
    )
    assert response.status_code == 200
    merged = Claim.objects.get(pk=first.pk)
    assert (merged.start, merged.end) == original
    assert not Claim.objects.filter(pk=second.pk).exists()


def test_fact_checker_cannot_merge(as_checker, demo_article):
    ids = list(demo_article.claims.filter(state="proposed").values_list("pk", flat=True))
    response = as_checker.post(
        reverse("claims:merge_claims", args=[demo_article.pk]), {"claims": ids}, **HX
    )
    assert response.status_code == 422
    assert Claim.objects.filter(pk__in=ids).count() == len(ids)


def test_draft_then_approve_by_another_editor_through_the_panel(
    client, checker, editor, demo_article
):
    claim = demo_article.claims.get(state="accepted", claimant="Alexander Lukashenko")
    label = RatingLabel.objects.get(slug="mostly-true")
    client.force_login(checker)
    response = client.post(
        reverse("claims:draft_verdict", args=[claim.pk]),
        {"version": claim.version, "verdict": label.pk, "rationale": "He said so on **state TV**."},
        **HX,
    )
    assert response.status_code == 200
    claim.refresh_from_db()
    assert claim.state == "drafted"
    approve = reverse("claims:approve", args=[claim.pk])
    assert client.post(approve, {"version": claim.version}, **HX).status_code == 403
    client.force_login(editor)
    response = client.post(approve, {"version": claim.version}, **HX)
    assert response.status_code == 200
    claim.refresh_from_db()
    assert claim.state == "approved" and claim.reviewer == editor
    html = client.get(reverse("claims:claim", args=[claim.pk]), **HX).content.decode()
    assert "<strong>state TV</strong>" in html and "verdict approved" in html


def test_rationale_markdown_is_sanitised(client, checker, demo_article):
    claim = demo_article.claims.get(state="accepted", claimant="Alexander Lukashenko")
    client.force_login(checker)
    client.post(
        reverse("claims:draft_verdict", args=[claim.pk]),
        {
            "version": claim.version,
            "verdict": RatingLabel.objects.get(slug="false").pk,
            "rationale": "<script>alert(1)</script><img src=x onerror=alert(2)>[x](javascript:alert(3))",
        },
        **HX,
    )
    html = client.get(reverse("claims:claim", args=[claim.pk]), **HX).content.decode()
    rationale = html.split('<div class="rationale" data-user-content>', 1)[1].split("</div>", 1)[0]
    assert "<script" not in rationale and "onerror" not in rationale
    assert "javascript:" not in rationale
    assert "&lt;script&gt;" in html  # the editable copy in the form is escaped


def test_verdict_without_rationale_is_refused_with_a_message(as_checker, demo_article):
    claim = demo_article.claims.get(state="accepted", claimant="Alexander Lukashenko")
    response = as_checker.post(
        reverse("claims:draft_verdict", args=[claim.pk]),
        {
            "version": claim.version,
            "verdict": RatingLabel.objects.get(slug="false").pk,
            "rationale": "",
        },
        **HX,
    )
    assert response.status_code == 422
    claim.refresh_from_db()
    assert claim.state == "accepted"


def test_progress_partial_counts_states_and_links(as_checker, demo_article):
    html = as_checker.get(
        reverse("claims:article_progress", args=[demo_article.pk]), **HX
    ).content.decode()
    assert "Published 1" in html and "links checked" in html


def test_dashboard_filters_return_the_results_partial(as_checker, demo_article):
    response = as_checker.get(
        "/?state=published", HTTP_HX_REQUEST="true", HTTP_HX_TARGET="claim-results"
    )
    html = response.content.decode()
    assert html.startswith('<div id="claim-results">')
    assert "At least 120 people" in html and "Poland intends" not in html


def test_queue_lists_drafts_awaiting_my_approval(as_editor, demo_article):
    html = as_editor.get("/").content.decode()
    queue = html.split('id="queue-h"', 1)[1].split("</section>", 1)[0]
    assert "Mikhail Bedunkevich" in queue


def test_an_edit_conflict_loses_nothing_the_second_person_typed(demo_article, checker, checker2):
    """Both saw version N; the first saves a new claimant; the second's text and claimant
    come back beside the saved ones, in full, and fill the form for a deliberate save."""
    claim = demo_article.claims.filter(state="proposed").first()
    seen = claim.version
    first, second = Client(), Client()
    first.force_login(checker)
    second.force_login(checker2)
    url = reverse("claims:edit", args=[claim.pk])
    saved = first.post(
        url, {"version": seen, "text": claim.text, "claimant": "Warsaw officials"}, **HX
    )
    assert saved.status_code == 200
    long_text = "Poland intends to seal its border with Belarus this summer. " * 8
    response = second.post(
        url, {"version": seen, "text": long_text.strip(), "claimant": "Polish government"}, **HX
    )
    html = response.content.decode()
    assert response.status_code == 409
    assert "Warsaw officials" in html and "Polish government" in html
    assert html.count(long_text.strip()) >= 2  # beside theirs, and in the form to save again
    claim.refresh_from_db()
    assert claim.claimant == "Warsaw officials"  # nothing overwritten behind anyone's back
