"""What both importers share: all-or-nothing failure with every problem listed, counts of
what was written, and reading a file or JSON text within the size and nesting limits."""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from claims import safe_json

MAX_ERRORS = 200


class ImportFailed(Exception):
    """The file was not imported; `errors` says why, one line per problem."""

    def __init__(self, errors: list[str]) -> None:
        self.errors = errors[:MAX_ERRORS]
        if len(errors) > MAX_ERRORS:
            self.errors.append(
                _("… and %(count)s more problems.") % {"count": len(errors) - MAX_ERRORS}
            )
        super().__init__(
            _("Nothing was imported:") + "\n" + "\n".join(f"- {e}" for e in self.errors)
        )


@dataclass
class ImportResult:
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, kind: str, n: int = 1) -> None:
        self.counts[kind] = self.counts.get(kind, 0) + n

    def __str__(self) -> str:
        return ", ".join(_count(kind, n) for kind, n in self.counts.items()) or _("nothing")


def import_summary(counts: dict[str, int]) -> str:
    """What a finished import wrote, in the active language (ImportJob.summary_text)."""
    return _("Imported %(result)s.") % {"result": ImportResult(dict(counts))}


def _count(kind: str, n: int) -> str:
    """ "2 prior fact-checks created", in the active language for the kinds a page shows
    (the JSON import's kinds are read in a terminal, in English)."""
    if kind == "prior fact-checks created":
        text = ngettext(
            "%(count)d prior fact-checks created", "%(count)d prior fact-checks created", n
        )
    elif kind == "prior fact-checks updated":
        text = ngettext(
            "%(count)d prior fact-checks updated", "%(count)d prior fact-checks updated", n
        )
    else:
        return f"{n} {kind}"
    return text % {"count": n}


def load_json_bytes(data: bytes | str, *, what: str = "JSON") -> Any:
    """Parse with a size cap, so a huge upload is refused before it fills memory."""
    limit = settings.FACTCHECK_MAX_IMPORT_BYTES
    if len(data) > limit:
        raise ImportFailed(
            [
                _("The file is %(size)s bytes; the limit is %(limit)s bytes.")
                % {
                    "size": number_format(len(data), force_grouping=True),
                    "limit": number_format(limit, force_grouping=True),
                }
            ]
        )
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ImportFailed(
                [
                    _("The file is not UTF-8 text (%(reason)s at byte %(byte)s).")
                    % {"reason": exc.reason, "byte": exc.start}
                ]
            ) from exc
    try:
        return safe_json.loads(data)
    except json.JSONDecodeError as exc:
        raise ImportFailed(
            [
                _("Malformed %(what)s: %(problem)s at line %(line)s, column %(column)s.")
                % {"what": what, "problem": exc.msg, "line": exc.lineno, "column": exc.colno}
            ]
        ) from exc
    except safe_json.NestedTooDeeply as exc:
        raise ImportFailed(
            [_("Malformed %(what)s: %(problem)s.") % {"what": what, "problem": exc}]
        ) from exc


def read_file(path: str) -> bytes:
    """Read a file for import, refusing one over the limit without reading it."""
    limit = settings.FACTCHECK_MAX_IMPORT_BYTES
    size = os.stat(path).st_size
    if size > limit:
        raise ImportFailed(
            [
                _("%(path)s is %(size)s bytes; the limit is %(limit)s bytes.")
                % {
                    "path": path,
                    "size": number_format(size, force_grouping=True),
                    "limit": number_format(limit, force_grouping=True),
                }
            ]
        )
    with open(path, "rb") as handle:
        return handle.read()


def nul_problems(value: Any, root: str = "") -> list[str]:
    """One line per string holding NUL, which the database cannot store."""
    return [
        _(
            "%(path)s: contains a NUL character (U+0000), which cannot be stored; remove it "
            "from the file"
        )
        % {"path": path or _("The file")}
        for path in safe_json.nul_paths(value, root)
    ]


def parse_date_text(value: str) -> dt.date | None:
    """An ISO date, or None when it is not one (never an exception)."""
    try:
        return parse_date(value)
    except ValueError:
        return None


def parse_datetime_text(value: str) -> dt.datetime | None:
    try:
        parsed = parse_datetime(value)
    except ValueError:
        return None
    return parsed if parsed is not None and parsed.tzinfo is not None else None
