"""Recognise a source again by its name or an alias, so POLITICO is one source across
articles, evidence and imports."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied
from django.db import transaction

from sources.models import Source, SourceAlias, normalise_name


def match_source(name: str) -> Source | None:
    key = normalise_name(name)
    if not key:
        return None
    found = Source.objects.filter(normalised_name=key).first()
    if found is None:
        alias = SourceAlias.objects.select_related("source").filter(normalised_name=key).first()
        found = alias.source if alias else None
    return found


def known_names() -> dict[str, str]:
    """alias or name -> canonical name, for the extraction engine."""
    names = dict(Source.objects.values_list("name", "name"))
    names.update(SourceAlias.objects.values_list("name", "source__name"))
    return names


@transaction.atomic
def find_or_create_source(
    *,
    name: str,
    user: AbstractBaseUser | None,
    kind: str = Source.Kind.OTHER,
    reliability: str = Source.Reliability.F,
) -> Source:
    found = match_source(name)
    if found is not None:
        return found
    if user is not None and not user.has_perm("sources.add_source"):
        raise PermissionDenied("You may not create sources.")
    source = Source(name=" ".join(name.split()), kind=kind, reliability=reliability)
    source.full_clean()
    if user is not None:
        source._history_user = user
    source.save()
    return source
