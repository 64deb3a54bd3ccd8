"""Thin Celery wrappers around media.services (queued by name: factcheck.celery.enqueue)."""

from __future__ import annotations

from celery import shared_task

from media import services


@shared_task(name="media.tasks.process_evidence_media", acks_late=True, time_limit=900)
def process_evidence_media(evidence_id: int) -> str:
    return services.process_evidence_media(evidence_id)


@shared_task(name="media.tasks.hash_snapshot_images", acks_late=True, time_limit=300)
def hash_snapshot_images(snapshot_id: int) -> int:
    return services.hash_snapshot_images(snapshot_id)


@shared_task(name="media.tasks.run_scan_import", acks_late=True, time_limit=900)
def run_scan_import(job_id: int) -> str:
    return services.run_scan_import(job_id)
