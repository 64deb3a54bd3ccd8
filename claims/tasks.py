"""Celery tasks of the claims app: thin wrappers around the code that does the work
(bulk exports: claims.reports.bulk)."""

from __future__ import annotations

from typing import Any

from celery import shared_task

from claims.reports import bulk


@shared_task(bind=True, acks_late=True)
def run_bulk_export(self: Any, job_id: int) -> str:
    """Idempotent: a finished job is left alone; a redelivered running job starts over."""
    return bulk.run_export(job_id, task_id=self.request.id or "")


@shared_task(acks_late=True)
def resend_pending_exports(older_than_seconds: int = 120) -> int:
    """Beat entry, the outbox for exports: jobs still pending a while after they were
    created were never delivered (broker down); send them again. run_bulk_export is
    idempotent, so a job that was merely slow to start is not harmed."""
    ids = bulk.pending_export_ids(older_than_seconds)
    for pk in ids:
        run_bulk_export.delay(pk)
    return len(ids)
