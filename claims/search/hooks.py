"""Imported prior fact-checks get their vectors in the background.

ClaimReview imports write PriorFactChecks in claims.interchange (one transaction, possibly
thousands of rows); a post_save receiver collects their ids and, once that transaction
commits, queues `claims.search.tasks.embed_prior_fact_checks` in chunks, so the import
itself never waits for the model. Claims go through the one door instead:
claims.services.enqueue_suggestions (the suggestions task stores the vector first).
"""

from __future__ import annotations

import contextlib
import threading

from django.db import connection, transaction
from django.db.models.signals import post_save

from factcheck.celery import app

EMBED_PRIORS_TASK = "claims.search.tasks.embed_prior_fact_checks"
CHUNK = 500
_pending = threading.local()


def _flush() -> None:
    ids = sorted(getattr(_pending, "ids", set()))
    _pending.ids = set()
    for start in range(0, len(ids), CHUNK):
        # a broker hiccup must not fail the import; the embed_missing sweep catches up
        with contextlib.suppress(Exception):
            app.signature(EMBED_PRIORS_TASK, args=(ids[start : start + CHUNK],)).delay()


def _saved(sender, instance, created: bool, raw: bool = False, **kwargs) -> None:
    if raw:
        return
    pending = getattr(_pending, "ids", None)
    if pending is None:
        _pending.ids = pending = set()
    pending.add(instance.pk)
    # once per transaction (a rolled-back one dropped its callback: register again)
    if not any(entry[1] is _flush for entry in connection.run_on_commit):
        transaction.on_commit(_flush)


def connect() -> None:
    from claims.models import PriorFactCheck

    post_save.connect(_saved, sender=PriorFactCheck, dispatch_uid="search-embed-priors")
