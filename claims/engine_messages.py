"""Messages of the plain-Python engines (claims.extraction, sources.linkcheck, media's
fetch and probe), written in English and translated where Django shows them.

The engines cannot call Django's gettext, and must not translate when they raise (a
Celery worker has no reader). So a refusal is a :class:`Message`: a str whose value is the
English sentence, as ``str(exc)``, the CLI's ``--json`` and the logs always had it, that
also keeps its %-format ``template`` and ``params``. Templates are marked with
:func:`gettext_noop`, a no-op that xgettext (makemessages) extracts by name, so they land
in the app catalogues. :func:`translated` is the one place, at the Django boundary, that
turns a message (or an exception carrying one) into the reader's language: params that are
messages themselves (a reason from a table) are translated too, :class:`Number` params are
written with the language's separators, anything else (file names, URLs, hosts) is inserted
as it is. A worker that stores a refusal for pages to show later keeps :func:`to_json`
beside the English text, and the page translates :func:`from_json` of it. Importing this
module imports no Django.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def gettext_noop(message: str) -> str:
    """Mark an engine template for the catalogues; the English stays as it is."""
    return message


class Number:
    """A number in a message: English digits in ``str()``; localised by :func:`translated`."""

    __slots__ = ("decimals", "grouping", "value")

    def __init__(self, value: float, decimals: int | None = None, *, grouping: bool = False):
        self.value = value
        self.decimals = decimals
        self.grouping = grouping

    def __str__(self) -> str:
        spec = "," if self.grouping else ""
        if self.decimals is not None:
            spec += f".{self.decimals}f"
        elif isinstance(self.value, float):
            spec += "g"  # the shortest form: 10.0 -> "10", 2.5 -> "2.5"
        return format(self.value, spec)

    def __repr__(self) -> str:
        return f"Number({self.value!r}, {self.decimals!r}, grouping={self.grouping})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Number) and (self.value, self.decimals, self.grouping) == (
            other.value,
            other.decimals,
            other.grouping,
        )

    def __hash__(self) -> int:
        return hash((self.value, self.decimals, self.grouping))


class Message(str):
    """``template % params`` in English, remembering both for translation."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Message:
        text = template % params if params else template
        message = super().__new__(cls, text)
        message.template = template
        message.params = params
        return message

    def __reduce__(self) -> tuple:  # picklable (Celery results, multiprocessing)
        return (_rebuild, (self.template, self.params))


def _rebuild(template: str, params: dict[str, Any]) -> Message:
    return Message(template, **params)


class Refusal(ValueError):
    """Base of the engines' refusals: ``str(exc)`` is the English message; ``template`` and
    ``params`` are what :func:`translated` needs (``template`` is None when the message was
    built without one, and then ``str(exc)`` is shown)."""

    def __init__(self, message: str, /, **params: Any) -> None:
        if params:
            message = Message(message, **params)
        super().__init__(message)
        self.message = message

    @property
    def template(self) -> str | None:
        return getattr(self.message, "template", None)

    @property
    def params(self) -> dict[str, Any]:
        return getattr(self.message, "params", {})


def to_json(message: object) -> dict[str, Any] | None:
    """A message (or a refusal carrying one) as JSON, for a worker to store what a page
    translates later (:func:`from_json`); None for anything without a template."""
    template = getattr(message, "template", None)
    if template is None:
        return None
    params = getattr(message, "params", None) or {}
    return {"template": template, "params": {k: _json_param(v) for k, v in params.items()}}


def _json_param(value: object) -> object:
    if isinstance(value, Number):
        return {"number": value.value, "decimals": value.decimals, "grouping": value.grouping}
    nested = to_json(value)
    if nested is not None:
        return nested
    return value if isinstance(value, int | float) else str(value)


def from_json(data: Mapping[str, Any]) -> Message:
    """The message :func:`to_json` stored: the same English, the same template and params."""
    return Message(data["template"], **{k: _param_from_json(v) for k, v in data["params"].items()})


def _param_from_json(value: object) -> object:
    if isinstance(value, dict) and "number" in value:
        return Number(value["number"], value["decimals"], grouping=value["grouping"])
    if isinstance(value, dict) and "template" in value:
        return from_json(value)
    return value


def translated(message: object) -> str:
    """``message`` (a :class:`Message`, an exception carrying one, or anything else) in the
    active language. Needs Django; the engines never call it."""
    from django.utils.translation import gettext

    template = getattr(message, "template", None)
    params: Mapping[str, Any] = getattr(message, "params", None) or {}
    if template is None:
        return str(message)
    text = gettext(template)
    if not params:
        return text
    return text % {name: _param(value) for name, value in params.items()}


def _param(value: object) -> object:
    if isinstance(value, Number):
        from django.utils.formats import number_format

        number = value.value
        if value.decimals is None and isinstance(number, float) and number.is_integer():
            number = int(number)  # as str() writes it: "10", not "10,0"
        return number_format(number, value.decimals, use_l10n=True, force_grouping=value.grouping)
    if getattr(value, "template", None) is not None:
        return translated(value)
    return value
