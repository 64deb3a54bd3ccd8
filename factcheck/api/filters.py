"""How the API's list filters read an id (`/api/evidence/?source=<id>`): as a number that
narrows the rows this user may already see, never as a record to look up first.

django-filter's default for a foreign key validates the id against every row of the table
("Select a valid choice", 400) before filtering, so a confidential source's id answered an
empty 200 and an unused id a 400: whether the id exists leaked past the viewset's
confidentiality rules (claims.policies). An id is only checked for being a whole number;
any id the user may not see, or that names nothing, gives the same empty page."""

from __future__ import annotations

import django_filters
from django import forms
from django.db import models
from django_filters import rest_framework as drf_filters


class IdFilter(django_filters.NumberFilter):
    """A related row's id, as a whole number (a NumberFilter's decimal "5.5" would be
    truncated to 5 by the query)."""

    field_class = forms.IntegerField


class FilterSet(drf_filters.FilterSet):
    """The API's filter sets: every foreign key (declared in `Meta.fields` or a viewset's
    `filterset_fields`) is an `IdFilter`."""

    FILTER_DEFAULTS = {
        **drf_filters.FilterSet.FILTER_DEFAULTS,
        models.ForeignKey: {"filter_class": IdFilter},
        models.OneToOneField: {"filter_class": IdFilter},
    }


class FilterBackend(drf_filters.DjangoFilterBackend):
    """The filter backend of every API view (settings: DEFAULT_FILTER_BACKENDS), so a view
    that names only `filterset_fields` gets the same filter set."""

    filterset_base = FilterSet
