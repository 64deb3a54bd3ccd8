"""Recognise a source again by its name or an alias, so POLITICO is one source across
articles, evidence and imports. Creating one is `sources.services.create_source`."""

from __future__ import annotations

import re

from sources.models import Source, SourceAlias, normalise_name

_QUALIFIER = re.compile(r"\s*[(,].*$", re.S)


def match_source(name: str) -> Source | None:
    """The source of this name or alias; else the one source whose name is this name plus a
    qualifier ("Aleh" is "Aleh (border guard)", "recorded phone call" is "Recorded phone
    call, May 2021"), so a re-report does not split one source in two. Two such sources:
    no match (the desk chooses)."""
    key = normalise_name(name)
    if not key:
        return None
    found = Source.objects.filter(normalised_name=key).first()
    if found is None:
        alias = SourceAlias.objects.select_related("source").filter(normalised_name=key).first()
        found = alias.source if alias else None
    if found is None:
        qualified = [
            source
            for source in Source.objects.filter(normalised_name__startswith=f"{key} ")[:20]
            if normalise_name(_QUALIFIER.sub("", source.name)) == key
        ]
        found = qualified[0] if len(qualified) == 1 else None
    return found


def known_names() -> dict[str, str]:
    """alias or name -> canonical name, for the extraction engine."""
    names = dict(Source.objects.values_list("name", "name"))
    names.update(SourceAlias.objects.values_list("name", "source__name"))
    return names
