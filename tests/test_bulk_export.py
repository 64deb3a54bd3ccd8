"""Bulk export: filters, progress, the export pages, and one run through a real Celery worker."""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from claims.interchange.json_import import import_json
from claims.models import Article, Claim, ExportJob
from claims.reports.bulk import filtered_claims, start_bulk_export, write_export
from claims.tasks import run_bulk_export
from tests.reports_helpers import make_article
from tests.waiting import wait_until


@pytest.fixture
def shared_media(tmp_path, settings, monkeypatch):
    """One media folder for this process and the worker it starts, so the file it writes
    can be downloaded here."""
    media = tmp_path / "shared-media"
    settings.MEDIA_ROOT = media
    monkeypatch.setenv("MEDIA_ROOT", str(media))
    return media


@pytest.mark.django_db
def test_filters_select_by_outlet_verdict_state_and_date(db):
    a = make_article(14, seed=41)
    make_article(14, seed=42)
    assert set(
        filtered_claims({"outlet": a.outlet.upper()}).values_list("article__outlet", flat=True)
    ) == {a.outlet}
    assert set(filtered_claims({"state": "approved"}).values_list("state", flat=True)) == {
        "approved"
    }
    assert set(filtered_claims({"verdict": "false"}).values_list("verdict__slug", flat=True)) <= {
        "false"
    }
    only_a = filtered_claims(
        {"date_from": a.published_on.isoformat(), "date_to": a.published_on.isoformat()}
    )
    assert set(only_a.values_list("article_id", flat=True)) == {a.pk}


@pytest.mark.django_db
def test_bad_filters_are_refused_with_a_message_per_field(checker):
    with pytest.raises(ValidationError) as info:
        start_bulk_export(
            user=checker, fmt="json", filters={"date_from": "last week", "state": "done"}
        )
    assert set(info.value.message_dict) == {"date_from", "state"}


@pytest.mark.django_db
def test_csv_export_counts_progress_to_the_total(checker):
    make_article(30, seed=43)
    job = ExportJob.objects.create(requested_by=checker, format="csv", filters={"outlet": ""})
    out = io.BytesIO()
    write_export(job, out)
    job.refresh_from_db()
    assert job.total == job.done == Claim.objects.count()
    rows = list(csv.reader(io.StringIO(out.getvalue().decode("utf-8-sig"))))
    assert len(rows) == job.total + 1


@pytest.mark.django_db
def test_json_bulk_export_reimports_into_an_empty_database(checker, settings, tmp_path):
    make_article(10, seed=44)
    job = ExportJob.objects.create(requested_by=checker, format="json", filters={})
    run_bulk_export.apply(args=[job.pk])
    job.refresh_from_db()
    assert job.status == "done" and job.percent == 100
    data = job.file.read()
    Article.objects.all().delete()
    import_json(data)
    assert Claim.objects.filter(article__isnull=False).count() == 10


@pytest.mark.django_db
def test_export_pages_start_a_job_and_only_its_owner_sees_it(
    client, checker, checker2, django_capture_on_commit_callbacks
):
    client.force_login(checker)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client.post(reverse("reports:exports"), {"format": "csv", "state": "published"})
    assert response.status_code == 302 and len(callbacks) == 1
    job = ExportJob.objects.get()
    assert job.filters == {"state": "published"}
    page = client.get(reverse("reports:export_status", args=[job.pk]))
    assert "Waiting for a worker" in page.content.decode()
    partial = client.get(reverse("reports:export_status", args=[job.pk]), HTTP_HX_REQUEST="true")
    assert (
        "<html" not in partial.content.decode()
        and 'hx-trigger="every 1s"' in partial.content.decode()
    )
    assert client.get(reverse("reports:export_download", args=[job.pk])).status_code == 404
    client.force_login(checker2)
    assert client.get(reverse("reports:export_status", args=[job.pk])).status_code == 404
    bad = client.post(reverse("reports:exports"), {"format": "csv", "date_to": "soon"})
    assert bad.status_code == 400


@pytest.mark.worker
@pytest.mark.services
def test_bulk_export_runs_on_a_real_worker_and_offers_the_file(
    shared_media, celery_worker_process, client
):
    from tests.conftest import make_user

    editor = make_user("bulk-editor", "Editors")
    make_article(40, seed=45)
    job = start_bulk_export(user=editor, fmt="claimreview", filters={"state": "published"})

    def finished() -> bool:
        job.refresh_from_db()
        return job.status in {"done", "failed"}

    wait_until(finished, timeout=60, what="the worker to finish the export")
    assert job.status == "done", job.error or job.status
    assert job.total == job.done == Claim.objects.filter(state="published").count()
    client.force_login(editor)
    response = client.get(reverse("reports:export_download", args=[job.pk]))
    assert response.status_code == 200
    reviews = json.loads(b"".join(response.streaming_content))
    assert len(reviews) == job.total and all(r["@type"] == "ClaimReview" for r in reviews)


def test_export_started_while_broker_is_down_is_sent_again_by_beat(
    editor, django_capture_on_commit_callbacks, settings
):
    """The job row is the outbox: a pending job nobody picked up is re-sent."""
    import datetime as dt

    from django.utils import timezone

    from claims import tasks
    from claims.models import ExportJob
    from claims.reports import bulk

    with django_capture_on_commit_callbacks(execute=False):
        job = bulk.start_bulk_export(user=editor, fmt="csv", filters={})
    ExportJob.objects.filter(pk=job.pk).update(created_at=timezone.now() - dt.timedelta(minutes=5))
    settings.CELERY_TASK_ALWAYS_EAGER = True
    from factcheck.celery import app

    app.conf.task_always_eager = True
    try:
        assert tasks.resend_pending_exports() == 1
    finally:
        app.conf.task_always_eager = False
    job.refresh_from_db()
    assert job.status == ExportJob.Status.DONE and job.file.name.endswith(".csv")
