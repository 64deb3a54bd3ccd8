from __future__ import annotations

from typing import Any

import django_filters
from django.db.models import Exists, OuterRef, Prefetch, QuerySet
from django.utils.translation import gettext as _
from drf_spectacular.utils import (
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)
from rest_framework import mixins, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import PermissionDenied, ValidationError
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response

from claims import policies, services
from claims.api import serializers as s
from claims.filters import ClaimFilterSet
from claims.interchange import articles as importing
from claims.interchange import claimreview_export as claimreview
from claims.models import Article, Claim, RatingLabel
from factcheck.api import filters as api_filters
from factcheck.api.common import CONFIDENTIAL_PARAM, asks_confidential
from sources.models import Attribution


class ArticleFilter(api_filters.FilterSet):
    published_after = django_filters.DateFilter(field_name="published_on", lookup_expr="gte")
    published_before = django_filters.DateFilter(field_name="published_on", lookup_expr="lte")
    outlet = django_filters.CharFilter(lookup_expr="iexact")

    class Meta:
        model = Article
        fields = ["status", "language"]


class ArticleViewSet(viewsets.ModelViewSet):
    serializer_class = s.ArticleSerializer
    queryset = (
        Article.objects.select_related("imported_by")
        .annotate(has_claims=Exists(Claim.objects.filter(article=OuterRef("pk"))))
        .order_by("-created_at", "pk")
    )
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
            raise ValidationError(
                {"body": [_("The same text is already article %(id)s.") % {"id": article.pk}]}
            )
        serializer.instance = article

    def perform_update(self, serializer: s.ArticleSerializer) -> None:
        serializer.instance = services.update_article(
            article=serializer.instance, user=self.request.user, **serializer.validated_data
        )

    def perform_destroy(self, instance: Article) -> None:
        services.delete_article(article=instance, user=self.request.user)


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
        unknown = set(data) - set(services.NEW_CLAIM_FIELDS)
        if unknown:
            raise ValidationError({k: [_("Not settable on a new claim.")] for k in sorted(unknown)})
        serializer.instance = services.create_claim(user=self.request.user, **data)

    def perform_update(self, serializer: s.ClaimSerializer) -> None:
        data = dict(serializer.validated_data)
        version = data.pop("version", None)
        data.pop("article", None)
        unknown = set(data) - services.EDITABLE_FIELDS
        if unknown:
            raise ValidationError({k: [_("Not editable here.")] for k in sorted(unknown)})
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

    @extend_schema(request=s.ReopenSerializer, responses=s.ClaimSerializer)
    @action(detail=True, methods=["post"], permission_classes=[IsAuthenticated])
    def reopen(self, request: Request, pk: str) -> Response:
        """An editor reopens approved or published work, saying why; it goes back to research
        and needs a new approval."""
        data = self._payload(s.ReopenSerializer)
        claim = services.reopen_claim(
            claim=self.get_object(),
            user=request.user,
            reason=data["reason"],
            expected_version=data.get("version"),
        )
        return self._done(claim)

    @extend_schema(
        responses={200: OpenApiResponse(description="schema.org ClaimReview JSON-LD"), 404: None}
    )
    @action(detail=True, methods=["get"])
    def claimreview(self, request: Request, pk: str) -> Response:
        claim = self.get_object()
        if claim.state != Claim.State.PUBLISHED or claim.verdict_id is None:
            return Response({"detail": _("Only published claims have a ClaimReview.")}, status=404)
        policies.redact_claimants([claim])  # public output: the protected witness stays unnamed
        return Response(claimreview.claim_reviews([claim])[0])

    def _payload(self, serializer_class: type) -> dict[str, Any]:
        if not self.request.user.has_perm("claims.view_claim"):
            raise PermissionDenied(_("You may not see claims."))
        serializer = serializer_class(data=self.request.data, context=self.get_serializer_context())
        serializer.is_valid(raise_exception=True)
        return serializer.validated_data


class RatingLabelViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """The verdicts a claim can receive; draft-verdict takes one of these ids."""

    serializer_class = s.RatingLabelSerializer
    queryset = RatingLabel.objects.select_related("scale").order_by("scale_id", "position", "pk")
    filterset_fields = ["scale__slug", "value"]
