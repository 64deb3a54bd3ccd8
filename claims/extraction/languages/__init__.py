"""Per-language data for the engine: one module per language, each a :class:`LanguageData`.

The splitter, cleaner and scorer read these tables and nothing else that is language
specific, so supporting a new language means adding a module here (and its code to
``LANGUAGES``). Languages without a module get the generic rules (digits, percentages,
currency signs, capitalised names, quotes, questions).
"""

from __future__ import annotations

from functools import cache

from . import be, en, pl, ru, uk
from ._base import LanguageData

__all__ = ["GENERIC", "LANGUAGES", "LanguageData", "all_languages", "get"]

# ISO 639-1 code -> data, in the order the engine prefers when in doubt.
LANGUAGES: dict[str, LanguageData] = {m.DATA.code: m.DATA for m in (en, ru, uk, be, pl)}

# What a language without its own module gets: only the language-independent cues.
GENERIC = LanguageData(code="", name="", script="")


def get(code: str | None) -> LanguageData:
    """The data for ``code``, or :data:`GENERIC` for a language the engine has no data for."""
    return LANGUAGES.get(code or "", GENERIC)


@cache
def all_languages() -> tuple[LanguageData, ...]:
    return tuple(LANGUAGES.values())
