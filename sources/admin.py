from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from sources.models import Attribution, Evidence, Link, LinkCheck, Snapshot, Source, SourceAlias


class SourceAliasInline(admin.TabularInline):
    model = SourceAlias
    extra = 1


@admin.register(Source)
class SourceAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "reliability", "confidential", "homepage"]
    list_filter = ["kind", "reliability", "confidential"]
    search_fields = ["name", "aliases__name", "notes"]
    inlines = [SourceAliasInline]


@admin.register(Attribution)
class AttributionAdmin(SimpleHistoryAdmin):
    list_display = ["source", "via", "cue", "claim"]
    list_filter = ["source__kind"]
    search_fields = ["source__name", "via__name", "cue", "claim__text"]
    autocomplete_fields = ["claim", "source", "via"]
    list_select_related = ["source", "via", "claim"]


@admin.register(Evidence)
class EvidenceAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "stance", "grade", "claim", "link_status", "added_by", "created_at"]
    list_filter = ["stance", "credibility", "confidential", "link__last_outcome"]
    search_fields = ["url", "excerpt", "claim__text", "source__name"]
    autocomplete_fields = ["claim", "source"]
    readonly_fields = ["file_sha256", "file_size", "link", "created_at", "updated_at"]
    list_select_related = ["claim", "source", "link", "added_by"]

    @admin.display(description="Link")
    def link_status(self, obj: Evidence) -> str:
        return obj.link.last_outcome if obj.link_id and obj.link.last_outcome else "—"


class LinkCheckInline(admin.TabularInline):
    model = LinkCheck
    extra = 0
    can_delete = False
    fields = ["checked_at", "outcome", "status_code", "final_url", "elapsed_ms", "error"]
    readonly_fields = fields


class SnapshotInline(admin.TabularInline):
    model = Snapshot
    extra = 0
    can_delete = False
    fields = ["captured_at", "sha256", "content_type", "raw"]
    readonly_fields = fields


@admin.register(Link)
class LinkAdmin(admin.ModelAdmin):
    list_display = ["url", "last_outcome", "last_status_code", "last_checked_at", "content_changed"]
    list_filter = ["last_outcome", "content_changed"]
    search_fields = ["url"]
    readonly_fields = ["url_hash", "created_at"]
    inlines = [LinkCheckInline, SnapshotInline]


@admin.register(LinkCheck)
class LinkCheckAdmin(admin.ModelAdmin):
    list_display = ["link", "outcome", "status_code", "elapsed_ms", "checked_at"]
    list_filter = ["outcome"]
    search_fields = ["link__url", "final_url"]
    list_select_related = ["link"]
    readonly_fields = [f.name for f in LinkCheck._meta.fields]


@admin.register(Snapshot)
class SnapshotAdmin(admin.ModelAdmin):
    list_display = ["link", "captured_at", "sha256", "content_type"]
    search_fields = ["link__url", "text"]
    list_select_related = ["link"]
    readonly_fields = [f.name for f in Snapshot._meta.fields]
