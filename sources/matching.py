"""Recognise a source again by its name or an alias, so POLITICO is one source across
articles, evidence and imports. Creating one is `sources.services.create_source`.

Names arrive inflected in Russian and Ukrainian text ("по словам Ивана Петрова"): a mention
is also tried in its nominative form, and the import stores new sources under that form, so
"Ивана Петрова" and "Иван Петров" are one source. Transliterations (Lukashenko / Лукашенко /
Łukaszenka) are aliases an editor links (`sources.services.add_alias`)."""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable
from typing import Any

from sources.models import Source, SourceAlias, normalise_name

_QUALIFIER = re.compile(r"\s*[(,].*$", re.S)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Languages pymorphy3 has dictionaries for here; Belarusian and Polish rely on aliases.
_ANALYSED = ("ru", "uk")
_PERSON = frozenset({"Name", "Surn", "Patr"})


def _engine_nominative() -> Callable[[str, str], str] | None:
    """The engine's morphology (claims.extraction.morph.nominative), once it exists; until
    then pymorphy3 is asked here directly."""
    try:
        module = importlib.import_module("claims.extraction.morph")
    except ImportError:
        return None
    return getattr(module, "nominative", None)


_ENGINE_NOMINATIVE = _engine_nominative()


def nominative_name(name: str, language: str = "") -> str:
    """The name in the nominative case ("Ивана Петрова" -> "Иван Петров"), or the name as
    given when it cannot be told (no analyser for the language, Latin script, already
    nominative). Uses the engine's `claims.extraction.morph.nominative` when present."""
    if _ENGINE_NOMINATIVE is not None:
        return _ENGINE_NOMINATIVE(name, language) or name
    return _pymorphy_nominative(name, language)


@functools.cache
def _analyser(language: str) -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=language)


def _pymorphy_nominative(name: str, language: str) -> str:
    if not _CYRILLIC.search(name):
        return name
    if language not in _ANALYSED:
        if language:  # Belarusian, or another Cyrillic language without a dictionary
            return name
        language = "ru"  # undetected Cyrillic: Russian is the likeliest
    words = name.split()
    analyser = _analyser(language)
    parses = [analyser.parse(word) for word in words]
    if not parses or not parses[0]:
        return name
    run = _inflected_run(parses)
    for first in parses[0]:
        tag = first.tag
        if tag.case is None or ("NOUN" not in tag and "ADJF" not in tag):
            continue
        chosen = [_agreeing(parses[i], tag) for i in run]
        if any(p is None for p in chosen):
            continue
        if tag.case == "nomn":
            return name
        out = list(words)
        for i, parse in zip(run, chosen, strict=True):
            form = parse.inflect({"nomn"}) if parse is not None else None
            if form is None:
                return name
            out[i] = _same_case_pattern(words[i], form.word)
        return " ".join(out)
    return name


def _inflected_run(parses: list[list[Any]]) -> list[int]:
    """Which words change with the case: every part of a person's name; in other names the
    adjectives before the head noun and that noun ("Министерства внутренних дел" is
    "Министерство внутренних дел")."""
    if any(_PERSON & set(p.tag.grammemes) for p in parses[0]):
        run = []
        for i, options in enumerate(parses):
            if not any(_PERSON & set(p.tag.grammemes) for p in options):
                break
            run.append(i)
        return run
    run = []
    for i, options in enumerate(parses):
        run.append(i)
        has_noun_after = i + 1 < len(parses) and any("NOUN" in p.tag for p in parses[i + 1])
        if not (any("ADJF" in p.tag for p in options) and has_noun_after):
            break
    return run


def _agreeing(options: list[Any], tag: Any) -> Any:
    """The reading of a word in the same case and number (and gender, where both have one)."""
    for parse in options:
        other = parse.tag
        if other.case != tag.case or other.number != tag.number:
            continue
        if tag.gender and other.gender and tag.gender != other.gender and "ms-f" not in other:
            continue
        return parse
    return None


def _same_case_pattern(original: str, word: str) -> str:
    if original.isupper() and len(original) > 1:
        return word.upper()
    if original[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _lookup(key: str) -> Source | None:
    found = Source.objects.filter(normalised_name=key).first()
    if found is None:
        alias = SourceAlias.objects.select_related("source").filter(normalised_name=key).first()
        found = alias.source if alias else None
    return found


def match_source(name: str, language: str = "") -> Source | None:
    """The source of this name or alias, in the form given or its nominative form; else the
    one source whose name is this name plus a qualifier ("Aleh" is "Aleh (border guard)",
    "recorded phone call" is "Recorded phone call, May 2021"), so a re-report does not split
    one source in two. Two such sources: no match (the desk chooses)."""
    key = normalise_name(name)
    if not key:
        return None
    keys = [key]
    nominative = normalise_name(nominative_name(name, language))
    if nominative and nominative != key:
        keys.append(nominative)
    for candidate in keys:
        found = _lookup(candidate)
        if found is not None:
            return found
    for candidate in keys:
        qualified = [
            source
            for source in Source.objects.filter(normalised_name__startswith=f"{candidate} ")[:20]
            if normalise_name(_QUALIFIER.sub("", source.name)) == candidate
        ]
        if len(qualified) == 1:
            return qualified[0]
    return None


def known_names() -> dict[str, str]:
    """alias or name -> canonical name, for the extraction engine."""
    names = dict(Source.objects.values_list("name", "name"))
    names.update(SourceAlias.objects.values_list("name", "source__name"))
    return names
