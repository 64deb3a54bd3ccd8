"""export_report, import_json and import_claimreview: the same exports for cron and scripts."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import CommandError, call_command

from claims.models import Article, Claim, PriorFactCheck
from claims.reports.exports import FORMATS, render_article
from tests.local_site import Route

pytestmark = pytest.mark.django_db


class BinaryOut(io.StringIO):
    """stdout with a .buffer, like sys.stdout, so binary formats can be written."""

    def __init__(self) -> None:
        super().__init__()
        self.buffer = io.BytesIO()


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_export_report_writes_each_format_to_a_file(demo_article, tmp_path, fmt):
    out = tmp_path / f"report.{fmt}"
    call_command(
        "export_report",
        "--article",
        str(demo_article.pk),
        "--format",
        fmt,
        "-o",
        str(out),
        stderr=io.StringIO(),
    )
    data = out.read_bytes()
    if fmt == "pdf":
        assert data.startswith(b"%PDF")
    elif fmt in {"json", "claimreview"}:
        assert json.loads(data)
    else:
        assert Claim.objects.filter(
            article=demo_article, state="published"
        ).first().verdict.name in data.decode("utf-8-sig")


def test_export_report_writes_to_stdout_without_output_option(demo_article):
    out = BinaryOut()
    call_command("export_report", "--article", str(demo_article.pk), "--format", "md", stdout=out)
    assert out.buffer.getvalue() == render_article(demo_article.pk, "md").content


def test_export_report_names_a_missing_article(db):
    with pytest.raises(CommandError, match="No article with id 424242"):
        call_command("export_report", "--article", "424242", "--format", "md")


def test_import_json_command_loads_an_export_and_reports_counts(demo_article, tmp_path):
    path = tmp_path / "export.json"
    path.write_bytes(render_article(demo_article.pk, "json").content)
    Article.objects.all().delete()
    out = io.StringIO()
    call_command("import_json", str(path), stdout=out)
    assert "1 articles" in out.getvalue()
    assert Article.objects.count() == 1


def test_import_json_command_lists_problems_and_imports_nothing(db, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(
        json.dumps(
            {
                "format": "factcheck-workbench",
                "version": 1,
                "people": [],
                "sources": [],
                "articles": [{"title": 1}],
                "claims": [],
            }
        )
    )
    with pytest.raises(CommandError) as info:
        call_command("import_json", str(path))
    assert "articles[0].title: must be a string" in str(info.value)
    assert "articles[0].body: missing" in str(info.value)
    assert not Article.objects.exists()


def test_import_json_command_names_an_unreadable_file(db, tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_json", str(tmp_path / "absent.json"))


def test_import_claimreview_command_stores_prior_fact_checks(demo_article, tmp_path):
    path = tmp_path / "reviews.jsonld"
    path.write_bytes(render_article(demo_article.pk, "claimreview").content)
    out = io.StringIO()
    call_command("import_claimreview", str(path), stdout=out)
    assert "1 prior fact-checks created" in out.getvalue()
    assert PriorFactCheck.objects.count() == 1


def test_import_claimreview_command_fetches_a_published_page(demo_article, site):
    """ "A file or a page": a page URL goes through the SSRF-safe fetcher, and its ld+json
    scripts are imported."""
    reviews = render_article(demo_article.pk, "claimreview").content.decode()
    page = f'<html><head><script type="application/ld+json">{reviews}</script></head></html>'
    site.routes["/fact-checks/1"] = Route(page.encode())
    out = io.StringIO()
    call_command("import_claimreview", site.url("/fact-checks/1"), stdout=out)
    assert "1 prior fact-checks created" in out.getvalue()
    assert site.hits["/fact-checks/1"] == 1
    assert PriorFactCheck.objects.count() == 1


def test_import_claimreview_command_refuses_a_private_address_without_fetching(
    demo_article, site, settings
):
    settings.LINKCHECK_ALLOWED_NETWORKS = []
    site.routes["/x"] = Route(b"[]")
    with pytest.raises(CommandError, match="cannot be imported"):
        call_command("import_claimreview", site.url("/x"))
    assert site.hits["/x"] == 0
    assert PriorFactCheck.objects.count() == 0
