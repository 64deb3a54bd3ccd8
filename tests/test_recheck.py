"""'Re-check now' and 'Archive now': from the panel and the API, on the link-check queue,
for whoever may see the evidence; the badge polls until the new check lands."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from sources import services
from sources.models import LinkCheck, Snapshot
from tests.factories import api, article_page
from tests.local_site import Route

pytestmark = pytest.mark.django_db
HX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def cited(claim, checker, site, django_capture_on_commit_callbacks, eager_tasks):
    """Evidence citing a page of the local site, checked once (one snapshot)."""
    site.routes["/story"] = Route(article_page())
    with django_capture_on_commit_callbacks(execute=True):
        item = services.add_evidence(claim=claim, user=checker, url=site.url("/story"))
    assert Snapshot.objects.filter(link=item.link).count() == 1
    return item


def test_recheck_from_the_panel_records_a_new_check_and_the_badge_polls_until_it_lands(
    cited, checker, django_capture_on_commit_callbacks
):
    client = Client()
    client.force_login(checker)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("sources:recheck", args=[cited.pk]), **HX)
    assert response.status_code == 200
    assert "since=" in response.content.decode() and "checking" in response.content.decode()
    assert LinkCheck.objects.filter(link=cited.link).count() == 2
    assert Snapshot.objects.filter(link=cited.link).count() == 1  # unchanged page: no copy
    badge = client.get(reverse("sources:evidence_status", args=[cited.pk])).content.decode()
    assert "ok" in badge and "every 2s" not in badge


def test_archive_now_keeps_a_snapshot_even_when_the_page_did_not_change(
    cited, checker, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = api(checker).post(
            f"/api/evidence/{cited.pk}/recheck/", {"archive": True}, format="json"
        )
    assert response.status_code == 202 and response.json()["archive"] is True
    assert Snapshot.objects.filter(link=cited.link).count() == 2


def test_confidential_evidence_cannot_be_rechecked_by_other_fact_checkers(
    cited, checker2, django_capture_on_commit_callbacks
):
    type(cited).objects.filter(pk=cited.pk).update(confidential=True)
    client = Client()
    client.force_login(checker2)
    with django_capture_on_commit_callbacks(execute=True):
        page = client.post(reverse("sources:recheck", args=[cited.pk]), **HX)
        from_api = api(checker2).post(f"/api/evidence/{cited.pk}/recheck/", {}, format="json")
    assert page.status_code == 404 and from_api.status_code == 404
    assert LinkCheck.objects.filter(link=cited.link).count() == 1


def test_one_url_cited_twice_keeps_each_citations_own_snapshot_and_quote_status(
    cited, claim, checker2, site, django_capture_on_commit_callbacks
):
    """The page changed between two citations: the second cites the new text, so its quote
    is found and it has not changed since *it* cited it; the first has."""
    from claims.selectors import mark_citations

    site.routes["/story"] = Route(article_page(toll=150))
    with django_capture_on_commit_callbacks(execute=True):
        second = services.add_evidence(
            claim=claim, user=checker2, url=site.url("/story"), excerpt="at least 150 people"
        )
    first, second = type(cited).objects.get(pk=cited.pk), type(cited).objects.get(pk=second.pk)
    assert first.link_id == second.link_id and first.cited_snapshot_id != second.cited_snapshot_id
    first.excerpt = "at least 120 people"
    mark_citations([first, second])
    assert first.changed is True and second.changed is False
    assert first.quote_status is True and second.quote_status is True
