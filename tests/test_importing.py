"""claims.interchange.articles: one transaction from article text to stored claims, attributions and
matched sources; the same text twice is one article; failures store nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.exceptions import ValidationError

from claims.extraction import Attribution as FoundAttribution
from claims.extraction import Document, Sentence
from claims.interchange.articles import import_article, store_document
from claims.models import Article, Claim
from sources.models import Attribution, Source, SourceAlias
from tests.local_site import ARTICLE_HTML, Route

pytestmark = pytest.mark.django_db

JUNK = (
    "Headscarf",
    "Starmer",
    "France",
    "Leave a Reply",
    "Content is protected",
    "Spread The Words",
)


def row_counts() -> dict[str, int]:
    return {
        model.__name__: model.objects.count() for model in (Article, Claim, Source, Attribution)
    }


@pytest.fixture
def seed_text(shared_dir: Path) -> str:
    return (shared_dir / "fixtures" / "seed-article-belarus.txt").read_text(encoding="utf-8")


def test_seed_import_stores_headline_and_only_body_claims(checker, seed_text):
    article, created = import_article(user=checker, text=seed_text)

    assert created
    assert article.title == "Belarus Weaponizing Migrants to Retaliate Against EU Sanctions"
    assert article.imported_by == checker
    claims = list(article.claims.all())
    assert len(claims) >= 10
    assert all(claim.state == Claim.State.PROPOSED for claim in claims)
    stored = " ".join(claim.text for claim in claims)
    for junk in JUNK:
        assert junk not in stored and junk not in article.body, junk
    for claim in claims:
        assert article.body[claim.start : claim.end] == claim.text


def test_stored_claim_text_is_exactly_its_span_after_cleaning_irregular_spacing(checker):
    text = (
        "Port strike ends\n\nAbout 310  container ships were delayed,\taccording to "
        "MarineTrack, on Friday.\n\nThe strike cost operators €45 million a day, the port "
        "authority said on Monday."
    )
    article, _ = import_article(user=checker, text=text)
    claims = list(article.claims.all())
    assert claims
    for claim in claims:
        assert claim.text == article.body[claim.start : claim.end]


def test_seed_import_stores_attributions_relays_and_claimant(checker, seed_text):
    article, _ = import_article(user=checker, text=seed_text)

    pairs = {
        (a.source.name, a.via.name if a.via else None)
        for a in Attribution.objects.filter(claim__article=article).select_related("source", "via")
    }
    assert {
        ("Human Constanta", None),
        ("POLITICO", None),
        ("Mikhail Bedunkevich", None),
        ("Aleh", "POLITICO"),
    } <= pairs
    assert article.claims.filter(claimant="Lukashenko").exists()
    assert Source.objects.get(name="Human Constanta").kind == Source.Kind.NGO
    assert Source.objects.get(name="POLITICO").kind == Source.Kind.NEWS_OUTLET
    for attribution in Attribution.objects.filter(claim__article=article):
        assert article.body[attribution.cue_start : attribution.cue_end] == attribution.cue


def test_alias_links_a_second_article_to_the_same_source(checker, seed_text):
    import_article(user=checker, text=seed_text)
    politico = Source.objects.get(name="POLITICO")
    SourceAlias.objects.create(source=politico, name="Politico Europe")

    second, _ = import_article(
        user=checker,
        text=(
            "Fuel Smuggling Ring Broken Up\n\n"
            "Police in Vilnius arrested 14 people on Monday over a fuel smuggling ring worth "
            "€3 million, according to Politico Europe.\n\n"
            "Customs officers seized 40 tankers near the border in March, politico reported."
        ),
    )

    sources = set(
        Attribution.objects.filter(claim__article=second).values_list("source", flat=True)
    )
    assert politico.pk in sources
    assert Source.objects.filter(name__iexact="politico").count() == 1
    assert Source.objects.filter(name__icontains="politico europe").count() == 0


def test_same_text_twice_returns_the_existing_article_and_stores_nothing(checker, seed_text):
    first, created = import_article(user=checker, text=seed_text)
    before = row_counts()

    again, created_again = import_article(user=checker, text=seed_text.replace("\n", "\n\n", 3))

    assert created and not created_again
    assert again.pk == first.pk
    assert row_counts() == before


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_empty_text_is_refused_and_nothing_stored(checker, text):
    before = row_counts()
    with pytest.raises(ValidationError):
        import_article(user=checker, text=text)
    assert row_counts() == before


def test_failure_mid_way_leaves_no_partial_rows(checker):
    """The second claim names a source whose key cannot be stored: the article and first
    claim, already written inside the transaction, must go too."""
    body = "Prices rose 5 percent in May, the agency said. Exports fell 3 percent in June, X said."
    first_end = body.index(" Exports")
    unstorable = "A" + "\ufb03" * 299  # 300 characters, but "ffi" x 299 once normalised
    document = Document(
        title="Prices",
        body=body,
        language="en",
        sentences=[
            Sentence(
                text=body[:first_end],
                start=0,
                end=first_end,
                checkworthiness=0.9,
                checkworthy=True,
                reasons=["statistic"],
                attributions=[FoundAttribution("statistics agency", "dataset", "said", 40, 44)],
            ),
            Sentence(
                text=body[first_end + 1 :],
                start=first_end + 1,
                end=len(body),
                checkworthiness=0.9,
                checkworthy=True,
                reasons=["statistic"],
                attributions=[
                    FoundAttribution(unstorable, "other", "said", len(body) - 5, len(body) - 1)
                ],
            ),
        ],
    )
    before = row_counts()

    with pytest.raises(ValidationError):
        store_document(document=document, user=checker)

    assert row_counts() == before


def test_url_import_fetches_through_the_safe_fetcher(checker, site):
    site.routes["/strike"] = Route(ARTICLE_HTML.encode())

    article, created = import_article(user=checker, url=site.url("/strike"))

    assert created and article.url == site.url("/strike")
    assert "Rotterdam" in article.body and "SECRET_TRACKER_JS" not in article.body
    assert article.claims.exists()


def test_url_to_loopback_not_allowlisted_is_refused_without_a_request(checker, site, settings):
    settings.LINKCHECK_ALLOWED_NETWORKS = []
    site.routes["/strike"] = Route(ARTICLE_HTML.encode())
    before = row_counts()

    for url in (site.url("/strike"), site.url("/strike", host="localhost")):
        with pytest.raises(ValidationError) as refused:
            import_article(user=checker, url=url)
        assert "safety policy" in " ".join(refused.value.messages)

    assert site.hits["/strike"] == 0
    assert row_counts() == before


def test_url_that_times_out_gives_a_clear_message(checker, site, settings):
    settings.LINKCHECK_TIMEOUT_SECONDS = 1
    site.routes["/slow"] = Route(ARTICLE_HTML.encode(), delay=4)
    before = row_counts()

    with pytest.raises(ValidationError) as refused:
        import_article(user=checker, url=site.url("/slow"))

    message = " ".join(refused.value.messages)
    assert message.startswith(f"Could not fetch {site.url('/slow')}") and "timeout" in message
    assert row_counts() == before
