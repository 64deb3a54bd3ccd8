"""Bulk export in the background: the view creates an ExportJob and enqueues this task,
which writes the file in batches and records progress the export page polls."""

from __future__ import annotations

import datetime as dt
import tempfile
from typing import Any

from celery import shared_task
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files import File
from django.db import transaction
from django.utils import timezone

from claims.models import Article, Claim, ExportJob, RatingLabel
from claims.policies import may_include_confidential
from claims.reports import claimreview, formats, json_export
from claims.reports.selectors import claims_queryset, filtered_claims, load_claims

BATCH = 100
FILTER_KEYS = ("date_from", "date_to", "outlet", "verdict", "state")


def clean_filters(filters: dict[str, Any]) -> dict[str, str]:
    """Drop empty filters and reject malformed ones with a message per field."""
    cleaned = {
        k: str(v).strip() for k, v in filters.items() if k in FILTER_KEYS and v not in (None, "")
    }
    errors: dict[str, str] = {}
    for key in ("date_from", "date_to"):
        if key in cleaned:
            try:
                dt.date.fromisoformat(cleaned[key])
            except ValueError:
                errors[key] = f"{key} must be a date YYYY-MM-DD."
    if "state" in cleaned and cleaned["state"] not in Claim.State.values:
        errors["state"] = f"Unknown state {cleaned['state']!r}."
    if "verdict" in cleaned and not RatingLabel.objects.filter(slug=cleaned["verdict"]).exists():
        errors["verdict"] = f"Unknown verdict {cleaned['verdict']!r}."
    if errors:
        raise ValidationError(errors)
    return cleaned


def start_bulk_export(
    *, user: AbstractBaseUser, fmt: str, filters: dict[str, Any], include_confidential: bool = False
) -> ExportJob:
    """Create the job and enqueue it once the job row is committed."""
    if not user.has_perm("claims.view_claim"):
        raise PermissionDenied("You may not export claims.")
    if fmt not in ExportJob.Format.values:
        raise ValidationError({"format": f"Unknown format {fmt!r}."})
    job = ExportJob.objects.create(
        requested_by=user,
        format=fmt,
        filters=clean_filters(filters),
        include_confidential=may_include_confidential(user, include_confidential),
    )
    # robust: with the broker down the job stays pending and resend_pending_exports (beat)
    # sends it once the broker is back; the user's request still succeeds.
    transaction.on_commit(lambda: run_bulk_export.delay(job.pk), robust=True)
    return job


def _progress(job: ExportJob, done: int) -> None:
    job.done = done
    ExportJob.objects.filter(pk=job.pk).update(done=done)


def write_export(job: ExportJob, out: Any) -> None:
    """Write the job's file to the binary stream `out`, updating progress per batch."""
    ids = list(
        filtered_claims(job.filters)
        .order_by("article_id", "start", "pk")
        .values_list("pk", "article_id")
    )
    job.total = len(ids)
    ExportJob.objects.filter(pk=job.pk).update(total=job.total)
    include = job.include_confidential
    done = 0
    if job.format == ExportJob.Format.JSON:
        builder = json_export.DocumentBuilder(include_confidential=include)
        wanted = {pk for pk, _ in ids}
        article_ids = sorted({a for _, a in ids if a is not None})
        for start in range(0, len(article_ids), 20):
            articles = Article.objects.select_related("imported_by").filter(
                pk__in=article_ids[start : start + 20]
            )
            done += builder.add_articles(articles, wanted)
            _progress(job, done)
        done += builder.add_standalone(pk for pk, a in ids if a is None)
        out.write(json_export.to_json(builder.document()).encode())
    elif job.format == ExportJob.Format.CSV:
        out.write(formats.csv_header().encode())
        for start in range(0, len(ids), BATCH):
            batch = [pk for pk, _ in ids[start : start + BATCH]]
            claims = load_claims(
                claims_queryset(include_confidential=include)
                .filter(pk__in=batch)
                .order_by("article_id", "start", "pk"),
                include_confidential=include,
            )
            out.write(formats.csv_rows(claims, {}).encode())
            done += len(claims)
            _progress(job, done)
    else:
        reviews = []
        for start in range(0, len(ids), BATCH):
            batch = [pk for pk, _ in ids[start : start + BATCH]]
            claims = load_claims(
                claims_queryset(include_confidential=include)
                .filter(pk__in=batch)
                .order_by("article_id", "start", "pk"),
                include_confidential=include,
            )
            reviews += claimreview.claim_reviews(claims)
            done += len(claims)
            _progress(job, done)
        out.write(claimreview.to_json(reviews).encode())
    _progress(job, job.total)


@shared_task(bind=True, acks_late=True)
def run_bulk_export(self: Any, job_id: int) -> str:
    """Idempotent: a finished job is left alone; a redelivered running job starts over."""
    job = ExportJob.objects.filter(pk=job_id).first()
    if job is None or job.status == ExportJob.Status.DONE:
        return "skipped"
    ExportJob.objects.filter(pk=job.pk).update(
        status=ExportJob.Status.RUNNING,
        started_at=timezone.now(),
        task_id=self.request.id or "",
        done=0,
        error="",
    )
    try:
        with tempfile.TemporaryFile() as handle:
            write_export(job, handle)
            handle.seek(0)
            ext = {"json": "json", "csv": "csv", "claimreview": "jsonld"}[job.format]
            job.file.save(f"factcheck-export-{job.pk}.{ext}", File(handle), save=False)
    except Exception as exc:
        ExportJob.objects.filter(pk=job.pk).update(
            status=ExportJob.Status.FAILED,
            error=f"{type(exc).__name__}: {exc}",
            finished_at=timezone.now(),
        )
        raise
    ExportJob.objects.filter(pk=job.pk).update(
        status=ExportJob.Status.DONE, file=job.file.name, finished_at=timezone.now()
    )
    return job.file.name


@shared_task(acks_late=True)
def resend_pending_exports(older_than_seconds: int = 120) -> int:
    """Beat entry, the outbox for exports: jobs still pending a while after they were
    created were never delivered (broker down); send them again. run_bulk_export is
    idempotent, so a job that was merely slow to start is not harmed."""
    cutoff = timezone.now() - dt.timedelta(seconds=older_than_seconds)
    ids = list(
        ExportJob.objects.filter(
            status=ExportJob.Status.PENDING, created_at__lt=cutoff
        ).values_list("pk", flat=True)
    )
    for pk in ids:
        run_bulk_export.delay(pk)
    return len(ids)
