"""Reads about links, checks and snapshots that are more than a one-liner."""

from __future__ import annotations

import difflib
import re
from datetime import timedelta
from itertools import zip_longest

from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from sources.linkcheck import quote_found
from sources.models import Evidence, Link, LinkCheck, Snapshot

DiffRow = tuple[str, str, str]
_TOKENS = re.compile(r"\s+|[^\s\w]|\w+", re.UNICODE)


def stale_link_ids(*, older_than: timedelta, limit: int | None = None) -> list[int]:
    """Links still cited by evidence that were never checked or not since `older_than`,
    never-checked first, then the longest unchecked."""
    cutoff = timezone.now() - older_than
    query = (
        Link.objects.filter(Exists(Evidence.objects.filter(link=OuterRef("pk"))))
        .filter(Q(last_checked_at__isnull=True) | Q(last_checked_at__lt=cutoff))
        .order_by(F("last_checked_at").asc(nulls_first=True), "pk")
        .values_list("pk", flat=True)
    )
    return list(query[:limit] if limit is not None else query)


def link_checks(link: Link, *, limit: int = 50) -> QuerySet[LinkCheck]:
    """A link's check history, newest first."""
    return link.checks.order_by("-checked_at", "-pk")[:limit]


def cited_and_latest(link: Link) -> tuple[Snapshot | None, Snapshot | None]:
    """The snapshot taken when the link was cited and the most recent one (None, None
    before the first successful fetch; the same object twice if the page never changed)."""
    snapshots = list(
        link.snapshots.order_by("captured_at", "pk").only(
            "pk", "captured_at", "text", "text_fingerprint", "sha256", "final_url", "link_id"
        )
    )
    if not snapshots:
        return None, None
    return snapshots[0], snapshots[-1]


def snapshot_diff(link: Link) -> list[DiffRow] | None:
    """The cited text against the latest text, line by line, for a side-by-side view:
    rows of (tag, old line, new line) with tag one of equal, replace, delete, insert.
    None when there is nothing to compare (fewer than two different snapshots)."""
    cited, latest = cited_and_latest(link)
    if cited is None or latest is None or cited.pk == latest.pk:
        return None
    old, new = cited.text.splitlines(), latest.text.splitlines()
    rows: list[DiffRow] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            rows.extend(("equal", line, line) for line in old[i1:i2])
            continue
        for before, after in zip_longest(old[i1:i2], new[j1:j2], fillvalue=None):
            if before is None:
                rows.append(("insert", "", after or ""))
            elif after is None:
                rows.append(("delete", before, ""))
            else:
                rows.append(("replace", before, after))
    return rows


def word_diff(old: str, new: str) -> tuple[SafeString, SafeString]:
    """Two changed lines as HTML, with the words and numbers that differ marked (<del> in the
    old line, <ins> in the new): "120" against "150" shows at a glance. Every piece is
    escaped."""
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    before: list[str] = []
    after: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        left, right = escape("".join(a[i1:i2])), escape("".join(b[j1:j2]))
        if tag == "equal":
            before.append(left)
            after.append(right)
            continue
        if left:
            before.append(f"<del>{left}</del>")
        if right:
            after.append(f"<ins>{right}</ins>")
    return mark_safe("".join(before)), mark_safe("".join(after))  # escaped just above


def marked_diff(rows: list[DiffRow]) -> list[tuple[str, SafeString, SafeString]]:
    """`snapshot_diff` rows for display: replaced lines with their changes marked inside."""
    marked: list[tuple[str, SafeString, SafeString]] = []
    for tag, old, new in rows:
        if tag == "replace":
            marked.append((tag, *word_diff(old, new)))
        else:
            marked.append((tag, escape(old), escape(new)))  # escape() returns SafeString
    return marked


def quotes_gone(latest: Snapshot | None, evidence: list[Evidence]) -> list[Evidence]:
    """Evidence whose quoted excerpt is no longer in the page's latest version."""
    if latest is None or not latest.text:
        return []
    return [
        item
        for item in evidence
        if item.excerpt.strip() and not quote_found(item.excerpt, latest.text)
    ]
