from __future__ import annotations

from typing import Any

import django_filters
from django.db.models import Prefetch, QuerySet
from django.http.response import HttpResponseBase
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)
from rest_framework import mixins, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import PermissionDenied, ValidationError
from rest_framework.parsers import MultiPartParser
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response

from claims import importing, policies, services
from claims.api import serializers as s
from claims.api.parsers import DepthLimitedJSONParser
from claims.filters import ClaimFilterSet
from claims.models import Article, Claim, RatingLabel
from claims.reports import claimreview
from sources import services as source_services
from sources.models import Attribution, Evidence, Source
from sources.views import evidence_file

CONFIDENTIAL_PARAM = OpenApiParameter(
    "include_confidential",
    bool,
    description="Also return confidential sources and evidence "
    "(needs the view_confidential_source permission; ignored without it).",
)


def asks_confidential(request: Request) -> bool:
    """Confidential rows are left out unless asked for; claims.policies then decides, per
    claim, whether this user may see them (editors, the claim's assignee)."""
    return request.query_params.get("include_confidential") in {"1", "true", "True"}


class ArticleFilter(django_filters.FilterSet):
    published_after = django_filters.DateFilter(field_name="published_on", lookup_expr="gte")
    published_before = django_filters.DateFilter(field_name="published_on", lookup_expr="lte")
    outlet = django_filters.CharFilter(lookup_expr="iexact")

    class Meta:
        model = Article
        fields = ["status", "language"]


class ArticleViewSet(viewsets.ModelViewSet):
    serializer_class = s.ArticleSerializer
    queryset = Article.objects.select_related("imported_by").order_by("-created_at", "pk")
    filterset_class = ArticleFilter
    ordering_fields = ["created_at", "published_on", "title"]

    def perform_create(self, serializer: s.ArticleSerializer) -> None:
        """The same import as every other entrance: the body (kept as sent) is split and
        scored, and proposed claims with their attributions are stored with it."""
        data = dict(serializer.validated_data)
        body = data.pop("body")
        article, created = importing.import_article(
            user=self.request.user, body=body, metadata=data
        )
        if not created:
            raise ValidationError({"body": [f"The same text is already article {article.pk}."]})
        serializer.instance = article

    def perform_update(self, serializer: s.ArticleSerializer) -> None:
        serializer.instance = services.update_article(
            article=serializer.instance, user=self.request.user, **serializer.validated_data
        )

    def perform_destroy(self, instance: Article) -> None:
        services.delete_article(article=instance, user=self.request.user)


# What a new claim may carry through the API; everything else follows the workflow.
CREATE_FIELDS = {
    "article",
    "start",
    "end",
    "text",
    "claimant",
    "claim_date",
    "appearance_url",
    "checkworthiness",
    "assignee",
}


@extend_schema_view(
    list=extend_schema(parameters=[CONFIDENTIAL_PARAM]),
    retrieve=extend_schema(parameters=[CONFIDENTIAL_PARAM]),
)
class ClaimViewSet(viewsets.ModelViewSet):
    """Claims; verdicts move only through the workflow actions (draft-verdict, approve,
    send-back, publish), which apply the UI's rules, including that nobody approves their own."""

    serializer_class = s.ClaimSerializer
    filterset_class = ClaimFilterSet
    ordering_fields = ["created_at", "updated_at", "checkworthiness", "start"]

    def get_queryset(self) -> QuerySet[Claim]:
        attributions = policies.visible_attributions(
            Attribution.objects.select_related("source", "via"),
            self.request.user,
            include_confidential=asks_confidential(self.request),
        )
        return (
            Claim.objects.select_related("verdict__scale", "article")
            .prefetch_related(Prefetch("attributions", queryset=attributions))
            .order_by("article_id", "start", "pk")
        )

    def get_serializer_context(self) -> dict[str, Any]:
        context = super().get_serializer_context()
        if self.request is not None:
            context["secret_names"] = policies.secret_names()
            context["include_confidential"] = asks_confidential(self.request)
        return context

    def perform_create(self, serializer: s.ClaimSerializer) -> None:
        data = dict(serializer.validated_data)
        data.pop("version", None)
        unknown = set(data) - CREATE_FIELDS
        if unknown:
            raise ValidationError({k: ["Not settable on a new claim."] for k in sorted(unknown)})
        serializer.instance = services.create_claim(user=self.request.user, **data)

    def perform_update(self, serializer: s.ClaimSerializer) -> None:
        data = dict(serializer.validated_data)
        version = data.pop("version", None)
        data.pop("article", None)
        unknown = set(data) - services.EDITABLE_FIELDS
        if unknown:
            raise ValidationError({k: ["Not editable here."] for k in sorted(unknown)})
        serializer.instance = services.update_claim(
            claim=serializer.instance, user=self.request.user, expected_version=version, **data
        )

    def perform_destroy(self, instance: Claim) -> None:
        services.delete_claim(claim=instance, user=self.request.user)

    def _done(self, claim: Claim) -> Response:
        claim = self.get_queryset().get(pk=claim.pk)
        return Response(self.get_serializer(claim).data)

    @extend_schema(request=s.TransitionSerializer, responses=s.ClaimSerializer)
    @action(detail=True, methods=["post"], permission_classes=[IsAuthenticated])
    def transition(self, request: Request, pk: str) -> Response:
        """Accept, reject, reopen or start research."""
        data = self._payload(s.TransitionSerializer)
        claim = services.transition_claim(
            claim=self.get_object(),
            to_state=data["state"],
            user=request.user,
            expected_version=data.get("version"),
        )
        return self._done(claim)

    @extend_schema(request=s.DraftVerdictSerializer, responses=s.ClaimSerializer)
    @action(
        detail=True,
        methods=["post"],
        url_path="draft-verdict",
        permission_classes=[IsAuthenticated],
    )
    def draft_verdict(self, request: Request, pk: str) -> Response:
        data = self._payload(s.DraftVerdictSerializer)
        claim = services.draft_verdict(
            claim=self.get_object(),
            user=request.user,
            verdict=data["verdict"],
            rationale=data["rationale"],
            expected_version=data.get("version"),
        )
        return self._done(claim)

    @extend_schema(request=s.VersionSerializer, responses=s.ClaimSerializer)
    @action(detail=True, methods=["post"], permission_classes=[IsAuthenticated])
    def approve(self, request: Request, pk: str) -> Response:
        """An editor approves a verdict somebody else drafted."""
        data = self._payload(s.VersionSerializer)
        claim = services.approve_verdict(
            claim=self.get_object(), user=request.user, expected_version=data.get("version")
        )
        return self._done(claim)

    @extend_schema(request=s.SendBackSerializer, responses=s.ClaimSerializer)
    @action(
        detail=True, methods=["post"], url_path="send-back", permission_classes=[IsAuthenticated]
    )
    def send_back(self, request: Request, pk: str) -> Response:
        data = self._payload(s.SendBackSerializer)
        claim = services.send_back(
            claim=self.get_object(),
            user=request.user,
            comment=data["comment"],
            expected_version=data.get("version"),
        )
        return self._done(claim)

    @extend_schema(request=s.VersionSerializer, responses=s.ClaimSerializer)
    @action(detail=True, methods=["post"], permission_classes=[IsAuthenticated])
    def publish(self, request: Request, pk: str) -> Response:
        data = self._payload(s.VersionSerializer)
        claim = services.publish_claim(
            claim=self.get_object(), user=request.user, expected_version=data.get("version")
        )
        return self._done(claim)

    @extend_schema(
        responses={200: OpenApiResponse(description="schema.org ClaimReview JSON-LD"), 404: None}
    )
    @action(detail=True, methods=["get"])
    def claimreview(self, request: Request, pk: str) -> Response:
        claim = self.get_object()
        if claim.state != Claim.State.PUBLISHED or claim.verdict_id is None:
            return Response({"detail": "Only published claims have a ClaimReview."}, status=404)
        policies.redact_claimants([claim])  # public output: the protected witness stays unnamed
        base = request.build_absolute_uri("/").rstrip("/")
        return Response(claimreview.claim_reviews([claim], base_url=base)[0])

    def _payload(self, serializer_class: type) -> dict[str, Any]:
        if not self.request.user.has_perm("claims.view_claim"):
            raise PermissionDenied("You may not see claims.")
        serializer = serializer_class(data=self.request.data, context=self.get_serializer_context())
        serializer.is_valid(raise_exception=True)
        return serializer.validated_data


class EvidenceFilter(django_filters.FilterSet):
    class Meta:
        model = Evidence
        fields = ["claim", "source", "stance", "credibility"]


# JSON for the evidence's fields; multipart/form-data when a file comes with them.
EVIDENCE_REQUEST = {
    "application/json": s.EvidenceSerializer,
    "multipart/form-data": s.EvidenceUploadSerializer,
}


@extend_schema_view(
    list=extend_schema(parameters=[CONFIDENTIAL_PARAM]),
    retrieve=extend_schema(parameters=[CONFIDENTIAL_PARAM]),
    create=extend_schema(request=EVIDENCE_REQUEST, responses=s.EvidenceSerializer),
    update=extend_schema(request=EVIDENCE_REQUEST, responses=s.EvidenceSerializer),
    partial_update=extend_schema(request=EVIDENCE_REQUEST, responses=s.EvidenceSerializer),
)
class EvidenceViewSet(viewsets.ModelViewSet):
    """Evidence for a claim. Send JSON, or multipart/form-data with a `file` (checked, hashed
    and stored by sources.services, like an upload in the UI); download it from `file_url`."""

    filterset_class = EvidenceFilter
    ordering_fields = ["created_at", "credibility"]
    parser_classes = [DepthLimitedJSONParser, MultiPartParser]

    def get_serializer_class(self) -> type[s.EvidenceSerializer]:
        if self.request is not None and self.request.method in {"POST", "PUT", "PATCH"}:
            return s.EvidenceUploadSerializer
        return s.EvidenceSerializer

    def get_queryset(self) -> QuerySet[Evidence]:
        qs = Evidence.objects.select_related("source", "link", "added_by", "claim").order_by(
            "claim_id", "created_at", "pk"
        )
        return policies.visible_evidence(
            qs, self.request.user, include_confidential=asks_confidential(self.request)
        )

    def perform_create(self, serializer: s.EvidenceSerializer) -> None:
        data = serializer.validated_data
        serializer.instance = source_services.add_evidence(
            claim=data["claim"],
            user=self.request.user,
            url=data.get("url", ""),
            upload=data.get("file"),
            excerpt=data.get("excerpt", ""),
            stance=data.get("stance", Evidence.Stance.CONTEXT),
            credibility=data.get("credibility", Evidence.Credibility.CANNOT_JUDGE),
            source=data.get("source"),
            confidential=data.get("confidential", False),
        )

    def perform_update(self, serializer: s.EvidenceSerializer) -> None:
        changes = {k: v for k, v in serializer.validated_data.items() if k not in {"claim", "file"}}
        if serializer.validated_data.get("file") is not None:
            changes["upload"] = serializer.validated_data["file"]
        serializer.instance = source_services.update_evidence(
            evidence=serializer.instance, user=self.request.user, **changes
        )

    def perform_destroy(self, instance: Evidence) -> None:
        source_services.delete_evidence(evidence=instance, user=self.request.user)

    @extend_schema(
        parameters=[CONFIDENTIAL_PARAM],
        responses={
            (200, "*/*"): OpenApiResponse(
                OpenApiTypes.BINARY, description="The file, as an attachment."
            ),
            404: OpenApiResponse(description="No such evidence, no file, or not for you to see."),
        },
    )
    @action(detail=True, methods=["get"], url_path="file")
    def file(self, request: Request, pk: str) -> HttpResponseBase:
        """Download the evidence file through the UI's own download view, which checks the
        permission and confidentiality again and never lets a browser render the file."""
        evidence = self.get_object()
        return evidence_file(request._request, pk=evidence.pk)


class SourceFilter(django_filters.FilterSet):
    name = django_filters.CharFilter(lookup_expr="icontains")

    class Meta:
        model = Source
        fields = ["kind", "reliability"]


@extend_schema_view(
    list=extend_schema(parameters=[CONFIDENTIAL_PARAM]),
    retrieve=extend_schema(parameters=[CONFIDENTIAL_PARAM]),
)
class SourceViewSet(viewsets.ModelViewSet):
    serializer_class = s.SourceSerializer
    filterset_class = SourceFilter
    ordering_fields = ["name", "reliability", "created_at"]

    def get_queryset(self) -> QuerySet[Source]:
        qs = Source.objects.prefetch_related("aliases").order_by("name", "pk")
        if not asks_confidential(self.request):
            return qs.filter(confidential=False)
        return policies.visible_sources(qs, self.request.user)

    def perform_create(self, serializer: s.SourceSerializer) -> None:
        serializer.instance = source_services.create_source(
            user=self.request.user, **serializer.validated_data
        )

    def perform_update(self, serializer: s.SourceSerializer) -> None:
        serializer.instance = source_services.update_source(
            source=serializer.instance, user=self.request.user, **serializer.validated_data
        )

    def perform_destroy(self, instance: Source) -> None:
        source_services.delete_source(source=instance, user=self.request.user)


class RatingLabelViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """The verdicts a claim can receive; draft-verdict takes one of these ids."""

    serializer_class = s.RatingLabelSerializer
    queryset = RatingLabel.objects.select_related("scale").order_by("scale_id", "position", "pk")
    filterset_fields = ["scale__slug", "value"]
