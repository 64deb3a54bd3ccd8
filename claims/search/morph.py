"""Inflected forms for keyword search in ru/uk/be/pl (issue 14.6). Plain Python.

Slavic names and nouns change their endings ("Петров", "Петрова", "Петрову"; "szpital",
"szpitala", "szpitali"). PostgreSQL's `russian` configuration (the index's, see
vectors.py) stems Russian words and keeps English stemming for ASCII words, but it stems
"Петров" to `петр` and "Петрова" to `петров`, and it knows no Ukrainian, Belarusian or
Polish. So each query word is also searched as a *prefix*: the shorter of its index
lexeme and `stem(word)` below, a light ending stripper for the four languages. "Петров"
and "Петрова" both search `петр:*`; "szpitala" searches `szpital:*`. The SQLite fallback
searches the same stem as a substring.

Why the query side and not Python lemmas in the indexed text: the indexes are expression
indexes over the workflow's own columns (no stored text of ours to put lemmas into), and a
prefix over the stored surface forms finds the inflected forms just as well; the price is
that a short stem also finds unrelated longer words (`петр:*` finds "Петрович"), which the
ranking puts after exact matches.
"""

from __future__ import annotations

import re

# Longest first. Nominal and adjectival endings of ru/uk/be/pl (and the -ов/-ова/-ин/-ина
# surname endings), enough to reach a shared stem, not a grammar.
_ENDINGS = sorted(
    {
        # Russian / Ukrainian / Belarusian
        "ами",
        "ями",
        "ого",
        "его",
        "ому",
        "ему",
        "ыми",
        "ими",
        "ова",
        "ову",
        "овым",
        "овой",
        "ева",
        "еву",
        "евым",
        "ина",
        "ину",
        "иным",
        "ой",
        "ей",
        "ий",
        "ый",
        "ая",
        "яя",
        "ое",
        "ее",
        "ую",
        "юю",
        "ов",
        "ев",
        "ом",
        "ем",
        "ах",
        "ях",
        "ам",
        "ям",
        "ою",
        "ею",
        "ів",
        "ої",
        "ій",
        "ім",
        "ым",
        "аў",
        "яў",
        "ы",
        "и",
        "а",
        "я",
        "о",
        "е",
        "у",
        "ю",
        "ь",
        "і",
        "ї",
        "ў",
        # Polish
        "ami",
        "ach",
        "owi",
        "ów",
        "om",
        "ie",
        "ej",
        "ego",
        "emu",
        "ymi",
        "imi",
        "ą",
        "ę",
        "a",
        "i",
        "y",
        "u",
        "e",
        "o",
    },
    key=len,
    reverse=True,
)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
MIN_STEM = 4


def stem(word: str) -> str:
    """The word lower-cased without its inflectional ending, never shorter than MIN_STEM
    letters (short words are returned whole)."""
    lower = word.lower()
    for ending in _ENDINGS:
        if lower.endswith(ending) and len(lower) - len(ending) >= MIN_STEM:
            return lower[: -len(ending)]
    return lower


def prefix(word: str, lexeme: str | None = None) -> str:
    """What to search as a prefix: the shorter of the index lexeme and our stem, when
    they share their beginning; else our stem."""
    ours = stem(word)
    if lexeme and ours.startswith(lexeme[:MIN_STEM]) and len(lexeme) < len(ours):
        return lexeme
    return ours


def is_slavic(word: str) -> bool:
    return bool(_CYRILLIC.search(word)) or bool(re.search(r"[ąćęłńóśźż]", word.lower()))
