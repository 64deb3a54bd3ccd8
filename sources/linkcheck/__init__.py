"""Link checking and safe fetching for evidence URLs; plain Python, no Django.

Entry points for the rest of the project (Celery tasks, management commands, services):
`check_urls`/`check_urls_sync` for scheduled link checks, `fetch` for importing an article
by URL, `validate_url` for form validation, `quote_found` for the evidence quote check and
`main_text` for snapshots. All of them share one SSRF policy (see `safety`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from dataclasses import replace

from .config import LinkCheckConfig
from .engine import Checker, check_many
from .result import LinkResult, Outcome
from .safety import validate_url
from .text import fingerprint, main_text, quote_found

__all__ = [
    "Checker",
    "LinkCheckConfig",
    "LinkResult",
    "Outcome",
    "check_urls",
    "check_urls_sync",
    "fetch",
    "fingerprint",
    "main_text",
    "quote_found",
    "validate_url",
]


async def check_urls(urls: Iterable[str], config: LinkCheckConfig) -> list[LinkResult]:
    """Check URLs concurrently over one session; results in the order of `urls`."""
    return await check_many(list(urls), config)


def check_urls_sync(urls: Iterable[str], config: LinkCheckConfig) -> list[LinkResult]:
    """`check_urls` for synchronous callers (Celery tasks, management commands)."""
    return asyncio.run(check_urls(urls, config))


def fetch(url: str, config: LinkCheckConfig) -> LinkResult:
    """GET one URL keeping body and main text (article import, snapshots); same safety
    policy and limits as link checks. Synchronous: it runs its own event loop."""
    [result] = asyncio.run(check_many([url], replace(config, keep_body=True)))
    return result
