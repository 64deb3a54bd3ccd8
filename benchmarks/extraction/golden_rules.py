"""Print how many English Golden Rules cases the splitter passes.

Usage: .venv/bin/python benchmarks/extraction/golden_rules.py [PATH_TO_JSON] [-v]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from claims.extraction.split import split_sentences  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "benchmarks" / "golden-rules-en.json"


def run(path: Path, verbose: bool = False) -> tuple[int, int]:
    """Return (passed, total) over the cases in ``path``."""
    cases = json.loads(path.read_text(encoding="utf-8"))["cases"]
    passed = 0
    for case in cases:
        got = [case["text"][s:e] for s, e in split_sentences(case["text"])]
        if got == case["sentences"]:
            passed += 1
        elif verbose:
            print("FAIL", json.dumps(case["text"]), "->", json.dumps(got))
    return passed, len(cases)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    passed, total = run(Path(args[0]) if args else DEFAULT, verbose="-v" in sys.argv)
    print(f"golden rules: {passed}/{total} passed")
