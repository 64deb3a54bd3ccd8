"""Where the pipeline's CPU time goes, stage by stage, on a language's speed corpus.

Usage: OMP_NUM_THREADS=1 .venv/bin/python benchmarks/extraction/stages.py pl [--mb 0.3] [--runs 3]

Builds the same corpus as ``speed.py --languages`` and runs ``extract`` on it once to warm
the caches, then ``--runs`` more times with each stage's entry point wrapped in a
``time.process_time`` counter: cleaning (``load_text``), article detection, splitting, the
word sets, the sentence language check, attribution and scoring; "the rest" is the sentence
objects and the loop around them. The wrappers cost a little each call, so the shares are
what to read, not the total (``speed.py`` gives the throughput). CPU time, so another
process on the machine moves the figures less than it moves wall-clock time.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from speed import build_corpus, build_language_corpus, extract  # noqa: E402

import claims.extraction as engine  # noqa: E402
from claims.extraction import pipeline  # noqa: E402

spent: Counter[str] = Counter()


def timed(label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - start

    return wrapper


def timed_spans(fn: Callable[..., Iterator[tuple[int, int]]]) -> Callable[..., Any]:
    """The splitter is a generator: its time is spent inside each ``next``."""

    def wrapper(*args: Any) -> Iterator[tuple[int, int]]:
        spans = fn(*args)
        while True:
            start = time.process_time()
            span = next(spans, None)
            spent["splitting"] += time.process_time() - start
            if span is None:
                return
            yield span

    return wrapper


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("language")
    parser.add_argument("--mb", type=float, default=0.3)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    code = args.language
    text = build_language_corpus(code, args.mb) if code != "en" else build_corpus(args.mb)
    extract(text)
    engine.load_text = timed("cleaning", engine.load_text)  # type: ignore[assignment]
    engine.detect_language = timed("article detection", engine.detect_language)  # type: ignore[assignment]
    pipeline.iter_sentence_spans = timed_spans(pipeline.iter_sentence_spans)  # type: ignore[assignment]
    for name, label in (
        ("word_sets", "word sets"),
        ("sentence_language", "sentence language"),
        ("attribute_sentence", "attribution"),
        ("score_sentence", "scoring"),
    ):
        setattr(pipeline, name, timed(label, getattr(pipeline, name)))
    start = time.process_time()
    for _ in range(args.runs):
        extract(text)
    total = time.process_time() - start
    spent["the rest"] = total - sum(spent.values())
    size = len(text.encode("utf-8")) / 1_000_000
    print(f"{code}: {size:.2f} MB x {args.runs}, {total:.2f} s CPU with the counters")
    for label, seconds in spent.most_common():
        print(f"  {label:18} {seconds / total:6.1%}")


if __name__ == "__main__":
    main()
