from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError as DjangoValidationError
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims import policies
from claims.models import Article, Claim, RatingLabel, content_hash
from sources.models import Evidence, Source
from sources.uploads import KINDS


class RatingLabelSerializer(serializers.ModelSerializer):
    scale = serializers.SlugRelatedField(slug_field="slug", read_only=True)

    class Meta:
        model = RatingLabel
        fields = ["id", "scale", "slug", "name", "value", "colour", "description"]


class ArticleSerializer(serializers.ModelSerializer):
    imported_by = serializers.SlugRelatedField(slug_field="username", read_only=True)

    class Meta:
        model = Article
        fields = [
            "id",
            "title",
            "outlet",
            "url",
            "author",
            "published_on",
            "language",
            "body",
            "status",
            "content_hash",
            "imported_by",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["content_hash", "created_at", "updated_at"]

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        instance = Article(**{**self._current(), **attrs})
        instance.pk = self.instance.pk if self.instance is not None else None
        try:
            instance.full_clean(exclude=["content_hash", "imported_by"], validate_unique=False)
        except DjangoValidationError as exc:
            raise serializers.ValidationError(exc.message_dict) from exc
        clash = Article.objects.filter(content_hash=content_hash(instance.body)).exclude(
            pk=instance.pk
        )
        if clash.exists():
            raise serializers.ValidationError(
                {"body": [f"The same text is already article {clash.first().pk}."]}
            )
        return attrs

    def _current(self) -> dict[str, Any]:
        if self.instance is None:
            return {}
        return {
            f: getattr(self.instance, f)
            for f in (
                "title",
                "outlet",
                "url",
                "author",
                "published_on",
                "language",
                "body",
                "status",
            )
        }


class SourceSerializer(serializers.ModelSerializer):
    aliases = serializers.SlugRelatedField(slug_field="name", many=True, read_only=True)

    class Meta:
        model = Source
        fields = [
            "id",
            "name",
            "kind",
            "homepage",
            "reliability",
            "notes",
            "confidential",
            "aliases",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["created_at", "updated_at"]


class AttributionSerializer(serializers.Serializer):
    source = serializers.CharField(source="source.name")
    source_id = serializers.IntegerField()
    via = serializers.CharField(source="via.name", allow_null=True, default=None)
    cue = serializers.CharField()


class ClaimSerializer(serializers.ModelSerializer):
    verdict = RatingLabelSerializer(read_only=True)
    attributions = serializers.SerializerMethodField()
    text = serializers.CharField(
        required=False, help_text="Defaults to the article's text between start and end."
    )
    claimant = serializers.CharField(required=False, allow_blank=True, max_length=300)
    version = serializers.IntegerField(
        required=False, help_text="The version you loaded; a stale one gives 409 Conflict."
    )

    class Meta:
        model = Claim
        fields = [
            "id",
            "article",
            "start",
            "end",
            "text",
            "claimant",
            "claim_date",
            "appearance_url",
            "checkworthiness",
            "state",
            "assignee",
            "verdict",
            "rationale",
            "verdict_author",
            "reviewer",
            "approved_at",
            "published_at",
            "attributions",
            "version",
            "created_at",
            "updated_at",
        ]
        read_only_fields = [
            "state",
            "rationale",
            "verdict_author",
            "reviewer",
            "approved_at",
            "published_at",
            "created_at",
            "updated_at",
        ]

    @extend_schema_field(AttributionSerializer(many=True))
    def get_attributions(self, claim: Claim) -> list[dict[str, Any]]:
        return [
            {
                "source": a.source.name,
                "source_id": a.source_id,
                "via": a.via.name if a.via_id else None,
                "cue": a.cue,
            }
            for a in claim.attributions.all()
        ]

    def to_representation(self, claim: Claim) -> dict[str, Any]:
        """The claimant is redacted by claims.policies, as on every other surface."""
        data = super().to_representation(claim)
        request = self.context.get("request")
        if request is not None and data.get("claimant"):
            asked = self.context.get("include_confidential", False)
            data["claimant"] = policies.shown_claimant(
                claim,
                user=request.user if asked else None,
                secret=self.context.get("secret_names") or set(),
            )
        return data

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if (
            self.instance is not None
            and "article" in attrs
            and attrs["article"] != self.instance.article
        ):
            raise serializers.ValidationError(
                {"article": ["A claim cannot move to another article."]}
            )
        return attrs


class VersionSerializer(serializers.Serializer):
    version = serializers.IntegerField(required=False, help_text="The version you loaded.")


class TransitionSerializer(VersionSerializer):
    state = serializers.ChoiceField(
        choices=[
            Claim.State.PROPOSED,
            Claim.State.ACCEPTED,
            Claim.State.REJECTED,
            Claim.State.IN_RESEARCH,
        ]
    )


class DraftVerdictSerializer(VersionSerializer):
    verdict = serializers.PrimaryKeyRelatedField(queryset=RatingLabel.objects.all())
    rationale = serializers.CharField(allow_blank=True)


class SendBackSerializer(VersionSerializer):
    comment = serializers.CharField(allow_blank=True)


class EvidenceSerializer(serializers.ModelSerializer):
    grade = serializers.CharField(read_only=True)
    link_status = serializers.CharField(source="link.last_outcome", read_only=True, default="")
    added_by = serializers.SlugRelatedField(slug_field="username", read_only=True)
    file_url = serializers.SerializerMethodField(
        help_text="Where to download the uploaded file (same permissions as the evidence); "
        "null without a file."
    )

    class Meta:
        model = Evidence
        fields = [
            "id",
            "claim",
            "source",
            "url",
            "excerpt",
            "stance",
            "credibility",
            "confidential",
            "grade",
            "file_name",
            "file_sha256",
            "file_size",
            "file_url",
            "link_status",
            "added_by",
            "created_at",
        ]
        read_only_fields = ["file_name", "file_sha256", "file_size", "created_at"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        request = self.context.get("request")
        if request is not None:
            self.fields["source"].queryset = policies.visible_sources(
                Source.objects.all(), request.user
            )

    @extend_schema_field(OpenApiTypes.URI)
    def get_file_url(self, evidence: Evidence) -> str | None:
        """The API's download of the file, never its /media/ path: files leave only through the
        permission-checked download view. Confidential evidence is listed only to those who
        asked for it, so its link asks again."""
        if not evidence.file:
            return None
        url = reverse("api:evidence-file", args=[evidence.pk])
        if evidence.is_confidential:
            url += "?include_confidential=1"
        request = self.context.get("request")
        return request.build_absolute_uri(url) if request is not None else url

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if self.instance is not None and "claim" in attrs and attrs["claim"] != self.instance.claim:
            raise serializers.ValidationError({"claim": ["Evidence cannot move to another claim."]})
        url = attrs.get("url", self.instance.url if self.instance else "")
        excerpt = attrs.get("excerpt", self.instance.excerpt if self.instance else "")
        has_file = bool(attrs.get("file") or (self.instance and self.instance.file))
        if not (url or excerpt.strip() or has_file):
            raise serializers.ValidationError(
                {"non_field_errors": ["Evidence needs a URL, a file or an excerpt."]}
            )
        return attrs


class EvidenceUploadSerializer(EvidenceSerializer):
    """Evidence with its file, sent as multipart/form-data. The file is checked and stored by
    sources.services (type by extension and first bytes, size limit, SHA-256)."""

    file = serializers.FileField(
        write_only=True,
        required=False,
        allow_empty_file=False,
        use_url=False,
        help_text=f"The evidence file: {KINDS}; at most "
        f"{settings.FACTCHECK_MAX_UPLOAD_BYTES:,} bytes. Stored with its SHA-256.",
    )

    class Meta(EvidenceSerializer.Meta):
        fields = [*EvidenceSerializer.Meta.fields, "file"]
