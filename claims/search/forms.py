from __future__ import annotations

from typing import cast

from django import forms
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from claims.forms import ISO_DATE
from claims.models import Article, Claim, RatingLabel

KIND_CHOICES = [
    ("", _("Everything")),
    ("claim", _("Claims")),
    ("article", _("Articles")),
    ("source", _("Sources")),
    ("evidence", _("Evidence")),
    ("prior", _("Prior fact-checks")),
]


MODE_CHOICES = [
    ("keyword", _("Keyword search")),
    ("similar", _("Similar claims (any language)")),
]
KEYWORD_MAX = 300
# The page sends its query in the URL (docs/search.md, "Bad input"): a longer claim is for
# the API or the command, which compare its first characters and say so.
SIMILAR_MAX = 2000


class SearchForm(forms.Form):
    # a whole claim may be pasted in "similar" mode; keyword queries stay short (clean)
    q = forms.CharField(required=False, label=_("Search"))
    mode = forms.ChoiceField(required=False, choices=MODE_CHOICES, label=_("Mode"))
    kind = forms.ChoiceField(required=False, choices=KIND_CHOICES, label=_("Kind"))
    verdict = forms.ModelChoiceField(
        queryset=RatingLabel.objects.none(),
        required=False,
        empty_label=_("Any verdict"),
        label=_("Verdict"),
    )
    state = forms.ChoiceField(
        required=False, choices=[("", _("Any state")), *Claim.State.choices], label=_("State")
    )
    outlet = forms.ChoiceField(required=False, label=_("Outlet"))
    date_from = forms.DateField(
        required=False,
        label=_("From"),
        widget=forms.DateInput(attrs={"type": "date"}, format=ISO_DATE),
    )
    date_to = forms.DateField(
        required=False,
        label=_("To"),
        widget=forms.DateInput(attrs={"type": "date"}, format=ISO_DATE),
    )
    page = forms.IntegerField(required=False, min_value=1, max_value=50, label=_("Page"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        verdict = cast(forms.ModelChoiceField, self.fields["verdict"])
        verdict.queryset = RatingLabel.objects.order_by("scale", "position")
        outlets = Article.objects.exclude(outlet="").values_list("outlet", flat=True).distinct()
        outlet = cast(forms.ChoiceField, self.fields["outlet"])
        outlet.choices = [("", _("Any outlet")), *((o, o) for o in sorted(outlets))]

    def clean(self):
        data = super().clean() or {}
        length = len(data.get("q") or "")
        if data.get("mode") != "similar" and length > KEYWORD_MAX:
            self.add_error(
                "q",
                _(
                    "Keyword search takes up to %(limit)d characters; choose “Similar claims” "
                    "to look up a whole claim."
                )
                % {"limit": KEYWORD_MAX},
            )
        elif length > SIMILAR_MAX:
            self.add_error(
                "q",
                _(
                    "A claim to look up takes up to %(limit)s characters here (this text has "
                    "%(length)s): paste the sentence or two that make the claim."
                )
                % {
                    "limit": number_format(SIMILAR_MAX, force_grouping=True),
                    "length": number_format(length, force_grouping=True),
                },
            )
        return data

    def problem(self) -> str:
        """Why the query was not run, in words (no field names): the search field's own
        message as it is, another field's with its label."""
        if self.is_bound and not self.is_valid():
            parts: list[str] = []
            for name, errors in self.errors.items():
                field = self.fields.get(name)
                prefix = f"{field.label}: " if field is not None and name != "q" else ""
                parts.extend(f"{prefix}{message}" for message in errors)
            return " ".join(parts)
        return ""
