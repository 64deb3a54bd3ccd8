"""Generic names are proposed, never silently created as sources (issue 13, finding 12):
"according to officials" shows as an unlinked attribution that a fact-checker links to
the real source, confirms as a source, or dismisses."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from claims.interchange.articles import import_article
from claims.models import Claim
from sources.generic_names import is_generic
from sources.models import ProposedAttribution, Source

pytestmark = pytest.mark.django_db
HX = {"HTTP_HX_REQUEST": "true"}
TEXT = (
    "Border crossings rose in May\n\n"
    "Officials said 300 people crossed the border from Belarus in May 2024, twice the April "
    "figure, according to the Polish Border Guard. Rights groups said at least 12 people "
    "were pushed back across the fence. Experts told POLITICO that at least 40 people died "
    "in 2023."
)


@pytest.mark.parametrize(
    ("name", "generic"),
    [
        ("Rights groups", True),
        ("officials", True),
        ("experts", True),
        ("police", True),
        ("senior government officials", True),
        ("Human Constanta", False),
        ("Polish Border Guard", False),
        ("Alexander Lukashenko", False),
    ],
)
def test_generic_names_are_told_from_proper_names(name, generic):
    assert is_generic(name) is generic


def test_the_import_proposes_generic_names_instead_of_creating_sources(demo_article, checker):
    article, _ = import_article(user=checker, text=TEXT)
    for name in ("Officials", "Rights groups", "Experts"):
        assert not Source.objects.filter(name__iexact=name).exists(), name
    proposed = ProposedAttribution.objects.filter(claim__article=article)
    assert sorted(p.name for p in proposed) == ["Experts", "Officials", "Rights groups"]
    assert proposed.get(name="Experts").via.name == "POLITICO"  # the real relay is kept
    assert Source.objects.filter(name="Polish Border Guard").exists()  # a proper name


def test_a_fact_checker_links_confirms_or_dismisses_an_unlinked_attribution(demo_article, checker):
    article, _ = import_article(user=checker, text=TEXT)
    client = Client()
    client.force_login(checker)

    def act(name: str, view: str, **data):
        proposal = ProposedAttribution.objects.get(claim__article=article, name=name)
        claim = Claim.objects.get(pk=proposal.claim_id)
        url = reverse(f"claims:{view}", args=[claim.pk, proposal.pk])
        return claim, client.post(url, {"version": claim.version, **data}, **HX)

    first = ProposedAttribution.objects.get(name="Rights groups").claim_id
    shown = client.get(reverse("claims:claim", args=[first]))
    assert "not linked to a source" in shown.content.decode()

    claim, linked = act("Rights groups", "link_proposed_attribution", source_name="Human Constanta")
    assert linked.status_code == 200
    assert claim.attributions.filter(source__name="Human Constanta", cue="said").exists()
    assert not ProposedAttribution.objects.filter(name="Rights groups").exists()

    claim, confirmed = act("Experts", "link_proposed_attribution", source_kind="academic_study")
    assert confirmed.status_code == 200, confirmed.content.decode()[:300]
    experts = Source.objects.get(name="Experts")
    assert experts.kind == "academic_study"
    assert claim.attributions.filter(source=experts, via__name="POLITICO").exists()

    claim, dismissed = act("Officials", "dismiss_proposed_attribution")
    assert dismissed.status_code == 200
    assert not ProposedAttribution.objects.filter(claim__article=article).exists()
    reasons = [r or "" for r in claim.history.values_list("history_change_reason", flat=True)]
    assert "unlinked attribution dismissed: Officials" in reasons


def test_an_unlinked_attribution_of_a_published_claim_stays_as_it_is(demo_article, checker):
    published = demo_article.claims.get(state=Claim.State.PUBLISHED)
    proposal = ProposedAttribution.objects.create(claim=published, name="officials")
    client = Client()
    client.force_login(checker)
    response = client.post(
        reverse("claims:link_proposed_attribution", args=[published.pk, proposal.pk]),
        {"version": published.version, "source_name": "Human Constanta"},
        **HX,
    )
    assert response.status_code == 422 and "locked" in response.content.decode()
    assert ProposedAttribution.objects.filter(pk=proposal.pk).exists()


def test_an_unlinked_attribution_is_an_open_issue_in_the_report(demo_article, checker):
    from claims.reports.selectors import article_report

    article, _ = import_article(user=checker, text=TEXT)
    issues = [i.message for i in article_report(article.pk).issues]
    assert any("“Rights groups”, not linked to a source yet" in m for m in issues)
