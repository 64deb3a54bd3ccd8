"""Claimant and source pages (scorecards) and the editors' statistics: what they show, who
may see what, a constant number of queries, CSV downloads and the date range."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from claims.models import Claim
from sources.models import Attribution, Evidence, Source
from tests.factories import big_article

pytestmark = pytest.mark.django_db


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def rate_all(article, when=None) -> None:
    """Give the factory's approved claims an approval time (it sets state and verdict only)."""
    when = when or timezone.now() - timedelta(days=3)
    article.claims.filter(state=Claim.State.APPROVED).update(approved_at=when)


def test_source_page_shows_grade_in_words_claims_verdicts_and_evidence(demo_article, checker):
    source = Source.objects.get(name="Alexander Lukashenko")
    demo_article.claims.filter(claimant="Alexander Lukashenko", verdict__isnull=False).update(
        state=Claim.State.PUBLISHED, approved_at=timezone.now()
    )
    page = client_for(checker).get(reverse("records:source", args=[source.pk]))
    html = page.content.decode()
    assert page.status_code == 200
    assert "Head of state" in html and "E – Unreliable" in html and "Lukashenko" in html
    assert "Claims made by Alexander Lukashenko as claimant" in html
    assert (
        reverse(
            "claims:claim",
            args=[demo_article.claims.filter(claimant="Alexander Lukashenko").first().pk],
        )
        in html
    )
    if demo_article.claims.filter(claimant="Alexander Lukashenko", verdict__isnull=False).exists():
        assert "<svg" in html and "Scorecard" in html
    listing = client_for(checker).get(reverse("sources:list")).content.decode()
    assert reverse("records:source", args=[source.pk]) in listing


def test_confidential_sources_and_the_protected_witness_stay_hidden(demo_article, checker, editor):
    secret = Source.objects.filter(confidential=True).first()
    url = reverse("records:source", args=[secret.pk])
    assert client_for(checker).get(url).status_code == 404
    assert client_for(editor).get(url).status_code == 200
    claimant = reverse("records:claimant") + "?name=" + secret.name
    assert client_for(checker).get(claimant).status_code == 404
    # a public source's page never lists a confidential relay's claim to a fact-checker
    public = Source.objects.get(name="POLITICO")
    relayed = Attribution.objects.filter(via=public, source__confidential=True)
    html = client_for(checker).get(reverse("records:source", args=[public.pk])).content.decode()
    for attribution in relayed:
        if attribution.claim.assignee_id != checker.pk:
            assert secret.name not in html


def test_claimant_page_lists_claims_and_escapes_names(checker, editor):
    article = big_article(claims=10, evidence_per_claim=0, attributions_per_claim=0)
    rate_all(article)
    article.claims.update(claimant="<script>alert(1)</script> Agency")
    page = client_for(checker).get(
        reverse("records:claimant"), {"name": "<script>alert(1)</script> Agency"}
    )
    html = page.content.decode()
    assert page.status_code == 200
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    assert html.count(reverse("claims:claim", args=[article.claims.first().pk])) >= 1
    assert client_for(checker).get(reverse("records:claimant")).status_code == 404


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_record_pages_cost_the_same_with_more_claims(checker, editor):
    small = big_article(claims=10, evidence_per_claim=1, attributions_per_claim=1, title="Small")
    rate_all(small)
    source = Source.objects.filter(attributions__claim__article=small).first()
    client = client_for(editor)
    source_url = reverse("records:source", args=[source.pk])
    stats_url = reverse("records:statistics")
    before = (_queries(client, source_url), _queries(client, stats_url))

    for n in range(3):
        more = big_article(
            claims=60, evidence_per_claim=1, attributions_per_claim=1, title=f"More {n}"
        )
        rate_all(more)
        Attribution.objects.filter(claim__article=more).exclude(via=source).update(source=source)
    after = (_queries(client, source_url), _queries(client, stats_url))
    assert after == before


def test_statistics_figures_range_csv_and_permission(checker, editor):
    article = big_article(claims=20, evidence_per_claim=0, attributions_per_claim=0)
    rate_all(article, timezone.now() - timedelta(days=2))
    old = big_article(claims=10, evidence_per_claim=0, attributions_per_claim=0, title="Old")
    rate_all(old, timezone.now() - timedelta(days=400))
    approved_recent = article.claims.filter(state=Claim.State.APPROVED).count()
    url = reverse("records:statistics")

    assert client_for(checker).get(url).status_code == 403
    page = client_for(editor).get(url)
    html = page.content.decode()
    assert page.status_code == 200 and "<svg" in html
    assert f"{approved_recent} claim{'s' if approved_recent != 1 else ''} approved" in html
    assert "Median" in html and "Factory Times" in html

    wide = client_for(editor).get(url, {"start": "2000-01-01"}).content.decode()
    total = approved_recent + old.claims.filter(state=Claim.State.APPROVED).count()
    assert f"{total} claims approved" in wide

    bad = client_for(editor).get(url, {"start": "yesterday"}).content.decode()
    assert "Dates are written YYYY-MM-DD" in bad

    article.claims.update(claimant='=HYPERLINK("http://evil")')
    csv = client_for(editor).get(url, {"csv": "by_claimant"})
    assert csv["Content-Type"].startswith("text/csv")
    text = csv.content.decode()
    assert text.splitlines()[0] == "claimant,verdict,claims"
    assert "'=HYPERLINK" in text
    assert client_for(editor).get(url, {"csv": "nope"}).status_code == 404


def test_source_page_links_only_web_addresses(checker):
    """Every entrance validates these as http(s), but a row restored or written before that
    (the ORM, a backup) must not become a javascript: link on the new source page, as the
    other templates guard with |web_url."""
    source = Source.objects.create(name="Old row", homepage="javascript:alert(1)")
    claim = Claim.objects.create(text="Old evidence row.")
    Evidence.objects.create(claim=claim, source=source, url="javascript:alert(2)")
    html = client_for(checker).get(reverse("records:source", args=[source.pk])).content.decode()
    assert 'href="javascript:' not in html and "javascript:alert(1)" in html  # shown, not linked


def test_claimant_page_pages_keep_a_name_with_an_ampersand(checker):
    """The pager's links carry the name urlencoded: "Smith & Sons" stayed "Smith " on page 2."""
    article = big_article(claims=60, evidence_per_claim=0, attributions_per_claim=0)
    article.claims.update(claimant="Smith & Sons")
    page = client_for(checker).get(reverse("records:claimant"), {"name": "Smith & Sons"})
    assert "name=Smith+%26+Sons&amp;page=2" in page.content.decode()
