"""The prior fact-checks page: other organisations' ClaimReviews listed, filtered and paged
for anyone logged in, with safe links to the originals; Editors and Admins import a
ClaimReview file there, all or nothing, through the import that import_claimreview uses."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.models import PriorFactCheck
from tests.local_site import Route

pytestmark = pytest.mark.django_db

URL = "/prior-fact-checks/"
IMPORT_URL = "/prior-fact-checks/import/"


def prior(n: int, **fields) -> PriorFactCheck:
    values = {
        "url": f"https://factcheck.example/{n}",
        "claim_reviewed": f"Claim number {n} about the border",
        "claimant": f"Claimant {n}",
        "rating_text": "False",
        "author_name": "Border Facts",
        "date_published": dt.date(2024, 1, 1) + dt.timedelta(days=n),
        "raw": {},
        **fields,
    }
    return PriorFactCheck.objects.create(**values)


def review(n: int, **overrides) -> dict:
    node = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"https://checkers.example/reviews/{n}",
        "claimReviewed": f"At least {100 + n} people died at the border",
        "datePublished": "2024-03-05",
        "author": {
            "@type": "Organization",
            "name": "Checkers United",
            "url": "https://checkers.example",
        },
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": 2,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": "Mostly false",
        },
        "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "A minister"}},
    }
    node.update(overrides)
    return node


def claimreview_file(nodes: list[dict], name: str = "reviews.jsonld") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, json.dumps(nodes).encode(), content_type="application/ld+json")


def logged_in(client, user):
    client.force_login(user)
    return client


def rows(response) -> str:
    return response.content.decode()


# --- access ------------------------------------------------------------------------------


def test_anonymous_visitor_is_sent_to_the_login(client):
    response = client.get(URL)
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_navigation_links_to_the_page(client, checker):
    assert f'href="{URL}"' in rows(logged_in(client, checker).get("/"))


# --- the list ----------------------------------------------------------------------------


def test_each_row_shows_claim_claimant_rating_author_date_and_the_original(client, checker):
    prior(1, rating_value=1.0, best_rating=5.0)
    html = rows(logged_in(client, checker).get(URL))
    for text in (
        "Claim number 1 about the border",
        "Claimant 1",
        "False",
        "1/5",
        "Border Facts",
        "2024-01-02",
    ):
        assert text in html
    assert (
        '<a href="https://factcheck.example/1" rel="noopener noreferrer" target="_blank">' in html
    )


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(document.cookie)",
        "data:text/html,<script>alert(1)</script>",
        "ftp://x.example/a",
    ],
)
def test_an_original_that_is_not_http_is_shown_but_never_a_link(client, checker, url):
    prior(1, url=url)
    html = rows(logged_in(client, checker).get(URL)).split('data-testid="prior-fact-checks"')[1]
    assert "<a " not in html
    assert "<script>alert" not in html
    assert "Not an http(s) address" in html


def test_newest_first_and_undated_last(client, checker):
    prior(1, claim_reviewed="Older review")
    prior(2, claim_reviewed="Undated review", date_published=None)
    prior(3, claim_reviewed="Newest review")
    html = rows(logged_in(client, checker).get(URL))
    assert html.index("Newest review") < html.index("Older review") < html.index("Undated review")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"q": "vaccines"}, {"Vaccines cause autism"}),  # claim reviewed
        ({"q": "pants on fire"}, {"Crowd of a million"}),  # rating
        ({"q": "truth desk"}, {"Crowd of a million"}),  # author
        ({"q": "the mayor"}, {"Vaccines cause autism"}),  # claimant
        ({"author": "Health Checks"}, {"Vaccines cause autism", "Sugar cures flu"}),
        ({"date_from": "2024-02-01"}, {"Crowd of a million", "Sugar cures flu"}),
        ({"date_from": "2024-02-01", "date_to": "2024-02-28"}, {"Crowd of a million"}),
        ({"q": "flu", "author": "Health Checks", "date_to": "2024-12-31"}, {"Sugar cures flu"}),
    ],
)
def test_filters_by_text_author_organisation_and_date_range(client, checker, query, expected):
    prior(
        1,
        claim_reviewed="Vaccines cause autism",
        claimant="The mayor",
        author_name="Health Checks",
        rating_text="False",
        date_published=dt.date(2024, 1, 10),
    )
    prior(
        2,
        claim_reviewed="Crowd of a million",
        rating_text="Pants on fire",
        author_name="Truth Desk",
        date_published=dt.date(2024, 2, 10),
    )
    prior(
        3,
        claim_reviewed="Sugar cures flu",
        author_name="Health Checks",
        rating_text="False",
        date_published=dt.date(2024, 3, 10),
    )
    html = rows(logged_in(client, checker).get(URL, query))
    shown = {
        c for c in ("Vaccines cause autism", "Crowd of a million", "Sugar cures flu") if c in html
    }
    assert shown == expected


def test_author_choices_are_the_organisations_on_file(client, checker):
    prior(1, author_name="Truth Desk")
    prior(2, author_name="Health Checks")
    prior(3, author_name="")
    html = rows(logged_in(client, checker).get(URL))
    assert '<option value="Health Checks">' in html and '<option value="Truth Desk">' in html


def test_a_reversed_date_range_is_explained_not_an_error_page(client, checker):
    prior(1)
    response = logged_in(client, checker).get(
        URL, {"date_from": "2024-05-01", "date_to": "2024-04-01"}
    )
    assert response.status_code == 200
    assert "The end of the range is before its start." in rows(response)


def test_pages_of_fifty_keep_the_filters_in_their_links(client, checker):
    for n in range(1, 76):
        prior(n, author_name="Other Desk" if n % 5 == 0 else "Border Facts")
    client = logged_in(client, checker)
    first = rows(client.get(URL, {"author": "Border Facts"}))
    assert "60 prior fact-checks, page 1 of 2" in first
    assert "Claim number 74 about" in first and "Claim number 75 about" not in first
    assert "Claim number 1 about" not in first
    assert "?author=Border+Facts&amp;page=2" in first
    second = rows(client.get(URL, {"author": "Border Facts", "page": 2}))
    assert "page 2 of 2" in second and "Claim number 1 about" in second
    assert "Claim number 74 about" not in second and "?author=Border+Facts&amp;page=1" in second
    assert client.get(URL, {"page": "nonsense"}).status_code == 200
    assert client.get(URL, {"page": 999}).status_code == 200


def test_htmx_filtering_returns_only_the_results_partial(client, checker):
    prior(1)
    response = logged_in(client, checker).get(
        URL, {"q": "border"}, HTTP_HX_REQUEST="true", HTTP_HX_TARGET="prior-results"
    )
    html = rows(response)
    assert html.lstrip().startswith('<div id="prior-results">') and "<html" not in html
    assert "Claim number 1 about the border" in html


def test_query_count_does_not_grow_with_the_rows(client, checker, django_assert_max_num_queries):
    client = logged_in(client, checker)
    prior(1)
    with CaptureQueriesContext(connection) as one_row:
        assert client.get(URL).status_code == 200
    for n in range(2, 80):
        prior(n, author_name=f"Desk {n}")
    with django_assert_max_num_queries(len(one_row)):
        response = client.get(URL, {"q": "border", "date_from": "2024-01-01"})
    assert "Claim number 50 about" in rows(response)


# --- import ------------------------------------------------------------------------------


def test_fact_checker_sees_no_import_form_and_cannot_post_one(client, checker):
    client = logged_in(client, checker)
    assert "claimreview-import" not in rows(client.get(URL))
    response = client.post(IMPORT_URL, {"upload": claimreview_file([review(1)])})
    assert response.status_code == 403
    assert not PriorFactCheck.objects.exists()


@pytest.mark.parametrize("who", ["editor", "admin_user_in_group"])
def test_editors_and_admins_import_a_claimreview_file(client, request, who):
    user = request.getfixturevalue(who)
    client = logged_in(client, user)
    assert "claimreview-import" in rows(client.get(URL))

    response = client.post(
        IMPORT_URL, {"upload": claimreview_file([review(1), review(2)])}, follow=True
    )

    assert response.redirect_chain == [(URL, 302)]
    assert "Imported 2 prior fact-checks created." in rows(response)
    assert "At least 101 people died at the border" in rows(response)
    stored = PriorFactCheck.objects.get(url="https://checkers.example/reviews/1")
    assert (stored.rating_text, stored.author_name, stored.claimant, stored.imported_by) == (
        "Mostly false",
        "Checkers United",
        "A minister",
        user,
    )


def test_import_of_a_saved_html_page_reads_its_ld_json(client, editor):
    page = (
        '<html><head><script type="application/ld+json">'
        + json.dumps(review(7))
        + "</script></head><body>A fact-check</body></html>"
    )
    upload = SimpleUploadedFile("review.html", page.encode(), content_type="text/html")
    response = logged_in(client, editor).post(IMPORT_URL, {"upload": upload})
    assert response.status_code == 302
    assert PriorFactCheck.objects.filter(url="https://checkers.example/reviews/7").exists()


def test_importing_again_updates_the_review_with_the_same_url(client, editor):
    client = logged_in(client, editor)
    client.post(IMPORT_URL, {"upload": claimreview_file([review(1)])})
    response = client.post(
        IMPORT_URL,
        {"upload": claimreview_file([review(1, claimReviewed="Corrected wording")])},
        follow=True,
    )
    assert "1 prior fact-checks updated" in rows(response)
    assert PriorFactCheck.objects.get().claim_reviewed == "Corrected wording"


def test_a_file_with_one_bad_review_imports_nothing_and_lists_every_problem(client, editor):
    bad = review(2, url="javascript:alert(1)", claimReviewed="")
    response = logged_in(client, editor).post(
        IMPORT_URL,
        {"upload": claimreview_file([review(1), bad, review(3, datePublished="yesterday")])},
    )

    assert response.status_code == 422
    html = rows(response)
    assert "Nothing was imported: 3 problems." in html
    assert "ClaimReview[1].url: not an http(s) URL" in html
    assert "ClaimReview[1].claimReviewed: missing or not text" in html
    assert "ClaimReview[2].datePublished: not a date" in html
    assert "<script>" not in html.split('data-testid="import-problems"')[1].split("</div>")[0]
    assert not PriorFactCheck.objects.exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "Malformed JSON-LD"),
        (b'[{"@type": "WebPage"}]', "No ClaimReview object found"),
        (b"<html><body>no scripts</body></html>", "no <script type="),
    ],
)
def test_files_without_usable_claimreview_are_refused_with_the_reason(
    client, editor, content, message
):
    from django.utils.html import escape

    upload = SimpleUploadedFile("reviews.jsonld", content)
    response = logged_in(client, editor).post(IMPORT_URL, {"upload": upload})
    assert response.status_code == 422
    assert escape(message) in rows(response)
    assert not PriorFactCheck.objects.exists()


def test_a_file_over_the_import_limit_is_refused_before_reading(client, editor, settings):
    settings.FACTCHECK_MAX_IMPORT_BYTES = 100
    response = logged_in(client, editor).post(IMPORT_URL, {"upload": claimreview_file([review(1)])})
    assert response.status_code == 422
    assert "the limit is 100 bytes" in rows(response)
    assert not PriorFactCheck.objects.exists()


def test_posting_without_a_file_or_address_shows_the_form_again(client, editor):
    response = logged_in(client, editor).post(IMPORT_URL, {})
    assert response.status_code == 422 and "Give either a file or a page address." in rows(response)


def test_a_published_page_is_fetched_by_address_through_the_safe_fetcher(client, editor, site):
    page = f'<html><head><script type="application/ld+json">{json.dumps(review(9))}</script>'
    site.routes["/checks/9"] = Route(page.encode())
    response = logged_in(client, editor).post(IMPORT_URL, {"url": site.url("/checks/9")})
    assert response.status_code == 302
    assert site.hits["/checks/9"] == 1
    assert PriorFactCheck.objects.filter(url="https://checkers.example/reviews/9").exists()


def test_a_page_address_on_the_server_network_is_refused_without_a_request(
    client, editor, site, settings
):
    settings.LINKCHECK_ALLOWED_NETWORKS = []
    site.routes["/checks/9"] = Route(b"[]")
    response = logged_in(client, editor).post(IMPORT_URL, {"url": site.url("/checks/9")})
    assert response.status_code == 422
    assert "This page cannot be imported" in rows(response)
    assert site.hits["/checks/9"] == 0
    assert not PriorFactCheck.objects.exists()


def test_htmx_import_redirects_the_browser_to_the_list(client, editor):
    response = logged_in(client, editor).post(
        IMPORT_URL, {"upload": claimreview_file([review(1)])}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200 and response["HX-Redirect"] == URL
