"""Celery tasks of the claims app: thin wrappers around the code that does the work
(bulk exports: claims.reports.bulk; large ClaimReview imports: claims.interchange)."""

from __future__ import annotations

from typing import Any

from celery import shared_task
from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext as _

from claims.interchange import claimreview_import
from claims.interchange.common import ImportResult
from claims.models import ImportJob
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


def start_claimreview_import(*, data: bytes, user: AbstractBaseUser) -> ImportResult | ImportJob:
    """A file of up to FACTCHECK_IMPORT_INLINE_MAX_ITEMS reviews is imported at once, as
    before; a larger one becomes an ImportJob, run by a worker once the job is committed.
    Either way all or nothing; a malformed file is refused here, before any job exists."""
    if not user.has_perm("claims.add_priorfactcheck"):
        raise PermissionDenied(_("You may not import prior fact-checks."))
    nodes = claimreview_import.claim_reviews_in(data)
    if len(nodes) <= settings.FACTCHECK_IMPORT_INLINE_MAX_ITEMS:
        return claimreview_import.import_claim_reviews(nodes, user=user)
    with transaction.atomic():
        job = ImportJob.objects.create(requested_by=user, total=len(nodes))
        job.file.save(f"claimreview-{job.pk}.json", ContentFile(data))
    # robust: with the broker down the job stays pending; the request still succeeds.
    transaction.on_commit(lambda: run_claimreview_import.delay(job.pk), robust=True)
    return job


@shared_task(bind=True, acks_late=True)
def run_claimreview_import(self: Any, job_id: int) -> str:
    return claimreview_import.run_import_job(job_id, task_id=self.request.id or "")
