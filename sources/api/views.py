"""The REST API for evidence and sources; same permissions and confidentiality rules as the
pages (claims.policies), writes through sources.services."""

from __future__ import annotations

import django_filters
from django.db.models import QuerySet
from django.http.response import HttpResponseBase
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.parsers import MultiPartParser
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response

from claims import policies
from claims import services as claim_services
from factcheck.api import filters as api_filters
from factcheck.api.common import CONFIDENTIAL_PARAM, asks_confidential
from factcheck.api.parsers import DepthLimitedJSONParser
from sources import services as source_services
from sources.api import serializers as s
from sources.models import Attribution, Evidence, Source
from sources.views import evidence_file


class EvidenceFilter(api_filters.FilterSet):
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
        request=s.RecheckSerializer,
        responses={202: OpenApiResponse(description="Queued on the link-check queue.")},
    )
    @action(detail=True, methods=["post"], permission_classes=[IsAuthenticated])
    def recheck(self, request: Request, pk: str) -> Response:
        """Re-check the cited link now; with archive=true also keep a snapshot of the page
        even if it did not change. The result lands as a new check (see link_status)."""
        payload = s.RecheckSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        link = source_services.queue_link_check(
            evidence=self.get_object(), user=request.user, archive=payload.validated_data["archive"]
        )
        return Response(
            {"queued": True, "link": link.pk, "archive": payload.validated_data["archive"]},
            status=202,
        )

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


class SourceFilter(api_filters.FilterSet):
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


class AttributionFilter(api_filters.FilterSet):
    class Meta:
        model = Attribution
        fields = ["claim", "source", "via"]


@extend_schema_view(
    list=extend_schema(parameters=[CONFIDENTIAL_PARAM]),
    retrieve=extend_schema(parameters=[CONFIDENTIAL_PARAM]),
)
class AttributionViewSet(viewsets.ModelViewSet):
    """A claim's attributions: add, re-point (source, relay), correct the cue, remove; the
    same service and policy as the claim panel's forms."""

    serializer_class = s.ClaimAttributionSerializer
    filterset_class = AttributionFilter
    ordering_fields = ["created_at", "cue_start"]

    def get_queryset(self) -> QuerySet[Attribution]:
        qs = Attribution.objects.select_related("source", "via", "claim").order_by(
            "claim_id", "cue_start", "pk"
        )
        # Writes may reach what the writer may see; reads list confidential ones on request.
        include = self.request.method != "GET" or asks_confidential(self.request)
        return policies.visible_attributions(qs, self.request.user, include_confidential=include)

    @staticmethod
    def _fields(data: dict) -> tuple[int | None, dict]:
        data = dict(data)
        version = data.pop("version", None)
        data.pop("claim", None)
        return version, data

    def perform_create(self, serializer: s.ClaimAttributionSerializer) -> None:
        version, fields = self._fields(serializer.validated_data)
        serializer.instance = claim_services.add_attribution(
            claim=serializer.validated_data["claim"],
            user=self.request.user,
            expected_version=version,
            **fields,
        )

    def perform_update(self, serializer: s.ClaimAttributionSerializer) -> None:
        version, fields = self._fields(serializer.validated_data)
        serializer.instance = claim_services.update_attribution(
            attribution=serializer.instance,
            user=self.request.user,
            expected_version=version,
            **fields,
        )

    def perform_destroy(self, instance: Attribution) -> None:
        version = self.request.query_params.get("version", "")
        claim_services.delete_attribution(
            attribution=instance,
            user=self.request.user,
            expected_version=int(version) if version.isdigit() else None,
        )
