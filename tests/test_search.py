"""Full-text search: ranking and snippets on PostgreSQL, the SQLite fallback, filters,
confidential material, and the search page."""

from datetime import date

import pytest
from django.db import connection
from django.urls import reverse

from claims.models import Article, Claim, PriorFactCheck, RatingLabel
from claims.search import selectors
from claims.search.selectors import Filters, search
from sources.models import Evidence, Source, SourceAlias
from tests.conftest import make_reader, missing_service

pytestmark = pytest.mark.django_db
HX = {"HTTP_HX_REQUEST": "true"}


def claim(text: str, **extra) -> Claim:
    return Claim.objects.create(text=text, **extra)


@pytest.fixture
def corpus(db):
    article = Article.objects.create(
        title="Deaths at the Belarus border",
        outlet="Daily Example",
        body="Migrants died in the forest.",
        published_on=date(2024, 3, 1),
    )
    false = RatingLabel.objects.get(slug="false")
    return {
        "article": article,
        "border_twice": claim(
            "Border deaths: 120 died at the border, a border guard said.",
            article=article,
            state="drafted",
            verdict=false,
        ),
        "border_once": claim(
            "A report about tourism mentions the border once, among many other things.",
            state="accepted",
        ),
        "unrelated": claim("The minimum wage doubled over ten years.", state="proposed"),
    }


def kinds(hits):
    return [(hit.kind, hit.pk) for hit in hits]


def test_search_ranks_the_claim_with_more_and_denser_matches_first(
    require_postgres, corpus, editor
):
    hits = search("border deaths", user=editor, kind="claim")
    assert [hit.pk for hit in hits][:1] == [corpus["border_twice"].pk]
    assert corpus["unrelated"].pk not in [hit.pk for hit in hits]


def test_postgres_snippet_marks_the_matched_words_and_escapes_html(require_postgres, editor):
    found = claim("The <script>alert(1)</script> border was sealed on Monday.")
    [hit] = search("sealed", user=editor, kind="claim")
    assert hit.pk == found.pk
    assert "<mark>sealed</mark>" in hit.snippet
    assert "<script" not in hit.snippet  # ts_headline drops tags; what is left is escaped


def test_postgres_search_uses_the_gin_expression_index(require_postgres, corpus):
    from django.contrib.postgres.search import SearchQuery

    from claims.search.vectors import claim_vector

    qs = Claim.objects.annotate(d=claim_vector()).filter(d=SearchQuery("border", config="english"))
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        plan = qs.explain()
        cursor.execute("SET enable_seqscan = on")
    assert "claim_search_gin" in plan


def test_fallback_requires_every_word_and_scores_by_weighted_count(corpus, editor, monkeypatch):
    monkeypatch.setattr(selectors, "is_postgres", lambda: False)
    hits = search("border died", user=editor, kind="claim")
    assert [hit.pk for hit in hits] == [corpus["border_twice"].pk]
    assert (
        "<mark>border</mark>" in hits[0].snippet.lower() or "<mark>Border</mark>" in hits[0].snippet
    )


def test_fallback_snippet_escapes_html(editor, monkeypatch):
    monkeypatch.setattr(selectors, "is_postgres", lambda: False)
    claim("<b>bold</b> claim about harbours")
    [hit] = search("harbours", user=editor, kind="claim")
    assert "&lt;b&gt;" in hit.snippet and "<mark>harbours</mark>" in hit.snippet


@pytest.mark.parametrize("backend", ["database", "fallback"])
def test_filters_narrow_claims_by_verdict_state_outlet_and_date(
    backend, corpus, editor, monkeypatch
):
    if backend == "fallback":
        monkeypatch.setattr(selectors, "is_postgres", lambda: False)
    elif connection.vendor != "postgresql":
        missing_service("database search is the PostgreSQL path")
    false = RatingLabel.objects.get(slug="false")
    only = [corpus["border_twice"].pk]
    assert [
        h.pk for h in search("border", user=editor, kind="claim", filters=Filters(verdict=false))
    ] == only
    assert [
        h.pk for h in search("border", user=editor, kind="claim", filters=Filters(state="drafted"))
    ] == only
    assert [
        h.pk
        for h in search(
            "border", user=editor, kind="claim", filters=Filters(outlet="Daily Example")
        )
    ] == only
    assert (
        search("border", user=editor, kind="claim", filters=Filters(date_to=date(2000, 1, 1))) == []
    )


@pytest.mark.parametrize("backend", ["database", "fallback"])
def test_search_covers_articles_sources_by_alias_evidence_and_prior_fact_checks(
    backend, corpus, editor, monkeypatch
):
    if backend == "fallback":
        monkeypatch.setattr(selectors, "is_postgres", lambda: False)
    elif connection.vendor != "postgresql":
        missing_service("database search is the PostgreSQL path")
    source = Source.objects.create(name="Human Constanta", kind="ngo")
    SourceAlias.objects.create(source=source, name="HumanConstanta rights group")
    Evidence.objects.create(
        claim=corpus["unrelated"], excerpt="Wage statistics from the bureau of labour."
    )
    PriorFactCheck.objects.create(
        url="https://example.org/fc/1",
        claim_reviewed="The wage doubled in a decade.",
        rating_text="False",
        author_name="Example Check",
        raw={},
    )
    assert kinds(search("rights group", user=editor, kind="source")) == [("source", source.pk)]
    assert {h.kind for h in search("wage", user=editor)} >= {"claim", "evidence", "prior"}
    assert kinds(search("Belarus", user=editor, kind="article")) == [
        ("article", corpus["article"].pk)
    ]


@pytest.mark.parametrize("backend", ["database", "fallback"])
def test_confidential_sources_and_evidence_are_hidden_without_permission(
    backend, corpus, checker, editor, monkeypatch
):
    if backend == "fallback":
        monkeypatch.setattr(selectors, "is_postgres", lambda: False)
    elif connection.vendor != "postgresql":
        missing_service("database search is the PostgreSQL path")
    witness = Source.objects.create(
        name="Border guard Aleh", kind="witness_testimony", confidential=True
    )
    secret = Evidence.objects.create(
        claim=corpus["border_once"], excerpt="Aleh saw bodies in the marsh."
    )
    via_source = Evidence.objects.create(
        claim=corpus["border_once"], excerpt="Marsh patrol notes.", source=witness
    )
    flagged = Evidence.objects.create(
        claim=corpus["border_once"], excerpt="Marsh photos, protected.", confidential=True
    )
    assert search("Aleh", user=checker, kind="source") == []
    assert [h.pk for h in search("Aleh", user=editor, kind="source")] == [witness.pk]
    assert {h.pk for h in search("marsh", user=checker, kind="evidence")} == {secret.pk}
    assert {h.pk for h in search("marsh", user=editor, kind="evidence")} == {
        secret.pk,
        via_source.pk,
        flagged.pk,
    }
    corpus["border_once"].assignee = checker
    corpus["border_once"].save()
    assert {h.pk for h in search("marsh", user=checker, kind="evidence")} == {
        secret.pk,
        via_source.pk,
        flagged.pk,
    }


@pytest.mark.parametrize("backend", ["database", "fallback"])
def test_a_protected_witness_is_no_search_term_for_those_who_may_not_see_the_name(
    backend, client, checker, checker2, editor, monkeypatch
):
    """Before: the claims search matched the claimant too, so a fact-checker searching for
    the witness's name (or "fence Zorblat") was shown exactly the witness's claims, which the
    panel and the dashboard's filter keep as "Confidential source"."""
    if backend == "fallback":
        monkeypatch.setattr(selectors, "is_postgres", lambda: False)
    elif connection.vendor != "postgresql":
        missing_service("database search is the PostgreSQL path")
    Source.objects.create(name="Witness Zorblat", kind="witness_testimony", confidential=True)
    theirs = claim("The fence was cut in three places.", claimant="Witness Zorblat")
    public = claim("Zorblat village lies by the fence.", claimant="Mayor")

    def found(query, user):
        return {hit.pk for hit in search(query, user=user, kind="claim")}

    assert found("Zorblat", checker) == {public.pk}
    assert found("fence Zorblat", checker) == {public.pk}
    assert found("fence", checker) == {theirs.pk, public.pk}  # the text is no secret
    assert found("Zorblat", editor) == {theirs.pk, public.pk}
    theirs.assignee = checker2
    theirs.save()
    assert found("Zorblat", checker2) == {theirs.pk, public.pk}
    client.force_login(checker)
    page = client.get(reverse("search:search"), {"q": "Zorblat"}).content.decode()
    assert "three places" not in page and "Zorblat village" in page


def test_search_page_needs_a_login(client):
    response = client.get(reverse("search:search"), {"q": "border"})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_search_page_renders_full_page_and_htmx_partial(client, corpus, checker):
    client.force_login(checker)
    full = client.get(reverse("search:search"), {"q": "border", "kind": "claim"})
    assert full.status_code == 200 and b"<html" in full.content and b"search-hit" in full.content
    partial = client.get(reverse("search:search"), {"q": "border", "kind": "claim"}, **HX)
    assert partial.status_code == 200 and b"<html" not in partial.content
    # a hit opens the claim's workspace (its article with the claim selected)
    assert corpus["border_twice"].get_absolute_url().encode() in partial.content


def test_search_page_pages_through_results(client, checker):
    for i in range(25):
        claim(f"Harbour claim number {i} about the harbour")
    client.force_login(checker)
    first = client.get(reverse("search:search"), {"q": "harbour", "kind": "claim"}, **HX)
    second = client.get(
        reverse("search:search"), {"q": "harbour", "kind": "claim", "page": 2}, **HX
    )
    assert first.content.count(b'class="search-hit') == 20 and b"Next page" in first.content
    assert second.content.count(b'class="search-hit') == 5 and b"Next page" not in second.content


def test_reader_without_confidential_permission_gets_no_confidential_source_on_page(client, db):
    reader = make_reader("reader")
    Source.objects.create(name="Secret Witness", confidential=True)
    client.force_login(reader)
    assert b"Secret Witness" not in client.get(reverse("search:search"), {"q": "witness"}).content
