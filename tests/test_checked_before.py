""" "Checked before?" on the review page (issue 15): the claims of a freshly imported article
that match earlier fact-checks carry a flag that opens the claim's matches, filled in once
the background task has computed the suggestions (the page polls while it runs)."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from claims.interchange.articles import import_article
from claims.models import Article, Claim, ClaimMatch, PriorFactCheck, RatingLabel, TextVector
from claims.search import selectors, services

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_vector_index")]
HX = {"HTTP_HX_REQUEST": "true"}

ARTICLE = (
    "Unemployment in Poland fell to 2.8 percent in March, the statistics office said on "
    "Tuesday.\n\n"
    "The mayor of Gdańsk opened a new drawbridge over the Motława river on Friday."
)


@pytest.fixture
def earlier(db):
    """Another organisation's fact-check in Polish, with its vector."""
    prior = PriorFactCheck.objects.create(
        url="https://checkers.example/pl/bezrobocie",
        claim_reviewed="Bezrobocie w Polsce spadło w marcu do 2,8 procent.",
        rating_text="True",
        language="pl",
        raw={},
    )
    services.store_vectors(prior_ids=[prior.pk])
    return prior


def _flags(html: str) -> dict[int, str]:
    """claim id -> the text of its row's flag."""
    return {
        int(pk): re.sub(r"<[^>]+>", "", flag)
        for pk, flag in re.findall(
            r'id="checked-before-(\d+)">(<a class="checked-before".*?</a>)', html
        )
    }


def test_an_imported_claim_matching_an_earlier_fact_check_is_flagged_on_the_review_page(
    client, editor, earlier, eager_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # the import's Celery task
        article, _created = import_article(user=editor, text=ARTICLE, metadata={"language": "en"})
    claims = {c.text.split()[0]: c for c in article.claims.all()}
    unemployment = next(c for c in claims.values() if "Unemployment" in c.text)
    assert ClaimMatch.objects.filter(claim=unemployment, prior_fact_check=earlier).exists()

    client.force_login(editor)
    html = client.get(article.get_absolute_url()).content.decode()
    flags = _flags(html)
    assert set(flags) == {unemployment.pk}  # the drawbridge was never checked
    assert flags[unemployment.pk] == "Checked before? (1)"
    panel = reverse("claims:claim", args=[unemployment.pk])
    assert f'href="{panel}#similar-claims" hx-get="{panel}" hx-target="#panel"' in html
    assert 'id="checked-before-poll"' not in html  # nothing is being computed any more
    # the flag opens the claim's panel, whose "Checked before?" section lists the match
    matches = client.get(reverse("search:similar", args=[unemployment.pk]), **HX)
    assert earlier.claim_reviewed in matches.content.decode()


def test_only_earlier_fact_checks_above_the_threshold_count_and_a_dismissal_removes_the_flag(
    client, editor, earlier
):
    article = Article.objects.create(title="A", body="One. Two. Three.")
    claim, other, third = (
        Claim.objects.create(article=article, text=t) for t in ("One.", "Two.", "Three.")
    )
    done = Claim.objects.create(
        text="An earlier claim.", state="approved", verdict=RatingLabel.objects.get(slug="false")
    )
    open_claim = Claim.objects.create(text="An earlier claim still being checked.")
    low = selectors.MIN_SUGGESTION_SCORE - 0.01
    ClaimMatch.objects.create(claim=claim, prior_fact_check=earlier, score=0.9)
    ClaimMatch.objects.create(claim=claim, matched_claim=done, score=0.8, status="linked")
    ClaimMatch.objects.create(claim=other, prior_fact_check=earlier, score=low)
    ClaimMatch.objects.create(claim=other, matched_claim=open_claim, score=0.95)
    dismissed = ClaimMatch.objects.create(claim=third, matched_claim=done, score=0.9)

    assert selectors.checked_before(article.pk).counts == {claim.pk: 2, third.pk: 1}
    dismissed.status = ClaimMatch.Status.DISMISSED
    dismissed.save()
    assert selectors.checked_before(article.pk).counts == {claim.pk: 2}

    client.force_login(editor)
    html = client.get(article.get_absolute_url()).content.decode()
    assert _flags(html) == {claim.pk: "Checked before? (2)"}
    assert html.count('class="checked-before-slot"') == 3  # every row has its slot


def test_the_page_polls_while_suggestions_are_computed_and_stops_when_they_are(
    client, editor, earlier
):
    article = Article.objects.create(title="Fresh", body=ARTICLE)
    claim = Claim.objects.create(
        article=article, text="Unemployment in Poland fell to 2.8 percent in March."
    )
    client.force_login(editor)
    html = client.get(article.get_absolute_url()).content.decode()
    poll = reverse("search:checked_before", args=[article.pk])
    assert f'id="checked-before-poll" hx-get="{poll}" hx-trigger="every 10s"' in html
    assert _flags(html) == {}

    waiting = client.get(poll, **HX).content.decode()
    assert 'id="checked-before-poll"' in waiting and "checked-before-" not in waiting.replace(
        "checked-before-poll", ""
    )

    services.compute_suggestions(claim_id=claim.pk)  # what the Celery task does
    assert TextVector.objects.filter(claim=claim).exists()
    done = client.get(poll, **HX).content.decode()
    assert 'id="checked-before-poll"' not in done  # the poll replaces itself with nothing
    assert (
        f'<span hx-swap-oob="true" class="checked-before-slot" id="checked-before-{claim.pk}">'
        in done
    )
    assert "Checked before? (1)" in done


def test_the_poll_needs_a_login_and_an_existing_article(client, editor):
    url = reverse("search:checked_before", args=[987654])
    assert client.get(url).status_code == 302  # to the login page
    client.force_login(editor)
    assert client.get(url).status_code == 404


def test_flags_cost_a_fixed_number_of_queries(
    client, editor, earlier, django_assert_max_num_queries
):
    from tests.factories import big_article

    article = big_article(claims=60, user=editor)
    for claim in article.claims.all()[:40]:
        ClaimMatch.objects.create(claim=claim, prior_fact_check=earlier, score=0.9)
    client.force_login(editor)
    with django_assert_max_num_queries(20):
        html = client.get(article.get_absolute_url()).content.decode()
    assert len(_flags(html)) == 40


def test_no_poll_when_the_model_is_switched_off(client, editor, monkeypatch):
    monkeypatch.setenv("FACTCHECK_EMBEDDINGS", "off")  # vectors will never come
    article = Article.objects.create(title="Off", body=ARTICLE)
    Claim.objects.create(article=article, text="Unemployment in Poland fell to 2.8 percent.")
    client.force_login(editor)
    html = client.get(article.get_absolute_url()).content.decode()
    assert 'id="checked-before-poll"' not in html and 'id="checked-before-' in html
