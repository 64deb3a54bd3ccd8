"""The project package. The Celery app (factcheck.celery) is loaded by FactcheckConfig.ready()
in every Django process, and by `celery -A factcheck` (which finds factcheck.celery itself),
not on import of this package: reading the settings (factcheck.settings) must not cost the
0.2-0.35 s of importing Celery and kombu (`manage.py check_url`, factcheck.commands)."""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    """`factcheck.celery_app`, as Celery's Django guide names it, loaded on first use."""
    if name == "celery_app":
        from factcheck.celery import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
