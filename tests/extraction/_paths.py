"""Where the shared fixtures live (outside the project, read-only) and our own articles."""

from pathlib import Path

import pytest

from tests.conftest import SHARED_MISSING

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "fixtures" / "seed-article-belarus.txt"
GOLDEN = SHARED / "benchmarks" / "golden-rules-en.json"
ARTICLES = ROOT / "benchmarks" / "extraction" / "articles"
HELDOUT = ROOT / "benchmarks" / "extraction" / "heldout"


def read_seed() -> str:
    if not SEED.exists():
        pytest.skip(SHARED_MISSING)
    return SEED.read_text(encoding="utf-8")
