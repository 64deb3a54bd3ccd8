"""Where the shared fixtures live (outside the project, read-only) and our own articles."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "fixtures" / "seed-article-belarus.txt"
GOLDEN = SHARED / "benchmarks" / "golden-rules-en.json"
ARTICLES = ROOT / "benchmarks" / "extraction" / "articles"
HELDOUT = ROOT / "benchmarks" / "extraction" / "heldout"


def read_seed() -> str:
    if not SEED.exists():
        pytest.skip("shared seed article not available")
    return SEED.read_text(encoding="utf-8")
