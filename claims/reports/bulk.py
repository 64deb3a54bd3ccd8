"""Bulk exports: a job records what was asked (format, filters, confidential or not), a
Celery task (claims.tasks.run_bulk_export) writes the file in batches here and records the
progress the export page polls. Filters are claims.filters.ClaimFilterSet's."""

from __future__ import annotations

import datetime as dt
import tempfile
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.files import File
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from claims import policies
from claims.filters import ClaimFilterSet
from claims.interchange import claimreview_export as claimreview
from claims.interchange import json_export
from claims.models import Article, ExportJob
from claims.policies import DeskAction
from claims.reports import formats
from claims.reports.selectors import claims_queryset, load_claims
from factcheck.celery import enqueue

BATCH = 100
FILTER_KEYS = ("date_from", "date_to", "outlet", "verdict", "state", "assignee", "source", "q")
EXPORT_TASK = "claims.tasks.run_bulk_export"


def clean_filters(filters: dict[str, Any]) -> dict[str, str]:
    """Drop empty filters and reject malformed ones with a message per field, by the same
    filter set the dashboard and the API use."""
    cleaned = {
        k: str(v).strip() for k, v in filters.items() if k in FILTER_KEYS and v not in (None, "")
    }
    form = ClaimFilterSet(cleaned).form
    if not form.is_valid():
        raise ValidationError({name: " ".join(messages) for name, messages in form.errors.items()})
    return cleaned


def filtered_claims(filters: dict[str, Any], *, user: AbstractBaseUser | None = None):
    """The claims a stored job's filters select (as the person who asked may see them)."""
    return ClaimFilterSet(filters or None, user=user).qs


def start_bulk_export(
    *, user: AbstractBaseUser, fmt: str, filters: dict[str, Any], include_confidential: bool = False
) -> ExportJob:
    """Create the job and enqueue it once the job row is committed."""
    policies.check_desk(user, DeskAction.EXPORT)
    if fmt not in ExportJob.Format.values:
        raise ValidationError({"format": _("Unknown format %(format)s.") % {"format": repr(fmt)}})
    job = ExportJob.objects.create(
        requested_by=user,
        format=fmt,
        filters=clean_filters(filters),
        include_confidential=policies.may_include_confidential(user, include_confidential),
    )
    # With the broker down the job stays pending and resend_pending_exports (beat) sends it
    # once the broker is back; the user's request still succeeds.
    enqueue(EXPORT_TASK, job.pk)
    return job


def _progress(job: ExportJob, done: int) -> None:
    job.done = done
    ExportJob.objects.filter(pk=job.pk).update(done=done)


def write_export(job: ExportJob, out: Any) -> None:
    """Write the job's file to the binary stream `out`, updating progress per batch, in the
    language of the person who asked (states and verdict names in the CSV, ClaimReview's
    reviewRating.alternateName)."""
    from newsroom.languages import language_of

    with translation.override(language_of(job.requested_by)):
        _write_export(job, out)


def _write_export(job: ExportJob, out: Any) -> None:
    ids = list(
        filtered_claims(job.filters, user=job.requested_by)
        .order_by("article_id", "start", "pk")
        .values_list("pk", "article_id")
        .distinct()
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


def run_export(job_id: int, task_id: str = "") -> str:
    """Idempotent: a finished job is left alone; a redelivered running job starts over."""
    job = ExportJob.objects.filter(pk=job_id).first()
    if job is None or job.status == ExportJob.Status.DONE:
        return "skipped"
    ExportJob.objects.filter(pk=job.pk).update(
        status=ExportJob.Status.RUNNING,
        started_at=timezone.now(),
        task_id=task_id,
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


def pending_export_ids(older_than_seconds: int = 120) -> list[int]:
    """Jobs still pending a while after they were created were never delivered."""
    cutoff = timezone.now() - dt.timedelta(seconds=older_than_seconds)
    return list(
        ExportJob.objects.filter(
            status=ExportJob.Status.PENDING, created_at__lt=cutoff
        ).values_list("pk", flat=True)
    )
