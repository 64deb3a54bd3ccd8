"""What the re-score of "checked before?" reads from a candidate's text (its hybrid.signals
and its text.analyse terms), computed once where the row's vector is written and stored
beside it (TextVector.analysis_packed), instead of at every lookup for each of the ~100
candidates (about 1 ms a text, most of a lookup's time among a million). Plain Python (no
Django).

A stored analysis is used only when its `digest` matches: a hash of STAMP and the exact
text the lookup scores. STAMP is derived from the code, not written by hand: the SHA-256
of every source file that `hybrid.signals` and `text.analyse` run (the transitive
closure of their imports inside this project, found by reading the files, with any data
file beside them), the versions of the third-party packages those files import, and
FORMAT. Any change to that code (a new field of Signals, a retuned word list, a
dictionary upgrade) makes every stored analysis stale: the lookup then computes it from
the text as before (never a wrong one, only a slower one) and `build_vectors` refills
them. An edited text is stale the same way, before its vector is recomputed.

Two stored forms, both read back *equal* (equal Signals, equal ClaimTerms):

* packed (`pack`, written since latency18; TextVector.analysis_packed): the values of the
  two dataclasses' fields in their declared order, as one `marshal` record. marshal keeps
  frozensets, tuples, strings, booleans and numbers as they are, in C, so reading it back
  is one `marshal.loads` and filling two objects: about a quarter of the time the JSON
  below takes (measured in docs/search.md), a lookup reading ~100 of them. Its field order
  is the one in hybrid.py and text.py, which STAMP covers: a reordered or added field makes
  every stored analysis stale, never misread. marshal is not meant for untrusted data:
  this is only ever our own rows, read only when their digest matches, and a record of
  another shape is refused (the lookup computes the analysis instead);
* JSON with tagged containers (`encode`, the form of 0023; TextVector.analysis): still
  read, so rows stored before are used as they are until `build_vectors` repacks them.

A value of another kind cannot be stored (pack and encode raise TypeError, and the writer
stores nothing: the lookup computes it).
"""

from __future__ import annotations

import ast
import hashlib
import importlib.metadata
import json
import marshal
import sys
from dataclasses import fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from claims.search import hybrid
from claims.search.text import ClaimTerms, analyse

# the layout of the stored JSON; bump when encode() changes
FORMAT = 1
_ROOT = Path(__file__).resolve().parents[2]  # the project: `claims` lives here
_START = ("claims.search.hybrid", "claims.search.text")


def _module_file(name: str) -> Path | None:
    """The source file of a project module (a package: its __init__.py), or None."""
    base = _ROOT.joinpath(*name.split("."))
    if (base / "__init__.py").is_file():
        return base / "__init__.py"
    if base.with_suffix(".py").is_file():
        return base.with_suffix(".py")
    return None


def _imports(name: str, path: Path) -> tuple[set[str], set[str]]:
    """(project modules, third-party top-level modules) that the file imports anywhere in
    it (lazy imports inside functions included)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    ours: set[str] = set()
    theirs: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        found: list[str] = []
        if isinstance(node, ast.Import):
            found = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1])
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            found = [module] + [f"{module}.{alias.name}" for alias in node.names]
        for module in found:
            top = module.split(".")[0]
            if _module_file(module):
                ours.add(module)
            elif top != "claims" and top not in sys.stdlib_module_names and top != "__future__":
                theirs.add(top)
    return ours, theirs


def sources() -> tuple[list[Path], list[str]]:
    """The project files (sources and the data files beside them) and the third-party
    top-level modules the analysis depends on."""
    seen: dict[str, Path] = {}
    third: set[str] = set()
    todo = list(_START)
    while todo:
        name = todo.pop()
        path = _module_file(name)
        if name in seen or path is None:
            continue
        seen[name] = path
        # a package's parents run first (their __init__)
        parent = name.rpartition(".")[0]
        if parent:
            todo.append(parent)
        ours, theirs = _imports(name, path)
        todo.extend(ours)
        third |= theirs
    files = set(seen.values())
    for path in list(files):
        for data in path.parent.iterdir():
            if data.is_file() and data.suffix not in {".py", ".pyc"}:
                files.add(data)
    return sorted(files), sorted(third)


def _version(module: str) -> str:
    """The installed distributions of a module, with those named after it (a package's
    data: pymorphy3-dicts-ru beside pymorphy3)."""
    names = set(importlib.metadata.packages_distributions().get(module, [module]))
    prefix = module.lower().replace("_", "-") + "-"
    for installed in importlib.metadata.distributions():
        name = (installed.metadata["Name"] or "").lower().replace("_", "-")
        if name.startswith(prefix):
            names.add(name)
    out = []
    for name in sorted(names):
        try:
            out.append(f"{name}=={importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            out.append(f"{name}==?")
    return ",".join(out)


@lru_cache(maxsize=1)
def stamp() -> str:
    """The hash of everything the stored analysis was computed with (see the module's
    docstring); computed once a process."""
    files, third = sources()
    digest = hashlib.sha256(f"format {FORMAT}\n".encode())
    for path in files:
        digest.update(f"{path.relative_to(_ROOT).as_posix()}\n".encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    for module in third:
        digest.update(f"{module} {_version(module)}\n".encode())
    return digest.hexdigest()


def digest(text: str) -> str:
    """What a stored analysis of `text` must carry to be used (STAMP and the text)."""
    return hashlib.sha256(f"{stamp()}\n{text}".encode()).hexdigest()


def _plain(value: Any) -> Any:
    if isinstance(value, bool | int | float | str) or value is None:
        return value
    if isinstance(value, frozenset):
        # sorted by their JSON: a stable text, whatever the set's order
        items = [_plain(item) for item in value]
        return {"s": sorted(items, key=lambda item: json.dumps(item, ensure_ascii=False))}
    if isinstance(value, tuple):
        return {"t": [_plain(item) for item in value]}
    raise TypeError(f"cannot store a {type(value).__name__}")


def _restore(value: Any) -> Any:
    if isinstance(value, dict):
        if "s" in value:
            return frozenset(_restore(item) for item in value["s"])
        return tuple(_restore(item) for item in value["t"])
    if isinstance(value, list):  # never written; kept strict
        raise ValueError("unexpected list")
    return value


def _fields(obj: Any) -> dict[str, Any]:
    return {f.name: _plain(getattr(obj, f.name)) for f in fields(obj)}


def encode(signals: hybrid.Signals, terms: ClaimTerms) -> str:
    """The stored text of one analysis (raises TypeError for a value it cannot store)."""
    return json.dumps(
        {"signals": _fields(signals), "terms": _fields(terms)},
        ensure_ascii=False,
        separators=(",", ":"),
    )


def decode(data: str) -> tuple[hybrid.Signals, ClaimTerms]:
    loaded = json.loads(data)
    return (
        hybrid.Signals(**{k: _restore(v) for k, v in loaded["signals"].items()}),
        ClaimTerms(**{k: _restore(v) for k, v in loaded["terms"].items()}),
    )


_SIGNALS = tuple(f.name for f in fields(hybrid.Signals))
_TERMS = tuple(f.name for f in fields(ClaimTerms))
_PLAIN = (bool, int, float, str)


def _storable(value: Any) -> Any:
    """`value` itself when pack can keep it exactly (plain values, tuples and frozensets
    of them), else TypeError."""
    if isinstance(value, frozenset | tuple):
        for item in value:
            _storable(item)
    elif not isinstance(value, _PLAIN) and value is not None:
        raise TypeError(f"cannot store a {type(value).__name__}")
    return value


def pack(signals: hybrid.Signals, terms: ClaimTerms) -> bytes:
    """The packed form of one analysis (raises TypeError for a value it cannot store)."""
    return marshal.dumps(
        (
            tuple(_storable(getattr(signals, name)) for name in _SIGNALS),
            tuple(_storable(getattr(terms, name)) for name in _TERMS),
        )
    )


def _filled(cls: type, names: tuple[str, ...], values: Any) -> Any:
    """An instance of the frozen dataclass `cls` holding `values` (its fields in order),
    without running its __init__ (a field at a time through object.__setattr__: most of
    the cost of reading a packed analysis back)."""
    if type(values) is not tuple or len(values) != len(names):
        raise ValueError("not a stored analysis of this code")
    obj: Any = object.__new__(cls)
    obj.__dict__.update(zip(names, values, strict=True))
    return obj


def unpack(data: bytes) -> tuple[hybrid.Signals, ClaimTerms]:
    loaded = marshal.loads(data)
    if type(loaded) is not tuple or len(loaded) != 2:
        raise ValueError("not a stored analysis")
    return _filled(hybrid.Signals, _SIGNALS, loaded[0]), _filled(ClaimTerms, _TERMS, loaded[1])


def compute(text: str) -> tuple[hybrid.Signals, ClaimTerms]:
    """What the lookup computes from a candidate's text when nothing usable is stored."""
    return hybrid.signals(text), analyse(text)


def stored(text: str) -> tuple[str, bytes]:
    """(digest, packed analysis) to store with the row of `text`; ("", b"") when it
    cannot be stored (the lookup then computes it)."""
    try:
        return digest(text), pack(*compute(text))
    except TypeError:
        return "", b""


def load(
    text: str, row_digest: str, data: bytes | memoryview | str
) -> tuple[hybrid.Signals, ClaimTerms] | None:
    """The stored analysis of `text` in either form (bytes: packed; text: the JSON of
    0023), or None when it is missing, stale or unreadable."""
    if not data or row_digest != digest(text):
        return None
    try:
        if isinstance(data, str):
            return decode(data)
        return unpack(bytes(data))
    except (ValueError, KeyError, TypeError, EOFError):
        return None
