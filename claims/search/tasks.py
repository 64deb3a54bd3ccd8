"""Background work for claim matching; thin wrappers around claims.search.services."""

from __future__ import annotations

from celery import shared_task

from claims.search import services


@shared_task(name="claims.search.tasks.compute_suggestions", acks_late=True)
def compute_suggestions(claim_ids: list[int]) -> dict[int, int]:
    """Idempotent: a redelivered task recomputes the same suggestions."""
    return {
        claim_id: len(services.compute_suggestions(claim_id=claim_id)) for claim_id in claim_ids
    }
