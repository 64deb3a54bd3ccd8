"""Claims created by people or by an import get "checked before?" suggestions queued."""

import pytest

from claims import services
from claims.interchange.articles import import_article
from claims.models import Article

pytestmark = pytest.mark.django_db

TEXT = (
    "Ministry figures show unemployment fell to 4.1 percent in 2024, the lowest since 1990, "
    "according to the national statistics office.\n\nCritics said the figure hides part-time work."
)


def _queued_claim_ids(callbacks, monkeypatch) -> list[int]:
    from claims.search import tasks

    sent: list[list[int]] = []

    def record(args=(), kwargs=None, **options):  # what the broker would have been sent
        sent.append(args[0])

    monkeypatch.setattr(tasks.compute_suggestions, "apply_async", record)
    for callback in callbacks:
        callback()
    return [pk for ids in sent for pk in ids]


def test_import_queues_suggestions_for_every_proposed_claim(
    checker, django_capture_on_commit_callbacks, monkeypatch
):
    with django_capture_on_commit_callbacks() as callbacks:
        article, created = import_article(user=checker, text=TEXT)
    assert created
    queued = _queued_claim_ids(callbacks, monkeypatch)
    assert sorted(queued) == sorted(article.claims.values_list("pk", flat=True))
    assert queued


def test_claim_from_selection_queues_its_suggestions(
    checker, django_capture_on_commit_callbacks, monkeypatch
):
    article = Article.objects.create(title="Jobs", body=TEXT)
    with django_capture_on_commit_callbacks() as callbacks:
        claim = services.create_claim(article=article, user=checker, start=0, end=40)
    assert _queued_claim_ids(callbacks, monkeypatch) == [claim.pk]
