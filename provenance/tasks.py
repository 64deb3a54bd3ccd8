"""Celery tasks for sealing: thin wrappers around `provenance.services`, idempotent (a
sealed item is never sent to an authority again)."""

from __future__ import annotations

from celery import shared_task

from provenance import services

_TASK_OPTIONS = {"acks_late": True, "reject_on_worker_lost": True}


@shared_task(**_TASK_OPTIONS)
def seal(token_id: int) -> str:
    token = services.seal(token_id)
    return token.status if token is not None else "gone"


@shared_task(**_TASK_OPTIONS)
def retry_unsealed() -> int:
    """Beat: everything not sealed yet gets another try."""
    return services.retry_unsealed()


@shared_task(**_TASK_OPTIONS)
def seal_chain_head() -> int | None:
    """Beat: timestamp the newest entry of the history chain."""
    token = services.seal_chain_head()
    return token.object_id if token is not None else None
