"""Alternations of many words compiled as tries (shared by attribution and scoring)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any


def alternation(
    items: Iterable[str], *, capitalise: bool = False, exact_spaces: bool = False
) -> str:
    """An alternation of ``items`` as a trie ("powiedzia(?:ł[aoy]?|li)…"): Python's regex
    engine tries alternatives one by one, so hundreds of verb forms would be compared at
    every position; factored by common prefixes, a position fails after a character or two.
    Longer words are tried before their prefixes; a space matches any whitespace unless
    ``exact_spaces`` (then the alternation finds exactly what ``item in text`` finds)."""
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
    return _trie_regex(trie, exact_spaces)


def _trie_regex(node: dict[str, Any], exact_spaces: bool = False) -> str:
    end = "" in node
    branches = []
    singles = []
    for ch in sorted(k for k in node if k):
        sub = _trie_regex(node[ch], exact_spaces)
        spaces = ch == " " and not exact_spaces
        esc = r"\s+" if spaces else re.escape(ch)
        if sub == "" and not spaces:
            singles.append(esc)
        else:
            branches.append(esc + sub)
    if singles:
        branches.append(singles[0] if len(singles) == 1 else "[" + "".join(singles) + "]")
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        body = f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else body + "?"
    return body
