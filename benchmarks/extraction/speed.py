"""Throughput of the full pipeline against pySBD splitting alone, and peak memory.

Usage: .venv/bin/python benchmarks/extraction/speed.py [--mb 2] [--runs 3]
       .venv/bin/python benchmarks/extraction/speed.py --languages ru,uk,be,pl [--mb 1]

``--languages`` measures the full pipeline (detection included) on text in each language:
the cleaned bodies of ``languages/<code>/dev/`` repeated to size, one figure per language.

The corpus is the cleaned bodies of the labelled articles (both sets) plus the seed article (when
../shared is present), repeated until it reaches ``--mb`` megabytes of English news text.
Both contenders process the same string in the same run, on one core. Memory is the
tracemalloc peak of the pipeline at the full size and at a quarter of it; the engine yields
sentences paragraph by paragraph, so the peak beyond the result itself stays small.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from claims.extraction import extract, extract_file  # noqa: E402
from claims.extraction.pipeline import iter_sentences  # noqa: E402

ARTICLES = Path(__file__).resolve().parent / "articles"
HELDOUT = Path(__file__).resolve().parent / "heldout"
SEED = ROOT.parent / "shared" / "fixtures" / "seed-article-belarus.txt"
LANGUAGES = Path(__file__).resolve().parent / "languages"


def build_language_corpus(code: str, megabytes: float) -> str:
    """The dev articles of one language (junk removed), repeated to size."""
    bodies = []
    for path in sorted((LANGUAGES / code / "dev").glob("*")):
        if not path.name.endswith(".labels.json"):
            doc = extract_file(path.read_bytes(), path.name)
            bodies.append(f"{doc.title}\n\n{doc.body}")
    unit = "\n\n".join(bodies)
    target = int(megabytes * 1_000_000)
    return "\n\n".join([unit] * (target // len(unit.encode("utf-8")) + 1))


def per_language(codes: list[str], megabytes: float, runs: int) -> None:
    extract("Прогрев детектора. Rozgrzewka detektora. Warming up the detector, once.")
    for code in codes:
        text = build_language_corpus(code, megabytes) if code != "en" else build_corpus(megabytes)
        size_mb = len(text.encode("utf-8")) / 1_000_000
        extract(text[:50_000])  # load the sentence detectors this language may need
        wall = best_of(runs, lambda text=text: extract(text))
        cpu = best_of(runs, lambda text=text: extract(text), clock=time.process_time)
        doc = extract(text)
        other = sum(1 for s in doc.sentences if s.language)
        print(
            f"{code}: {size_mb:.2f} MB, detected {doc.language!r}, {len(doc.sentences)} sentences "
            f"({other} in another language): full pipeline {size_mb / wall:.2f} MB/s wall, "
            f"{size_mb / cpu:.2f} MB/s CPU"
        )


def build_corpus(megabytes: float) -> str:
    """Article bodies (junk already removed) joined as paragraphs, repeated to size."""
    bodies = []
    for path in sorted([*ARTICLES.glob("*"), *HELDOUT.glob("*")]):
        if not path.name.endswith(".labels.json"):
            doc = extract_file(path.read_bytes(), path.name)
            bodies.append(f"{doc.title}\n\n{doc.body}")
    if SEED.exists():
        doc = extract(SEED.read_text(encoding="utf-8"))
        bodies.append(f"{doc.title}\n\n{doc.body}")
    unit = "\n\n".join(bodies)
    target = int(megabytes * 1_000_000)
    return "\n\n".join([unit] * (target // len(unit.encode("utf-8")) + 1))


def best_of(runs: int, fn, clock=time.perf_counter) -> float:
    times = []
    for _ in range(runs):
        gc.collect()
        start = clock()
        fn()
        times.append(clock() - start)
    return min(times)


def peak_memory(text: str) -> int:
    """Peak bytes allocated while the pipeline consumes ``text`` sentence by sentence."""
    gc.collect()
    tracemalloc.start()
    count = sum(1 for _ in iter_sentences(text))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count > 0
    return peak


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=2.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--languages", default="")
    args = parser.parse_args()
    if args.languages:
        per_language(args.languages.split(","), args.mb, args.runs)
        return
    text = build_corpus(args.mb)
    size_mb = len(text.encode("utf-8")) / 1_000_000
    print(f"corpus: {size_mb:.2f} MB, {text.count(chr(10) * 2) + 1} paragraphs")

    pipeline = best_of(args.runs, lambda: extract(text))
    sentences = len(extract(text).sentences)
    print(
        f"full pipeline (clean+split+score+attribute): {size_mb / pipeline:.2f} MB/s "
        f"({pipeline:.2f} s, {sentences} sentences)"
    )
    cpu = best_of(args.runs, lambda: extract(text), clock=time.process_time)
    print(
        f"full pipeline, CPU time of this process:     {size_mb / cpu:.2f} MB/s "
        "(less sensitive to other load on the machine)"
    )
    streamed = best_of(args.runs, lambda: sum(1 for _ in iter_sentences(text)))
    print(f"split+score+attribute, streamed:              {size_mb / streamed:.2f} MB/s")
    try:
        import pysbd
    except ImportError:
        print("pySBD not installed; skipping the comparison")
    else:
        segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
        sbd = best_of(1, lambda: segmenter.segment(text))
        print(
            f"pySBD split only, whole string (char_span=True): {size_mb / sbd:.2f} MB/s "
            f"({sbd:.2f} s)"
        )
        paragraphs = text.split("\n\n")
        per_paragraph = best_of(1, lambda: [segmenter.segment(p) for p in paragraphs])
        print(
            f"pySBD split only, paragraph by paragraph:        "
            f"{size_mb / per_paragraph:.2f} MB/s ({per_paragraph:.2f} s)"
        )
        print(
            f"pipeline speed-up over pySBD splitting: {sbd / pipeline:.1f}x (whole string), "
            f"{per_paragraph / pipeline:.1f}x (paragraph by paragraph)"
        )

    peak_memory(text[:20_000])  # warm up lazy imports and regex caches before measuring
    small = text[: len(text) // 4]
    for label, sample in (("1/4 size", small), ("full size", text)):
        mb = len(sample.encode("utf-8")) / 1_000_000
        streamed_peak = peak_memory(sample)
        gc.collect()
        tracemalloc.start()
        doc = extract(sample)
        whole_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        del doc
        print(
            f"peak traced memory at {label} ({mb:.2f} MB input): streamed "
            f"{streamed_peak / 1_000_000:.2f} MB; extract() incl. the Document "
            f"{whole_peak / 1_000_000:.1f} MB ({whole_peak / 1_000_000 / mb:.1f}x input)"
        )


if __name__ == "__main__":
    main()
