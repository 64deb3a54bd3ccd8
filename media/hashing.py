"""Perceptual hashes and near-duplicate lookup (plain Python and numpy, no Django).

PDQ (Meta's hash, which Meedan Check uses) of the whole image and of its centre 90 % are
stored; a query is hashed as a whole, at its centre, and with any flat band (a caption bar:
rows mostly of one colour) trimmed off its top and bottom, so a copy that was resized,
recompressed, cropped by up to 10 % or given a caption bar still lands within
``MATCH_DISTANCE`` bits of the original. Calibration
(benchmarks/media/matching.py on generated photos): such copies are at most 10 bits away,
unrelated images at least 78 of 256; 32 is PDQ's usual threshold and sits between them.
"""

from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass

import numpy as np

MATCH_DISTANCE = 32
HASH_SIDE = 256  # images are thumbnailed to this before hashing: same hash, 3× faster
MAX_BAND = 0.45  # a caption bar covers at most this share of the height
# popcount of every byte value, for numpy before 2.0 (which has no bitwise_count)
_POPCOUNT = np.array([bin(i).count("1") for i in range(256)], dtype=np.uint8)


@dataclass(frozen=True)
class ImageHashes:
    pdq: str
    pdq_centre: str
    phash: str
    quality: int


def _pdq(image) -> tuple[bytes, int]:
    import pdqhash

    rgb = image.convert("RGB")
    rgb.thumbnail((HASH_SIDE, HASH_SIDE))
    bits, quality = pdqhash.compute(np.asarray(rgb))
    return np.packbits(bits.astype(np.uint8)).tobytes(), int(quality)


def _crop(image, left: float, top: float, right: float, bottom: float):
    w, h = image.size
    return image.crop((int(w * left), int(h * top), int(w * (1 - right)), int(h * (1 - bottom))))


def hash_image(image) -> ImageHashes:
    """The hashes stored for an image seen by the workbench (a decoded PIL image)."""
    import imagehash

    full, quality = _pdq(image)
    centre, _ = _pdq(_crop(image, 0.05, 0.05, 0.05, 0.05))
    return ImageHashes(full.hex(), centre.hex(), str(imagehash.phash(image)), quality)


def query_hashes(image) -> list[bytes]:
    """The views of a query image compared with what is stored (see the module docstring)."""
    views = [image, _crop(image, 0.05, 0.05, 0.05, 0.05)]
    top, bottom = caption_bands(image)
    # each band alone as well: a photo's own flat sky or floor looks like a band too
    for trim in sorted({(top, 0.0), (0.0, bottom), (top, bottom)} - {(0.0, 0.0)}):
        views.append(_crop(image, 0, trim[0], 0, trim[1]))
    return [_pdq(view)[0] for view in views]


def caption_bands(image) -> tuple[float, float]:
    """Shares of the height taken by flat bands at the top and bottom: rows from the edge
    where at least 40 % of the pixels are within a few grey levels of the edge's colour (a
    caption bar, even where its text is, is mostly its background colour)."""
    grey = image.convert("L")
    grey.thumbnail((128, 512))
    pixels = np.asarray(grey, dtype=np.int16)
    height = len(pixels)

    def run(rows: range) -> int:
        colour = int(np.median(pixels[rows[0]]))
        count = 0
        for row in rows:
            near = np.abs(pixels[row] - colour) <= 12
            if near.mean() < 0.4:
                break
            count += 1
        return count if 0.03 * height <= count <= MAX_BAND * height else 0

    return run(range(height)) / height, run(range(height - 1, -1, -1)) / height


def open_for_hashing(data: bytes, name: str = "The image"):
    """Decode with the OCR engine's limits (bombs, corrupt files refused)."""
    from claims.extraction.ocr import open_image

    return open_image(data, name)


def image_bytes_hashes(data: bytes) -> ImageHashes:
    return hash_image(open_for_hashing(data))


class HashIndex:
    """Stored hashes as one matrix of 64-bit words (whole-image and centre hashes stacked);
    a lookup XORs and popcounts every row at once (benchmarks/media/matching.py)."""

    def __init__(self, ids: list[int], hashes: list[tuple[str, str]]):
        self.ids = np.asarray(ids, dtype=np.int64)
        if hashes:
            full = bytes.fromhex("".join(h for h, _ in hashes))
            centre = bytes.fromhex("".join(c for _, c in hashes))
            self.words = np.frombuffer(full + centre, dtype=np.uint64).reshape(-1, 4)
        else:
            self.words = np.zeros((0, 4), dtype=np.uint64)
        # one contiguous array per 64-bit word: popcounting four long columns is ten times
        # faster than summing each row's four words (numpy reduces short axes slowly)
        self.columns = [np.ascontiguousarray(self.words[:, i]) for i in range(4)]

    def _distances(self, q):
        if not hasattr(np, "bitwise_count"):  # numpy < 2.0
            return _POPCOUNT[np.bitwise_xor(self.words, q).view(np.uint8)].sum(
                axis=1, dtype=np.uint16
            )
        distance = np.bitwise_count(np.bitwise_xor(self.columns[0], q[0])).astype(np.uint16)
        for column, word in zip(self.columns[1:], q[1:], strict=True):
            distance += np.bitwise_count(np.bitwise_xor(column, word))
        return distance

    def __len__(self) -> int:
        return len(self.ids)

    def search(
        self, queries: list[bytes], max_distance: int = MATCH_DISTANCE
    ) -> list[tuple[int, int]]:
        """(id, distance) of stored images within ``max_distance`` of any query view,
        nearest first."""
        if not len(self.ids) or not queries:
            return []
        both = np.full(len(self.words), 256, dtype=np.uint16)
        for query in queries:
            q = np.frombuffer(query, dtype=np.uint64)
            np.minimum(both, self._distances(q), out=both)
        best = np.minimum(both[: len(self.ids)], both[len(self.ids) :])
        hits = np.nonzero(best <= max_distance)[0]
        order = hits[np.argsort(best[hits], kind="stable")]
        return [(int(self.ids[i]), int(best[i])) for i in order]


def exif_summary(image) -> dict[str, str]:
    """The EXIF that matters for verification, as text; {} when there is none."""
    from PIL import ExifTags

    try:
        exif = image.getexif()
    except Exception:  # a damaged EXIF block is no metadata, not a broken image
        return {}
    if not exif:
        return {}
    tags = {ExifTags.TAGS.get(k, str(k)): v for k, v in exif.items()}
    with contextlib.suppress(Exception):
        tags.update({ExifTags.TAGS.get(k, str(k)): v for k, v in exif.get_ifd(0x8769).items()})
    found: dict[str, str] = {}
    taken = tags.get("DateTimeOriginal") or tags.get("DateTime")
    if taken:
        found["captured"] = str(taken)
    camera = " ".join(str(tags[k]).strip() for k in ("Make", "Model") if tags.get(k))
    if camera:
        found["camera"] = camera
    if tags.get("Software"):
        found["software"] = str(tags["Software"]).strip()
    try:
        gps = exif.get_ifd(0x8825)
    except Exception:
        gps = {}
    if gps and 2 in gps and 4 in gps:
        try:
            lat = _degrees(gps[2]) * (-1 if gps.get(1) in ("S", b"S") else 1)
            lon = _degrees(gps[4]) * (-1 if gps.get(3) in ("W", b"W") else 1)
            found["gps"] = f"{lat:.5f}, {lon:.5f}"
        except (TypeError, ValueError, ZeroDivisionError):
            pass
    return {k: v.replace("\x00", "")[:200] for k, v in found.items()}


def _degrees(value) -> float:
    d, m, s = (float(x) for x in value)
    return d + m / 60 + s / 3600


def encode_png(image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
