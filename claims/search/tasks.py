"""Background work for claim matching; thin wrappers around claims.search.services."""

from __future__ import annotations

from celery import shared_task

from claims.search import hooks, services


@shared_task(name="claims.search.tasks.compute_suggestions", acks_late=True)
def compute_suggestions(claim_ids: list[int]) -> dict[int, int]:
    """Idempotent: a redelivered task recomputes the same suggestions."""
    return {
        claim_id: len(services.compute_suggestions(claim_id=claim_id)) for claim_id in claim_ids
    }


@shared_task(name="claims.search.tasks.embed_prior_fact_checks", acks_late=True)
def embed_prior_fact_checks(prior_ids: list[int]) -> int:
    """Vectors of imported prior fact-checks; idempotent (unchanged texts are skipped)."""
    return services.store_vectors_quietly(prior_ids=prior_ids)


@shared_task(name="claims.search.tasks.embed_missing", acks_late=True)
def embed_missing(limit: int = 5000) -> int:
    """On beat (settings.CELERY_BEAT_SCHEDULE "embed-missing-vectors"): vectors of up to
    `limit` claims and prior fact-checks whose vector is missing or stale."""
    return services.embed_missing(limit=limit)


hooks.connect()
