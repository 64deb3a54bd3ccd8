from __future__ import annotations

from typing import Any

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from newsroom.models import EmailChoice, Event


class PreferencesForm(forms.Form):
    """One row per event: in the app (yes/no) and by email (off / at once / daily)."""

    def __init__(self, *args: Any, current: dict[str, tuple[bool, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for event, label in Event.choices:
            in_app, email = current[event]
            self.fields[f"{event}_app"] = forms.BooleanField(
                required=False,
                initial=in_app,
                label=format_lazy(_("{event}: in the app"), event=label),
            )
            self.fields[f"{event}_email"] = forms.ChoiceField(
                choices=EmailChoice.choices,
                initial=email,
                label=format_lazy(_("{event}: by email"), event=label),
            )

    def rows(self) -> list[tuple[Any, forms.BoundField, forms.BoundField]]:
        return [(label, self[f"{e}_app"], self[f"{e}_email"]) for e, label in Event.choices]

    def choices(self) -> dict[str, tuple[bool, str]]:
        data = self.cleaned_data
        return {e: (data[f"{e}_app"], data[f"{e}_email"]) for e in Event.values}
