from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.auth.models import AbstractBaseUser
from django.http import HttpRequest
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from simple_history.template_utils import HistoricalRecordContextHelper

from claims import policies, services
from claims.forms import language_choices
from claims.interchange import articles as importing
from claims.models import Article, Claim, RatingLabel, RatingScale, ReviewComment
from factcheck.admin_history import VisibleHistoryAdmin
from sources.models import Attribution, Evidence


def verdict_badge(label: RatingLabel | None) -> str:
    if label is None:
        return "—"
    return format_html(
        '<span style="background:{};color:#fff;padding:1px 6px;border-radius:3px">{}</span>',
        label.colour,
        label.display_name,
    )


class RatingLabelInline(admin.TabularInline):
    model = RatingLabel
    extra = 0
    prepopulated_fields = {"slug": ("name",)}


@admin.register(RatingScale)
class RatingScaleAdmin(admin.ModelAdmin):
    list_display = ["name", "worst_value", "best_value", "is_default"]
    prepopulated_fields = {"slug": ("name",)}
    inlines = [RatingLabelInline]


@admin.register(RatingLabel)
class RatingLabelAdmin(admin.ModelAdmin):
    list_display = ["name", "badge", "value", "scale", "position"]
    list_filter = ["scale"]
    search_fields = ["name"]

    @admin.display(description=_("Colour"))
    def badge(self, obj: RatingLabel) -> str:
        return verdict_badge(obj)


class ClaimInline(admin.TabularInline):
    """The article's claims, to see at a glance; each is changed on its own page (or in the
    workbench), through claims.services."""

    model = Claim
    fields = ["start", "end", "text", "claimant", "language", "state", "verdict", "assignee"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request: HttpRequest, obj: Article | None = None) -> bool:
        return False


class ArticleAdminForm(forms.ModelForm):
    """The language is chosen from the list; a change goes through
    claims.services.change_article_language (via update_article), like the review page."""

    language = forms.ChoiceField(required=False, choices=language_choices)

    class Meta:
        model = Article
        fields = ["title", "outlet", "url", "author", "published_on", "language", "body", "status"]

    def clean_language(self) -> str:
        code = self.cleaned_data["language"]
        problem = policies.language_problem(code)
        if problem:
            raise forms.ValidationError(problem)
        return code


@admin.register(Article)
class ArticleAdmin(VisibleHistoryAdmin):
    """Adding an article runs the same import as the paste form; changes go through
    claims.services.update_article (the body stays once claims point into it; a new
    language makes the untouched proposals again)."""

    form = ArticleAdminForm
    list_display = [
        "title",
        "outlet",
        "language",
        "published_on",
        "status",
        "imported_by",
        "created_at",
    ]
    list_filter = ["status", "language", "outlet"]
    search_fields = ["title", "outlet", "author", "url"]
    date_hierarchy = "created_at"
    readonly_fields = ["content_hash", "imported_by", "created_at", "updated_at"]
    inlines = [ClaimInline]

    def save_model(self, request: HttpRequest, obj: Article, form, change: bool) -> None:
        fields = {name: form.cleaned_data[name] for name in form.changed_data}
        if change:
            form.instance = services.update_article(article=obj, user=request.user, **fields)
            return
        body = fields.pop("body", obj.body)
        article, _created = importing.import_article(user=request.user, body=body, metadata=fields)
        form.instance = obj = article
        obj.pk = article.pk

    def delete_model(self, request: HttpRequest, obj: Article) -> None:
        services.delete_article(article=obj, user=request.user)

    def delete_queryset(self, request: HttpRequest, queryset) -> None:
        for article in queryset:
            services.delete_article(article=article, user=request.user)


class AttributionFormSet(forms.BaseInlineFormSet):
    """Asks the policy the attribution services enforce, row by row, so a refusal (locked
    claim, confidential source, no permission) is an error on the page and nothing is saved."""

    user: AbstractBaseUser | None = None

    def clean(self) -> None:
        super().clean()
        claim = self.instance
        if self.user is None or claim.pk is None:
            return
        for form in self.forms:
            if not form.has_changed() and not self._should_delete_form(form):
                continue
            stored = form.instance if form.instance.pk else None
            if self._should_delete_form(form):
                action = policies.Action.DELETE_ATTRIBUTION
            else:
                action = (
                    policies.Action.CHANGE_ATTRIBUTION
                    if stored
                    else policies.Action.ADD_ATTRIBUTION
                )
            involved = [form.cleaned_data.get("source"), form.cleaned_data.get("via")]
            if stored is not None:
                original = Attribution.objects.select_related("source", "via").get(pk=stored.pk)
                involved += [original.source, original.via]
            refusal = policies.attribution_refusal(self.user, claim, action, sources=involved)
            if refusal:
                raise forms.ValidationError(refusal)


class AttributionInline(admin.TabularInline):
    """Attributions are written by claims.services (see ClaimAdmin.save_formset)."""

    model = Attribution
    formset = AttributionFormSet
    fk_name = "claim"
    extra = 0
    autocomplete_fields = ["source", "via"]
    fields = ["source", "via", "cue", "cue_start", "cue_end"]
    readonly_fields = ["cue_start", "cue_end"]  # set by detection, from the article's text

    def get_queryset(self, request: HttpRequest):
        """Only the attributions `request.user` may see (their sources and relays): the
        Attribution admin's rule. A hidden row is not in the formset, so it is kept."""
        return policies.visible_attributions(super().get_queryset(request), request.user)

    def get_formset(self, request: HttpRequest, obj: Claim | None = None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.user = request.user
        return formset


class EvidenceInline(admin.TabularInline):
    """Evidence is listed here and changed on its own admin page, which stores files
    through sources.services (type check, size limit, SHA-256)."""

    model = Evidence
    extra = 0
    can_delete = False
    show_change_link = True
    fields = ["url", "source", "excerpt", "stance", "credibility", "confidential", "file_sha256"]
    readonly_fields = fields

    def get_queryset(self, request: HttpRequest):
        """Only the evidence `request.user` may see: the Evidence admin's rule."""
        return policies.visible_evidence(super().get_queryset(request), request.user)

    def has_add_permission(self, request: HttpRequest, obj: Claim | None = None) -> bool:
        return False


class ReviewCommentInline(admin.TabularInline):
    model = ReviewComment
    extra = 0
    readonly_fields = ["author", "created_at"]


class ClaimAdminForm(forms.ModelForm):
    """Asks claims.policies (and the services' span rule) before anything is saved, so a
    refusal is a form error on the page, never a half-saved claim."""

    class Meta:
        model = Claim
        fields = [name for name in services.NEW_CLAIM_FIELDS if name != "checkworthiness"]

    user: AbstractBaseUser | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The protected witness's name is shown as on every other surface ("Confidential
        # source"); sent back unchanged, it is no change (policies.claimant_change_wanted).
        if self._claimant_hidden():
            self.initial["claimant"] = str(_(policies.CONFIDENTIAL_CLAIMANT))

    def _claimant_hidden(self) -> bool:
        claim = self.instance
        if self.user is None or claim.pk is None or "claimant" not in self.fields:
            return False
        return policies.claimant_hidden_on_each(self.user)(claim)

    def clean(self) -> dict:
        data = super().clean()
        claim, user = self.instance, self.user
        if user is None:
            return data
        if claim.pk is None:
            refusal = policies.desk_refusal(user, policies.DeskAction.CREATE_CLAIM)
        else:
            changed = set(self.changed_data)
            refusal = None
            if "claimant" in changed and self._claimant_hidden():
                refusal = str(policies.CONFIDENTIAL_CLAIMANT_REFUSAL)
            if not refusal and changed - {"assignee"}:
                refusal = policies.refusal(user, claim, policies.Action.EDIT)
            if not refusal and "assignee" in changed:
                refusal = policies.refusal(user, claim, policies.Action.ASSIGN)
        if refusal:
            raise forms.ValidationError(refusal)
        article, start, end = data.get("article"), data.get("start"), data.get("end")
        if article is not None and start is not None and end is not None:
            problem = services.span_problem(
                article, start, end, exclude=[claim.pk] if claim.pk else []
            )
            if problem:
                raise forms.ValidationError(problem)
        return data


class _ClaimHistoryHelper(HistoricalRecordContextHelper):
    def __init__(self, model: type[Claim], historical_record: Any, *, user: Any) -> None:
        super().__init__(model, historical_record)
        self.user = user

    def prepare_delta_change_value(self, change: Any, value: Any) -> Any:
        value = super().prepare_delta_change_value(change, value)
        if change.field == "claimant" and isinstance(value, str) and value:
            claim = self.record.instance
            return policies.shown_claimant_name(value, claim=claim, user=self.user)
        return value


@admin.register(Claim)
class ClaimAdmin(VisibleHistoryAdmin):
    """Claims' text, span and assignee through claims.services; state and verdict are
    read-only here: they move only through the workflow (draft, approve by a second editor,
    publish, reopen) in the workbench or the API."""

    form = ClaimAdminForm
    list_display = [
        "short_text",
        "claimant",
        "state",
        "verdict_colour",
        "checkworthiness",
        "language",
        "assignee",
        "article",
    ]
    list_filter = ["state", "verdict", "language", "assignee", "article__outlet"]
    search_fields = ["text", "article__title"]
    list_select_related = ["verdict", "assignee", "article"]
    autocomplete_fields = ["article", "assignee"]
    readonly_fields = [
        "state",
        "language",
        "checkworthiness",
        "checkworthiness_reasons",
        "verdict",
        "rationale",
        "verdict_author",
        "reviewer",
        "approved_at",
        "published_at",
        "version",
        "created_at",
        "updated_at",
    ]
    inlines = [AttributionInline, EvidenceInline, ReviewCommentInline]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "article",
                    ("start", "end"),
                    "text",
                    "claimant",
                    "claim_date",
                    "appearance_url",
                    "language",
                ]
            },
        ),
        (
            "Workflow (changed in the workbench)",
            {"fields": ["state", "assignee", "checkworthiness", "checkworthiness_reasons"]},
        ),
        (
            "Verdict (changed in the workbench)",
            {
                "fields": [
                    "verdict",
                    "rationale",
                    "verdict_author",
                    "reviewer",
                    "approved_at",
                    "published_at",
                ]
            },
        ),
        ("Record", {"fields": ["version", "created_at", "updated_at"]}),
    ]

    def get_form(self, request: HttpRequest, obj: Claim | None = None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.user = request.user
        return form

    def get_historical_record_context_helper(self, request: HttpRequest, historical_record):
        """The history list's changes name the protected witness as the workbench's claim
        history does (policies.shown_claimant_name), in every old and new claimant value."""
        return _ClaimHistoryHelper(self.model, historical_record, user=request.user)

    def get_list_display(self, request: HttpRequest) -> list:
        """The claimant column through claims.policies, for the user asking."""
        secret = policies.secret_names()

        @admin.display(description=_("Claimant"))
        def claimant(obj: Claim) -> str:
            return policies.shown_claimant(obj, user=request.user, secret=secret)

        return [claimant if name == "claimant" else name for name in self.list_display]

    @admin.display(description=_("Claim"))
    def short_text(self, obj: Claim) -> str:
        return obj.text[:90]

    @admin.display(description=_("Verdict"), ordering="verdict__value")
    def verdict_colour(self, obj: Claim) -> str:
        return verdict_badge(obj.verdict)

    def save_model(self, request: HttpRequest, obj: Claim, form, change: bool) -> None:
        data = form.cleaned_data
        if not change:
            form.instance = services.create_claim(
                user=request.user,
                article=data.get("article"),
                start=data.get("start"),
                end=data.get("end"),
                text=data.get("text", ""),
                claimant=data.get("claimant", ""),
                claim_date=data.get("claim_date"),
                appearance_url=data.get("appearance_url", ""),
                assignee=data.get("assignee"),
            )
            obj.pk = form.instance.pk
            return
        changes = {
            name: data[name] for name in form.changed_data if name in services.EDITABLE_FIELDS
        }
        if changes:
            stored = Claim.objects.get(pk=obj.pk)
            form.instance = services.update_claim(
                claim=stored, user=request.user, expected_version=stored.version, **changes
            )

    def save_formset(self, request: HttpRequest, form, formset, change: bool) -> None:
        if formset.model is not Attribution:
            return super().save_formset(request, form, formset, change)
        claim = form.instance
        # The admin's change message reads these three lists.
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        for row in formset.forms:
            stored = row.instance if row.instance.pk else None
            if stored is not None and formset._should_delete_form(row):
                services.delete_attribution(attribution=stored, user=request.user)
                formset.deleted_objects.append(stored)
            elif not row.has_changed() or formset._should_delete_form(row):
                continue
            else:
                fields = {name: row.cleaned_data.get(name) for name in ("source", "via", "cue")}
                if stored is None:
                    added = services.add_attribution(claim=claim, user=request.user, **fields)
                    formset.new_objects.append(added)
                else:
                    saved = services.update_attribution(
                        attribution=stored, user=request.user, **fields
                    )
                    formset.changed_objects.append((saved, row.changed_data))
        return None

    def delete_model(self, request: HttpRequest, obj: Claim) -> None:
        services.delete_claim(claim=obj, user=request.user)

    def delete_queryset(self, request: HttpRequest, queryset) -> None:
        for claim in queryset:
            services.delete_claim(claim=claim, user=request.user)

    def has_delete_permission(self, request: HttpRequest, obj: Claim | None = None) -> bool:
        if obj is not None and policies.refusal(request.user, obj, policies.Action.DELETE):
            return False
        return super().has_delete_permission(request, obj)
