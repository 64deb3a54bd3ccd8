"""Spreadsheet formula injection: every tabular export (the article report's CSV on the page
and through `export_report`, the bulk export's CSV through its Celery task, the editors'
statistics tables) writes its cells through one function, `formats.neutralise`, which
must catch a formula also behind leading spaces and in full-width or small forms."""

from __future__ import annotations

import csv
import io

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from claims.models import Claim, ExportJob
from claims.reports import formats
from claims.tasks import run_bulk_export
from tests.reports_helpers import make_article

pytestmark = pytest.mark.django_db

# Cell texts a spreadsheet would run (or, for TAB/CR, may split into a formula cell).
HOSTILE = [
    "=1+2",
    "+1+2",
    "-1+2",
    "@SUM(1)",
    "\t=1+2",
    "\r=1+2",
    "   =HYPERLINK(1)",
    "\u00a0=HYPERLINK(1)",
    "\u3000+cmd",
    "\u200b=1",
    "\uff1dHYPERLINK(1)",
    "\uff0b1",
    "\uff0d1",
    "\uff20SUM(1)",
    " \uff1d1",
    "\ufe66 1",
]
HARMLESS = ["plain words", "1 = 1", "e-mail", "", "'quoted"]


def dangerous(cell: str) -> bool:
    """What a spreadsheet would treat as a formula: the rule restated independently."""
    import unicodedata

    if cell[:1] in ("\t", "\r"):
        return True
    visible = cell.lstrip().lstrip("\u200b\ufeff")
    return unicodedata.normalize("NFKC", visible[:1]) in {"=", "+", "-", "@"}


@pytest.mark.parametrize("text", HOSTILE)
def test_neutralise_disarms_formulas_behind_spaces_and_in_wide_forms(text):
    assert dangerous(text)
    assert formats.neutralise(text) == "'" + text


@pytest.mark.parametrize("text", HARMLESS)
def test_neutralise_leaves_ordinary_text_alone(text):
    assert formats.neutralise(text) == text


def test_neutralise_keeps_numbers_as_numbers():
    assert formats.neutralise(-3) == "-3"
    assert formats.neutralise(None) == ""


def _hostile_claim(article) -> Claim:
    claim = article.claims.exclude(state=Claim.State.REJECTED).order_by("pk").first()
    Claim.objects.filter(pk=claim.pk).update(
        claimant='  \uff1dHYPERLINK("http://attacker.example")',
        rationale=" \uff20SUM(1)",
        text="\u3000+cmd|' /C calc'!A0",
    )
    return claim


def _cells(raw: bytes) -> list[str]:
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    return [cell for row in rows[1:] for cell in row]


def _assert_disarmed(raw: bytes, claim: Claim) -> None:
    cells = _cells(raw)
    assert cells, "no rows"
    assert not [c for c in cells if c and dangerous(c)]
    assert '\'  \uff1dHYPERLINK("http://attacker.example")' in cells
    assert "' \uff20SUM(1)" in cells


def test_report_page_csv_disarms_hidden_formulas(editor):
    article = make_article(6, seed=181)
    claim = _hostile_claim(article)
    client = Client()
    client.force_login(editor)
    response = client.get(reverse("reports:article", args=[article.pk]), {"format": "csv"})
    assert response.status_code == 200
    raw = b"".join(response.streaming_content) if response.streaming else response.content
    _assert_disarmed(raw, claim)


def test_export_report_command_csv_disarms_hidden_formulas(tmp_path):
    article = make_article(6, seed=182)
    claim = _hostile_claim(article)
    out = tmp_path / "report.csv"
    call_command("export_report", article=article.pk, format="csv", output=str(out))
    _assert_disarmed(out.read_bytes(), claim)


def test_bulk_export_task_csv_disarms_hidden_formulas(editor):
    article = make_article(6, seed=183)
    claim = _hostile_claim(article)
    job = ExportJob.objects.create(requested_by=editor, format="csv", filters={})
    run_bulk_export.apply(args=[job.pk])
    job.refresh_from_db()
    assert job.status == ExportJob.Status.DONE
    _assert_disarmed(job.file.read(), claim)


def test_statistics_csv_disarms_hidden_formulas(editor):
    article = make_article(6, seed=184)
    article.claims.update(claimant=" \uff0bcmd", approved_at=timezone.now())
    client = Client()
    client.force_login(editor)
    for table in ("by_claimant", "by_outlet", "waiting_assignee"):
        response = client.get(reverse("records:statistics"), {"csv": table, "start": "2000-01-01"})
        assert response.status_code == 200
        cells = _cells(response.content)
        assert not [c for c in cells if c and dangerous(c)], table
