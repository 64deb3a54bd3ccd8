"""ClaimReview JSON-LD: valid schema.org, Google's required and recommended fields, and
importing other organisations' ClaimReviews as prior fact-checks."""

from __future__ import annotations

import copy
import json
import re

import pytest

from claims.interchange.claimreview_export import CLAIM_REVIEWED_MAX, claim_reviews
from claims.interchange.claimreview_import import import_claimreview
from claims.interchange.common import ImportFailed
from claims.models import Claim, PriorFactCheck, RatingLabel
from claims.reports.exports import render_article
from claims.reports.selectors import claims_queryset
from tests.reports_helpers import make_article

pytestmark = pytest.mark.django_db

# Types and their parents, from https://schema.org (Thing > CreativeWork > Review >
# ClaimReview; CreativeWork > Claim; Thing > Intangible > Rating; Thing > Organization/Person).
SCHEMA_TYPES = {
    "Thing": None,
    "CreativeWork": "Thing",
    "Review": "CreativeWork",
    "ClaimReview": "Review",
    "Claim": "CreativeWork",
    "Intangible": "Thing",
    "Rating": "Intangible",
    "Organization": "Thing",
    "Person": "Thing",
}
# Property: (types it is defined on (domainIncludes), types it accepts (rangeIncludes)),
# as schema.org defines them.
SCHEMA_PROPERTIES = {
    "url": ({"Thing"}, {"URL"}),
    "name": ({"Thing"}, {"Text"}),
    "alternateName": ({"Thing"}, {"Text"}),
    "headline": ({"CreativeWork"}, {"Text"}),
    "author": ({"CreativeWork", "Rating"}, {"Organization", "Person"}),
    "publisher": ({"CreativeWork"}, {"Organization", "Person"}),
    "datePublished": ({"CreativeWork"}, {"Date", "DateTime"}),
    "claimReviewed": ({"ClaimReview"}, {"Text"}),
    "reviewRating": ({"Review"}, {"Rating"}),
    "itemReviewed": ({"Review", "AggregateRating"}, {"Thing"}),
    "ratingValue": ({"Rating"}, {"Number", "Text"}),
    "bestRating": ({"Rating"}, {"Number", "Text"}),
    "worstRating": ({"Rating"}, {"Number", "Text"}),
    "appearance": ({"Claim"}, {"CreativeWork"}),
    "firstAppearance": ({"Claim"}, {"CreativeWork"}),
    "inLanguage": ({"CreativeWork"}, {"Language", "Text"}),  # an IETF BCP 47 code
}


def is_a(type_name: str, ancestor: str) -> bool:
    while type_name is not None:
        if type_name == ancestor:
            return True
        type_name = SCHEMA_TYPES.get(type_name)
    return False


def schema_problems(node: dict, path: str = "$") -> list[str]:
    problems = []
    node_type = node.get("@type")
    if node_type not in SCHEMA_TYPES:
        return [f"{path}: unknown type {node_type!r}"]
    for key, value in node.items():
        if key in {"@type", "@context"}:
            continue
        if key not in SCHEMA_PROPERTIES:
            problems.append(f"{path}.{key}: not a schema.org property in the allow-list")
            continue
        domains, ranges = SCHEMA_PROPERTIES[key]
        if not any(is_a(node_type, d) for d in domains):
            problems.append(f"{path}.{key}: not defined on {node_type}")
        if isinstance(value, dict):
            if not any(is_a(value.get("@type"), r) for r in ranges):
                problems.append(f"{path}.{key}: {value.get('@type')} outside range {ranges}")
            problems += schema_problems(value, f"{path}.{key}")
        elif "Number" in ranges:
            assert isinstance(value, int | float | str)
        elif ranges & {"Date", "DateTime"}:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", value), value
        elif "URL" in ranges:
            assert value.startswith(("http://", "https://")), value
        else:
            assert isinstance(value, str), (key, value)
    return problems


def published_reviews(article) -> list[dict]:
    claims = list(claims_queryset().filter(article=article))
    return claim_reviews(claims, base_url="https://factcheck.example")


@pytest.fixture
def reviews(db):
    return published_reviews(make_article(28, seed=21))


def test_every_type_and_property_exists_in_schema_org(reviews, demo_article):
    assert reviews
    for review in reviews + published_reviews(demo_article):
        assert review["@context"] == "https://schema.org"
        assert schema_problems(review) == []


def test_google_required_fields_are_present(reviews):
    for review in reviews:
        assert review["claimReviewed"].strip()
        assert review["reviewRating"]["alternateName"].strip()
        assert review["url"].startswith("https://factcheck.example/")


def test_google_recommended_fields_are_present(reviews):
    for review in reviews:
        assert review["author"]["name"] and review["datePublished"]
        item = review["itemReviewed"]
        assert item["@type"] == "Claim"
        assert item["appearance"]["url"] and item["firstAppearance"]["url"]
        assert item["datePublished"]
    ordinal = [r for r in reviews if "ratingValue" in r["reviewRating"]]
    assert ordinal
    for review in ordinal:
        rating = review["reviewRating"]
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]


def test_claim_author_is_given_when_the_claimant_is_known(demo_article):
    review = published_reviews(demo_article)[0]
    assert review["itemReviewed"]["author"] == {"@type": "Organization", "name": "Human Constanta"}


def test_non_ordinal_verdict_is_published_by_name_without_a_rating_value(db):
    article = make_article(14, seed=22)
    label = RatingLabel.objects.get(scale__is_default=True, value__isnull=True, slug="misleading")
    Claim.objects.filter(article=article, state="published").update(verdict=label)
    for review in published_reviews(article):
        assert review["reviewRating"] == {"@type": "Rating", "alternateName": label.name}


def test_claim_reviewed_is_short_and_free_of_the_verdict(db):
    article = make_article(14, seed=23)
    Claim.objects.filter(article=article, state="published").update(text="word " * 200)
    for review in published_reviews(article):
        assert len(review["claimReviewed"]) <= CLAIM_REVIEWED_MAX
        assert (
            review["reviewRating"]["alternateName"].lower() not in review["claimReviewed"].lower()
        )


def test_only_published_claims_get_a_claim_review(demo_article):
    reviews = json.loads(render_article(demo_article.pk, "claimreview").content)
    assert len(reviews) == Claim.objects.filter(article=demo_article, state="published").count()


def test_embedded_json_ld_cannot_close_its_script_tag(db):
    article = make_article(7, seed=24)
    Claim.objects.filter(article=article, state="published").update(text="</script><b>x</b> claim")
    html = render_article(article.pk, "html").content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert json.loads(block)[0]["claimReviewed"].startswith("</script>")


# --- import ----------------------------------------------------------------------------


def test_our_claim_reviews_import_as_prior_fact_checks(reviews):
    result = import_claimreview(json.dumps(reviews))
    assert result.counts == {"prior fact-checks created": len(reviews)}
    prior = PriorFactCheck.objects.get(url=reviews[0]["url"])
    assert prior.claim_reviewed == reviews[0]["claimReviewed"]
    assert prior.rating_text == reviews[0]["reviewRating"]["alternateName"]
    assert prior.raw == reviews[0]


def test_importing_the_same_reviews_again_updates_instead_of_duplicating(reviews):
    import_claimreview(json.dumps(reviews))
    result = import_claimreview(json.dumps(reviews))
    assert result.counts == {"prior fact-checks updated": len(reviews)}
    assert PriorFactCheck.objects.count() == len(reviews)


def test_claim_reviews_are_found_in_an_html_page_and_in_a_graph(reviews):
    page = (
        "<html><head><script type='application/ld+json'>"
        + json.dumps({"@context": "https://schema.org", "@graph": reviews[:2]})
        + "</script></head><body>x</body></html>"
    )
    assert import_claimreview(page).counts == {"prior fact-checks created": 2}


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ("{not json", "Malformed JSON-LD"),
        ("[]", "No ClaimReview object found"),
        ("<html><body>no data</body></html>", "no <script"),
        (
            '<script type="application/ld+json">{oops</script>',
            "Malformed JSON-LD in script block 1",
        ),
    ],
)
def test_unreadable_claimreview_files_are_refused_with_a_reason(db, payload, expected):
    with pytest.raises(ImportFailed) as info:
        import_claimreview(payload)
    assert expected in "\n".join(info.value.errors)
    assert not PriorFactCheck.objects.exists()


def test_a_bad_review_among_good_ones_imports_nothing_and_lists_every_problem(reviews):
    bad = copy.deepcopy(reviews[:3])
    del bad[1]["url"]
    bad[2]["reviewRating"]["ratingValue"] = "five"
    bad[2]["datePublished"] = "yesterday"
    with pytest.raises(ImportFailed) as info:
        import_claimreview(json.dumps(reviews + bad))
    errors = "\n".join(info.value.errors)
    assert "url: missing" in errors
    assert "ratingValue: must be a number" in errors
    assert "datePublished: not a date" in errors
    assert not PriorFactCheck.objects.exists()


def test_huge_claimreview_file_is_refused_before_parsing(db, settings):
    settings.FACTCHECK_MAX_IMPORT_BYTES = 1000
    with pytest.raises(ImportFailed) as info:
        import_claimreview("[" + " " * 2000 + "]")
    assert "limit" in info.value.errors[0]
