from django.contrib import admin
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from claims.models import Article, Claim, RatingLabel, RatingScale, ReviewComment
from sources.models import Attribution, Evidence


def verdict_badge(label: RatingLabel | None) -> str:
    if label is None:
        return "—"
    return format_html(
        '<span style="background:{};color:#fff;padding:1px 6px;border-radius:3px">{}</span>',
        label.colour,
        label.name,
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

    @admin.display(description="Colour")
    def badge(self, obj: RatingLabel) -> str:
        return verdict_badge(obj)


class ClaimInline(admin.TabularInline):
    model = Claim
    fields = ["start", "end", "text", "claimant", "state", "checkworthiness", "verdict", "assignee"]
    extra = 0
    show_change_link = True
    autocomplete_fields = ["assignee"]


@admin.register(Article)
class ArticleAdmin(SimpleHistoryAdmin):
    list_display = ["title", "outlet", "published_on", "status", "imported_by", "created_at"]
    list_filter = ["status", "language", "outlet"]
    search_fields = ["title", "outlet", "author", "url"]
    date_hierarchy = "created_at"
    readonly_fields = ["content_hash", "created_at", "updated_at"]
    inlines = [ClaimInline]


class AttributionInline(admin.TabularInline):
    model = Attribution
    fk_name = "claim"
    extra = 0
    autocomplete_fields = ["source", "via"]
    fields = ["source", "via", "cue", "cue_start", "cue_end"]


class EvidenceInline(admin.StackedInline):
    model = Evidence
    extra = 0
    autocomplete_fields = ["source"]
    fields = [
        ("url", "source"),
        "file",
        "excerpt",
        ("stance", "credibility", "confidential"),
        "file_sha256",
    ]
    readonly_fields = ["file_sha256"]


class ReviewCommentInline(admin.TabularInline):
    model = ReviewComment
    extra = 0
    readonly_fields = ["author", "created_at"]


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin):
    list_display = [
        "short_text",
        "claimant",
        "state",
        "verdict_colour",
        "checkworthiness",
        "assignee",
        "article",
    ]
    list_filter = ["state", "verdict", "assignee", "article__outlet"]
    search_fields = ["text", "claimant", "article__title"]
    list_select_related = ["verdict", "assignee", "article"]
    autocomplete_fields = ["article", "assignee", "verdict_author", "reviewer"]
    readonly_fields = ["version", "created_at", "updated_at", "checkworthiness_reasons"]
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
                ]
            },
        ),
        (
            "Workflow",
            {"fields": ["state", "assignee", "checkworthiness", "checkworthiness_reasons"]},
        ),
        (
            "Verdict",
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

    @admin.display(description="Claim")
    def short_text(self, obj: Claim) -> str:
        return obj.text[:90]

    @admin.display(description="Verdict", ordering="verdict__value")
    def verdict_colour(self, obj: Claim) -> str:
        return verdict_badge(obj.verdict)

    def save_model(self, request, obj: Claim, form, change: bool) -> None:
        if change:
            obj.version += 1
        super().save_model(request, obj, form, change)
