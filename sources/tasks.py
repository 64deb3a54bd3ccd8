"""Celery tasks for link checks: thin wrappers around `sources.services`.

All run on the `linkcheck` queue (CELERY_TASK_ROUTES) with acks_late and
reject_on_worker_lost, so a worker that dies mid-check leaves the message to be redelivered;
the task id is stored with each LinkCheck, which makes the redelivery record nothing twice.
"""

from __future__ import annotations

from datetime import timedelta

from celery import shared_task
from django.conf import settings

from sources import selectors, services
from sources.models import Snapshot

# Each body may be up to LINKCHECK_MAX_BYTES while a batch runs; 25 x 5 MB bounds memory.
BATCH_SIZE = 25
_TASK_OPTIONS = {"bind": True, "acks_late": True, "reject_on_worker_lost": True}


@shared_task(**_TASK_OPTIONS)
def check_links(self, link_ids: list[int]) -> dict[str, str]:
    """Check these links together and record each result; returns link id -> outcome."""
    checks = services.run_link_checks(link_ids=link_ids, task_id=self.request.id or "")
    return {str(check.link_id): check.outcome for check in checks}


@shared_task(**_TASK_OPTIONS)
def archive_links(self, link_ids: list[int]) -> dict[str, str]:
    """Check these links and keep a snapshot of each live page, changed or not ("Archive now")."""
    checks = services.run_link_checks(
        link_ids=link_ids, task_id=self.request.id or "", archive=True
    )
    return {str(check.link_id): check.outcome for check in checks}


@shared_task(**_TASK_OPTIONS)
def check_article_links(self, article_id: int) -> dict[str, str]:
    """Check every link cited by an article's evidence in one batch."""
    link_ids = services.link_article_evidence(article_id=article_id)
    checks = services.run_link_checks(link_ids=link_ids, task_id=self.request.id or "")
    return {str(check.link_id): check.outcome for check in checks}


@shared_task(**_TASK_OPTIONS)
def recheck_stale_links(self) -> int:
    """Beat entry: enqueue checks, in batches, of links not checked for a while."""
    older_than = timedelta(hours=settings.LINKCHECK_RECHECK_AFTER_HOURS)
    ids = selectors.stale_link_ids(older_than=older_than)
    for start in range(0, len(ids), BATCH_SIZE):
        check_links.delay(ids[start : start + BATCH_SIZE])
    return len(ids)


@shared_task(**_TASK_OPTIONS)
def submit_to_wayback(self, snapshot_id: int) -> str:
    """Archive a snapshot's page with the Wayback Machine (only when WAYBACK_SAVE_ENABLED)."""
    snapshot = Snapshot.objects.select_related("link").filter(pk=snapshot_id).first()
    if snapshot is None or snapshot.wayback_url:
        return snapshot.wayback_url if snapshot else ""
    return services.submit_to_wayback(snapshot=snapshot)
