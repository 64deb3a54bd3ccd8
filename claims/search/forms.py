from __future__ import annotations

from typing import cast

from django import forms

from claims.models import Article, Claim, RatingLabel

KIND_CHOICES = [
    ("", "Everything"),
    ("claim", "Claims"),
    ("article", "Articles"),
    ("source", "Sources"),
    ("evidence", "Evidence"),
    ("prior", "Prior fact-checks"),
]


MODE_CHOICES = [
    ("keyword", "Keyword search"),
    ("similar", "Similar claims (any language)"),
]
KEYWORD_MAX = 300


class SearchForm(forms.Form):
    # a whole claim may be pasted in "similar" mode; keyword queries stay short (clean)
    q = forms.CharField(required=False, label="Search", max_length=2000)
    mode = forms.ChoiceField(required=False, choices=MODE_CHOICES)
    kind = forms.ChoiceField(required=False, choices=KIND_CHOICES)
    verdict = forms.ModelChoiceField(
        queryset=RatingLabel.objects.none(), required=False, empty_label="Any verdict"
    )
    state = forms.ChoiceField(required=False, choices=[("", "Any state"), *Claim.State.choices])
    outlet = forms.ChoiceField(required=False)
    date_from = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    page = forms.IntegerField(required=False, min_value=1, max_value=50)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        verdict = cast(forms.ModelChoiceField, self.fields["verdict"])
        verdict.queryset = RatingLabel.objects.order_by("scale", "position")
        outlets = Article.objects.exclude(outlet="").values_list("outlet", flat=True).distinct()
        outlet = cast(forms.ChoiceField, self.fields["outlet"])
        outlet.choices = [("", "Any outlet"), *((o, o) for o in sorted(outlets))]

    def clean(self):
        data = super().clean() or {}
        if data.get("mode") != "similar" and len(data.get("q") or "") > KEYWORD_MAX:
            self.add_error(
                "q",
                f"Keyword search takes up to {KEYWORD_MAX} characters; choose “Similar "
                "claims” to look up a whole claim.",
            )
        return data
