"""Generic names: "rights groups", "officials", "experts", "police". An article that says
"according to officials" names no one; the import must not turn those words into a Source
(then every article's "officials" would be one source, graded once). They are proposed
instead: the claim shows them as unlinked attributions, which a fact-checker links to the
real source or confirms as one.

A name is generic when every word of it is in this table and its last word is a head noun
("senior government officials", "human rights groups", "local police"). The table is data:
one row per language, head nouns (what the name is) and modifiers (words that do not make
it a particular one). A proper name ("Human Constanta", "Polish Border Guard") has a word
outside the table and stays a name."""

from __future__ import annotations

from sources.models import normalise_name

GENERIC_WORDS: dict[str, dict[str, frozenset[str]]] = {
    "en": {
        "heads": frozenset(
            [
                "activists",
                "analysts",
                "authorities",
                "critics",
                "diplomats",
                "doctors",
                "experts",
                "groups",
                "insiders",
                "investigators",
                "lawyers",
                "media",
                "migrants",
                "observers",
                "officers",
                "officials",
                "organisations",
                "organizations",
                "people",
                "police",
                "reports",
                "researchers",
                "residents",
                "scientists",
                "sources",
                "spokespeople",
                "spokesperson",
                "survivors",
                "volunteers",
                "witnesses",
                "workers",
            ]
        ),
        "modifiers": frozenset(
            [
                "a",
                "an",
                "aid",
                "anonymous",
                "border",
                "civil",
                "defence",
                "defense",
                "diplomatic",
                "eu",
                "european",
                "foreign",
                "government",
                "health",
                "human",
                "humanitarian",
                "independent",
                "intelligence",
                "international",
                "legal",
                "local",
                "many",
                "medical",
                "military",
                "ministry",
                "news",
                "other",
                "police",
                "regional",
                "rights",
                "security",
                "senior",
                "several",
                "some",
                "society",
                "state",
                "unnamed",
                "us",
                "western",
            ]
        ),
    },
}


def is_generic(name: str, language: str = "en") -> bool:
    """Does `name` name a kind of speaker rather than a particular one?"""
    table = GENERIC_WORDS.get(language) or GENERIC_WORDS["en"]
    words = normalise_name(name).split()
    if not words or words[-1] not in table["heads"]:
        return False
    return all(word in table["heads"] or word in table["modifiers"] for word in words)
