"""The Celery application: configuration comes from Django settings (CELERY_* names)."""

import os
from typing import Any

from celery import Celery
from celery.signals import worker_process_init
from django.db import transaction

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")

app = Celery("factcheck")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_process_init.connect
def _warm_lookups(**_kwargs: Any) -> None:
    """Each worker process builds, in the background, what its first similar-claim lookup
    of a language would (claims.search.warmup): the claim tasks run those lookups."""
    from claims.search import warmup

    warmup.start()


@app.task(name="factcheck.ping")
def ping(value: str = "pong") -> str:
    """Round-trip probe used by health checks and the worker tests."""
    return value


def enqueue(task_name: str, *args: Any) -> None:
    """Queue a task by name once the current transaction commits.

    Services queue work through this instead of importing their `tasks` module, because the
    tasks import the services they wrap; each app's `ready()` imports its task modules, so
    every process (web, worker, eager tests) knows the tasks by name. `robust`: a broker
    hiccup must not undo the write that asked for the work (beat finds what was missed)."""
    transaction.on_commit(lambda: app.signature(task_name, args=args).delay(), robust=True)
