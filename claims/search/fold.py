"""Letters folded so that a word typed without its accents finds the word written with
them ("Lodz" finds "Łódź", "zrodlo" finds "źródło", "елка" finds "ёлка"). Plain Python, no
Django: the keyword-search index does the same on PostgreSQL (the `factcheck` text search
configuration: `unaccent` before the stemmers, migration 0022), the SQLite fallback calls
this function from SQL, and source names use it for their recognition key.

Accents go only from Latin letters; Cyrillic letters keep theirs, because й/и, ї/і and ў/у
are different letters, except ё, which Russian text writes as е as often as not. This is
what PostgreSQL's `unaccent` rules do for the letters of our languages."""

from __future__ import annotations

import unicodedata

# Latin letters that Unicode does not decompose into a base letter and a mark, folded to the
# letter a name is also written with ("Łukaszenka" is "Lukaszenka" in an English text).
_LATIN_FOLDS = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe", "þ": "th"})


def _is_latin(char: str) -> bool:
    return unicodedata.name(char, "").startswith("LATIN")


def fold_accents(text: str) -> str:
    """`text` case-folded, without the accents of Latin letters, ё as е."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_LATIN_FOLDS)
    if text.isascii():
        return text
    kept: list[str] = []
    base_is_latin = False
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char):
            if base_is_latin:
                continue
        else:
            base_is_latin = _is_latin(char)
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept)).replace("ё", "е")


# The name under which the SQLite fallback of keyword search calls fold_accents from SQL
# (registered on every SQLite connection, claims.apps).
FOLD_SQL_FUNCTION = "FACTCHECK_FOLD"


def register_sqlite(sqlite_connection) -> None:
    """Make fold_accents callable from SQL on a sqlite3 connection (deterministic, so SQLite
    may use it anywhere an expression is allowed)."""
    sqlite_connection.create_function(
        FOLD_SQL_FUNCTION,
        1,
        lambda text: None if text is None else fold_accents(str(text)),
        deterministic=True,
    )
