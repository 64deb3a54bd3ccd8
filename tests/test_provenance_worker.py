"""A timestamp authority that is down for a while: a real Celery worker tries, records
why it could not seal, and once the authority's process is started again beat's retry
seals every item exactly once (the authority's serial counter says how many tokens it
issued), however many times the retry is queued."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from factcheck.celery import app
from provenance.models import TimestampToken
from sources import services as sources
from tests.waiting import wait_until
from tests.workers import start_worker

pytest_plugins = ["tests.provenance_tsa_server"]

ITEMS = 6


def _issued(tsa_process) -> int:
    """Tokens the authority has signed so far (openssl's serial file, hex, next serial)."""
    return int((tsa_process.directory / "tsa.serial").read_text().strip(), 16) - 1


@pytest.mark.worker
def test_authority_down_then_back_seals_every_item_once(
    tsa_process, require_redis, transactional_db, settings, monkeypatch, claim
):
    for name, value in {
        "FACTCHECK_TSA_URLS": tsa_process.url(),
        "FACTCHECK_TSA_CA_FILE": tsa_process.ca_file,
        "FACTCHECK_TSA_TIMEOUT_SECONDS": "2",
    }.items():
        monkeypatch.setenv(name, value)  # the worker process reads its settings from these
    settings.FACTCHECK_TSA_URLS = [tsa_process.url()]
    settings.FACTCHECK_TSA_CA_FILE = tsa_process.ca_file
    tsa_process.stop()
    worker = start_worker(require_redis)
    next(worker)
    try:
        for n in range(ITEMS):
            sources.add_evidence(
                claim=claim,
                user=None,
                upload=SimpleUploadedFile(f"scan-{n}.txt", f"page {n}\n".encode()),
            )
        wait_until(
            lambda: (
                TimestampToken.objects.filter(status="unsealed", attempts__gte=1).count() == ITEMS
            ),
            timeout=40,
            what="the worker to try every item while the authority is down",
        )
        assert all(
            "did not answer" in reason
            for reason in TimestampToken.objects.values_list("reason", flat=True)
        )

        tsa_process.start()
        issued = _issued(tsa_process)
        for _ in range(3):  # beat firing again before the first retry finished
            app.send_task("provenance.tasks.retry_unsealed")
        wait_until(
            lambda: TimestampToken.objects.filter(status="sealed").count() == ITEMS,
            timeout=60,
            what="every item to be sealed after the authority came back",
        )
        # let the duplicate seal tasks drain: they must find the items sealed
        app.send_task("factcheck.ping").get(timeout=30)
        results = [
            app.send_task("provenance.tasks.seal", args=[pk])
            for pk in TimestampToken.objects.values_list("pk", flat=True)
        ]
        assert {r.get(timeout=30) for r in results} == {"sealed"}
    finally:
        worker.close()

    assert _issued(tsa_process) - issued == ITEMS  # one token per item, none twice
    tokens = list(TimestampToken.objects.all())
    assert len({bytes(t.token) for t in tokens}) == ITEMS
    assert all(t.reason == "" and t.tsa_name == "Test TSA" for t in tokens)
