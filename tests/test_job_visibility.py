"""Background jobs are seen by whoever asked for them, and by a superuser
(policies.visible_jobs): imports of fact-checks, images read as articles, exports — their
page, their htmx poll and (for an export) its file. Anyone else gets a 404 that says
nothing of the job."""

from __future__ import annotations

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from claims.models import ExportJob, ImportJob
from media.models import ScanImport
from tests.conftest import make_user

pytestmark = pytest.mark.django_db

HX = {"HTTP_HX_REQUEST": "true"}


def _jobs(owner):
    export = ExportJob.objects.create(requested_by=owner, status=ExportJob.Status.DONE)
    export.file.save("desk-export.json", ContentFile(b"[]"), save=True)
    return {
        "import": ImportJob.objects.create(requested_by=owner, total=3),
        "scan": ScanImport.objects.create(requested_by=owner, file_name="leaflet-page.png"),
        "export": export,
    }


def _urls(jobs) -> list[str]:
    return [
        reverse("claims:import_job", args=[jobs["import"].pk]),
        reverse("media:scan_import", args=[jobs["scan"].pk]),
        reverse("reports:export_status", args=[jobs["export"].pk]),
        reverse("reports:export_download", args=[jobs["export"].pk]),
    ]


@pytest.mark.parametrize("who", ["owner", "superuser"])
def test_the_owner_and_a_superuser_see_every_kind_of_job(client, settings, tmp_path, who):
    settings.MEDIA_ROOT = str(tmp_path)
    owner = make_user("owner", "Fact-checkers")
    jobs = _jobs(owner)
    viewer = owner
    if who == "superuser":
        viewer = make_user("root", "Editors")
        viewer.is_superuser = True
        viewer.save()
    client.force_login(viewer)
    for url in _urls(jobs):
        assert client.get(url).status_code == 200, url
    for url in _urls(jobs)[:3]:
        assert client.get(url, **HX).status_code == 200, url


def test_another_fact_checker_gets_a_404_on_every_entrance(client, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    jobs = _jobs(make_user("owner", "Fact-checkers"))
    client.force_login(make_user("colleague", "Editors"))  # even an editor: not theirs
    for url in _urls(jobs):
        for extra in ({}, HX):
            response = client.get(url, **extra)
            assert response.status_code == 404, url
            assert (
                b"leaflet-page" not in response.content and b"desk-export" not in response.content
            )
