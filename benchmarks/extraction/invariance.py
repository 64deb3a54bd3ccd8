"""Canonical dump of everything the pipeline says about the benchmark articles.

Usage: .venv/bin/python benchmarks/extraction/invariance.py --out before.json
       .venv/bin/python benchmarks/extraction/invariance.py --check before.json

Runs the full pipeline (load, clean, detect, split, score, attribute) on every article of
``articles/``, ``languages/``, ``heldout/``, ``heldout-en2/`` and ``heldout2/`` …
``heldout18/`` and writes one canonical JSON (sorted keys, one article per line) with each
sentence's text, offsets, language, score, reasons, claimant and attributions (cue offsets
included). A speed change must leave this file byte-identical: ``--check`` prints the
first articles that differ and exits 1.

``heldout19/`` (and any later batch) is blind and is never opened: only the folders named
in ``SETS`` are read, so a batch added later is excluded until it is listed here.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from claims.extraction import Document, extract_file  # noqa: E402

HERE = Path(__file__).resolve().parent
# Named one by one on purpose: a new blind batch must never be read by this script.
SETS = ("articles", "languages", "heldout", "heldout-en2") + tuple(
    f"heldout{n}" for n in range(2, 19)
)
BLIND = ("heldout19",)


def article_paths() -> list[Path]:
    paths = []
    for name in SETS:
        assert name not in BLIND
        for path in sorted((HERE / name).rglob("*")):
            if (
                path.is_file()
                and not path.name.endswith(".json")
                and path.name != "README.md"
                and not any(part in BLIND for part in path.parts)
            ):
                paths.append(path)
    return paths


def canonical(doc: Document) -> dict[str, Any]:
    return {
        "title": doc.title,
        "language": doc.language,
        "body_length": len(doc.body),
        "sentences": [
            [
                s.start,
                s.end,
                s.text,
                s.language,
                repr(s.checkworthiness),
                s.checkworthy,
                list(s.reasons),
                s.claimant,
                [
                    [a.name, a.kind, a.cue, a.cue_start, a.cue_end, a.via, a.via_kind]
                    for a in s.attributions
                ],
            ]
            for s in doc.sentences
        ],
    }


def dump() -> list[str]:
    lines = []
    for path in article_paths():
        doc = extract_file(path.read_bytes(), path.name)
        record = {"path": str(path.relative_to(HERE)), **canonical(doc)}
        lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path)
    parser.add_argument("--check", type=Path)
    args = parser.parse_args()
    lines = dump()
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(lines)} articles written to {args.out}")
    if args.check:
        expected = args.check.read_text(encoding="utf-8").splitlines()
        differ = [(old, new) for old, new in zip(expected, lines, strict=False) if old != new]
        if len(expected) != len(lines) or differ:
            print(f"DIFFERENT: {len(expected)} vs {len(lines)} articles, {len(differ)} differ")
            for old, new in differ[:3]:
                print("-", old[:2000])
                print("+", new[:2000])
            sys.exit(1)
        print(f"identical: {len(lines)} articles")
    if not args.out and not args.check:
        print("\n".join(lines))


if __name__ == "__main__":
    main()
