"""The vector task family through a real Celery worker: an imported prior fact-check gets
its vector in the background, and a claim asked about afterwards is matched to it across
languages."""

from __future__ import annotations

import json

import pytest
from django.db import transaction

from claims import services as claim_services
from claims.interchange.claimreview_import import import_claimreview
from claims.models import Claim, ClaimMatch, PriorFactCheck, TextVector
from tests.waiting import wait_until


@pytest.mark.worker
def test_a_real_worker_embeds_imported_fact_checks_and_suggests_them(
    require_postgres, celery_worker_process
):
    # (on SQLite the test database lives in this process's memory: a worker cannot share it)
    review = {
        "@type": "ClaimReview",
        "url": "https://checkers.example/pl/power",
        "claimReviewed": "Ceny prądu dla gospodarstw domowych wzrosną o 20 procent od lipca.",
        "author": {"@type": "Organization", "name": "Sprawdzam"},
        "reviewRating": {"@type": "Rating", "alternateName": "False"},
    }
    import_claimreview(json.dumps([review]))  # commits; the hook queues the vector task
    prior = PriorFactCheck.objects.get()
    wait_until(
        TextVector.objects.filter(prior_fact_check=prior).exists,
        timeout=60,
        what="the worker to store the prior fact-check's vector",
    )
    claim = Claim.objects.create(
        text="Electricity prices for households will rise by 20 percent from July."
    )
    with transaction.atomic():
        claim_services.enqueue_suggestions([claim.pk])
    wait_until(
        ClaimMatch.objects.filter(claim=claim, prior_fact_check=prior).exists,
        timeout=60,
        what="the worker to suggest the Polish fact-check",
    )
    assert TextVector.objects.filter(claim=claim).exists()


@pytest.mark.worker
def test_beat_sweep_gives_missing_and_stale_claims_a_vector_through_a_real_worker(
    require_postgres, celery_worker_process, settings
):
    from factcheck.celery import app

    entry = settings.CELERY_BEAT_SCHEDULE["embed-missing-vectors"]
    assert entry["task"] == "claims.search.tasks.embed_missing" and entry["schedule"] > 0
    # created outside the services, as by a restore or while the worker was down: no vector
    missing = Claim.objects.create(text="Unemployment in Poland fell to 2.8 percent in March.")
    outdated = Claim.objects.create(text="The airport handled 9 million passengers in 2019.")
    TextVector.objects.create(
        claim=outdated, model_name="an older model", text_hash="x", vector=b"\0" * 1536
    )
    assert app.send_task(entry["task"]).get(timeout=120) == 2
    for claim in (missing, outdated):
        stored = TextVector.objects.get(claim=claim)
        assert stored.text_hash != "x" and len(bytes(stored.vector)) == 384 * 4
        assert bytes(stored.sparse)
    assert app.send_task(entry["task"]).get(timeout=60) == 0  # idempotent
