"""The dashboard's lists and the sources list come a page at a time, and a page costs the
same number of queries with 10 rows in the database or 200: nothing is counted or fetched
per row, and htmx gets back only the list it asked for."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.views import DASHBOARD_PAGE_SIZE, QUEUE_PAGE_SIZE
from sources.models import Source, normalise_name
from sources.views import SOURCES_PAGE_SIZE
from tests.factories import big_article

pytestmark = pytest.mark.django_db

HX = {"HTTP_HX_REQUEST": "true"}
MAX_QUERIES = 20


@pytest.fixture
def as_editor(client, editor):
    client.force_login(editor)
    return client


def _count(client, url: str, **extra) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **extra)
    assert response.status_code == 200
    return len(queries)


def _sources(n: int, *, start: int = 0) -> None:
    names = [f"Paged source {i:04d}" for i in range(start, start + n)]
    Source.objects.bulk_create([Source(name=x, normalised_name=normalise_name(x)) for x in names])


def test_dashboard_queries_do_not_grow_from_10_to_200_claims(
    as_editor, editor, django_assert_max_num_queries
):
    big_article(claims=10, user=editor, title="ten")
    _count(as_editor, "/")  # warm caches (content types, session)
    few = _count(as_editor, "/")
    big_article(claims=190, user=editor, title="one hundred and ninety")
    with django_assert_max_num_queries(few):
        as_editor.get("/")
    assert few <= MAX_QUERIES


@pytest.mark.parametrize(
    "target", ["claim-results", "queue-results", "article-results"], ids=lambda t: t
)
def test_each_dashboard_list_partial_queries_do_not_grow_with_claims(as_editor, editor, target):
    big_article(claims=10, user=editor, title="ten")
    _count(as_editor, "/?page=1", HTTP_HX_TARGET=target, **HX)
    few = _count(as_editor, "/?page=1", HTTP_HX_TARGET=target, **HX)
    big_article(claims=190, user=editor, title="one hundred and ninety")
    assert _count(as_editor, "/?page=2", HTTP_HX_TARGET=target, **HX) <= few


def test_dashboard_shows_one_page_of_claims_and_the_total(as_editor, editor):
    big_article(claims=DASHBOARD_PAGE_SIZE + 7, user=editor)
    html = as_editor.get("/").content.decode()
    results = html.split('id="claim-results"', 1)[1].split("</table>", 1)[0]
    assert results.count("<tr><td><a href=") == DASHBOARD_PAGE_SIZE
    assert f"{DASHBOARD_PAGE_SIZE + 7} claims, page 1 of 2" in html
    assert 'rel="next"' in html and "page=2" in html


def test_claim_page_turned_by_htmx_returns_only_the_claim_list(as_editor, editor):
    big_article(claims=DASHBOARD_PAGE_SIZE + 7, user=editor)
    html = as_editor.get("/?page=2", HTTP_HX_TARGET="claim-results", **HX).content.decode()
    assert html.startswith('<div id="claim-results">')
    assert html.count("<tr><td><a href=") == 7
    assert "page 2 of 2" in html and 'rel="prev"' in html
    assert "queue-results" not in html and "article-results" not in html


def test_claim_pages_keep_the_filters(as_editor, editor):
    big_article(claims=2 * DASHBOARD_PAGE_SIZE + 10, user=editor)
    html = as_editor.get("/?state=proposed", HTTP_HX_TARGET="claim-results", **HX).content.decode()
    assert "state=proposed&amp;page=2" not in html  # 22 proposed claims: one page
    html = as_editor.get("/?q=migrants", HTTP_HX_TARGET="claim-results", **HX).content.decode()
    assert "q=migrants&amp;page=2" in html


def test_queue_is_paged_and_its_partial_is_the_table_alone(as_editor, editor):
    big_article(claims=3 * (QUEUE_PAGE_SIZE + 5), user=editor)  # every third is assigned
    html = as_editor.get("/").content.decode()
    queue = html.split('id="queue-h"', 1)[1].split("</table>", 1)[0]
    assert queue.count("<tr><td><a href=") == QUEUE_PAGE_SIZE
    part = as_editor.get("/?queue_page=2", HTTP_HX_TARGET="queue-results", **HX).content.decode()
    assert part.startswith('<table class="table" id="queue-results">')
    assert "Page 2 of" in part and "claim-results" not in part


def test_empty_queue_says_so(as_editor):
    assert "Nothing waiting for you." in as_editor.get("/").content.decode()


def test_sources_list_queries_do_not_grow_from_10_to_200_sources(
    as_editor, django_assert_max_num_queries
):
    _sources(10)
    _count(as_editor, reverse("sources:list"))
    few = _count(as_editor, reverse("sources:list"))
    _sources(190, start=10)
    with django_assert_max_num_queries(few):
        html = as_editor.get(reverse("sources:list")).content.decode()
    assert few <= MAX_QUERIES
    assert html.count("Paged source") == SOURCES_PAGE_SIZE
    assert "200 sources, page 1 of 4" in html


def test_sources_page_turned_by_htmx_returns_only_the_list(as_editor):
    _sources(SOURCES_PAGE_SIZE + 3)
    html = as_editor.get(
        reverse("sources:list") + "?page=2", HTTP_HX_TARGET="source-results", **HX
    ).content.decode()
    assert html.startswith('<div id="source-results">')
    assert html.count("Paged source") == 3 and "<h1>" not in html


def test_sources_list_counts_attributions_and_evidence_per_source(as_editor, editor):
    big_article(claims=10, user=editor, evidence_per_claim=2, attributions_per_claim=1)
    html = as_editor.get(reverse("sources:list")).content.decode()
    # 20 factory sources: 10 attributions and 20 evidence items spread over them.
    assert "<td>1</td>" in html and "<td>0</td>" in html


def test_fact_checkers_dashboard_with_confidential_names_costs_the_same_at_any_size(
    client, checker, editor, django_assert_max_num_queries
):
    """The fact-checker's dashboard redacts confidential claimants (the permission asked once
    a page), fills the filter selects and lists their queue: none of it grows with rows."""
    from claims.models import Claim

    secret = Source.objects.create(
        name="Witness Aleh", normalised_name=normalise_name("Witness Aleh"), confidential=True
    )
    secret.aliases.create(name="Aleh K.", normalised_name=normalise_name("Aleh K."))
    client.force_login(checker)
    big_article(claims=10, user=editor, title="ten")
    Claim.objects.update(claimant="Witness Aleh", assignee=checker, state=Claim.State.ACCEPTED)
    _count(client, "/")
    few = _count(client, "/")
    big_article(claims=190, user=editor, title="one hundred and ninety")
    Claim.objects.filter(assignee=None).update(claimant="Aleh K.", state=Claim.State.ACCEPTED)
    with django_assert_max_num_queries(few):
        html = client.get("/").content.decode()
    with django_assert_max_num_queries(few + 1):  # a filter: its own count of the matches
        filtered = client.get("/?state=accepted&verdict=&outlet=").content.decode()
    assert few <= MAX_QUERIES
    accepted = Claim.objects.filter(state=Claim.State.ACCEPTED).count()
    assert "200 claims, page 1 of 4" in html and f"{accepted} claims, page 1 of" in filtered
    # The others' claims say only that the source is confidential; their own show the name.
    assert "Confidential source" in html and "Aleh K." not in html
    own = client.get(f"/?assignee={checker.pk}").content.decode()
    assert "Witness Aleh" in own and "Confidential source" not in own
