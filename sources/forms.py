from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from sources.models import Evidence, Source


class EvidenceForm(forms.Form):
    url = forms.URLField(required=False, max_length=2048, label=_("URL"), assume_scheme="https")
    upload = forms.FileField(required=False, label=_("File (document, image, audio)"))
    excerpt = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        label=_("Quote or excerpt"),
        max_length=20000,
    )
    stance = forms.ChoiceField(
        choices=Evidence.Stance.choices, initial=Evidence.Stance.CONTEXT, label=_("Stance")
    )
    credibility = forms.TypedChoiceField(
        choices=Evidence.Credibility.choices,
        coerce=int,
        initial=Evidence.Credibility.CANNOT_JUDGE,
        label=_("Credibility (Admiralty 1–6)"),
    )
    source_name = forms.CharField(required=False, max_length=300, label=_("Source"))
    new_source_kind = forms.ChoiceField(
        required=False,
        choices=Source.Kind.choices,
        initial=Source.Kind.OTHER,
        label=_("Kind (new source)"),
    )
    new_source_reliability = forms.ChoiceField(
        required=False,
        choices=Source.Reliability.choices,
        initial=Source.Reliability.F,
        label=_("Reliability (new source)"),
    )
    confidential = forms.BooleanField(required=False, label=_("Confidential"))

    def clean(self):
        data = super().clean()
        if not (data.get("url") or data.get("upload") or (data.get("excerpt") or "").strip()):
            raise ValidationError(_("Give a URL, a file or an excerpt."))
        return data


class AliasForm(forms.Form):
    name = forms.CharField(max_length=300, label=_("Another name for this source"))
