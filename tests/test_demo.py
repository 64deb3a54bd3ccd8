import pytest
from django.core.management import call_command

from claims.models import Article, Claim
from sources.models import Source

pytestmark = pytest.mark.django_db


def test_load_demo_is_idempotent():
    call_command("load_demo")
    counts = (Article.objects.count(), Claim.objects.count(), Source.objects.count())
    call_command("load_demo")
    assert (Article.objects.count(), Claim.objects.count(), Source.objects.count()) == counts


def test_demo_covers_several_states_and_a_published_verdict(demo_article):
    states = set(Claim.objects.values_list("state", flat=True))
    assert {"proposed", "accepted", "in_research", "drafted", "published", "rejected"} <= states
    published = Claim.objects.get(state="published")
    assert published.verdict is not None and published.reviewer != published.verdict_author


def test_demo_spans_point_at_their_text(demo_article):
    for claim in demo_article.claims.all():
        assert claim.span_text == claim.text
        claim.full_clean()


def test_demo_names_the_seed_sources(demo_article):
    names = set(Source.objects.values_list("name", flat=True))
    assert {"POLITICO", "Human Constanta", "Aleh (border guard)"} <= names
    aleh = demo_article.claims.get(claimant="Aleh (border guard)").attributions.get()
    assert aleh.via.name == "POLITICO"
