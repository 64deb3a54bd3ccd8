"""Four eyes on what is approved, not only on the verdict: an editor who changes a drafted
claim (its wording, span, claimant, date or where it appeared) is one of its authors, so
another editor approves it — asked in the policy, refused on the page, the htmx panel and
the API alike. Reassigning the claim changes nothing it says and does not count; the
verdict's own author tidying their draft changes nothing either; a new draft starts clean."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from claims import policies, services
from claims.models import Claim, RatingLabel

pytestmark = pytest.mark.django_db


def _drafted(article, author) -> Claim:
    claim = article.claims.filter(state__in=[Claim.State.ACCEPTED, Claim.State.IN_RESEARCH]).first()
    return services.draft_verdict(
        claim=claim,
        user=author,
        verdict=RatingLabel.objects.first(),
        rationale="The regional office's own table gives another figure.",
    )


def _reworded(claim: Claim, user) -> Claim:
    return services.update_claim(
        claim=claim, user=user, expected_version=claim.version, text=claim.text + " (as revised)"
    )


def test_an_editor_who_rewords_a_drafted_claim_may_not_approve_it(demo_article, checker, editor):
    claim = _reworded(_drafted(demo_article, checker), editor)
    assert claim.draft_edited_by == editor
    message = policies.refusal(editor, claim, policies.Action.APPROVE)
    assert message and "changed this claim" in message
    assert "approve" not in policies.allowed_actions(editor, claim)
    with pytest.raises(PermissionDenied, match="another editor"):
        services.approve_verdict(claim=claim, user=editor, expected_version=claim.version)
    claim.refresh_from_db()
    assert claim.state == Claim.State.DRAFTED and claim.reviewer is None


def test_a_second_editor_approves_the_changed_claim(demo_article, checker, editor, editor2):
    claim = _reworded(_drafted(demo_article, checker), editor)
    approved = services.approve_verdict(claim=claim, user=editor2, expected_version=claim.version)
    assert approved.state == Claim.State.APPROVED and approved.reviewer == editor2


def test_reassigning_or_the_authors_own_tidying_does_not_count(
    demo_article, checker, editor, editor2
):
    claim = _drafted(demo_article, checker)
    claim = services.update_claim(
        claim=claim, user=editor, expected_version=claim.version, assignee=editor2
    )
    claim = _reworded(claim, checker)  # the verdict's author changes their own draft
    assert claim.draft_edited_by is None
    assert policies.refusal(editor, claim, policies.Action.APPROVE) is None


def test_saving_the_same_wording_again_changes_nothing(demo_article, checker, editor):
    claim = _drafted(demo_article, checker)
    claim = services.update_claim(
        claim=claim, user=editor, expected_version=claim.version, text=claim.text
    )
    assert claim.draft_edited_by is None


def test_a_new_draft_starts_clean(demo_article, checker, editor, editor2):
    claim = _reworded(_drafted(demo_article, checker), editor)
    claim = services.send_back(claim=claim, user=editor2, comment="Check the date.")
    claim = services.draft_verdict(
        claim=claim,
        user=checker,
        verdict=RatingLabel.objects.first(),
        rationale="Checked the date against the register.",
    )
    assert claim.draft_edited_by is None
    assert policies.refusal(editor, claim, policies.Action.APPROVE) is None


def test_every_entrance_refuses_the_co_author(demo_article, checker, editor):
    claim = _drafted(demo_article, checker)
    client = Client()
    client.force_login(editor)
    edited = client.post(
        reverse("claims:edit", args=[claim.pk]),
        {"text": claim.text + " (tightened)", "version": claim.version},
        HTTP_HX_REQUEST="true",
    )
    assert edited.status_code == 200
    claim.refresh_from_db()
    assert claim.draft_edited_by == editor
    panel = client.get(reverse("claims:claim", args=[claim.pk]), HTTP_HX_REQUEST="true")
    assert reverse("claims:approve", args=[claim.pk]) not in panel.content.decode()
    url = reverse("claims:approve", args=[claim.pk])
    assert client.post(url, {"version": claim.version}).status_code == 403
    htmx = client.post(url, {"version": claim.version}, HTTP_HX_REQUEST="true")
    assert htmx.status_code == 403 and "another editor" in htmx.content.decode()
    api = APIClient()
    api.force_authenticate(editor)
    answer = api.post(f"/api/claims/{claim.pk}/approve/", {"version": claim.version}, format="json")
    assert answer.status_code == 403 and "another editor" in answer.json()["detail"]
    claim.refresh_from_db()
    assert claim.state == Claim.State.DRAFTED and claim.reviewer is None


def test_the_model_refuses_a_reviewer_who_changed_the_claim(demo_article, checker, editor):
    from django.core.exceptions import ValidationError

    claim = _reworded(_drafted(demo_article, checker), editor)
    claim.reviewer = editor
    with pytest.raises(ValidationError, match="changed"):
        claim.full_clean(exclude=["start", "end"], validate_constraints=False)
