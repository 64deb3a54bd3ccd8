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
