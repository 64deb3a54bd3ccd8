"""Article reports in HTML, PDF, Markdown and CSV: content, permissions, confidentiality,
query counts."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from claims.models import Claim
from claims.reports import formats
from claims.reports.exports import render_article
from claims.reports.selectors import article_report
from claims.templatetags.workbench import admiralty_words
from sources.models import Evidence, Link, Snapshot, Source
from tests.conftest import REQUIRE_SERVICES, make_user
from tests.reports_helpers import make_article

pytestmark = pytest.mark.django_db


def flat(text: str) -> str:
    return " ".join(text.split())


def pdf_text(pdf: bytes, tmp_path) -> str:
    if not shutil.which("pdftotext"):
        if REQUIRE_SERVICES:
            pytest.fail("pdftotext (poppler-utils) is missing")
        pytest.skip("needs pdftotext (apt-get install poppler-utils)")
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def reported_claims(article_id: int) -> list[Claim]:
    return list(
        Claim.objects.filter(article_id=article_id)
        .exclude(state="rejected")
        .select_related("verdict")
    )


def test_html_report_lists_claims_in_article_order_with_verdict_colour(demo_article):
    html = render_article(demo_article.pk, "html").content.decode()
    claims = sorted(reported_claims(demo_article.pk), key=lambda c: c.start)
    positions = [html.index(c.text.replace("'", "&#x27;").replace("“", "“")) for c in claims]
    assert positions == sorted(positions)
    published = next(c for c in claims if c.verdict_id and c.state == "published")
    assert published.verdict.colour in html
    assert "approved by Eva Editor" in html


def test_rejected_claims_stay_out_of_the_report(demo_article):
    rejected = Claim.objects.get(article=demo_article, state="rejected")
    assert flat(rejected.text) not in flat(render_article(demo_article.pk, "md").content.decode())


def test_pdf_text_contains_every_claim_and_verdict(tmp_path, db):
    article = make_article(40, seed=7)
    text = flat(pdf_text(render_article(article.pk, "pdf").content, tmp_path))
    for claim in reported_claims(article.pk):
        assert flat(claim.text) in text
        if claim.verdict_id:
            assert claim.verdict.name in text


def test_pdf_shows_review_attribution_and_evidence_of_every_claim(tmp_path, db):
    article = make_article(15, seed=8)
    link = Link.objects.filter(evidence__claim__article=article).first()
    wayback = f"https://web.archive.org/web/2024/{link.url}"
    Snapshot.objects.create(
        link=link, captured_at=timezone.now(), sha256="0" * 64, wayback_url=wayback
    )
    pdf = render_article(article.pk, "pdf").content
    text = flat(pdf_text(pdf, tmp_path))
    report = article_report(article.pk)
    expected = []
    for claim in report.claims:
        ctx = formats.claim_context(claim)
        expected.append(flat(claim.text))
        if claim.verdict_id:
            expected += [flat(claim.rationale), f"drafted by {ctx['verdict_author']}"]
        if claim.reviewer_id:
            approved_on = timezone.localtime(claim.approved_at).date()
            expected.append(f"approved by {ctx['reviewer']} on {approved_on}")
        for chain in ctx["chains"]:
            expected.append(
                " → ".join(
                    f"{s.name} ({s.reliability}: {admiralty_words(s.reliability)})"
                    for s in chain["chain"]
                )
            )
        for row in ctx["evidence"]:
            expected += [f"grade {row.grade}", row.item.url]
            expected.append(f"Grade {row.grade}: {admiralty_words(row.grade)}")
            expected.append(flat(row.item.excerpt))
            if row.link_status:
                expected.append(f"Link: {row.link_status}")
    expected.append("archived copy")
    assert [piece for piece in expected if piece not in text] == []
    positions = [text.index(flat(c.text)) for c in report.claims]
    assert positions == sorted(positions)
    uris = {
        annotation.get_object()["/A"]["/URI"]
        for page in PdfReader(io.BytesIO(pdf)).pages
        for annotation in page.get("/Annots", [])
    }
    assert {link.url, wayback} <= uris


def test_pdf_prints_markup_in_user_text_as_text(tmp_path, db):
    article = make_article(3, seed=9)
    claim = reported_claims(article.pk)[0]
    Claim.objects.filter(pk=claim.pk).update(claimant="<i>the minister</i> & co")
    text = flat(pdf_text(render_article(article.pk, "pdf").content, tmp_path))
    assert "claimant: <i>the minister</i> & co" in text


def test_report_reads_a_fixed_number_of_queries_whatever_the_claim_count(db):
    small, big = make_article(5, seed=11), make_article(60, seed=12)
    counts = []
    for article in (small, big):
        with CaptureQueriesContext(connection) as ctx:
            report = article_report(article.pk)
            formats.build_markdown(report)
            formats.build_csv(report)
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1]


def test_confidential_sources_and_evidence_are_left_out_by_default(demo_article):
    confidential = list(Source.objects.filter(confidential=True).values_list("name", flat=True))
    assert confidential
    for fmt in ("html", "md", "csv", "json", "claimreview"):
        content = render_article(demo_article.pk, fmt).content.decode()
        for name in confidential:
            assert name not in content, (fmt, name)


def test_confidential_material_needs_permission_and_explicit_request(
    client, demo_article, checker, editor
):
    url = reverse("reports:article", args=[demo_article.pk]) + "?format=md&include_confidential=1"
    client.force_login(checker)  # no view_confidential_source
    assert "Aleh (border guard)" not in client.get(url).content.decode()
    client.force_login(editor)
    assert "Aleh (border guard)" in client.get(url).content.decode()
    plain = reverse("reports:article", args=[demo_article.pk]) + "?format=md"
    assert "Aleh (border guard)" not in client.get(plain).content.decode()


def test_report_page_needs_login_and_view_permission(client, demo_article):
    url = reverse("reports:article", args=[demo_article.pk])
    assert client.get(url).status_code == 302
    client.force_login(make_user("nobody"))
    assert client.get(url).status_code == 403


def test_report_download_has_attachment_name_and_type(client, demo_article, checker):
    client.force_login(checker)
    response = client.get(reverse("reports:article", args=[demo_article.pk]), {"format": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]


def test_unknown_format_and_article_are_client_errors(client, demo_article, checker):
    client.force_login(checker)
    url = reverse("reports:article", args=[demo_article.pk])
    assert client.get(url, {"format": "docx"}).status_code == 400
    assert client.get(url, {"claim": "x"}).status_code == 400
    assert client.get(reverse("reports:article", args=[999999])).status_code == 404


def test_report_for_a_selection_of_claims_holds_only_those(demo_article):
    chosen = reported_claims(demo_article.pk)[:2]
    md = render_article(demo_article.pk, "md", claim_ids=[c.pk for c in chosen]).content.decode()
    others = [c for c in reported_claims(demo_article.pk) if c not in chosen]
    assert all(flat(formats.md_escape(c.text)) in flat(md) for c in chosen)
    assert not any(flat(formats.md_escape(c.text)) in flat(md) for c in others)


def test_csv_has_bom_one_row_per_claim_and_neutralised_formulas(db):
    article = make_article(12, seed=3)
    claim = Claim.objects.filter(article=article).exclude(state="rejected").first()
    Claim.objects.filter(pk=claim.pk).update(
        claimant='=HYPERLINK("http://evil")', rationale="@SUM(1)"
    )
    raw = render_article(article.pk, "csv").content
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == len(reported_claims(article.pk))
    for row in rows:
        for value in row.values():
            assert not value.startswith(formats.FORMULA_PREFIXES), value
    target = next(r for r in rows if r["claim_id"] == str(claim.pk))
    assert target["claimant"] == '\'=HYPERLINK("http://evil")'


def test_markdown_escapes_markup_in_user_text(db):
    article = make_article(3, seed=4)
    claim = Claim.objects.filter(article=article).first()
    Claim.objects.filter(pk=claim.pk).update(claimant="*bold* [link](http://x) <script>")
    md = render_article(article.pk, "md").content.decode()
    assert r"\*bold\* \[link\](http://x) &lt;script&gt;" in md


def test_open_issues_name_missing_verdicts_unlocated_primaries_and_dead_links(db):
    article = make_article(20, seed=5)
    report = article_report(article.pk)
    kinds = {issue.kind for issue in report.issues}
    assert {"no_verdict", "primary_not_located", "dead_link"} <= kinds


def test_html_report_embeds_claimreview_json_ld(demo_article):
    html = render_article(demo_article.pk, "html").content.decode()
    assert '<script type="application/ld+json">' in html
    assert "ClaimReview" in html


def test_evidence_grade_is_shown_as_admiralty_letter_and_digit(demo_article):
    evidence = (
        Evidence.objects.filter(claim__article=demo_article, confidential=False)
        .select_related("source")
        .first()
    )
    assert f"grade {evidence.grade}" in render_article(demo_article.pk, "md").content.decode()


def test_pdf_prints_emoji_from_quoted_posts_as_glyphs_not_empty_boxes(
    demo_article, tmp_path, caplog
):
    """Claims quoting social media carry emoji; DejaVu has none, so the print stylesheet
    falls back to Symbola (Debian fonts-symbola, monochrome and fast: a colour emoji font
    made the 200-claim PDF five times slower). WeasyPrint warns when it has to draw
    .notdef, and the emoji must survive into the PDF's text."""
    claim = Claim.objects.filter(article=demo_article).exclude(state="rejected").first()
    claim.text = "A post with 🔥 and 🙂 says the border is closed"
    claim.save()
    with caplog.at_level("WARNING", logger="weasyprint"):
        pdf = render_article(demo_article.pk, "pdf").content
    notdef = [r.getMessage() for r in caplog.records if ".notdef" in r.getMessage()]
    if notdef and not REQUIRE_SERVICES:
        pytest.skip("no emoji font installed (apt-get install fonts-symbola)")
    assert not notdef
    assert "🔥" in pdf_text(pdf, tmp_path) and "🙂" in pdf_text(pdf, tmp_path)
