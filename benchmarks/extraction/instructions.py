"""One warm pass of the full pipeline over a language's speed corpus, for instruction counts.

Usage: valgrind --tool=callgrind --callgrind-out-file=/dev/null --toggle-collect=functools_reduce \\
           .venv/bin/python benchmarks/extraction/instructions.py pl 0.05

Builds the same corpus as ``speed.py --languages`` (``MB`` megabytes), runs ``extract`` on it
once to warm the caches (as speed.py does), then once more inside ``functools.reduce``: with
``--toggle-collect=functools_reduce`` callgrind counts only that warm pass, not the imports,
the corpus building or the cold caches (the engine itself never calls reduce). Instruction
counts barely move with other load on the machine, unlike seconds.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from speed import build_corpus, build_language_corpus, extract  # noqa: E402


def main() -> None:
    code, megabytes = sys.argv[1], float(sys.argv[2])
    text = build_language_corpus(code, megabytes) if code != "en" else build_corpus(megabytes)
    extract(text)
    doc = functools.reduce(lambda _, t: extract(t), [text], None)
    print(f"{code}: {len(text.encode('utf-8')) / 1_000_000:.3f} MB, {len(doc.sentences)} sentences")


if __name__ == "__main__":
    main()
