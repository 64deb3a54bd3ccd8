"""One rule for reading other organisations' fact-checks (policies.DeskAction.
VIEW_PRIOR_FACT_CHECKS), asked on every entrance that shows them: the list page, the search
page's similar mode, the claim panel and its cluster, the review page's flags, the API, and
the link / dismiss acts on a suggestion. Fact-checkers hold it (migration 0019): they are
the ones who ask "checked before?"; an account with the desk's view permissions only does
not, and sees our own claims there and nothing of the others'."""

from __future__ import annotations

import pytest
from django.urls import reverse

from claims.models import Article, Claim, ClaimMatch, PriorFactCheck
from claims.search import services
from tests.conftest import make_reader, make_user

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_vector_index")]

HX = {"HTTP_HX_REQUEST": "true"}
QUERY = "Electricity prices rose by forty per cent this winter in Minsk."


@pytest.fixture
def prior_match():
    prior = PriorFactCheck.objects.create(
        url="https://checkers.example/fc/electricity",
        claim_reviewed="Electricity prices in Minsk jumped 40 per cent this winter.",
        rating_text="Mostly true",
        author_name="Checkers Abroad",
        raw={},
    )
    article = Article.objects.create(title="Winter bills", body=QUERY)
    claim = Claim.objects.create(article=article, text=QUERY, start=0, end=len(QUERY))
    services.compute_suggestions(claim_id=claim.pk)
    match = ClaimMatch.objects.get(claim=claim, prior_fact_check=prior)
    return prior, claim, match


def _reader():
    return make_reader("reader")


def test_fact_checkers_read_prior_fact_checks_on_every_entrance(client, prior_match):
    prior, claim, match = prior_match
    client.force_login(make_user("checker", "Fact-checkers"))
    listing = client.get(reverse("claims:prior_fact_checks")).content.decode()
    assert prior.claim_reviewed in listing
    assert reverse("claims:prior_fact_checks") in listing  # the navigation offers it
    page = client.get(reverse("search:search"), {"q": QUERY, "mode": "similar"}, **HX)
    assert prior.claim_reviewed in page.content.decode()
    panel = client.get(reverse("search:similar", args=[claim.pk]), **HX).content.decode()
    assert prior.claim_reviewed in panel and reverse("search:link", args=[match.pk]) in panel
    body = client.get(reverse("api:similar"), {"q": QUERY}).json()
    assert {"kind": "prior_fact_check", "id": prior.pk} in [
        {"kind": hit["kind"], "id": hit["id"]} for hit in body["results"]
    ]
    flags = client.get(reverse("search:checked_before", args=[claim.article_id])).content
    review = client.get(claim.article.get_absolute_url()).content
    assert b'data-testid="checked-before"' in flags and b'data-testid="checked-before"' in review


def test_a_reader_without_the_permission_sees_none_of_them_anywhere(client, prior_match):
    prior, claim, match = prior_match
    client.force_login(_reader())
    listing = client.get(reverse("claims:prior_fact_checks"))
    assert listing.status_code == 403
    assert "other organisations" in listing.content.decode()  # the reason, in words
    dashboard = client.get(reverse("claims:dashboard")).content.decode()
    assert reverse("claims:prior_fact_checks") not in dashboard
    page = client.get(reverse("search:search"), {"q": QUERY, "mode": "similar"}, **HX)
    assert page.status_code == 200 and prior.claim_reviewed not in page.content.decode()
    panel = client.get(reverse("search:similar", args=[claim.pk]), **HX).content.decode()
    assert prior.claim_reviewed not in panel and prior.author_name not in panel
    body = client.get(reverse("api:similar"), {"q": QUERY}).json()
    assert all(hit["kind"] == "claim" for hit in body["results"])
    flags = client.get(reverse("search:checked_before", args=[claim.article_id])).content
    review = client.get(claim.article.get_absolute_url()).content
    assert b'data-testid="checked-before"' not in flags + review


def test_acting_on_a_hidden_suggestion_is_refused_and_changes_nothing(client, prior_match):
    _prior, _claim, match = prior_match
    reader = _reader()
    from django.contrib.auth.models import Permission

    reader.user_permissions.add(Permission.objects.get(codename="change_claim"))
    client.force_login(reader)
    for name in ("search:link", "search:dismiss"):
        response = client.post(reverse(name, args=[match.pk]), **HX)
        assert response.status_code == 403, name
        assert "other organisations" in response.content.decode()
    match.refresh_from_db()
    assert match.status == ClaimMatch.Status.SUGGESTED and match.linked_by is None


def test_the_review_page_counts_prior_fact_checks_only_for_those_who_may_read_them(
    client, prior_match
):
    from claims.search import selectors

    _prior, claim, _match = prior_match
    assert selectors.checked_before(claim.article_id).counts == {claim.pk: 1}
    assert selectors.checked_before(claim.article_id, include_prior=False).counts == {}
