"""Claim matching: the engine's normalisation, suggestions computed by the task (also through
a real worker), and linking that reuses an earlier verdict and evidence."""

import pytest
from django.db import connection
from django.urls import reverse

from claims import services as claim_services
from claims.models import Claim, ClaimMatch, PriorFactCheck, RatingLabel
from claims.search import selectors, services
from claims.search.bm25 import Bm25Index
from claims.search.selectors import similar_claims
from claims.search.text import analyse
from sources.models import Evidence
from tests.conftest import make_reader, missing_service
from tests.waiting import wait_until

HX = {"HTTP_HX_REQUEST": "true"}


# --- engine (no database) -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "digits"),
    [
        ("one hundred and twenty people died", "120 people died"),
        ("five per cent", "5%"),
        ("twelve hundred jobs", "1,200 jobs"),
        ("three thousand migrants", "3000 migrants"),
        ("1.2 million", "1200000"),
        ("a seventh term", "a 7th term"),
    ],
)
def test_numbers_written_as_words_normalise_like_digits(words, digits):
    assert analyse(words).numbers == analyse(digits).numbers


def test_contractions_and_negation_cues_set_polarity():
    assert analyse("Vaccines don't cause autism").negated
    assert analyse("Vaccines never cause autism").negated
    assert not analyse("Vaccines cause autism").negated
    assert not analyse("It is not true that vaccines do not work").negated  # double negation


def test_engine_ranks_paraphrase_with_numbers_in_words_above_its_negation():
    index = Bm25Index()
    index.add(
        "paraphrase",
        analyse("Since 2021 one hundred and twenty people died at the Belarus border."),
    )
    index.add("negation", analyse("Nobody has died at the Belarus border since 2021."))
    index.add("other", analyse("The Belarus election is on January 26."))
    ranked = index.search(analyse("At least 120 deaths at the Belarus border since 2021"))
    assert ranked[0][0] == "paraphrase"
    scores = dict(ranked)
    assert scores.get("negation", 0) < selectors.MIN_SUGGESTION_SCORE <= scores["paraphrase"]


# --- database ------------------------------------------------------------------------------


@pytest.fixture
def claims_corpus(db):
    return {
        "numbers": Claim.objects.create(
            text="One hundred and twenty people have died at the Belarus border."
        ),
        "negated": Claim.objects.create(text="Vaccines do not cause autism in children."),
        "affirmative": Claim.objects.create(text="Autism in kids is caused by vaccination."),
        "other": Claim.objects.create(text="The minimum wage doubled over the past ten years."),
    }


def _backends(backend, monkeypatch):
    if backend == "fallback":
        monkeypatch.setattr(selectors, "is_postgres", lambda: False)
    elif connection.vendor != "postgresql":
        missing_service("database candidates are the PostgreSQL path")


@pytest.mark.parametrize("backend", ["database", "fallback"])
def test_similar_claims_match_numbers_written_as_words(backend, claims_corpus, monkeypatch):
    _backends(backend, monkeypatch)
    hits = similar_claims(
        "At least 120 deaths at the Belarus border", min_score=selectors.MIN_SUGGESTION_SCORE
    )
    assert [hit.pk for hit in hits][:1] == [claims_corpus["numbers"].pk]


@pytest.mark.parametrize("backend", ["database", "fallback"])
def test_negated_claim_does_not_match_its_affirmative(backend, claims_corpus, monkeypatch):
    _backends(backend, monkeypatch)
    hits = similar_claims(
        "Vaccines cause autism in children.", min_score=selectors.MIN_SUGGESTION_SCORE
    )
    pks = [hit.pk for hit in hits]
    assert claims_corpus["affirmative"].pk in pks
    assert claims_corpus["negated"].pk not in pks


@pytest.mark.django_db
def test_prior_fact_checks_are_suggested_too():
    prior = PriorFactCheck.objects.create(
        url="https://checkers.example/fc/9",
        claim_reviewed="Electricity prices jumped forty per cent this winter.",
        rating_text="Mostly true",
        author_name="Checkers",
        raw={},
    )
    claim = Claim.objects.create(text="Electricity prices increased by 40% this winter.")
    [match] = services.compute_suggestions(claim_id=claim.pk)
    assert match.prior_fact_check == prior and match.matched_claim is None


@pytest.mark.django_db
def test_recomputing_suggestions_keeps_decisions_and_adds_no_duplicates(claims_corpus, editor):
    claim = Claim.objects.create(text="At least 120 people died at the Belarus border.")
    [first] = services.compute_suggestions(claim_id=claim.pk)
    services.dismiss_match(match=first, user=editor)
    services.compute_suggestions(claim_id=claim.pk)
    assert list(ClaimMatch.objects.filter(claim=claim).values_list("status", flat=True)) == [
        "dismissed"
    ]


@pytest.mark.worker
def test_suggestions_are_computed_by_a_real_celery_worker(celery_worker_process):
    earlier = Claim.objects.create(
        text="Two hundred houses in the village were flooded by the river."
    )
    claim = Claim.objects.create(text="The river flooded 200 homes in the village.")
    from django.db import transaction

    with transaction.atomic():
        claim_services.enqueue_suggestions([claim.pk])
    wait_until(
        ClaimMatch.objects.filter(claim=claim).exists,
        timeout=120,
        what="the worker to write suggestions",
    )
    match = ClaimMatch.objects.get(claim=claim)
    assert match.matched_claim_id == earlier.pk and match.status == "suggested"


@pytest.fixture
def verdict_source(db, checker, editor):
    false = RatingLabel.objects.get(slug="false")
    earlier = Claim.objects.create(
        text="Vaccines cause autism in children.",
        state="published",
        verdict=false,
        rationale="Large cohort studies found no link.",
        verdict_author=checker,
    )
    Evidence.objects.create(
        claim=earlier,
        url="https://example.org/study",
        excerpt="No increased risk.",
        stance="refutes",
        credibility=1,
    )
    claim = Claim.objects.create(text="Autism in kids is caused by vaccination.", state="accepted")
    [match] = services.compute_suggestions(claim_id=claim.pk)
    return earlier, claim, match


def test_linking_reuses_verdict_as_draft_and_copies_evidence_and_records_history(
    verdict_source, checker
):
    earlier, claim, match = verdict_source
    reused = services.link_match(match=match, user=checker)
    claim.refresh_from_db()
    match.refresh_from_db()
    assert reused == {"evidence_copied": 1, "verdict_drafted": True, "verdict": earlier.verdict}
    assert (
        claim.state == "drafted"
        and claim.verdict == earlier.verdict
        and claim.verdict_author == checker
    )
    assert claim.reviewer is None  # still needs a second pair of eyes
    assert earlier.text in claim.rationale and "cohort" in claim.rationale
    assert "/claims/" not in claim.rationale  # no login-gated address in a publishable text
    [copy] = claim.evidence.all()
    assert (copy.url, copy.excerpt, copy.stance, copy.added_by) == (
        "https://example.org/study",
        "No increased risk.",
        "refutes",
        checker,
    )
    assert match.status == "linked" and match.linked_by == checker and match.linked_at
    reasons = list(claim.history.values_list("history_change_reason", flat=True))
    assert any(r and r.startswith(f"linked: same claim as claim #{earlier.pk}") for r in reasons)
    assert any(r and r.startswith("verdict drafted") for r in reasons)


def test_linking_a_proposed_claim_copies_evidence_but_drafts_no_verdict(verdict_source, checker):
    earlier, claim, match = verdict_source
    Claim.objects.filter(pk=claim.pk).update(state="proposed")
    reused = services.link_match(match=match, user=checker)
    claim.refresh_from_db()
    assert (
        reused["verdict_drafted"] is False and claim.verdict is None and claim.evidence.count() == 1
    )


def test_similar_partial_lists_suggestions_with_link_buttons(client, verdict_source, checker):
    earlier, claim, match = verdict_source
    client.force_login(checker)
    html = client.get(reverse("search:similar", args=[claim.pk]), **HX).content.decode()
    assert earlier.text[:30] in html and reverse("search:link", args=[match.pk]) in html


def test_link_endpoint_swaps_the_panel_only(client, verdict_source, checker):
    _, claim, match = verdict_source
    client.force_login(checker)
    response = client.post(reverse("search:link", args=[match.pk]), **HX)
    assert response.status_code == 200 and "HX-Refresh" not in response
    assert response["HX-Retarget"] == "#panel" and response["HX-Reswap"] == "innerHTML"
    assert "Linked as the same claim" in response.content.decode()
    assert ClaimMatch.objects.get(pk=match.pk).status == "linked"


def test_dismiss_endpoint_hides_the_suggestion(client, verdict_source, checker):
    _, claim, match = verdict_source
    client.force_login(checker)
    html = client.post(reverse("search:dismiss", args=[match.pk]), **HX).content.decode()
    assert ClaimMatch.objects.get(pk=match.pk).status == "dismissed" and "No earlier claim" in html


def test_linking_needs_change_claim_permission(client, verdict_source):
    _, _, match = verdict_source
    client.force_login(make_reader("reader"))
    assert client.post(reverse("search:link", args=[match.pk])).status_code == 403
    assert client.post(reverse("search:dismiss", args=[match.pk])).status_code == 403
    assert ClaimMatch.objects.get(pk=match.pk).status == "suggested"


def test_similar_partial_needs_a_login(client, verdict_source):
    _, claim, _ = verdict_source
    response = client.get(reverse("search:similar", args=[claim.pk]))
    assert response.status_code == 302


def test_reader_sees_suggestions_without_link_buttons(client, verdict_source):
    _, claim, match = verdict_source
    client.force_login(make_reader("reader"))
    html = client.get(reverse("search:similar", args=[claim.pk])).content.decode()
    assert "score" in html and reverse("search:link", args=[match.pk]) not in html
