"""OCR quality and speed on screenshots rendered from known text.

Usage: DEBUG=1 .venv/bin/python benchmarks/media/ocr_cer.py [--quick]

Every language (en, ru, uk, be, pl) × light/dark theme × three DejaVu faces × font sizes
18/24/32 px, rendered at 720 px wide with tests/media_samples.py; the character error rate
(Levenshtein distance / expected length, whitespace collapsed) is measured with the language
given and with it detected. Then a 1080 × 1920 phone screenshot full of body text is timed
(one Tesseract thread, as the engine runs it).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from claims.extraction.ocr import ocr_image  # noqa: E402
from tests.media_samples import FONT_FILES, TEXTS, screenshot  # noqa: E402
from tests.test_media_ocr import cer  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="one face and size per language")
    args = parser.parse_args()
    fonts = FONT_FILES[:1] if args.quick else FONT_FILES
    sizes = (24,) if args.quick else (18, 24, 32)
    rows = []
    for language, text in TEXTS.items():
        for dark in (False, True):
            for font in fonts:
                for size in sizes:
                    image = screenshot(text, dark=dark, font=font, size=size)
                    given = ocr_image(image, language=language)
                    detected = ocr_image(image)
                    rows.append(
                        (
                            language,
                            dark,
                            font,
                            size,
                            cer(text, given.body),
                            cer(text, detected.body),
                            detected.language == language,
                        )
                    )
                    print(
                        f"{language} {'dark ' if dark else 'light'} {font:24} {size:2}px "
                        f"CER given {rows[-1][4]:.4f}  detected {rows[-1][5]:.4f} "
                        f"({detected.language})"
                    )
    print()
    for language in TEXTS:
        mine = [r for r in rows if r[0] == language]
        print(
            f"{language}: mean CER {statistics.mean(r[4] for r in mine):.4f}, "
            f"max {max(r[4] for r in mine):.4f}; detected right {sum(r[6] for r in mine)}/{len(mine)}"
        )
    print(
        f"all: mean CER {statistics.mean(r[4] for r in rows):.4f}, max {max(r[4] for r in rows):.4f}"
        f" (language detected: mean {statistics.mean(r[5] for r in rows):.4f})"
    )
    body = "\n\n".join([TEXTS["en"]] * 9)
    phone = screenshot(body, width=1080, height=1920, size=34)
    for language in ("en", None):
        times, cpu = [], []
        for _ in range(3):
            started = time.perf_counter()
            before = _cpu()
            result = ocr_image(phone, language=language)
            times.append(time.perf_counter() - started)
            cpu.append(_cpu() - before)
        print(
            f"1080×1920 screenshot, language {language or 'detected'}: CPU (this process and "
            f"Tesseract) best {min(cpu):.2f} s, median {statistics.median(cpu):.2f} s; wall "
            f"best {min(times):.2f} s, median {statistics.median(times):.2f} s; "
            f"{len(result.words)} words, CER {cer(body, result.body):.4f}"
        )


def _cpu() -> float:
    """CPU seconds used by this process and its finished children (Tesseract runs as one):
    on a shared machine, the time the work would take on one free core."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


if __name__ == "__main__":
    main()
