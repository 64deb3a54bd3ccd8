"""REST API: token and session auth, the UI's permissions and workflow rules, confidential
material, filters, pagination and JSON errors."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from claims.models import Article, Claim, RatingLabel
from sources.models import Evidence, Source
from tests.conftest import make_user
from tests.factories import api

pytestmark = pytest.mark.django_db


def test_anonymous_requests_get_401_json_not_a_login_redirect(db):
    response = APIClient().get("/api/claims/")
    assert response.status_code == 401
    assert response.json()["detail"]


def test_token_auth_lists_claims_paginated(demo_article, checker):
    response = api(checker).get("/api/claims/", {"page_size": 2})
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == Claim.objects.count()
    assert {"next", "previous", "results"} <= set(body)


def test_session_auth_works_too(client, demo_article, checker):
    client.force_login(checker)
    assert client.get("/api/articles/").status_code == 200


def test_user_without_role_is_forbidden(demo_article):
    assert api(make_user("outsider")).get("/api/claims/").status_code == 403


def test_filters_by_state_and_verdict(demo_article, checker):
    client = api(checker)
    published = client.get("/api/claims/", {"state": "published"}).json()["results"]
    assert {c["state"] for c in published} == {"published"}
    by_verdict = client.get("/api/claims/", {"verdict": "mostly-true"}).json()["results"]
    assert by_verdict and all(c["verdict"]["slug"] == "mostly-true" for c in by_verdict)


def test_nobody_approves_their_own_verdict_through_the_api(demo_article, editor, editor2):
    claim = Claim.objects.get(
        article=demo_article, state="accepted", claimant="Alexander Lukashenko"
    )
    label = RatingLabel.objects.get(slug="false", scale__is_default=True)
    client = api(editor)
    drafted = client.post(
        f"/api/claims/{claim.pk}/draft-verdict/",
        {"verdict": label.pk, "rationale": "No such declaration."},
        format="json",
    )
    assert drafted.status_code == 200, drafted.json()
    own = client.post(f"/api/claims/{claim.pk}/approve/", {}, format="json")
    assert own.status_code == 403
    assert "own verdict" in own.json()["detail"]
    other = api(editor2).post(f"/api/claims/{claim.pk}/approve/", {}, format="json")
    assert other.status_code == 200
    assert other.json()["state"] == "approved"


def test_fact_checker_cannot_approve_or_publish(demo_article, checker):
    claim = Claim.objects.get(article=demo_article, state="drafted")
    assert (
        api(checker).post(f"/api/claims/{claim.pk}/approve/", {}, format="json").status_code == 403
    )


def test_invalid_transition_is_a_400_with_a_reason(demo_article, checker):
    claim = Claim.objects.get(
        article=demo_article, state="proposed", claimant="Government of Poland"
    )
    response = api(checker).post(
        f"/api/claims/{claim.pk}/transition/", {"state": "in_research"}, format="json"
    )
    assert response.status_code == 400
    assert "cannot become" in str(response.json()["errors"])


def test_stale_version_is_a_409_conflict(demo_article, checker):
    claim = Claim.objects.get(
        article=demo_article, state="proposed", claimant="Government of Poland"
    )
    client = api(checker)
    response = client.patch(
        f"/api/claims/{claim.pk}/",
        {"claimant": "Polish government", "version": claim.version - 1 + 5},
        format="json",
    )
    assert response.status_code == 409
    ok = client.patch(
        f"/api/claims/{claim.pk}/",
        {"claimant": "Polish government", "version": claim.version},
        format="json",
    )
    assert ok.status_code == 200 and ok.json()["claimant"] == "Polish government"


def test_verdict_fields_cannot_be_written_directly(demo_article, checker):
    claim = Claim.objects.get(article=demo_article, state="drafted")
    label = RatingLabel.objects.get(slug="false", scale__is_default=True)
    api(checker).patch(
        f"/api/claims/{claim.pk}/", {"verdict": label.pk, "state": "published"}, format="json"
    )
    claim.refresh_from_db()
    assert claim.state == "drafted" and claim.verdict.slug != "false"


def test_validation_errors_name_the_field(demo_article, checker):
    response = api(checker).post(
        "/api/claims/",
        {"article": demo_article.pk, "start": 5, "end": 2, "text": "x"},
        format="json",
    )
    assert response.status_code == 400
    assert "errors" in response.json()


def test_create_article_records_who_imported_it(checker):
    response = api(checker).post(
        "/api/articles/", {"title": "T", "body": "Some text to check."}, format="json"
    )
    assert response.status_code == 201, response.json()
    assert Article.objects.get(pk=response.json()["id"]).imported_by == checker
    again = api(checker).post(
        "/api/articles/", {"title": "T2", "body": "Some  text to check."}, format="json"
    )
    assert again.status_code == 400 and "already article" in str(again.json())


def test_article_body_cannot_change_once_claims_point_into_it(demo_article, editor):
    response = api(editor).patch(
        f"/api/articles/{demo_article.pk}/", {"body": "Other text."}, format="json"
    )
    assert response.status_code == 400


def test_evidence_added_through_the_api_is_linked_for_checking(demo_article, checker):
    claim = Claim.objects.get(
        article=demo_article, state="proposed", claimant="Government of Poland"
    )
    response = api(checker).post(
        "/api/evidence/",
        {
            "claim": claim.pk,
            "url": "https://gov.example/border",
            "stance": "supports",
            "credibility": 2,
        },
        format="json",
    )
    assert response.status_code == 201, response.json()
    evidence = Evidence.objects.get(pk=response.json()["id"])
    assert evidence.link is not None and evidence.added_by == checker


def test_confidential_sources_and_evidence_hidden_unless_permitted_and_asked(
    demo_article, checker, editor
):
    secret = Source.objects.filter(confidential=True).first()
    names = {
        s["name"]
        for s in api(checker)
        .get("/api/sources/", {"include_confidential": 1, "page_size": 100})
        .json()["results"]
    }
    assert secret.name not in names
    assert api(checker).get(f"/api/sources/{secret.pk}/").status_code == 404
    editor_client = api(editor)
    assert secret.name not in {
        s["name"] for s in editor_client.get("/api/sources/").json()["results"]
    }
    assert secret.name in {
        s["name"]
        for s in editor_client.get("/api/sources/", {"include_confidential": 1}).json()["results"]
    }
    claims = api(checker).get("/api/claims/", {"article": demo_article.pk}).json()["results"]
    assert secret.name not in str(claims)


def test_fact_checker_cannot_mark_evidence_confidential(demo_article, checker):
    claim = Claim.objects.filter(article=demo_article).first()
    response = api(checker).post(
        "/api/evidence/",
        {"claim": claim.pk, "excerpt": "quote", "confidential": True},
        format="json",
    )
    assert response.status_code == 400


def test_published_claim_has_a_claimreview(demo_article, checker):
    claim = Claim.objects.get(article=demo_article, state="published")
    review = api(checker).get(f"/api/claims/{claim.pk}/claimreview/").json()
    assert review["@type"] == "ClaimReview"
    draft = Claim.objects.get(article=demo_article, state="drafted")
    assert api(checker).get(f"/api/claims/{draft.pk}/claimreview/").status_code == 404


def test_openapi_schema_and_docs_are_served(checker):
    client = api(checker)
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert schema.status_code == 200
    client.force_authenticate(checker)
    assert client.get("/api/docs/").status_code == 200


def test_unknown_object_is_a_404_json(checker):
    response = api(checker).get("/api/claims/999999/")
    assert response.status_code == 404 and response.json()["detail"]
