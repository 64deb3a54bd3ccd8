"""The form renderer (settings.FORM_RENDERER): Django's own, with the common widgets written
as Python format strings instead of rendered through the widget templates.

A `<select>` through the template engine costs an include and a dozen variable lookups per
`<option>`: the dashboard's filter form (four selects, about 40 options) spent ~5 ms of
every request there, a fifth of the page. The output is byte for byte what Django's
templates produce (tests/test_form_rendering.py compares them for every widget handled
here), and anything unusual (option groups, a non-text label, a widget Django renders with
another template) goes to the templates as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.forms.renderers import DjangoTemplates
from django.utils.functional import Promise
from django.utils.html import conditional_escape, escape
from django.utils.safestring import SafeData

# Widget templates whose whole source is `{% include "django/forms/widgets/input.html" %}`.
INPUT_TEMPLATES = frozenset(
    f"django/forms/widgets/{name}.html"
    for name in (
        "input",
        "text",
        "email",
        "url",
        "number",
        "password",
        "hidden",
        "date",
        "datetime",
        "time",
        "search",
        "tel",
        "color",
        "checkbox",
    )
)
SELECT_TEMPLATE = "django/forms/widgets/select.html"
OPTION_TEMPLATE = "django/forms/widgets/select_option.html"
TEXTAREA_TEMPLATE = "django/forms/widgets/textarea.html"


class _Fallback(Exception):
    """A value the fast path does not format exactly as the template would."""


def _formatted(value: Any) -> str:
    """`{{ value|stringformat:'s' }}` under autoescaping."""
    if isinstance(value, SafeData):
        return str(value)
    return escape(str(value))


def _text(value: Any) -> str:
    """`{{ value }}` under autoescaping, for text (numbers and dates would be localised)."""
    if isinstance(value, str):
        return conditional_escape(value)
    if isinstance(value, Promise):
        return conditional_escape(str(value))
    raise _Fallback


def _attrs(attrs: dict[str, Any]) -> str:
    """django/forms/widgets/attrs.html."""
    parts = []
    for name, value in attrs.items():
        if value is False:
            continue
        parts.append(
            f" {_text(name)}" if value is True else f' {_text(name)}="{_formatted(value)}"'
        )
    return "".join(parts)


def _input(widget: dict[str, Any]) -> str:
    value = widget["value"]
    shown = "" if value is None else f' value="{_formatted(value)}"'
    return (
        f'<input type="{_text(widget["type"])}" name="{_text(widget["name"])}"{shown}'
        f"{_attrs(widget['attrs'])}>"
    )


def _select(widget: dict[str, Any]) -> str:
    parts = [f'<select name="{_text(widget["name"])}"{_attrs(widget["attrs"])}>']
    for group_name, options, _index in widget["optgroups"]:
        if group_name:
            raise _Fallback  # <optgroup>: rare, left to the template
        for option in options:
            if option["template_name"] != OPTION_TEMPLATE:
                raise _Fallback
            parts.append(
                f'\n  <option value="{_formatted(option["value"])}"{_attrs(option["attrs"])}>'
                f"{_text(option['label'])}</option>\n"
            )
    parts.append("\n</select>")
    return "".join(parts)


def _textarea(widget: dict[str, Any]) -> str:
    value = widget["value"]
    return (
        f'<textarea name="{_text(widget["name"])}"{_attrs(widget["attrs"])}>\n'
        f"{_text(value) if value else ''}</textarea>"
    )


_FAST: dict[str, Callable[[dict[str, Any]], str]] = {
    **dict.fromkeys(INPUT_TEMPLATES, _input),
    SELECT_TEMPLATE: _select,
    TEXTAREA_TEMPLATE: _textarea,
}


class WorkbenchFormRenderer(DjangoTemplates):
    """Django's default renderer; the widgets above skip the template engine."""

    def render(self, template_name: str, context: dict[str, Any], request: Any = None) -> str:
        fast = _FAST.get(template_name)
        widget = context.get("widget") if fast is not None else None
        if (
            fast is not None
            and isinstance(widget, dict)
            and widget.get("template_name") == template_name
        ):
            try:
                return fast(widget)
            except (_Fallback, KeyError):
                pass
        return super().render(template_name, context, request=request)
