from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims import policies, services
from claims.models import Article, Claim, RatingLabel, content_hash


class RatingLabelSerializer(serializers.ModelSerializer):
    scale = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    label = serializers.CharField(
        source="display_name",
        read_only=True,
        help_text="The name in the request's language (Accept-Language), else the English `name`.",
    )

    class Meta:
        model = RatingLabel
        fields = ["id", "scale", "slug", "name", "label", "names", "value", "colour", "description"]
        read_only_fields = ["names"]


class ArticleSerializer(serializers.ModelSerializer):
    imported_by = serializers.SlugRelatedField(slug_field="username", read_only=True)
    language = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=12,
        help_text="ISO 639-1 code. On POST it skips detection; a PATCH corrects it and makes "
        "the untouched proposals again with that language's rules (claims a person worked on "
        "are kept). Empty: not known.",
    )

    language_rules = serializers.SerializerMethodField(
        help_text="Whether claims were proposed with this language's own rules (true) or the "
        "generic ones (false: a language we do not support, or none recognised; expect fewer "
        "proposals and no attributions)."
    )

    def get_language_rules(self, article: Article) -> bool:
        return policies.has_language_rules(article.language)

    empty_import_note = serializers.SerializerMethodField(
        help_text="Why the article has no claim at all (the import proposed none, and nobody "
        "made one), in the review page's words; empty when it has claims."
    )

    def get_empty_import_note(self, article: Article) -> str:
        has_claims = getattr(article, "has_claims", None)  # annotated by the list's queryset
        if has_claims is None:
            has_claims = article.claims.exists()
        return "" if has_claims else policies.no_proposals_note(article.language)

    def validate_language(self, value: str) -> str:
        value = value.strip().lower()
        problem = policies.language_problem(value)
        if problem:
            raise serializers.ValidationError(problem)
        return value

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
            "language_rules",
            "empty_import_note",
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
                {"body": [_("The same text is already article %(id)s.") % {"id": clash.first().pk}]}
            )
        return attrs

    def _current(self) -> dict[str, Any]:
        if self.instance is None:
            return {}
        return {f: getattr(self.instance, f) for f in services.ARTICLE_FIELDS}


class AttributionSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="Change or remove it at /api/attributions/{id}/.")
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
            "language",
            "chain_unverified",
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
            "language",
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
        """The attributions the caller may see (claims.policies), however the claim was
        loaded: the answer to an update is the claim as the service saved it."""
        request = self.context.get("request")
        user = request.user if request is not None else None
        asked = bool(self.context.get("include_confidential", False))
        return [
            {
                "id": a.pk,
                "source": a.source.name,
                "source_id": a.source_id,
                "via": a.via.name if a.via_id else None,
                "cue": a.cue,
            }
            for a in claim.attributions.all()
            if policies.attribution_visible_to(user, a, claim, include_confidential=asked)
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
                {"article": [_("A claim cannot move to another article.")]}
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


class ReopenSerializer(VersionSerializer):
    reason = serializers.CharField(allow_blank=True, help_text="Why the claim must change.")


class SendBackSerializer(VersionSerializer):
    comment = serializers.CharField(allow_blank=True)
