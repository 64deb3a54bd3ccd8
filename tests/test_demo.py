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


def test_demo_has_a_russian_article_with_a_polish_aside(demo_article):
    russian = Article.objects.get(language="ru")
    assert Article.objects.count() == 2
    assert russian.claims.count() == 6
    languages = sorted(russian.claims.values_list("language", flat=True))
    assert languages == ["pl", "ru", "ru", "ru", "ru", "ru"]
    for claim in russian.claims.all():
        assert claim.span_text == claim.text
        claim.full_clean()
    # No published or drafted work in Russian: the English article keeps the only verdicts.
    assert not russian.claims.filter(verdict__isnull=False).exists()


def test_demo_sources_are_known_in_every_spelling(demo_article):
    from sources.matching import match_source

    lukashenko = Source.objects.get(name="Alexander Lukashenko")
    for spelling in ("Лукашенко", "Łukaszenka", "Lukaszenka", "Лукашэнка", "Александр Лукашенко"):
        assert match_source(spelling, "ru") == lukashenko, spelling
    assert match_source("Михаила Бедункевича", "ru").name == "Mikhail Bedunkevich"
    russian = Article.objects.get(language="ru")
    cited = set(russian.claims.values_list("attributions__source__name", flat=True)) - {None}
    assert cited == {"Human Constanta", "Mikhail Bedunkevich", "Alexander Lukashenko"}
