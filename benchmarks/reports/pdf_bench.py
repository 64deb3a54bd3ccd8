"""PDF report speed: an article with 200 claims (verdicts, attributions, evidence) rendered
with WeasyPrint; target < 3 s. Also checks that pdftotext finds every claim and verdict.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/factcheck .venv/bin/python benchmarks/reports/pdf_bench.py

Uses the configured (migrated) database inside a transaction that is rolled back. Times the
whole `render_article(..., "pdf")`: queries, template and WeasyPrint. Exits 1 if the median
is 3 s or more or pdftotext misses a claim or verdict."""

from __future__ import annotations

import io
import logging
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")

import django  # noqa: E402

django.setup()

from django.db import transaction  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from claims.models import Claim  # noqa: E402
from claims.reports.exports import render_article  # noqa: E402
from tests.reports_helpers import make_article  # noqa: E402

CLAIMS = 200
RUNS = 5
# The generated text holds an emoji that DejaVu lacks: WeasyPrint warns once per text run
# (about 180 lines per render), which would bury the result.
logging.getLogger("weasyprint").setLevel(logging.ERROR)


class Rollback(Exception):
    pass


def main() -> int:
    timings: list[float] = []
    size = 0
    missing: list[str] = []
    try:
        with transaction.atomic():
            article = make_article(CLAIMS, seed=2024, title="Benchmark article")
            render_article(article.pk, "pdf")  # warm-up: fonts, CSS
            for _ in range(RUNS):
                start = time.perf_counter()
                pdf = render_article(article.pk, "pdf").content
                timings.append(time.perf_counter() - start)
            size = len(pdf)
            pages = len(PdfReader(io.BytesIO(pdf)).pages)
            if shutil.which("pdftotext"):
                with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
                    handle.write(pdf)
                    handle.flush()
                    text = " ".join(
                        subprocess.run(
                            ["pdftotext", handle.name, "-"],
                            capture_output=True,
                            text=True,
                            check=True,
                        ).stdout.split()
                    )
                for claim in (
                    Claim.objects.filter(article=article)
                    .exclude(state="rejected")
                    .select_related("verdict")
                ):
                    if " ".join(claim.text.split()) not in text:
                        missing.append(claim.text[:60])
                    if claim.verdict_id and claim.verdict.name not in text:
                        missing.append(claim.verdict.name)
            reported = Claim.objects.filter(article=article).exclude(state="rejected").count()
            raise Rollback
    except Rollback:
        pass
    print(f"claims in report: {reported} (of {CLAIMS}; rejected ones are left out)")
    print(f"PDF: {pages} pages, {size:,} bytes")
    print(
        f"render time over {RUNS} runs: median {statistics.median(timings):.2f} s, "
        f"min {min(timings):.2f} s, max {max(timings):.2f} s (target < 3 s)"
    )
    print(
        f"pdftotext: {'all claims and verdicts found' if not missing else f'{len(missing)} missing'}"
    )
    return 0 if statistics.median(timings) < 3 and not missing else 1


if __name__ == "__main__":
    raise SystemExit(main())
