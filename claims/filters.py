"""The one definition of how claims are filtered, shared by the dashboard, the API
(`/api/claims/?…`), bulk exports and search, as NetBox declares a list's filters once.

The source filter matches names and aliases of sources the user may see (claims.policies):
a confidential source can never be found by guessing its name."""

from __future__ import annotations

from typing import Any

import django_filters
from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from claims import policies
from claims.models import Article, Claim, RatingLabel
from factcheck.compiled import CompiledQuery
from sources.models import Source, normalise_name

# order_by(): with the model's ordering the DISTINCT was over (outlet, created_at), one row
# per article instead of one per outlet. Compiled once: every dashboard asks it.
_OUTLETS = CompiledQuery(
    lambda: Article.objects.exclude(outlet="").order_by().values_list("outlet").distinct()
)


def _outlets() -> list[tuple[str, str]]:
    return [(name, name) for name in sorted({name for (name,) in _OUTLETS.rows()})]


def _people(request: Any = None) -> QuerySet:
    users = get_user_model().objects
    assigned = Claim.objects.filter(assignee=OuterRef("pk"))
    return users.filter(Exists(assigned)).only("pk", "username").order_by("username")


class ClaimFilterSet(django_filters.FilterSet):
    # The choices print titles only: the default queryset loaded every article's body (the
    # dashboard's filter form read all of them on every page).
    article = django_filters.ModelChoiceFilter(
        queryset=Article.objects.only("pk", "title").order_by("-created_at"), label=_("Article")
    )
    q = django_filters.CharFilter(method="filter_text", label=_("Search"), max_length=300)
    state = django_filters.ChoiceFilter(
        choices=Claim.State.choices, empty_label=_("Any state"), label=_("State")
    )
    assignee = django_filters.ModelChoiceFilter(
        queryset=_people, empty_label=_("Anyone"), label=_("Assignee")
    )
    verdict = django_filters.ModelChoiceFilter(
        queryset=RatingLabel.objects.order_by("scale", "position"),
        to_field_name="slug",
        empty_label=_("Any verdict"),
        label=_("Verdict"),
    )
    outlet = django_filters.CharFilter(
        field_name="article__outlet", lookup_expr="iexact", label=_("Outlet")
    )
    source = django_filters.CharFilter(method="filter_source", label=_("Source"), max_length=300)
    date_from = django_filters.DateFilter(method="filter_date_from", label=_("From"))
    date_to = django_filters.DateFilter(method="filter_date_to", label=_("To"))

    class Meta:
        model = Claim
        fields = ["article", "q", "state", "assignee", "verdict", "outlet", "source"]

    def __init__(
        self,
        data: Any = None,
        queryset: QuerySet[Claim] | None = None,
        *,
        request: Any = None,
        user: AbstractBaseUser | AnonymousUser | None = None,
        prefix: str | None = None,
    ) -> None:
        super().__init__(data, queryset, request=request, prefix=prefix)
        self.user = user if user is not None else getattr(request, "user", None)
        # Any outlet's name is accepted (case-insensitive); pages offer the known ones.
        self.filters["outlet"].extra["widget"] = forms.Select(
            choices=[("", _("Any outlet")), *_outlets()]
        )

    def filter_text(self, qs: QuerySet[Claim], name: str, value: str) -> QuerySet[Claim]:
        """Words in the claim, its claimant or its article's title. A confidential claimant
        matches only for those who may see it."""
        if not value:
            return qs
        text = Q(text__icontains=value) | Q(article__title__icontains=value)
        claimant = Q(claimant__icontains=value)
        secret = policies.secret_names()
        if secret and not (self.user is not None and policies.can_see_confidential(self.user)):
            key = normalise_name(value)
            if any(key and key in name for name in secret):
                claimant &= _assigned_to(self.user)
        return qs.filter(text | claimant)

    def filter_source(self, qs: QuerySet[Claim], name: str, value: str) -> QuerySet[Claim]:
        """Claims attributed to, or with evidence from, a source whose name or alias contains
        the words, among the sources this user may see."""
        key = normalise_name(value)
        if not key:
            return qs
        visible = policies.visible_sources(Source.objects.all(), self.user or AnonymousUser())
        matching = visible.filter(
            Q(normalised_name__contains=key) | Q(aliases__normalised_name__contains=key)
        ).values("pk")
        return qs.filter(
            Q(attributions__source__in=matching) | Q(evidence__source__in=matching)
        ).distinct()

    def filter_date_from(self, qs: QuerySet[Claim], name: str, value: Any) -> QuerySet[Claim]:
        """The article's publication date; for a claim outside any article, when it was added."""
        return qs.filter(
            Q(article__published_on__gte=value)
            | Q(article__isnull=True, created_at__date__gte=value)
        )

    def filter_date_to(self, qs: QuerySet[Claim], name: str, value: Any) -> QuerySet[Claim]:
        return qs.filter(
            Q(article__published_on__lte=value)
            | Q(article__isnull=True, created_at__date__lte=value)
        )


def _assigned_to(user: AbstractBaseUser | AnonymousUser | None) -> Q:
    if user is None or not user.is_authenticated:
        return Q(pk__in=[])
    return Q(assignee=user)


def filter_claims(
    data: dict[str, Any],
    *,
    user: AbstractBaseUser | AnonymousUser | None,
    queryset: QuerySet[Claim] | None = None,
) -> tuple[QuerySet[Claim], ClaimFilterSet]:
    """Apply the filters for a page: a bad value is reported by the filter set's form and
    left out, the valid ones still filter. (The API answers 400 for a bad value instead.)"""
    filterset = ClaimFilterSet(data or None, queryset=queryset, user=user)
    return filterset.qs, filterset
