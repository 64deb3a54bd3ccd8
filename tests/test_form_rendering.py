"""The project's form renderer writes the common widgets without the template engine; the
HTML must be exactly what Django's own widget templates produce, for every kind of value."""

from __future__ import annotations

from pathlib import Path

import django.forms
import pytest
from django import forms
from django.conf import settings
from django.forms.renderers import DjangoTemplates, get_default_renderer
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy

from factcheck.form_rendering import INPUT_TEMPLATES, WorkbenchFormRenderer

TEMPLATES = Path(django.forms.__file__).parent / "templates"

TRICKY = ['a<b>"c"&d\'', "Ünïcödé ✓", "", "  spaced  ", "<script>alert(1)</script>"]


class Everything(forms.Form):
    text = forms.CharField(required=False, max_length=30, help_text="A <b>hint</b>")
    needed = forms.CharField(max_length=10)
    number = forms.IntegerField(required=False, min_value=0)
    email = forms.EmailField(required=False)
    url = forms.URLField(required=False, assume_scheme="https")
    day = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    secret = forms.CharField(required=False, widget=forms.PasswordInput(render_value=True))
    hidden = forms.CharField(required=False, widget=forms.HiddenInput)
    agree = forms.BooleanField(required=False)
    body = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}))
    state = forms.ChoiceField(
        required=False,
        choices=[("", "Any state"), ("a", "A & B"), ("b<", gettext_lazy("Lazy")), (3, "Three")],
    )
    many = forms.MultipleChoiceField(required=False, choices=[("x", "X"), ("y", "Y")])
    disabled = forms.CharField(required=False, disabled=True, initial="fixed")
    styled = forms.CharField(
        required=False, widget=forms.TextInput(attrs={"class": "wide", "autofocus": True})
    )


def _both(form: forms.Form) -> list[tuple[str, str, str]]:
    """(field name, Django's templates, ours) for every field of the form."""
    pairs = []
    for name in form.fields:
        form.renderer = DjangoTemplates()
        django_html = str(form[name])
        form.renderer = WorkbenchFormRenderer()
        pairs.append((name, django_html, str(form[name])))
    return pairs


@pytest.mark.parametrize(
    "data",
    [
        None,
        {},
        {"needed": "x" * 20, "number": "-3", "email": "no", "url": "javascript:x", "day": "bad"},
        *(
            {
                "text": value,
                "needed": value,
                "number": value,
                "email": value,
                "url": value,
                "day": value,
                "secret": value,
                "hidden": value,
                "agree": value or "on",
                "body": value,
                "state": value,
                "many": [value, "x"],
                "styled": value,
            }
            for value in TRICKY
        ),
        {"state": "a", "many": ["x", "y"], "agree": "on", "number": "7", "day": "2024-02-29"},
        {"state": "3"},
    ],
)
def test_every_widget_is_rendered_exactly_as_django_renders_it(data) -> None:
    if data is not None and "many" in data:
        from django.http import QueryDict

        query = QueryDict(mutable=True)
        for key, value in data.items():
            query.setlist(key, value if isinstance(value, list) else [value])
        data = query
    form = Everything(data)
    form.is_valid() if data is not None else None
    for name, expected, ours in _both(form):
        assert ours == expected, name


def test_initial_values_and_safe_strings_are_rendered_as_django_renders_them() -> None:
    form = Everything(
        initial={
            "text": mark_safe("<em>kept</em>"),
            "body": "line 1\n<line 2>",
            "state": "b<",
            "number": 42,
            "agree": True,
            "day": "2025-01-31",
        }
    )
    for name, expected, ours in _both(form):
        assert ours == expected, name


def test_option_groups_and_unusual_labels_still_go_through_the_templates() -> None:
    class Grouped(forms.Form):
        grouped = forms.ChoiceField(choices=[("Group <1>", [("a", "A")]), ("b", "B")])
        numbers = forms.ChoiceField(choices=[(1, 1000), (2, 2.5)])

    for name, expected, ours in _both(Grouped({"grouped": "a", "numbers": "1"})):
        assert ours == expected, name


def test_the_fast_path_matches_the_templates_it_replaces() -> None:
    """The input-based widgets handled in Python are exactly those whose template is only an
    include of input.html: a Django upgrade that changes one fails here, not on a page."""
    for name in INPUT_TEMPLATES - {"django/forms/widgets/input.html"}:
        source = (TEMPLATES / name).read_text().strip()
        assert source == '{% include "django/forms/widgets/input.html" %}', name


def test_the_project_uses_this_renderer() -> None:
    assert settings.FORM_RENDERER == "factcheck.form_rendering.WorkbenchFormRenderer"
    assert isinstance(get_default_renderer(), WorkbenchFormRenderer)
