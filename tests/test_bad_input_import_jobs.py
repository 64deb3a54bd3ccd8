"""Large ClaimReview imports run on a worker (claims.models.ImportJob) with progress the page
polls, still all or nothing; small files import in the request as before, and
`manage.py import_claimreview` imports inline whatever the size."""

from __future__ import annotations

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from claims.interchange import claimreview_import
from claims.models import ImportJob, PriorFactCheck
from claims.tasks import start_claimreview_import
from tests.bad_input import fingerprint
from tests.conftest import make_user
from tests.waiting import wait_until


def reviews(n: int, **overrides) -> bytes:
    return json.dumps(
        [
            {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "url": f"https://checkers.example/reviews/{i}",
                "claimReviewed": f"At least {100 + i} people died at the border",
                "datePublished": "2024-03-05",
                "author": {"@type": "Organization", "name": "Checkers United"},
                "reviewRating": {"@type": "Rating", "alternateName": "Mostly false"},
                **(overrides if i == n - 1 else {}),
            }
            for i in range(n)
        ]
    ).encode()


@pytest.fixture
def editor_client(client, db):
    client.force_login(make_user("importer", "Editors", staff=True))
    return client


def post(client, data: bytes, **headers):
    upload = SimpleUploadedFile("reviews.jsonld", data)
    return client.post("/prior-fact-checks/import/", {"upload": upload}, **headers)


@pytest.mark.django_db
def test_a_file_within_the_inline_limit_is_imported_in_the_request(editor_client, settings):
    settings.FACTCHECK_IMPORT_INLINE_MAX_ITEMS = 5
    response = post(editor_client, reviews(5))
    assert response.status_code == 302
    assert response["Location"] == reverse("claims:prior_fact_checks")
    assert PriorFactCheck.objects.count() == 5 and not ImportJob.objects.exists()


@pytest.mark.django_db
def test_a_larger_file_becomes_a_job_whose_progress_page_reports_it_done(
    editor_client, settings, eager_tasks, django_capture_on_commit_callbacks, monkeypatch
):
    # Small chunks, so that 25 reviews cross chunk boundaries the way a 2,500-review feed
    # does with the real CHUNK (each imported review is also embedded: 2,500 took minutes).
    monkeypatch.setattr(claimreview_import, "CHUNK", 10)
    settings.FACTCHECK_IMPORT_INLINE_MAX_ITEMS = 5
    with django_capture_on_commit_callbacks(execute=True):
        response = post(editor_client, reviews(25), HTTP_HX_REQUEST="true")
    job = ImportJob.objects.get()
    assert response["HX-Redirect"] == reverse("claims:import_job", args=[job.pk])
    job.refresh_from_db()
    assert (job.status, job.total, job.done) == ("done", 25, 25)
    assert job.summary == "Imported 25 prior fact-checks created."
    assert not job.file  # what it held is in the database now
    assert PriorFactCheck.objects.count() == 25
    page = editor_client.get(reverse("claims:import_job", args=[job.pk])).content.decode()
    assert "Imported 25 prior fact-checks created." in page
    poll = editor_client.get(reverse("claims:import_job", args=[job.pk]), HTTP_HX_REQUEST="true")
    assert 'id="import-progress"' in poll.content.decode()
    assert "every 1s" not in poll.content.decode()  # finished: the poll stops


@pytest.mark.django_db
def test_a_large_file_with_one_bad_review_stores_nothing_and_lists_the_problem(
    editor_client, settings, eager_tasks, django_capture_on_commit_callbacks
):
    settings.FACTCHECK_IMPORT_INLINE_MAX_ITEMS = 5
    before = fingerprint()
    with django_capture_on_commit_callbacks(execute=True):
        post(editor_client, reviews(20, claimReviewed=""))
    job = ImportJob.objects.get()
    assert job.status == "failed"
    assert job.errors == ["ClaimReview[19].claimReviewed: missing or not text (Google requires it)"]
    assert not PriorFactCheck.objects.exists()
    page = editor_client.get(reverse("claims:import_job", args=[job.pk])).content.decode()
    assert "Nothing was imported: 1 problem." in page
    assert [row for row in fingerprint() if row[0] != "claims.ImportJob"] == [
        row for row in before if row[0] != "claims.ImportJob"
    ]


@pytest.mark.django_db
def test_a_malformed_large_file_is_refused_in_the_request_without_a_job(editor_client, settings):
    settings.FACTCHECK_IMPORT_INLINE_MAX_ITEMS = 5
    response = post(editor_client, b"[" + reviews(20)[1:-1])
    assert response.status_code == 422
    assert "Malformed JSON-LD" in response.content.decode()
    assert not ImportJob.objects.exists()


@pytest.mark.django_db
def test_someone_elses_import_job_is_404(client, settings):
    job = ImportJob.objects.create(requested_by=make_user("importer", "Editors"), total=9)
    client.force_login(make_user("other", "Editors"))
    assert client.get(reverse("claims:import_job", args=[job.pk])).status_code == 404


@pytest.mark.django_db
def test_the_command_still_imports_a_large_file_inline(tmp_path, settings):
    settings.FACTCHECK_IMPORT_INLINE_MAX_ITEMS = 5
    path = tmp_path / "reviews.jsonld"
    path.write_bytes(reviews(50))
    call_command("import_claimreview", str(path))
    assert PriorFactCheck.objects.count() == 50 and not ImportJob.objects.exists()


@pytest.fixture
def shared_media(tmp_path, settings, monkeypatch):
    """One media folder for this process and the worker, which reads the stored file."""
    media = tmp_path / "shared-media"
    settings.MEDIA_ROOT = media
    monkeypatch.setenv("MEDIA_ROOT", str(media))
    return media


@pytest.mark.worker
@pytest.mark.services
def test_a_large_import_runs_on_a_real_worker(shared_media, celery_worker_process, settings):
    settings.FACTCHECK_IMPORT_INLINE_MAX_ITEMS = 5
    job = start_claimreview_import(data=reviews(3000), user=make_user("importer", "Editors"))

    def finished() -> bool:
        job.refresh_from_db()
        return not job.running

    wait_until(finished, timeout=90, what="the worker to finish the import")
    assert job.status == "done", job.errors
    assert PriorFactCheck.objects.count() == 3000
