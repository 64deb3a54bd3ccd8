"""Overlapping claims are impossible in PostgreSQL itself (claims/migrations/0015), and the
services answer the database's refusal with their own words (issue 13, finding 5)."""

from __future__ import annotations

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction

from claims import services
from claims.models import Article, Claim

BODY = "One sentence here. Another sentence there. A third sentence last."


@pytest.fixture
def article(db) -> Article:
    return Article.objects.create(title="Three", body=BODY)


def _span(sentence: str) -> tuple[int, int]:
    return BODY.index(sentence), BODY.index(sentence) + len(sentence)


@pytest.mark.django_db
def test_the_database_refuses_an_overlapping_claim_that_skips_the_services(
    article, require_postgres
):
    start, end = _span("One sentence here.")
    Claim.objects.create(article=article, start=start, end=end, text="One sentence here.")
    with pytest.raises(IntegrityError, match="claim_no_overlap"), transaction.atomic():
        Claim.objects.create(article=article, start=start + 4, end=end + 8, text="sentence")


@pytest.mark.django_db
def test_rejected_claims_and_claims_of_other_articles_take_no_part(article, require_postgres):
    start, end = _span("One sentence here.")
    Claim.objects.create(
        article=article, start=start, end=end, text="x", state=Claim.State.REJECTED
    )
    Claim.objects.create(article=article, start=start, end=end, text="One sentence here.")
    other = Article.objects.create(title="Other", body=BODY + " A fourth one.")
    Claim.objects.create(article=other, start=start, end=end, text="One sentence here.")
    assert Claim.objects.filter(start=start).count() == 3


@pytest.mark.django_db
def test_a_rejected_claim_proposed_again_over_a_live_one_is_refused_in_words(article, editor):
    start, end = _span("One sentence here.")
    rejected = services.create_claim(article=article, user=editor, start=start, end=end)
    rejected = services.transition_claim(claim=rejected, to_state="rejected", user=editor)
    services.create_claim(article=article, user=editor, start=start, end=end)
    with pytest.raises(ValidationError, match="overlaps an existing claim"):
        services.transition_claim(claim=rejected, to_state="proposed", user=editor)


@pytest.mark.django_db(transaction=True)
def test_two_people_claiming_one_sentence_at_once_get_the_services_message(
    editor, checker, require_postgres
):
    """Each service check runs before the other's row is committed and sees no overlap; the
    second insert waits for the first transaction, then the constraint refuses it."""
    article = Article.objects.create(title="Race", body=BODY)
    start, end = _span("Another sentence there.")
    first_inserted, outcome = threading.Event(), {}

    def first() -> None:
        try:
            with transaction.atomic():
                services.create_claim(article=article, user=editor, start=start, end=end)
                first_inserted.set()
                # Hold the transaction open until the second insert is waiting on it.
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_sleep(0.6)")
        finally:
            first_inserted.set()
            connection.close()

    thread = threading.Thread(target=first)
    thread.start()
    assert first_inserted.wait(10)
    assert services.span_problem(article, start, end, exclude=[]) is None  # not committed
    try:
        services.create_claim(article=article, user=checker, start=start, end=end - 6)
    except ValidationError as exc:
        outcome["message"] = " ".join(exc.messages)
    thread.join(10)
    assert outcome.get("message") == services.OVERLAP_MESSAGE
    assert Claim.objects.filter(article=article).count() == 1
