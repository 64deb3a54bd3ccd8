"""JSON from outside (API bodies, import files) parsed under one nesting rule.

Python's parser recurses once per level and gives up with RecursionError somewhere near a
thousand levels, depending on how deep the stack already is; what it does build can still be
too deep for the code that walks or stores it later (``json.dumps`` recurses too). One fixed
limit, far below both, refuses a deep document with the same sentence at every entrance.
Plain Python: the importers and the API's parser (factcheck.api.parsers) both call it."""

from __future__ import annotations

import json
from typing import Any

# Our own export is 7 levels deep and a ClaimReview page about 10; nothing real needs 64.
MAX_DEPTH = 64


class NestedTooDeeply(ValueError):
    """The JSON is well-formed but nests lists and objects deeper than MAX_DEPTH."""

    def __init__(self, limit: int = MAX_DEPTH) -> None:
        self.limit = limit
        super().__init__(f"nested too deeply (more than {limit} levels of lists and objects)")


def loads(text: str | bytes, *, max_depth: int = MAX_DEPTH, **options: Any) -> Any:
    """``json.loads`` that raises NestedTooDeeply instead of RecursionError, and for any
    document deeper than ``max_depth``; malformed JSON still raises json.JSONDecodeError."""
    try:
        value = json.loads(text, **options)
    except RecursionError as exc:
        raise NestedTooDeeply(max_depth) from exc
    if too_deep(value, max_depth):
        raise NestedTooDeeply(max_depth)
    return value


def too_deep(value: Any, max_depth: int = MAX_DEPTH) -> bool:
    """Whether lists and objects nest deeper than ``max_depth``; walks with a stack of its own,
    so a deep value cannot exhaust Python's."""
    stack = [(value, 1)] if isinstance(value, dict | list) else []
    while stack:
        node, depth = stack.pop()
        if depth > max_depth:
            return True
        children = node.values() if isinstance(node, dict) else node
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


def nul_paths(value: Any, root: str) -> list[str]:
    """Where a string (or an object's key) holds NUL (U+0000): valid JSON, but PostgreSQL
    stores it neither in text nor in jsonb columns, so an import would fail with DataError."""
    found = []
    stack = [(value, root)]
    while stack:
        node, path = stack.pop()
        if isinstance(node, str):
            if "\x00" in node:
                found.append(path)
        elif isinstance(node, dict):
            for key, child in node.items():
                where = f"{path}.{key}" if path else str(key)
                if "\x00" in str(key):
                    found.append(where)
                stack.append((child, where))
        elif isinstance(node, list):
            stack.extend((child, f"{path}[{i}]") for i, child in enumerate(node))
    return sorted(found)
