"""The link checker's configuration from Django settings (LINKCHECK_*).

Its own module, importing nothing but the settings and the engine, so that `manage.py
check_url` can build it without loading models, the admin or Celery (factcheck.commands).
`sources.services.linkcheck_config` is this function."""

from __future__ import annotations

from typing import Any

from django.conf import settings

from sources.linkcheck import LinkCheckConfig


def linkcheck_config(**overrides: Any) -> LinkCheckConfig:
    """The engine's configuration from Django settings; `overrides` win (e.g. keep_body)."""
    values: dict[str, Any] = {
        "allowed_networks": tuple(settings.LINKCHECK_ALLOWED_NETWORKS),
        "max_bytes": settings.LINKCHECK_MAX_BYTES,
        "total_timeout": float(settings.LINKCHECK_TIMEOUT_SECONDS),
        "per_host": settings.LINKCHECK_PER_HOST,
        "user_agent": settings.LINKCHECK_USER_AGENT,
    }
    values.update(overrides)
    return LinkCheckConfig(**values)
