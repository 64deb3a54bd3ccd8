"""Read text from images (screenshots, photos of documents, scanned PDF pages) with
Tesseract, keeping where each word was on the page.

Plain Python, no Django. The text is built here, word by word, so every word's offsets in
the body are known exactly: the review page highlights the region of the image a claim was
read from (``OcrText.words``). Lines of a paragraph are joined with spaces, paragraphs with a
blank line, as the sentence splitter expects.

Bounds: an image is refused before it is decoded when it declares more than
``MAX_PIXELS`` (an image bomb declares 50,000 × 50,000 in a few hundred bytes); each
Tesseract run has a timeout; large images are scaled down before OCR, small ones up (Tesseract
reads best at a cap height of about 20–40 px).
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import tempfile
import time
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from claims.engine_messages import Message, Number, gettext_noop

from .errors import ExtractionError

# Tesseract's OpenMP threads fight each other on a busy machine: one thread per process read
# a 1080×1920 screenshot in 2.2 s where four threads took 7.3 s (benchmarks/media/ocr_cer.py).
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

# 40 megapixels: a 1080 × 20,000 scrolling screenshot or an A4 page at 600 dpi (35 MP).
MAX_PIXELS = 40_000_000
MAX_SIDE = 30_000
# The longest side an image is OCR'd at (larger ones are scaled down first: time and memory).
OCR_MAX_SIDE = 4000
MAX_PDF_PAGES = 20
PDF_DPI = 200
PDF_MAX_SIDE = 2400  # an A4 page at 200 dpi is 1654 × 2339
TESSERACT_TIMEOUT = 60  # seconds per page
IMAGE_EXTENSIONS = (".png", ".jpg", ".jpeg", ".webp")

# ISO 639-1 (the engine's codes) -> Tesseract's traineddata names.
TESSERACT_LANGUAGES = {"en": "eng", "ru": "rus", "uk": "ukr", "be": "bel", "pl": "pol"}
# The first pass when no language is given: Latin and Cyrillic scripts with their letters.
DETECTION_LANGUAGES = "eng+pol+rus+ukr+bel"

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_POLISH = re.compile(r"[ąęłńśźżćĄĘŁŃŚŹŻĆ]")


@dataclass(frozen=True)
class OcrWord:
    """One word: ``body[start:end]`` was read from ``box`` (left, top, width, height, in the
    pixels of the page image as stored) on page ``page`` (0-based)."""

    start: int
    end: int
    page: int
    box: tuple[int, int, int, int]
    confidence: float
    line: int = 0  # the line it was read on, counted over the whole text


@dataclass(frozen=True)
class OcrPage:
    """A page as shown beside the text: its image (PNG or the uploaded bytes) and size."""

    width: int
    height: int
    image: bytes = field(repr=False)
    content_type: str = "image/png"


@dataclass(frozen=True)
class OcrText:
    """What OCR read: the body text, its words' boxes and the pages they are on."""

    body: str
    language: str
    pages: list[OcrPage]
    words: list[OcrWord]
    seconds: float = 0.0

    def regions(self, start: int, end: int) -> list[tuple[int, tuple[int, int, int, int]]]:
        """The boxes (per page and line) of the words of ``body[start:end]``."""
        return regions_for(self.words, start, end)

    def to_json_dict(self) -> dict:
        return {
            "engine": "tesseract",
            "language": self.language,
            "seconds": round(self.seconds, 3),
            "pages": [{"width": p.width, "height": p.height} for p in self.pages],
            "words": [
                {"start": w.start, "end": w.end, "page": w.page, "box": list(w.box)}
                for w in self.words
            ],
        }


def regions_for(
    words: Iterable[OcrWord], start: int, end: int
) -> list[tuple[int, tuple[int, int, int, int]]]:
    """Boxes of the words overlapping [start, end), merged per line: (page, box) pairs."""
    lines: dict[tuple[int, int], list[int]] = {}
    for word in words:
        if word.end <= start or word.start >= end:
            continue
        left, top, width, height = word.box
        key = (word.page, word.line)
        box = lines.get(key)
        if box is None:
            lines[key] = [left, top, left + width, top + height]
        else:
            box[0], box[1] = min(box[0], left), min(box[1], top)
            box[2], box[3] = max(box[2], left + width), max(box[3], top + height)
    return [
        (page, (b[0], b[1], b[2] - b[0], b[3] - b[1])) for (page, _), b in sorted(lines.items())
    ]


def open_image(data: bytes, name: str = Message(gettext_noop("The image"))):
    """Decode an image safely: the declared size is checked before any pixel is decoded."""
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            width, height = image.size
            if width * height > MAX_PIXELS or max(width, height) > MAX_SIDE:
                raise ExtractionError(
                    gettext_noop(
                        "“%(name)s” declares %(width)s × %(height)s pixels; the limit is "
                        "%(limit)s megapixels. Crop or scale it down and try again."
                    ),
                    name=name,
                    width=Number(width, grouping=True),
                    height=Number(height, grouping=True),
                    limit=Number(MAX_PIXELS / 1e6, 0),
                )
            if image.format not in ("PNG", "JPEG", "WEBP", "PPM", "GIF", "MPO"):
                raise ExtractionError(
                    gettext_noop("“%(name)s” is not a PNG, JPEG or WebP image."), name=name
                )
            # A cut-off file must not decode as half a picture: WeasyPrint (the PDF reports)
            # turns on Pillow's process-wide LOAD_TRUNCATED_IMAGES, so check the file itself.
            Image.open(io.BytesIO(data)).verify()
            image.load()
    except ExtractionError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ExtractionError(
            gettext_noop(
                "“%(name)s” is too large to open safely; crop or scale it down and try again."
            ),
            name=name,
        ) from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise ExtractionError(
            gettext_noop(
                "“%(name)s” is not a readable image (the file is damaged or not an image)."
            ),
            name=name,
        ) from exc
    return image


def prepare(image):
    """Grey, light background, and a size Tesseract reads well; returns the image and the
    factor from its pixels back to the original's."""
    from PIL import Image, ImageOps

    if image.mode in ("RGBA", "LA", "P"):
        image = image.convert("RGBA")
        background = Image.new("RGBA", image.size, (255, 255, 255, 255))
        image = Image.alpha_composite(background, image)
    grey = ImageOps.exif_transpose(image).convert("L") if hasattr(image, "getexif") else image
    grey = grey.convert("L")
    # dark theme: light text on a dark background reads far better inverted
    histogram = grey.histogram()
    dark = sum(histogram[:128])
    if dark > sum(histogram[128:]):
        grey = ImageOps.invert(grey)
    scale = _text_scale(grey)
    longest = max(grey.size)
    if longest * scale > OCR_MAX_SIDE:
        scale = OCR_MAX_SIDE / longest
    if grey.size[0] * grey.size[1] * scale * scale > MAX_PIXELS:
        scale = (MAX_PIXELS / (grey.size[0] * grey.size[1])) ** 0.5
    if abs(scale - 1.0) > 0.01:
        grey = grey.resize(
            (max(1, round(grey.size[0] * scale)), max(1, round(grey.size[1] * scale))),
            Image.Resampling.LANCZOS,
        )
    return grey, scale


# Height in pixels of a line of text (ascenders to descenders) that Tesseract reads best
# and fastest: larger text costs time for nothing, smaller text costs characters.
TARGET_LINE_HEIGHT = 30


def _text_scale(grey) -> float:
    """The factor that brings the image's median text line to TARGET_LINE_HEIGHT, measured
    from the rows that hold dark pixels (a few milliseconds with numpy)."""
    import numpy as np

    pixels = np.asarray(grey)
    inked = (pixels < 128).sum(axis=1) > max(2, pixels.shape[1] // 400)
    edges = np.flatnonzero(np.diff(np.concatenate(([0], inked.astype(np.int8), [0]))))
    heights = edges[1::2] - edges[::2]
    heights = heights[heights >= 4]
    if not len(heights):
        return 1.0
    line = float(np.median(heights))
    scale = min(max(TARGET_LINE_HEIGHT / line, 0.5), 3.0)
    return 1.0 if 0.85 <= scale <= 1.2 else scale


def _tesseract_data(image, lang: str, timeout: float) -> dict[str, list]:
    import pytesseract

    try:
        return pytesseract.image_to_data(
            image,
            lang=lang,
            config="--oem 1 --psm 3",
            output_type=pytesseract.Output.DICT,
            timeout=timeout,
        )
    except RuntimeError as exc:  # pytesseract's timeout
        raise ExtractionError(
            gettext_noop(
                "Reading the text of the image took more than %(seconds)s s; crop it to the "
                "part that matters and try again."
            ),
            seconds=Number(timeout, 0),
        ) from exc
    except pytesseract.TesseractNotFoundError as exc:
        raise ExtractionError(
            gettext_noop("Text cannot be read from images here: Tesseract is not installed.")
        ) from exc
    except pytesseract.TesseractError as exc:
        raise ExtractionError(
            gettext_noop("Tesseract could not read the image (%(reason)s)."), reason=exc.message
        ) from exc


def detect_language(text: str) -> str:
    """The engine language of OCR'd text, from its letters (a first pass in every script)."""
    cyrillic = len(_CYRILLIC.findall(text))
    latin = len(_LATIN.findall(text))
    if cyrillic > latin:
        lowered = text.lower()
        if "ў" in lowered:
            return "be"
        ukrainian = sum(lowered.count(c) for c in "їєґ")
        i_count = lowered.count("і")
        russian = sum(lowered.count(c) for c in "ыэъё")
        if ukrainian or (i_count and not russian and "и" in lowered):
            return "uk"
        if i_count and not russian:
            return "be"
        return "ru"
    if _POLISH.search(text) and len(_POLISH.findall(text)) * 100 >= latin:
        return "pl"
    return "en"


def _words_text(data: dict[str, list]) -> str:
    return " ".join(t for t in data["text"] if t and t.strip())


def ocr_pages(
    pages: list[tuple[object, OcrPage]],
    *,
    language: str | None = None,
    name: str = Message(gettext_noop("The image")),
    max_seconds: float = 120.0,
    progress: Callable[[int, int], None] | None = None,
) -> OcrText:
    """OCR the given (decoded image, page as shown) pairs into one text with word boxes.

    Without ``language`` the first page is read once in every supported script, the language
    is told from its letters, and the pages are then read in that language only (mixing five
    languages' models makes Cyrillic letters swap between them)."""
    started = time.monotonic()
    deadline = started + max_seconds
    if language and language not in TESSERACT_LANGUAGES:
        raise ExtractionError(
            gettext_noop(
                "Text in %(language)s cannot be read from images; choose one of: %(known)s."
            ),
            language=repr(language),
            known=", ".join(TESSERACT_LANGUAGES),
        )
    prepared = []
    for image, _ in pages:
        prepared.append(prepare(image))
    if not language:
        sample, _scale = prepared[0]
        # the top of the first page is enough to tell the script and language
        crop = sample.crop((0, 0, sample.size[0], min(sample.size[1], 900)))
        first = _tesseract_data(crop, DETECTION_LANGUAGES, TESSERACT_TIMEOUT)
        language = detect_language(_words_text(first))
    lang = TESSERACT_LANGUAGES[language]
    body_parts: list[str] = []
    words: list[OcrWord] = []
    offset = lines = 0
    for number, (grey, scale) in enumerate(prepared):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise ExtractionError(
                gettext_noop(
                    "“%(name)s” took more than %(seconds)s s to read; upload fewer pages."
                ),
                name=name,
                seconds=Number(max_seconds, 0),
            )
        data = _tesseract_data(grey, lang, min(TESSERACT_TIMEOUT, remaining))
        if progress is not None:
            progress(number + 1, len(prepared))
        paragraphs = _paragraphs(data, scale)
        for paragraph in paragraphs:
            if body_parts:
                body_parts.append("\n\n")
                offset += 2
            for index, (text, box, confidence, line) in enumerate(paragraph):
                if index:
                    body_parts.append(" ")
                    offset += 1
                body_parts.append(text)
                words.append(
                    OcrWord(offset, offset + len(text), number, box, confidence, lines + line)
                )
                offset += len(text)
            lines += 1 + max((w[3] for w in paragraph), default=0)
    body = "".join(body_parts)
    if not body.strip():
        raise ExtractionError(gettext_noop("No text could be read in “%(name)s”."), name=name)
    return OcrText(
        body=body,
        language=language,
        pages=[page for _, page in pages],
        words=words,
        seconds=time.monotonic() - started,
    )


Word = tuple[str, tuple[int, int, int, int], float, int]


def _paragraphs(data: dict[str, list], scale: float) -> list[list[Word]]:
    """Tesseract's words grouped by block and paragraph, boxes in the original's pixels,
    lines numbered from 0 within the paragraph; a word hyphenated at a line end is joined
    with the start of the next line."""
    grouped: dict[tuple[int, int], list[tuple[str, tuple[int, int, int, int], float, int]]] = {}
    for i, text in enumerate(data["text"]):
        text = (text or "").strip()
        if not text:
            continue
        try:
            confidence = float(data["conf"][i])
        except (TypeError, ValueError):
            confidence = -1.0
        left, top, width, height = (
            round(data[k][i] / scale) for k in ("left", "top", "width", "height")
        )
        box = (left, top, width, height)
        key = (data["block_num"][i], data["par_num"][i])
        grouped.setdefault(key, []).append((text, box, confidence, data["line_num"][i]))
    paragraphs = []
    for key in sorted(grouped):
        merged: list[Word] = []
        previous_line, line_index = None, -1
        for text, box, confidence, line in grouped[key]:
            if line != previous_line:
                line_index += 1
            if (
                merged
                and line != previous_line
                and merged[-1][0].endswith("-")
                and len(merged[-1][0]) > 2
                and text[:1].islower()
            ):
                # keep the first half's box: the highlight shows where the word starts
                head, head_box, head_conf, head_line = merged[-1]
                merged[-1] = (head[:-1] + text, head_box, min(head_conf, confidence), head_line)
            else:
                merged.append((text, box, confidence, line_index))
            previous_line = line
        paragraphs.append(merged)
    return paragraphs


def ocr_image(
    data: bytes,
    name: str = Message(gettext_noop("The image")),
    *,
    language: str | None = None,
    max_seconds: float = 120.0,
) -> OcrText:
    """OCR one uploaded image (PNG, JPEG, WebP); the page shown is the uploaded file."""
    image = open_image(data, name)
    content_type = {
        "PNG": "image/png",
        "JPEG": "image/jpeg",
        "MPO": "image/jpeg",
        "WEBP": "image/webp",
    }.get(image.format or "", "image/png")
    page = OcrPage(image.size[0], image.size[1], data, content_type)
    return ocr_pages([(image, page)], language=language, name=name, max_seconds=max_seconds)


def needs_ocr(data: bytes, name: str) -> bool:
    """Will this file be read with OCR (an image, or a PDF with no text layer)? The same
    rule as loaders.load_pdf, which reads the text layer first: callers use it to send the
    slow imports to a worker. An unreadable PDF is False: the ordinary import says why."""
    extension = os.path.splitext((name or "").lower())[1]
    if extension in IMAGE_EXTENSIONS:
        return True
    if extension != ".pdf":
        return False
    from pypdf import PdfReader

    deadline = time.monotonic() + 5
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            return False
        for page in reader.pages:
            if (page.extract_text() or "").strip() or time.monotonic() > deadline:
                return False
    except Exception:  # damaged: let the import in the request report it
        return False
    return True


def pdf_page_count(path: Path, name: str) -> int:
    try:
        info = subprocess.run(
            ["pdfinfo", str(path)], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ExtractionError(
            gettext_noop("“%(name)s” could not be opened as a PDF."), name=name
        ) from exc
    match = re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE)
    if info.returncode != 0 or not match:
        raise ExtractionError(gettext_noop("“%(name)s” is not a readable PDF."), name=name)
    return int(match.group(1))


def _page_dpi(path: Path, number: int, dpi: int) -> int:
    """``dpi``, lowered for a page so large that it would render past ``PDF_MAX_SIDE``."""
    info = subprocess.run(
        ["pdfinfo", "-f", str(number), "-l", str(number), str(path)],
        capture_output=True,
        text=True,
        timeout=20,
        check=False,
    )
    match = re.search(r"size:\s+([\d.]+) x ([\d.]+) pts", info.stdout)
    if not match:
        return dpi
    longest = max(float(match.group(1)), float(match.group(2))) / 72
    return max(20, min(dpi, int(PDF_MAX_SIDE / max(longest, 0.01))))


def ocr_pdf(
    data: bytes,
    name: str = Message(gettext_noop("The PDF")),
    *,
    language: str | None = None,
    max_pages: int = MAX_PDF_PAGES,
    dpi: int = PDF_DPI,
    max_seconds: float = 120.0,
) -> OcrText:
    """OCR a PDF without a text layer: pages rendered one at a time with poppler's
    ``pdftoppm`` (so memory holds one page), at most ``max_pages`` of them."""
    with tempfile.TemporaryDirectory(prefix="ocr-pdf-") as tmp:
        source = Path(tmp) / "in.pdf"
        source.write_bytes(data)
        count = pdf_page_count(source, name)
        if count > max_pages:
            raise ExtractionError(
                gettext_noop(
                    "“%(name)s” has %(count)s pages; scanned documents are read up to "
                    "%(limit)s pages. Split it and import the pages that matter."
                ),
                name=name,
                count=Number(count, grouping=True),
                limit=Number(max_pages),
            )
        pages: list[tuple[object, OcrPage]] = []
        end = time.monotonic() + max_seconds
        for number in range(1, count + 1):
            remaining = end - time.monotonic()
            if remaining <= 0:
                raise ExtractionError(
                    gettext_noop("“%(name)s” took more than %(seconds)s s to render."),
                    name=name,
                    seconds=Number(max_seconds, 0),
                )
            target = Path(tmp) / f"page-{number}"
            try:
                done = subprocess.run(
                    [
                        "pdftoppm",
                        "-f",
                        str(number),
                        "-l",
                        str(number),
                        "-r",
                        str(_page_dpi(source, number, dpi)),
                        "-gray",
                        "-png",
                        "-singlefile",
                        str(source),
                        str(target),
                    ],
                    capture_output=True,
                    timeout=min(remaining, 60),
                    check=False,
                )
            except subprocess.TimeoutExpired as exc:
                raise ExtractionError(
                    gettext_noop("Page %(number)s of “%(name)s” took too long to render."),
                    number=number,
                    name=name,
                ) from exc
            except OSError as exc:
                raise ExtractionError(
                    gettext_noop(
                        "Scanned PDFs cannot be read here: poppler-utils (pdftoppm) is not "
                        "installed."
                    )
                ) from exc
            png = target.with_suffix(".png")
            if done.returncode != 0 or not png.exists():
                raise ExtractionError(
                    gettext_noop("Page %(number)s of “%(name)s” could not be rendered."),
                    number=number,
                    name=name,
                )
            raw = png.read_bytes()
            image = open_image(
                raw, Message(gettext_noop("page %(number)s of %(name)s"), number=number, name=name)
            )
            pages.append((image, OcrPage(image.size[0], image.size[1], raw, "image/png")))
        if not pages:
            raise ExtractionError(gettext_noop("“%(name)s” has no pages."), name=name)
        return ocr_pages(
            pages, language=language, name=name, max_seconds=max(end - time.monotonic(), 1)
        )
