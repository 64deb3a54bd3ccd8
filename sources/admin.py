from typing import Any

from django import forms
from django.contrib import admin
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from claims import policies
from claims import services as claim_services
from claims.policies import Action, DeskAction
from factcheck.admin_history import VisibleHistoryAdmin
from sources import services
from sources.models import Attribution, Evidence, Link, LinkCheck, Snapshot, Source, SourceAlias


class UserAwareForm(forms.ModelForm):
    """An admin form that knows who is saving, so that it can ask the same policy the
    services enforce and show a refusal as a form error instead of a 500."""

    user: Any = None


def _with_user(form_class: type[UserAwareForm], request: HttpRequest) -> type[UserAwareForm]:
    return type(form_class.__name__, (form_class,), {"user": request.user})


class SourceAliasForm(UserAwareForm):
    """An alias row asks what sources.services.add_alias / remove_alias would refuse (the
    desk's right to link or unlink, a name that is already another source) as a form
    error; SourceAdmin.save_formset then saves through those services."""

    class Meta:
        model = SourceAlias
        fields = ["name"]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if cleaned.get("DELETE"):
            if self.instance.pk:
                refusal = policies.desk_refusal(self.user, DeskAction.UNLINK_ALIAS)
                if refusal:
                    raise forms.ValidationError(refusal)
        elif self.has_changed() and cleaned.get("name"):
            refusal = policies.desk_refusal(self.user, DeskAction.LINK_ALIAS)
            if refusal is None:
                # a new source (no row yet) may not take another source's name either
                source = self.instance.source if self.instance.source_id else Source(name="")
                refusal = services.alias_problem(
                    source=source, name=cleaned["name"], user=self.user
                )
            if refusal:
                raise forms.ValidationError(refusal)
        return cleaned


class SourceAliasInline(admin.TabularInline):
    model = SourceAlias
    form = SourceAliasForm
    extra = 1

    def get_formset(self, request: HttpRequest, obj: Source | None = None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.form = _with_user(formset.form, request)
        return formset


class SourceAdminForm(UserAwareForm):
    class Meta:
        model = Source
        fields = ["name", "kind", "homepage", "reliability", "notes", "confidential"]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        action = DeskAction.EDIT_SOURCE if self.instance.pk else DeskAction.CREATE_SOURCE
        confidential = bool(cleaned.get("confidential") or self.instance.confidential)
        refusal = services.source_refusal(self.user, action, confidential=confidential)
        if refusal:
            raise forms.ValidationError(refusal)
        return cleaned


@admin.register(Source)
class SourceAdmin(VisibleHistoryAdmin):
    """Sources through sources.services (one name, one source; confidential ones for
    editors only); confidential sources are listed only to those who may see them."""

    form = SourceAdminForm
    list_display = ["name", "kind", "reliability", "confidential", "homepage"]
    list_filter = ["kind", "reliability", "confidential"]
    search_fields = ["name", "aliases__name", "notes"]
    inlines = [SourceAliasInline]

    def get_queryset(self, request: HttpRequest):
        return policies.visible_sources(super().get_queryset(request), request.user)

    def get_form(self, request: HttpRequest, obj: Source | None = None, **kwargs):
        return _with_user(super().get_form(request, obj, **kwargs), request)

    def save_model(self, request: HttpRequest, obj: Source, form, change: bool) -> None:
        data = {
            name: form.cleaned_data[name]
            for name in services.SOURCE_FIELDS
            if name in form.cleaned_data
        }
        if change:
            changed = {name: data[name] for name in form.changed_data if name in data}
            saved = services.update_source(source=obj, user=request.user, **changed)
        else:
            saved = services.create_source(user=request.user, **data)
        obj.pk = saved.pk
        obj.refresh_from_db()

    def save_formset(self, request: HttpRequest, form, formset, change: bool) -> None:
        """Alias rows through sources.services (history, the one-name rule), as on the
        sources page; a renamed alias is the old name unlinked and the new one linked."""
        if formset.model is not SourceAlias:
            return super().save_formset(request, form, formset, change)
        source = form.instance
        # what formset.save() would have noted, for the admin's change message
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        for row in formset.forms:
            deleted = row in formset.deleted_forms
            if not row.has_changed() or (row.instance.pk is None and deleted):
                continue
            if row.instance.pk is not None:
                stored = SourceAlias.objects.get(pk=row.instance.pk)
                services.remove_alias(alias=stored, user=request.user)
                formset.deleted_objects.append(stored)
            if not deleted:
                alias = services.add_alias(
                    source=source, user=request.user, name=row.cleaned_data["name"]
                )
                formset.new_objects.append(alias)
        return None

    def delete_model(self, request: HttpRequest, obj: Source) -> None:
        services.delete_source(source=obj, user=request.user)

    def delete_queryset(self, request: HttpRequest, queryset) -> None:
        for source in queryset:
            services.delete_source(source=source, user=request.user)


class AttributionAdminForm(UserAwareForm):
    """Refuses what claims.services would refuse (locked claim, confidential source or relay,
    no permission) as a form error; saving goes through the services."""

    class Meta:
        model = Attribution
        fields = ["claim", "source", "via", "cue"]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        claim = self.instance.claim if self.instance.pk else cleaned.get("claim")
        if claim is not None and self.user is not None:
            action = Action.CHANGE_ATTRIBUTION if self.instance.pk else Action.ADD_ATTRIBUTION
            involved = [cleaned.get("source"), cleaned.get("via")]
            if self.instance.pk:
                stored = Attribution.objects.select_related("source", "via").get(
                    pk=self.instance.pk
                )
                involved += [stored.source, stored.via]
            refusal = policies.attribution_refusal(self.user, claim, action, sources=involved)
            if refusal:
                raise forms.ValidationError(refusal)
        return cleaned


@admin.register(Attribution)
class AttributionAdmin(VisibleHistoryAdmin):
    """Attributions through claims.services, like the claim panel and the API."""

    form = AttributionAdminForm
    list_display = ["source", "via", "cue", "claim"]
    list_filter = ["source__kind"]
    search_fields = ["source__name", "via__name", "cue", "claim__text"]
    autocomplete_fields = ["claim", "source", "via"]
    list_select_related = ["source", "via", "claim"]

    def get_queryset(self, request: HttpRequest):
        return policies.visible_attributions(super().get_queryset(request), request.user)

    def get_form(self, request: HttpRequest, obj: Attribution | None = None, **kwargs):
        return _with_user(super().get_form(request, obj, **kwargs), request)

    def get_readonly_fields(self, request: HttpRequest, obj: Attribution | None = None):
        return ["claim"] if obj is not None else []  # an attribution stays with its claim

    def save_model(self, request: HttpRequest, obj: Attribution, form, change: bool) -> None:
        data = form.cleaned_data
        fields = {name: data.get(name) for name in ("source", "via", "cue")}
        if change:
            stored = Attribution.objects.get(pk=obj.pk)
            saved = claim_services.update_attribution(
                attribution=stored, user=request.user, **fields
            )
        else:
            saved = claim_services.add_attribution(claim=data["claim"], user=request.user, **fields)
        obj.pk = saved.pk
        obj.refresh_from_db()

    def has_delete_permission(self, request: HttpRequest, obj: Attribution | None = None) -> bool:
        if obj is not None and policies.attribution_refusal(
            request.user, obj.claim, Action.DELETE_ATTRIBUTION, sources=[obj.source, obj.via]
        ):
            return False
        return super().has_delete_permission(request, obj)

    def delete_model(self, request: HttpRequest, obj: Attribution) -> None:
        claim_services.delete_attribution(attribution=obj, user=request.user)

    def delete_queryset(self, request: HttpRequest, queryset) -> None:
        for attribution in queryset:
            claim_services.delete_attribution(attribution=attribution, user=request.user)


class EvidenceAdminForm(UserAwareForm):
    """Refuses in the form what `sources.services` would refuse on save (who may, file
    type, size, URL), with the services' own checks, so the admin shows an error instead
    of a 500 and nothing is written."""

    class Meta:
        model = Evidence
        fields = [
            "claim",
            "source",
            "url",
            "file",
            "excerpt",
            "stance",
            "credibility",
            "confidential",
        ]
        widgets = {"file": forms.FileInput}  # no "clear": the services never drop a file

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        claim = self.instance.claim if self.instance.pk else cleaned.get("claim")
        if claim is not None:
            source = cleaned.get("source")
            confidential = bool(
                cleaned.get("confidential")
                or self.instance.confidential
                or (source is not None and source.confidential)
            )
            action = Action.CHANGE_EVIDENCE if self.instance.pk else Action.ADD_EVIDENCE
            refusal = services.evidence_refusal(self.user, claim, action, confidential=confidential)
            if refusal:
                raise forms.ValidationError(refusal)
        upload = cleaned.get("file")
        if "file" in self.changed_data and upload:
            services.validate_upload(upload)  # size and type, as on save
        if "url" in self.changed_data and cleaned.get("url"):
            cleaned["url"] = services.clean_url(cleaned["url"])
        return cleaned


@admin.register(Evidence)
class EvidenceAdmin(VisibleHistoryAdmin):
    """Evidence is written by `sources.services` only, here as from every other entrance:
    the upload is type-checked, hashed and size-limited, the URL linked and checked."""

    form = EvidenceAdminForm
    list_display = ["__str__", "stance", "grade", "claim", "link_status", "added_by", "created_at"]
    list_filter = ["stance", "credibility", "confidential", "link__last_outcome"]
    search_fields = ["url", "excerpt", "claim__text", "source__name"]
    autocomplete_fields = ["claim", "source"]
    readonly_fields = [
        "file_name",
        "file_sha256",
        "file_size",
        "link",
        "added_by",
        "created_at",
        "updated_at",
    ]
    list_select_related = ["claim", "source", "link", "added_by"]

    def get_queryset(self, request: HttpRequest):
        return policies.visible_evidence(super().get_queryset(request), request.user)

    def get_form(self, request: HttpRequest, obj: Evidence | None = None, **kwargs):
        return _with_user(super().get_form(request, obj, **kwargs), request)

    def delete_model(self, request: HttpRequest, obj: Evidence) -> None:
        services.delete_evidence(evidence=obj, user=request.user)

    def delete_queryset(self, request: HttpRequest, queryset) -> None:
        for evidence in queryset:
            services.delete_evidence(evidence=evidence, user=request.user)

    def get_readonly_fields(self, request: HttpRequest, obj: Evidence | None = None) -> list[str]:
        # update_evidence keeps an item on its claim; moving it would be a new item.
        return [*self.readonly_fields, "claim"] if obj is not None else self.readonly_fields

    def save_model(self, request: HttpRequest, obj: Evidence, form, change: bool) -> None:
        data = form.cleaned_data
        upload = data.get("file") if "file" in form.changed_data else None
        if change:
            changes = {
                name: data[name]
                for name in form.changed_data
                if name in services.EVIDENCE_FIELDS and name in data
            }
            if upload:
                changes["upload"] = upload
            saved = services.update_evidence(evidence=obj, user=request.user, **changes)
        else:
            saved = services.add_evidence(
                claim=data["claim"],
                user=request.user,
                url=data.get("url", ""),
                upload=upload or None,
                excerpt=data.get("excerpt", ""),
                stance=data["stance"],
                credibility=data["credibility"],
                source=data.get("source"),
                confidential=data.get("confidential", False),
            )
        # The admin's log entry, message and redirect use `obj`: make it the saved row.
        obj.pk = saved.pk
        obj.refresh_from_db()

    @admin.display(description=_("Link"))
    def link_status(self, obj: Evidence) -> str:
        return obj.link.last_outcome if obj.link_id and obj.link.last_outcome else "—"


class CheckerRecordInline(admin.TabularInline):
    """Checks and snapshots are the link checker's records: shown, never added or edited."""

    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class LinkCheckInline(CheckerRecordInline):
    model = LinkCheck
    fields = ["checked_at", "outcome", "status_code", "final_url", "elapsed_ms", "error"]
    readonly_fields = fields


class SnapshotInline(CheckerRecordInline):
    model = Snapshot
    fields = ["captured_at", "sha256", "content_type", "raw"]
    readonly_fields = fields


class CheckerRecordAdmin(admin.ModelAdmin):
    """Links, checks and snapshots are made by `sources.services` (a Link when evidence cites
    a URL, checks and snapshots by the link checker); a hand-made one would be inconsistent
    (a Link for a URL already linked violates its unique hash, a check needs an outcome and
    a time). The admin shows them and may delete them, nothing else."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Link)
class LinkAdmin(CheckerRecordAdmin):
    list_display = ["url", "last_outcome", "last_status_code", "last_checked_at", "content_changed"]
    list_filter = ["last_outcome", "content_changed"]
    search_fields = ["url"]
    inlines = [LinkCheckInline, SnapshotInline]

    def get_queryset(self, request: HttpRequest):
        """A page cited only by confidential evidence is as secret as that evidence."""
        return policies.visible_links(super().get_queryset(request), request.user)


@admin.register(LinkCheck)
class LinkCheckAdmin(CheckerRecordAdmin):
    list_display = ["link", "outcome", "status_code", "elapsed_ms", "checked_at"]
    list_filter = ["outcome"]
    search_fields = ["link__url", "final_url"]
    list_select_related = ["link"]

    def get_queryset(self, request: HttpRequest):
        visible = policies.visible_links(Link.objects.all(), request.user)
        return super().get_queryset(request).filter(link__in=visible)


@admin.register(Snapshot)
class SnapshotAdmin(CheckerRecordAdmin):
    list_display = ["link", "captured_at", "sha256", "content_type"]
    search_fields = ["link__url", "text"]
    list_select_related = ["link"]

    def get_queryset(self, request: HttpRequest):
        visible = policies.visible_links(Link.objects.all(), request.user)
        return super().get_queryset(request).filter(link__in=visible)
