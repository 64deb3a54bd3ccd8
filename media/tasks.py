"""Thin Celery wrappers around media.services (queued by name: factcheck.celery.enqueue)."""

from __future__ import annotations

from celery import shared_task

from media import services


@shared_task(name="media.tasks.process_evidence_media", acks_late=True, time_limit=900)
def process_evidence_media(evidence_id: int) -> str:
    return services.process_evidence_media(evidence_id)
