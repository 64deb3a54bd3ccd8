from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from claims.extraction import SUPPORTED_LANGUAGES
from claims.models import RatingLabel
from claims.policies import language_name

# <input type="date"> takes ISO dates whatever the interface language (Django would write the
# value in the locale's first input format, 01.12.2026 in Russian, which the browser drops).
ISO_DATE = "%Y-%m-%d"


def language_choices() -> list[tuple[str, str]]:
    """The languages with rules first, then every other ISO 639-1 language Django knows."""
    from django.conf.locale import LANG_INFO

    supported = [(code, f"{language_name(code)} ({code})") for code in SUPPORTED_LANGUAGES]
    others = sorted(
        (
            (
                code,
                _("%(language)s (%(code)s): generic rules")
                % {"language": language_name(code), "code": code},
            )
            for code in LANG_INFO
            if len(code) == 2 and code not in SUPPORTED_LANGUAGES and "name" in LANG_INFO[code]
        ),
        key=lambda choice: choice[1],
    )
    return [*supported, ("", _("Not known: generic rules")), *others]


class ArticleLanguageForm(forms.Form):
    """The article's language as the desk corrects it (claims.services.change_article_language)."""

    language = forms.ChoiceField(required=False, label=_("Language of the article"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = language_choices()


class VersionedForm(forms.Form):
    """Carries the version the user loaded, for optimistic locking."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class ClaimEditForm(VersionedForm):
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), label=_("Claim as checked"))
    claimant = forms.CharField(required=False, max_length=300, label=_("Claimant"))
    claim_date = forms.DateField(
        required=False,
        label=_("Claim made on"),
        widget=forms.DateInput(attrs={"type": "date"}, format=ISO_DATE),
    )
    appearance_url = forms.URLField(
        required=False, max_length=2048, label=_("Where it appeared"), assume_scheme="https"
    )
    start = forms.IntegerField(
        required=False, min_value=0, label=pgettext_lazy("start of the claim in the text", "Start")
    )
    end = forms.IntegerField(
        required=False, min_value=1, label=pgettext_lazy("end of the claim in the text", "End")
    )


class ArticleMetadataForm(forms.Form):
    """What the desk knows about an article besides its text; every field may stay empty."""

    title = forms.CharField(required=False, max_length=500, label=_("Title"))
    outlet = forms.CharField(required=False, max_length=200, label=_("Outlet"))
    url = forms.URLField(
        required=False, max_length=2048, label=_("Original address"), assume_scheme="https"
    )
    author = forms.CharField(required=False, max_length=300, label=_("Author"))
    published_on = forms.DateField(
        required=False,
        label=_("Published on"),
        widget=forms.DateInput(attrs={"type": "date"}, format=ISO_DATE),
    )

    FIELDS = ("title", "outlet", "url", "author", "published_on")

    def metadata(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.FIELDS if self.cleaned_data[name]}


class VerdictForm(VersionedForm):
    verdict = forms.ModelChoiceField(queryset=RatingLabel.objects.none(), label=_("Verdict"))
    rationale = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 6}),
        label=_("Rationale (Markdown)"),
        max_length=20000,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["verdict"].queryset = RatingLabel.objects.filter(
            scale__is_default=True
        ).order_by("position")


class SendBackForm(VersionedForm):
    comment = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}), max_length=5000, label=_("Comment")
    )


class ReopenForm(VersionedForm):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}), max_length=2000, label=_("Reason")
    )


class AssignForm(VersionedForm):
    assignee = forms.ModelChoiceField(
        queryset=get_user_model().objects.none(),
        required=False,
        empty_label=_("Nobody"),
        label=_("Assignee"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = (
            get_user_model()
            .objects.filter(is_active=True, groups__name__in=["Fact-checkers", "Editors"])
            .distinct()
            .order_by("username")
        )


class ImportForm(forms.Form):
    """The article's text (pasted, a file or a URL to fetch) and, optionally, its details:
    given ones win over what the import finds in the text."""

    text = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 12}),
        label=_("Paste the article"),
        max_length=5 * 1024 * 1024,
    )
    upload = forms.FileField(
        required=False,
        label=_(
            "…or upload a file (.txt, .html, .md, .pdf, .docx, or a screenshot or scan: .png, .jpg, .webp)"
        ),
    )
    url = forms.URLField(
        required=False, label=_("…or give its URL"), max_length=2048, assume_scheme="https"
    )
    title = forms.CharField(required=False, max_length=500, label=_("Title"))
    outlet = forms.CharField(required=False, max_length=200, label=_("Outlet"))
    author = forms.CharField(required=False, max_length=300, label=_("Author"))
    published_on = forms.DateField(
        required=False,
        label=_("Published on"),
        widget=forms.DateInput(attrs={"type": "date"}, format=ISO_DATE),
    )
    original_url = forms.URLField(
        required=False,
        max_length=2048,
        label=_("Original address (for pasted text or a file)"),
        assume_scheme="https",
    )
    language = forms.ChoiceField(
        required=False, label=_("Language (leave it to detect it from the text)")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(code, name) for code, name in language_choices() if code]
        self.fields["language"].choices = [("", _("Detect from the text")), *choices]

    def metadata(self) -> dict:
        data = self.cleaned_data
        given = {
            f: data[f]
            for f in ("title", "outlet", "author", "published_on", "language")
            if data.get(f)
        }
        if data["original_url"]:
            given["url"] = data["original_url"]
        return given

    def clean(self):
        data = super().clean()
        given = [name for name in ("text", "upload", "url") if data.get(name)]
        if len(given) != 1:
            raise forms.ValidationError(_("Give exactly one of: pasted text, a file, or a URL."))
        return data


class PriorFactCheckFilterForm(forms.Form):
    q = forms.CharField(
        required=False,
        label=_("Search"),
        max_length=300,
        widget=forms.TextInput(
            attrs={"type": "search", "placeholder": _("claim, claimant, rating or author")}
        ),
    )
    author = forms.ChoiceField(required=False, label=_("Author organisation"))
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

    def __init__(self, *args, authors: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["author"].choices = [("", _("Any organisation")), *((a, a) for a in authors)]

    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            self.add_error("date_to", _("The end of the range is before its start."))
        return data


class ClaimReviewUploadForm(forms.Form):
    upload = forms.FileField(required=False, label=_("ClaimReview JSON-LD file or saved HTML page"))
    url = forms.URLField(
        required=False,
        label=_("…or the address of a published fact-check page"),
        assume_scheme="https",
        widget=forms.URLInput(attrs={"placeholder": "https://…"}),
    )

    def clean_upload(self):
        upload = self.cleaned_data["upload"]
        limit = settings.FACTCHECK_MAX_IMPORT_BYTES
        if upload and upload.size > limit:
            raise forms.ValidationError(
                _("The file is %(size)s bytes; the limit is %(limit)s bytes.")
                % {
                    "size": number_format(upload.size, force_grouping=True),
                    "limit": number_format(limit, force_grouping=True),
                }
            )
        return upload

    def clean(self):
        data = super().clean()
        if not self.errors and bool(data.get("upload")) == bool(data.get("url")):
            raise forms.ValidationError(_("Give either a file or a page address."))
        return data


class AttributionForm(VersionedForm):
    """Where a claim comes from, as the panel asks it: names are typed (a known name or
    alias is that source; a new name becomes a source of the chosen kind and grade)."""

    source_name = forms.CharField(max_length=300, label=_("Source"))
    source_kind = forms.ChoiceField(required=False, label=_("Kind (new source)"), choices=[])
    source_reliability = forms.ChoiceField(
        required=False, label=_("Reliability (new source)"), choices=[]
    )
    via_name = forms.CharField(required=False, max_length=300, label=_("Reached the article via"))
    cue = forms.CharField(required=False, max_length=300, label=_("Cue words"))

    def __init__(self, *args, **kwargs):
        from sources.models import Source

        super().__init__(*args, **kwargs)
        self.fields["source_kind"].choices = [("", _("— as known —")), *Source.Kind.choices]
        self.fields["source_reliability"].choices = [
            ("", _("— as known —")),
            *Source.Reliability.choices,
        ]
