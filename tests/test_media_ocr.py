"""The OCR engine (claims.extraction.ocr) on screenshots rendered from known text: what it
reads, where it read it, and what it refuses. Few, small images: OCR is slow."""

from __future__ import annotations

import io
import struct
import zlib

import pytest

from claims.extraction import ExtractionError, extract_file
from claims.extraction.ocr import MAX_PDF_PAGES, detect_language, ocr_image
from tests.media_samples import TEXTS, screenshot


def cer(expected: str, got: str) -> float:
    """Character error rate: Levenshtein distance over the expected length (whitespace
    collapsed on both sides)."""
    a, b = " ".join(expected.split()), " ".join(got.split())
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1] / max(len(a), 1)


def png_declaring(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 1000))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    ("language", "dark", "font"),
    [("en", False, "DejaVuSerif.ttf"), ("ru", True, "DejaVuSans.ttf")],
)
def test_screenshot_text_is_read_with_at_most_3_percent_character_errors(language, dark, font):
    text = TEXTS[language]
    result = ocr_image(screenshot(text, dark=dark, font=font, size=20), language=language)
    assert cer(text, result.body) <= 0.03
    assert result.language == language


def test_language_is_detected_when_not_given():
    result = ocr_image(screenshot(TEXTS["uk"], size=20))
    assert result.language == "uk"
    assert cer(TEXTS["uk"], result.body) <= 0.03


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TEXTS["en"], "en"),
        (TEXTS["ru"], "ru"),
        (TEXTS["uk"], "uk"),
        (TEXTS["be"], "be"),
        (TEXTS["pl"], "pl"),
    ],
)
def test_language_is_told_from_the_letters_of_a_first_pass(text, expected):
    assert detect_language(text) == expected


def test_every_claim_points_at_the_region_of_the_image_it_was_read_from():
    data = screenshot(TEXTS["en"], width=640, size=20)
    document = extract_file(data, "post.png", language="en")
    assert document.ocr is not None and document.claims
    page = document.ocr.pages[0]
    assert (page.width, page.height, page.image) == (640, page.height, data)
    for word in document.ocr.words:  # each box holds the word the body has at its offsets
        assert document.body[word.start : word.end].strip()
    for claim in document.claims:
        regions = document.ocr.regions(claim.start, claim.end)
        assert regions
        for number, (left, top, width, height) in regions:
            assert number == 0 and width > 0 and height > 0
            assert left >= 0 and left + width <= page.width and top + height <= page.height
    # claims later in the text sit lower on the screenshot
    tops = [document.ocr.regions(c.start, c.end)[0][1][1] for c in document.claims]
    assert tops == sorted(tops)
    assert document.to_json_dict()["ocr"]["words"][0]["box"]


def test_an_image_bomb_is_refused_before_it_is_decoded():
    with pytest.raises(ExtractionError, match="too large|megapixels"):
        extract_file(png_declaring(50_000, 50_000), "bomb.png")
    with pytest.raises(ExtractionError, match="megapixels"):
        extract_file(png_declaring(9_000, 9_000), "big.png")  # under Pillow's limit, over ours


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("broken.jpg", b"\xff\xd8\xff" + b"not really a jpeg" * 50),
        ("lying.png", b"%PDF-1.4\n% a PDF that calls itself a PNG\n"),
        ("cut.png", screenshot("Cut off half way.", width=200)[:300]),
    ],
)
def test_damaged_or_lying_images_get_a_clear_message(name, data):
    with pytest.raises(ExtractionError, match="not a readable image"):
        extract_file(data, name)


def test_a_scanned_pdf_is_read_page_by_page():
    from PIL import Image

    pages = [Image.open(io.BytesIO(screenshot(TEXTS["en"], width=600, size=20)))]
    out = io.BytesIO()
    pages[0].save(out, "PDF", resolution=100)
    document = extract_file(out.getvalue(), "scan.pdf", language="en")
    assert document.ocr is not None and len(document.ocr.pages) == 1
    assert cer(TEXTS["en"], document.body) <= 0.03


def test_a_pdf_with_thousands_of_pages_is_refused_quickly():
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(3000):
        writer.add_blank_page(width=200, height=200)
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(ExtractionError, match=f"3,000 pages.*{MAX_PDF_PAGES} pages"):
        extract_file(out.getvalue(), "huge.pdf")
