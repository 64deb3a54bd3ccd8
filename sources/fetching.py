"""Download one page for an import (an article, another organisation's ClaimReview page)
through the link checker's SSRF-safe fetcher: the same address policy, redirect
re-validation, size cap and timeouts as link checks."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from claims.engine_messages import translated
from sources.linkcheck import fetch as safe_fetch
from sources.linkcheck import validate_url
from sources.models import outcome_label
from sources.services import linkcheck_config


@dataclass(frozen=True)
class Download:
    body: bytes
    content_type: str  # media type only, lowercased ("text/html")
    charset: str | None
    final_url: str

    def text(self) -> str:
        """The body decoded with the declared charset (UTF-8 when none or unknown)."""
        try:
            return self.body.decode(self.charset or "utf-8", errors="replace")
        except LookupError:
            return self.body.decode("utf-8", errors="replace")


def download(url: str, *, what: str = "This URL") -> Download:
    """Fetch ``url`` or raise ValidationError with a message meant for the person importing
    (`what`: "This URL" or "This page", as the message begins)."""
    config = linkcheck_config()
    problem = validate_url(url, config)
    if problem:
        message = (
            _("This page cannot be imported: %(problem)s.")
            if what == "This page"
            else _("This URL cannot be imported: %(problem)s.")
        )
        raise ValidationError(message % {"problem": translated(problem)})
    result = safe_fetch(url, config)
    if result.outcome not in {"ok", "redirected"} or not result.body:
        if result.error:
            reason = translated(result.error)
        else:
            reason = _("the server answered %(status)s") % {"status": result.status_code}
        raise ValidationError(
            _("Could not fetch %(url)s: %(outcome)s (%(reason)s).")
            % {"url": url, "outcome": outcome_label(result.outcome), "reason": reason}
        )
    header = result.content_type or "text/html"
    media_type = header.split(";")[0].strip().lower()
    charset = None
    if "charset=" in header:
        charset = header.split("charset=")[-1].split(";")[0].strip().strip('"') or None
    return Download(result.body, media_type, charset, result.final_url or url)
