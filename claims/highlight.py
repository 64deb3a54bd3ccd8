"""Cut the article body into paragraphs and claim-marked runs for the review page.

Offsets stay exact: each paragraph knows where it starts in the body, so the browser can map
a text selection back to body offsets (static/js/review.js)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from claims.models import Claim

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass
class Run:
    start: int
    text: str
    claim: Claim | None = None


class _Span(NamedTuple):
    start: int
    end: int
    claim: Claim


@dataclass
class Paragraph:
    start: int
    runs: list[Run] = field(default_factory=list)


def paragraphs(body: str, claims: Iterable[Claim]) -> list[Paragraph]:
    spans = sorted(
        (
            _Span(c.start, c.end, c)
            for c in claims
            if c.start is not None and c.end is not None and c.state != Claim.State.REJECTED
        ),
        key=lambda span: (span.start, span.end),
    )
    result: list[Paragraph] = []
    position = 0
    bounds: list[tuple[int, int]] = []
    for match in PARAGRAPH_BREAK.finditer(body):
        bounds.append((position, match.start()))
        position = match.end()
    bounds.append((position, len(body)))
    index = 0
    for p_start, p_end in bounds:
        if p_start >= p_end:
            continue
        paragraph = Paragraph(start=p_start)
        cursor = p_start
        # Skip claims that ended before this paragraph (overlaps are shown once).
        while index < len(spans) and spans[index].end <= p_start:
            index += 1
        j = index
        while j < len(spans) and spans[j].start < p_end:
            span = spans[j]
            c_start, c_end = max(span.start, cursor), min(span.end, p_end)
            if c_start < c_end:
                if cursor < c_start:
                    paragraph.runs.append(Run(cursor, body[cursor:c_start]))
                paragraph.runs.append(Run(c_start, body[c_start:c_end], span.claim))
                cursor = c_end
            j += 1
        if cursor < p_end:
            paragraph.runs.append(Run(cursor, body[cursor:p_end]))
        result.append(paragraph)
    return result
