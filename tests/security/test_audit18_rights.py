"""Rights through every entrance that writes, for each role: a reader (view permissions
only) writes nothing, review comments included (they need `claims.add_reviewcomment`, which
the fact-checkers' and editors' groups hold and a reader does not; the policy asked only
for `view_claim`); an editor never approves their own verdict (page, htmx, API); an htmx
post without the CSRF token is refused before any view runs."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from claims import policies, services
from claims.models import Claim, RatingLabel, ReviewComment
from tests.conftest import make_reader

pytestmark = pytest.mark.django_db


@pytest.fixture
def reader(db):
    return make_reader("viewer-only")


def client_for(user, **extra) -> Client:
    client = Client(**extra)
    client.force_login(user)
    return client


def _open_claim(article) -> Claim:
    return article.claims.filter(state=Claim.State.ACCEPTED).first() or article.claims.get(
        state=Claim.State.DRAFTED
    )


def test_policy_refuses_a_comment_from_a_reader(demo_article, reader, checker, editor):
    claim = _open_claim(demo_article)
    assert policies.refusal(reader, claim, policies.Action.COMMENT)
    assert "comment" not in policies.allowed_actions(reader, claim)
    assert policies.refusal(checker, claim, policies.Action.COMMENT) is None
    assert policies.refusal(editor, claim, policies.Action.COMMENT) is None


@pytest.mark.parametrize("htmx", [False, True])
def test_reader_cannot_comment_through_the_page(demo_article, reader, htmx):
    claim = _open_claim(demo_article)
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    response = client_for(reader).post(
        reverse("claims:comment", args=[claim.pk]), {"body": "A reader's note."}, **headers
    )
    assert response.status_code == 403
    assert not ReviewComment.objects.filter(body="A reader's note.").exists()


def test_reader_cannot_comment_through_the_service(demo_article, reader):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        services.add_comment(claim=_open_claim(demo_article), user=reader, body="Sneaky.")
    assert not ReviewComment.objects.filter(body="Sneaky.").exists()


def test_reader_panel_offers_no_comment_form(demo_article, reader):
    claim = _open_claim(demo_article)
    panel = client_for(reader).get(reverse("claims:claim", args=[claim.pk]), HTTP_HX_REQUEST="true")
    assert panel.status_code == 200
    assert reverse("claims:comment", args=[claim.pk]) not in panel.content.decode()


def test_fact_checker_still_comments(demo_article, checker):
    claim = _open_claim(demo_article)
    response = client_for(checker).post(
        reverse("claims:comment", args=[claim.pk]), {"body": "Found the ministry's table."}
    )
    assert response.status_code == 302
    assert ReviewComment.objects.filter(body="Found the ministry's table.").exists()


def test_reader_cannot_move_a_claim_through_page_htmx_or_api(demo_article, reader):
    claim = demo_article.claims.filter(state=Claim.State.PROPOSED).first()
    url = reverse("claims:transition", args=[claim.pk])
    data = {"state": "accepted", "version": claim.version}
    assert client_for(reader).post(url, data).status_code == 403
    assert client_for(reader).post(url, data, HTTP_HX_REQUEST="true").status_code == 403
    api = APIClient()
    api.force_authenticate(reader)
    answer = api.post(f"/api/claims/{claim.pk}/transition/", data, format="json")
    assert answer.status_code == 403
    claim.refresh_from_db()
    assert claim.state == Claim.State.PROPOSED


def test_editor_cannot_approve_their_own_verdict_on_any_entrance(demo_article, editor):
    claim = demo_article.claims.filter(state=Claim.State.ACCEPTED).first() or (
        demo_article.claims.filter(state=Claim.State.IN_RESEARCH).first()
    )
    claim = services.draft_verdict(
        claim=claim,
        user=editor,
        verdict=RatingLabel.objects.first(),
        rationale="My own reading of the table.",
    )
    url = reverse("claims:approve", args=[claim.pk])
    assert client_for(editor).post(url, {"version": claim.version}).status_code == 403
    htmx = client_for(editor).post(url, {"version": claim.version}, HTTP_HX_REQUEST="true")
    assert htmx.status_code == 403 and "own verdict" in htmx.content.decode()
    api = APIClient()
    api.force_authenticate(editor)
    answer = api.post(f"/api/claims/{claim.pk}/approve/", {"version": claim.version}, format="json")
    assert answer.status_code == 403
    claim.refresh_from_db()
    assert claim.state == Claim.State.DRAFTED and claim.reviewer is None


def test_htmx_post_without_the_csrf_token_is_refused(demo_article, checker):
    claim = demo_article.claims.filter(state=Claim.State.PROPOSED).first()
    client = client_for(checker, enforce_csrf_checks=True)
    page = client.get(reverse("claims:article", args=[demo_article.pk]))
    token = client.cookies["csrftoken"].value
    assert "X-CSRFToken" in page.content.decode()  # the page sends it with every htmx request
    url = reverse("claims:transition", args=[claim.pk])
    data = {"state": "accepted", "version": claim.version}
    assert client.post(url, data, HTTP_HX_REQUEST="true").status_code == 403
    claim.refresh_from_db()
    assert claim.state == Claim.State.PROPOSED
    ok = client.post(url, data, HTTP_HX_REQUEST="true", HTTP_X_CSRFTOKEN=token)
    assert ok.status_code == 200
