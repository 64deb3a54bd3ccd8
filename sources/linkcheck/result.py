"""The one vocabulary of link-check outcomes and the result record."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any


class Outcome(StrEnum):
    """What happened when a link was checked; stored as the plain string value."""

    OK = "ok"  # 2xx at the URL itself
    REDIRECTED = "redirected"  # 2xx after one or more redirects (final_url differs)
    BROKEN = "broken"  # 404/410, or another 4xx that is not about access
    SERVER_ERROR = "server_error"  # 5xx after the bounded retries
    FORBIDDEN = "forbidden"  # 401/403: login wall or bot wall, the page may be fine
    RATE_LIMITED = "rate_limited"  # 429 (or 503 + Retry-After) beyond what we wait for
    TIMEOUT = "timeout"  # connect, read or total deadline passed
    UNREACHABLE = "unreachable"  # DNS failure, connection refused/reset, TLS failure
    TOO_MANY_REDIRECTS = "too_many_redirects"  # more hops than allowed, or a loop
    SOFT_404 = "soft_404"  # 200 page whose title/text says "not found"
    BLOCKED = "blocked"  # refused by our SSRF policy; nothing was sent to that address
    INVALID = "invalid"  # malformed URL, unsupported scheme, too long

    @property
    def is_alive(self) -> bool:
        """The cited page is still there (possibly moved)."""
        return self in (Outcome.OK, Outcome.REDIRECTED)

    @property
    def is_dead(self) -> bool:
        """A reader following the citation cannot reach the page: gone, failing, not a
        usable address, or on a private network. Walls (forbidden, rate limited) are not
        dead: the page may be fine behind them."""
        return self in DEAD_OUTCOMES


DEAD_OUTCOMES = frozenset(
    {
        Outcome.BROKEN,
        Outcome.SERVER_ERROR,
        Outcome.TIMEOUT,
        Outcome.UNREACHABLE,
        Outcome.TOO_MANY_REDIRECTS,
        Outcome.SOFT_404,
        Outcome.INVALID,
        Outcome.BLOCKED,
    }
)


@dataclass(slots=True)
class LinkResult:
    """Everything learnt from checking one URL; `body`/`text` only when asked to keep them."""

    url: str
    outcome: Outcome
    status_code: int | None = None
    final_url: str | None = None
    redirects: list[dict[str, Any]] = field(default_factory=list)
    content_hash: str | None = None
    text_fingerprint: str | None = None
    content_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None
    text: str | None = None
    elapsed_ms: int = 0
    error: str | None = None
    checked_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    truncated: bool = False
    attempts: int = 0

    def to_json_dict(self) -> dict[str, Any]:
        """The compact, stable form used by the CLI and APIs."""
        return {
            "url": self.url,
            "outcome": self.outcome.value,
            "status_code": self.status_code,
            "final_url": self.final_url,
            "redirects": [dict(r) for r in self.redirects],
            "content_hash": self.content_hash,
            "elapsed_ms": self.elapsed_ms,
            "error": self.error,
        }
