"""Serializers for evidence and sources. They describe and shape; the rules (who may add
what, confidentiality, file checks) are in claims.policies and sources.services."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims import policies
from sources.models import Attribution, Evidence, Source
from sources.uploads import KINDS


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
            raise serializers.ValidationError(
                {"claim": [_("Evidence cannot move to another claim.")]}
            )
        url = attrs.get("url", self.instance.url if self.instance else "")
        excerpt = attrs.get("excerpt", self.instance.excerpt if self.instance else "")
        has_file = bool(attrs.get("file") or (self.instance and self.instance.file))
        if not (url or excerpt.strip() or has_file):
            raise serializers.ValidationError(
                {"non_field_errors": [_("Evidence needs a URL, a file or an excerpt.")]}
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
        f"{settings.FACTCHECK_MAX_UPLOAD_BYTES:,} bytes, audio and video "
        f"{settings.FACTCHECK_MEDIA_MAX_BYTES:,}. Stored with its SHA-256.",
    )

    class Meta(EvidenceSerializer.Meta):
        fields = [*EvidenceSerializer.Meta.fields, "file"]


class RecheckSerializer(serializers.Serializer):
    archive = serializers.BooleanField(
        default=False, help_text="Also keep a snapshot of the page, even if it did not change."
    )


class ClaimAttributionSerializer(serializers.ModelSerializer):
    """Where a claim comes from. Name the source by id (`source`, `via`) or by a typed name
    (`source_name`, `via_name`: a known name or alias, else a new source of `source_kind`
    and `source_reliability`); an empty `via_name` removes the relay. Written through
    claims.services (locked with the claim once approved, confidential sources for editors
    and the assignee only)."""

    source_name = serializers.CharField(
        write_only=True, required=False, allow_blank=True, max_length=300
    )
    source_kind = serializers.ChoiceField(
        write_only=True, required=False, allow_blank=True, choices=Source.Kind.choices
    )
    source_reliability = serializers.ChoiceField(
        write_only=True, required=False, allow_blank=True, choices=Source.Reliability.choices
    )
    via_name = serializers.CharField(
        write_only=True, required=False, allow_blank=True, max_length=300
    )
    version = serializers.IntegerField(
        write_only=True,
        required=False,
        help_text="The claim's version you loaded; a stale one gives 409 Conflict.",
    )

    class Meta:
        model = Attribution
        fields = [
            "id",
            "claim",
            "source",
            "via",
            "cue",
            "cue_start",
            "cue_end",
            "source_name",
            "source_kind",
            "source_reliability",
            "via_name",
            "version",
            "created_at",
        ]
        read_only_fields = ["cue_start", "cue_end", "created_at"]
        extra_kwargs = {
            "source": {"required": False},
            "cue": {"required": False},
        }
        validators: list = []  # the one-per-claim rule is the service's, in words

    def get_fields(self) -> dict[str, Any]:
        fields = super().get_fields()
        if self.instance is not None and not isinstance(self.instance, list | tuple):
            fields["claim"].read_only = True  # an attribution stays with its claim
        return fields

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        """A confidential source or relay named by id by someone who may not see it on this
        claim is answered as an id that names nothing: the service's refusal ("only editors
        and the claim's assignee...") told them which ids are confidential sources."""
        request = self.context.get("request")
        claim = attrs.get("claim") or getattr(self.instance, "claim", None)
        if request is None or claim is None or policies.can_see_confidential(request.user, claim):
            return attrs
        for name in ("source", "via"):
            source = attrs.get(name)
            if source is not None and source.confidential:
                message = self.fields[name].error_messages["does_not_exist"]
                raise serializers.ValidationError({name: [message.format(pk_value=source.pk)]})
        return attrs
