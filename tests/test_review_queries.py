"""The review page, the claim panel and the dashboard run a fixed number of SQL queries,
however many claims, evidence items and attributions an article has."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import big_article

pytestmark = pytest.mark.django_db

HX = {"HTTP_HX_REQUEST": "true"}
MAX_QUERIES = 20


@pytest.fixture
def as_editor(client, editor):
    client.force_login(editor)
    return client


def _count(client, url, **extra) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **extra)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("claims", [30, 300])
def test_review_page_runs_at_most_20_queries(
    as_editor, editor, django_assert_max_num_queries, claims
):
    article = big_article(claims=claims, user=editor)
    with django_assert_max_num_queries(MAX_QUERIES):
        response = as_editor.get(article.get_absolute_url())
    html = response.content.decode()
    assert html.count('class="claim-row') == claims
    assert html.count('<mark id="mark-') == claims


def test_review_page_query_count_does_not_grow_with_claims(as_editor, editor):
    small = big_article(claims=30, user=editor, title="small")
    large = big_article(claims=300, user=editor, title="large")
    _count(as_editor, small.get_absolute_url())  # warm caches (content types, session)
    assert _count(as_editor, large.get_absolute_url()) == _count(
        as_editor, small.get_absolute_url()
    )


def test_review_body_partial_runs_at_most_20_queries(
    as_editor, editor, django_assert_max_num_queries
):
    article = big_article(claims=300, user=editor)
    with django_assert_max_num_queries(MAX_QUERIES):
        as_editor.get(article.get_absolute_url(), HTTP_HX_TARGET="review-body", **HX)


def test_claim_panel_query_count_does_not_depend_on_evidence_or_history(as_editor, editor):
    from claims import services

    article = big_article(claims=5, evidence_per_claim=1, attributions_per_claim=1, user=editor)
    busy = big_article(
        claims=5, evidence_per_claim=20, attributions_per_claim=6, user=editor, title="busy"
    )
    quiet_claim = article.claims.get(state="proposed")
    busy_claim = busy.claims.get(state="proposed")
    for _ in range(5):  # history entries
        busy_claim = services.transition_claim(claim=busy_claim, to_state="accepted", user=editor)
        busy_claim = services.transition_claim(claim=busy_claim, to_state="rejected", user=editor)
    _count(as_editor, reverse("claims:claim", args=[quiet_claim.pk]), **HX)
    quiet = _count(as_editor, reverse("claims:claim", args=[quiet_claim.pk]), **HX)
    loud = _count(as_editor, reverse("claims:claim", args=[busy_claim.pk]), **HX)
    assert loud == quiet <= MAX_QUERIES


def test_progress_poll_runs_a_fixed_number_of_queries(
    as_editor, editor, django_assert_max_num_queries
):
    article = big_article(claims=300, user=editor)
    # 7: the desk's read rule asks for the account's permissions on every page, the poll too
    with django_assert_max_num_queries(7):
        as_editor.get(reverse("claims:article_progress", args=[article.pk]), **HX)


def test_dashboard_query_count_does_not_grow_with_claims(as_editor, editor):
    big_article(claims=30, user=editor, title="first")
    _count(as_editor, "/")
    few = _count(as_editor, "/")
    big_article(claims=300, user=editor, title="second")
    assert _count(as_editor, "/") == few <= MAX_QUERIES
    assert (
        _count(as_editor, "/?source=factory&state=drafted", HTTP_HX_TARGET="claim-results", **HX)
        <= MAX_QUERIES
    )
