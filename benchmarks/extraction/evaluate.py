"""Recall and precision of proposed claims, and recall of attributions, on the labelled set.

Usage: .venv/bin/python benchmarks/extraction/evaluate.py [-v] [--set dev|heldout|all]

Two sets: ``articles/`` (development: the rules were tuned while looking at its misses) and
``heldout/`` (written and labelled after the rules, and measured before any change made
because of it; once a rule is changed because of a held-out miss, the set stops being blind
and docs/extraction.md says so). ``--set all`` (the default) reports both and the total.

Each article in ``articles/`` has ``<name>.labels.json`` listing the sentences a fact-checker
would check (by exact text) and, for each, its sources (name and relay). A labelled source
counts as found when an attribution of that sentence has a name equal to it or containing it
(case-insensitive; "port authority" matches "The port authority"), and, if the label names a
relay, the same relay. The seed article is scored too when ../shared is present, with labels
kept in ``seed.labels.json`` (texts referenced by their first words, never copied whole).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from claims.extraction import Document, Sentence, extract, extract_file  # noqa: E402

ARTICLES = Path(__file__).resolve().parent / "articles"
HELDOUT = Path(__file__).resolve().parent / "heldout"
SEED = ROOT.parent / "shared" / "fixtures" / "seed-article-belarus.txt"
SEED_LABELS = Path(__file__).resolve().parent / "seed.labels.json"


def _same(label: str, found: str | None) -> bool:
    if found is None:
        return False
    a, b = label.lower().strip(), found.lower().strip()
    return a == b or a in b or b in a


def _matches(labelled: str, sentence: Sentence, by_prefix: bool) -> bool:
    return sentence.text.startswith(labelled) if by_prefix else sentence.text == labelled


def score_document(
    doc: Document, labels: dict, by_prefix: bool = False, verbose: bool = False, name: str = ""
) -> dict[str, int]:
    """Count true/false positives and attribution hits for one article."""
    counts = {"labelled": 0, "proposed": 0, "hits": 0, "sources": 0, "sources_found": 0}
    labelled_claims = labels["claims"]
    counts["labelled"] = len(labelled_claims)
    counts["proposed"] = sum(s.checkworthy for s in doc.sentences)
    matched: set[int] = set()
    for claim in labelled_claims:
        sentence = next((s for s in doc.sentences if _matches(claim["text"], s, by_prefix)), None)
        if sentence is None:
            if verbose:
                print(f"  [{name}] NOT FOUND: {claim['text'][:80]}")
            counts["sources"] += len(claim["sources"])
            continue
        matched.add(sentence.start)
        if sentence.checkworthy:
            counts["hits"] += 1
        elif verbose:
            print(
                f"  [{name}] MISSED ({sentence.checkworthiness} {sentence.reasons}): "
                f"{sentence.text[:80]}"
            )
        for source in claim["sources"]:
            counts["sources"] += 1
            ok = any(
                _same(source["name"], a.name)
                and (source.get("via") is None or _same(source["via"], a.via))
                for a in sentence.attributions
            )
            counts["sources_found"] += ok
            if not ok and verbose:
                got = [(a.name, a.via) for a in sentence.attributions]
                print(f"  [{name}] SOURCE MISSED {source} in {sentence.text[:60]!r}; got {got}")
    if verbose:
        for s in doc.sentences:
            if s.checkworthy and s.start not in matched:
                print(f"  [{name}] FALSE POSITIVE ({s.checkworthiness} {s.reasons}): {s.text[:80]}")
    return counts


def _runs(folder: Path, with_seed: bool) -> list[tuple[str, Document, dict, bool]]:
    runs: list[tuple[str, Document, dict, bool]] = []
    for path in sorted(folder.glob("*")):
        if path.name.endswith(".labels.json"):
            continue
        labels = json.loads(path.with_suffix(".labels.json").read_text(encoding="utf-8"))
        runs.append((path.name, extract_file(path.read_bytes(), path.name), labels, False))
    if with_seed and SEED.exists() and SEED_LABELS.exists():
        labels = json.loads(SEED_LABELS.read_text(encoding="utf-8"))
        runs.append(("seed", extract(SEED.read_text(encoding="utf-8")), labels, True))
    return runs


def evaluate(
    runs: list[tuple[str, Document, dict, bool]], label: str, verbose: bool = False
) -> dict[str, float]:
    total = {"labelled": 0, "proposed": 0, "hits": 0, "sources": 0, "sources_found": 0}
    for name, doc, labels, by_prefix in runs:
        counts = score_document(doc, labels, by_prefix, verbose, name)
        for key, value in counts.items():
            total[key] += value
    recall = total["hits"] / total["labelled"]
    precision = total["hits"] / total["proposed"] if total["proposed"] else 0.0
    attribution = total["sources_found"] / total["sources"] if total["sources"] else 0.0
    print(
        f"{label}: articles: {len(runs)}  labelled claims: {total['labelled']}  "
        f"proposed: {total['proposed']}  correct: {total['hits']}"
    )
    print(f"  claim recall:       {recall:.3f}")
    print(f"  claim precision:    {precision:.3f}")
    print(f"  attribution recall: {attribution:.3f} ({total['sources_found']}/{total['sources']})")
    return {"recall": recall, "precision": precision, "attribution_recall": attribution}


def main(verbose: bool = False, which: str = "all") -> dict[str, float]:
    dev = _runs(ARTICLES, with_seed=True) if which in ("dev", "all") else []
    heldout = _runs(HELDOUT, with_seed=False) if which in ("heldout", "all") else []
    result: dict[str, float] = {}
    if dev:
        result = evaluate(dev, "development set (articles/ + seed)", verbose)
    if heldout:
        result = evaluate(heldout, "held-out set (heldout/)", verbose)
    if dev and heldout:
        result = evaluate(dev + heldout, "all", verbose=False)
    return result


if __name__ == "__main__":
    which = "all"
    if "--set" in sys.argv:
        which = sys.argv[sys.argv.index("--set") + 1]
    main(verbose="-v" in sys.argv, which=which)
