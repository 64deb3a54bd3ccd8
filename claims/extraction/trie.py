"""Alternations of many words compiled as tries (shared by attribution and scoring)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any


def alternation(
    items: Iterable[str],
    *,
    capitalise: bool = False,
    exact_spaces: bool = False,
    word_start: bool = False,
) -> str:
    """An alternation of ``items`` as a trie ("powiedzia(?:ł[aoy]?|li)…"): Python's regex
    engine tries alternatives one by one, so hundreds of verb forms would be compared at
    every position; factored by common prefixes, a position fails after a character or two.
    Longer words are tried before their prefixes; a space matches any whitespace unless
    ``exact_spaces`` (then the alternation finds exactly what ``item in text`` finds).

    ``word_start`` matches only where no letter, digit, underscore or hyphen precedes: the
    same as ``(?<![\\w-])`` before the alternation, but checked after its first character
    (one character back), so a search skips in C to the next possible first character
    instead of testing the lookbehind at every position."""
    words = set(items)
    if capitalise:
        words |= {w[:1].upper() + w[1:] for w in words}
    if not words:
        return "(?!)"  # matches nothing (an empty alternation would match everywhere)
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    if word_start and any(not ch.isalnum() for ch in trie):
        raise ValueError("word_start needs items that start with a letter or digit")
    return _trie_regex(trie, exact_spaces, r"(?<![\w-].)" if word_start else "")


def _trie_regex(node: dict[str, Any], exact_spaces: bool = False, after_first: str = "") -> str:
    end = "" in node
    branches = []
    singles = []
    for ch in sorted(k for k in node if k):
        sub = _trie_regex(node[ch], exact_spaces)
        spaces = ch == " " and not exact_spaces
        esc = r"\s+" if spaces else re.escape(ch)
        if sub == "" and not spaces and not after_first:
            singles.append(esc)
        else:
            branches.append(esc + after_first + sub)
    if singles:
        branches.append(singles[0] if len(singles) == 1 else "[" + "".join(singles) + "]")
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        body = f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else body + "?"
    return body
