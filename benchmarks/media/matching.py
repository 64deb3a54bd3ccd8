"""Image matching: are copies found, are unrelated images left alone, how fast is lookup.

Usage: DEBUG=1 .venv/bin/python benchmarks/media/matching.py [--originals 200] [--unrelated 1000]

Originals are generated photo-like images (tests/media_samples.photo); each is hashed as
stored (media.hashing.hash_image), and its copies (resized 50 %, JPEG quality 40, cropped
10 %, caption bar added: tests/media_samples.variants) are looked up among all originals
with the query views the workbench uses. Unrelated images (other seeds) are looked up the
same way: any hit is a false match. Lookup speed: an index of 100,000 stored hashes (the
originals plus random 256-bit hashes), one query image's 30 views.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

from media.hashing import MATCH_DISTANCE, HashIndex, hash_image, query_hashes  # noqa: E402
from tests.media_samples import photo, variants  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--originals", type=int, default=200)
    parser.add_argument("--unrelated", type=int, default=1000)
    parser.add_argument("--stored", type=int, default=100_000)
    args = parser.parse_args()
    originals = [photo(seed) for seed in range(args.originals)]
    stored = [hash_image(Image.open(io.BytesIO(data))) for data in originals]
    index = HashIndex(list(range(len(stored))), [(h.pdq, h.pdq_centre) for h in stored])
    found: dict[str, list[bool]] = {}
    distances: dict[str, list[int]] = {}
    for number, data in enumerate(originals):
        for kind, copy in variants(data).items():
            hits = index.search(query_hashes(Image.open(io.BytesIO(copy))))
            found.setdefault(kind, []).append(bool(hits) and hits[0][0] == number)
            distances.setdefault(kind, []).append(hits[0][1] if hits else 256)
    for kind, ok in found.items():
        print(
            f"{kind:8} found {sum(ok)}/{len(ok)} ({100 * sum(ok) / len(ok):.1f} %), "
            f"distance median {statistics.median(distances[kind])}, max {max(distances[kind])}"
        )
    false, nearest = 0, []
    for seed in range(100_000, 100_000 + args.unrelated):
        queries = query_hashes(Image.open(io.BytesIO(photo(seed))))
        hits = index.search(queries, 256)
        nearest.append(hits[0][1])
        false += hits[0][1] <= MATCH_DISTANCE
    print(
        f"unrelated: {false} false matches of {args.unrelated} at threshold {MATCH_DISTANCE}; "
        f"nearest distance min {min(nearest)}, 1st percentile {np.percentile(nearest, 1):.0f}"
    )
    rng = np.random.default_rng(1)
    filler = rng.integers(0, 256, size=(args.stored - len(stored), 32), dtype=np.uint8)
    hashes = [(h.pdq, h.pdq_centre) for h in stored] + [
        (row.tobytes().hex(), row.tobytes().hex()) for row in filler
    ]
    started = time.perf_counter()
    big = HashIndex(list(range(len(hashes))), hashes)
    built = time.perf_counter() - started
    queries = query_hashes(Image.open(io.BytesIO(variants(originals[0])["caption"])))
    times = []
    for _ in range(20):
        started = time.perf_counter()
        hits = big.search(queries)
        times.append(time.perf_counter() - started)
    assert hits and hits[0][0] == 0
    print(
        f"lookup among {len(big):,} stored images, {len(queries)} query views: "
        f"median {1000 * statistics.median(times):.1f} ms, max {1000 * max(times):.1f} ms "
        f"(index built in {built:.2f} s)"
    )
    started = time.perf_counter()
    for _ in range(5):
        query_hashes(Image.open(io.BytesIO(originals[0])))
    print(
        f"hashing one query image (all its views): {(time.perf_counter() - started) / 5 * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
