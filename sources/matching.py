"""Recognise a source again by its name or an alias, so POLITICO is one source across
articles, evidence and imports. Creating one is `sources.services.create_source`."""

from __future__ import annotations

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
