"""Report builders for people: HTML (print-friendly), PDF, Markdown and CSV.

All take an ArticleReport from selectors, so what a reader sees is the same in every format."""

from __future__ import annotations

import csv
import io
import logging
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from claims.interchange import claimreview_export as claimreview
from claims.models import Claim
from claims.reports.selectors import ArticleReport, attribution_chain
from sources.models import Evidence

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_SIGNS = frozenset("=+-@")
# WeasyPrint logs every layout step at INFO; our root logger is INFO, so quieten it.
logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)


@dataclass
class EvidenceRow:
    item: Evidence
    grade: str
    link_status: str
    archived_url: str
    archived_at: str


def _name(user: Any) -> str:
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def evidence_rows(claim: Claim) -> list[EvidenceRow]:
    rows = []
    for item in claim.evidence.all():
        link = item.link
        status, archived_url, archived_at = "", "", ""
        if link is not None:
            status = link.outcome_text
            if link.content_changed:
                status = _("%(status)s, changed since cited") % {"status": status}
            snapshots = list(link.snapshots.all())
            if snapshots:
                first = min(snapshots, key=lambda s: s.captured_at)
                archived_url = first.wayback_url
                archived_at = first.captured_at.strftime("%Y-%m-%d %H:%M UTC")
        rows.append(EvidenceRow(item, item.grade, status, archived_url, archived_at))
    return rows


def claim_context(claim: Claim) -> dict[str, Any]:
    attributions = list(claim.attributions.all())
    return {
        "claim": claim,
        "chains": [
            {
                "attribution": a,
                "chain": attribution_chain(a, attributions),
                "grade": a.source.reliability,
            }
            for a in attributions
        ],
        "evidence": evidence_rows(claim),
        "verdict_author": _name(claim.verdict_author),
        "reviewer": _name(claim.reviewer),
    }


def context(report: ArticleReport) -> dict[str, Any]:
    return {
        "report": report,
        "article": report.article,
        "claims": [claim_context(c) for c in report.claims],
        "issues": report.issues,
        "sources": report.sources,
    }


def build_html(report: ArticleReport, *, base_url: str | None = None) -> str:
    """A standalone, print-friendly page (no base layout, so it prints and converts alone),
    with the published claims' ClaimReview JSON-LD embedded for search engines."""
    reviews = claimreview.claim_reviews(report.claims, base_url=base_url)  # active language
    return render_to_string(
        "reports/article_report.html",
        {**context(report), "claimreview_json": claimreview.script_tag_json(reviews)},
    )


def build_pdf(report: ArticleReport, *, base_url: str | None = None) -> bytes:
    """The HTML report's content in a print template kept lean for WeasyPrint, whose time
    grows with the number of boxes (docs/reports.md, PDF benchmark)."""
    from weasyprint import HTML

    html = render_to_string("reports/article_report_print.html", context(report))
    return HTML(string=html, base_url=base_url or "").write_pdf()


# Markdown export: user text must stay text in every renderer. `<`, `>` and `&` become
# entities, which CommonMark, GitHub and Python-Markdown all decode and none turns into a
# tag (a backslash before `<` is no escape in Python-Markdown: `\<script>` stays a tag).
_HTML_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# Backslash escapes only for characters every renderer unescapes.
_MD_SPECIAL = set("\\`*_[]#")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# In a URL, everything that could end a Markdown link destination or open markup.
_URL_UNSAFE = {ch: f"%{ord(ch):02X}" for ch in "<>()[]\"'`\\ \t\r\n"}
_LINK_SCHEMES = {"http", "https", "mailto"}
# A link or image destination (`](dest`) or reference definition (`]: dest`) that starts
# with a scheme, across the blockquote markers of a wrapped line.
_DESTINATION_SCHEME = re.compile(
    r"(\]\(|\]:)([\s>]*(?:&lt;)?[\s>]*)([A-Za-z][A-Za-z0-9+.\-]*)(?=\\?:)"
)


def md_escape(text: str) -> str:
    """User text as literal Markdown on one line: no tags, no markup, no new block."""
    text = " ".join(_CONTROL.sub("", text).split())
    return "".join(
        _HTML_ENTITIES.get(ch) or ("\\" + ch if ch in _MD_SPECIAL else ch) for ch in text
    )


def md_link(url: str) -> str:
    """A URL as ``[url](url)`` with the destination percent-encoded, so nothing in it can
    close the link or start HTML; only http(s) addresses become links."""
    url = _CONTROL.sub("", url).strip()
    if url.split(":", 1)[0].lower() not in {"http", "https"}:
        return md_escape(url)
    destination = "".join(_URL_UNSAFE.get(ch, ch) for ch in url)
    return f"[{md_escape(url)}]({destination})"


def md_neutralise(markdown: str) -> str:
    """Markdown written by a user (the rationale), kept as Markdown but unable to reach
    HTML: `&` and `<` become entities, so raw tags, comments and autolinks stay text (`>`
    stays for quotes); link and image destinations with a scheme other than http(s) or
    mailto (``javascript:``, ``data:``) are made relative paths."""
    text = _CONTROL.sub("", markdown.replace("\r\n", "\n").replace("\t", "    "))
    text = text.replace("&", "&amp;").replace("<", "&lt;")

    def defuse(match: re.Match) -> str:
        opener, gap, scheme = match.groups()
        safe = scheme.lower() in _LINK_SCHEMES
        return f"{opener}{gap}{scheme}" if safe else f"{opener}{gap}./{scheme}"

    return _DESTINATION_SCHEME.sub(defuse, text)


def _field(label: str, value: str) -> str:
    return f"- **{label}:** {value}"


def _heading(label: str) -> str:
    return f"**{label}:**"


def build_markdown(report: ArticleReport) -> str:
    article = report.article
    lines = [_("# Fact-check report: %(title)s") % {"title": md_escape(article.title)}, ""]
    meta = [
        (_("Outlet"), article.outlet),
        (_("Author"), article.author),
        (_("Published"), article.published_on.isoformat() if article.published_on else ""),
    ]
    lines += [_field(k, md_escape(v)) for k, v in meta if v]
    if article.url:
        lines.append(_field(_("URL"), md_link(article.url)))
    lines.append("")
    for number, claim in enumerate(report.claims, 1):
        ctx = claim_context(claim)
        lines += [f"## {number}. {md_escape(claim.text)}", ""]
        lines.append(_field(_("State"), claim.get_state_display()))
        if claim.claimant:
            lines.append(_field(_("Claimant"), md_escape(claim.claimant)))
        if claim.verdict_id:
            name = claim.verdict.display_name
            verdict = f"{md_escape(name)} ({md_escape(claim.verdict.colour)})"
            lines.append(_field(_("Verdict"), verdict))
        if ctx["verdict_author"]:
            lines.append(_field(_("Drafted by"), md_escape(ctx["verdict_author"])))
        if ctx["reviewer"]:
            reviewer = md_escape(ctx["reviewer"])
            approved = (
                _("%(reviewer)s on %(date)s")
                % {"reviewer": reviewer, "date": f"{claim.approved_at:%Y-%m-%d}"}
                if claim.approved_at
                else reviewer
            )
            lines.append(_field(_("Approved by"), approved))
        if claim.rationale:
            lines += [
                "",
                _heading(_("Rationale")),
                "",
                *[f"> {line}" for line in md_neutralise(claim.rationale).split("\n")],
            ]
        if ctx["chains"]:
            lines += ["", _heading(_("Attribution")), ""]
            for chain in ctx["chains"]:
                path = " → ".join(
                    f"{md_escape(s.name)} ({md_escape(s.reliability)})" for s in chain["chain"]
                )
                cue = (
                    f" — “{md_escape(chain['attribution'].cue)}”"
                    if chain["attribution"].cue
                    else ""
                )
                lines.append(f"- {path}{cue}")
        if ctx["evidence"]:
            lines += ["", _heading(_("Evidence")), ""]
            for row in ctx["evidence"]:
                item = row.item
                parts = [
                    _("%(stance)s, grade %(grade)s")
                    % {"stance": item.get_stance_display(), "grade": md_escape(row.grade)}
                ]
                if item.source_id:
                    parts.append(md_escape(item.source.name))
                if item.url:
                    parts.append(md_link(item.url))
                if item.file_name:
                    parts.append(
                        _("file %(name)s (sha256 %(hash)s)")
                        % {"name": md_escape(item.file_name), "hash": item.file_sha256}
                    )
                if row.link_status:
                    parts.append(_("link: %(status)s") % {"status": row.link_status})
                if row.archived_url:
                    parts.append(_("archived: %(url)s") % {"url": md_link(row.archived_url)})
                lines.append("- " + "; ".join(parts))
                if item.excerpt:
                    lines.append(f"  > {md_escape(item.excerpt)}")
        lines.append("")
    open_issues = _("Open issues")
    lines += [f"## {open_issues}", ""]
    if report.issues:
        for issue in report.issues:
            ref = f"{md_escape(issue.claim.text[:60])}: " if issue.claim else ""
            lines.append(f"- {ref}{md_escape(issue.message)}")
    else:
        lines.append(_("None."))
    return "\n".join(lines) + "\n"


def neutralise(value: Any) -> str:
    """Stop spreadsheets from running cell text as a formula (CSV injection): every tabular
    export writes each cell through here. A cell is a formula to Excel, LibreOffice or
    Google Sheets when it starts with a TAB or CR, or when its first visible character is
    = + - @, also behind spaces or invisible characters and in the full-width and small
    forms (＝ ＋ － ＠, which NFKC folds to the ASCII signs and some spreadsheets accept).
    Such a cell gets a leading apostrophe, which spreadsheets show as plain text. Numbers
    are ours, not text anyone typed: -3 stays a number."""
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return str(value)
    text = "" if value is None else str(value)
    return "'" + text if _starts_a_formula(text) else text


def _starts_a_formula(text: str) -> bool:
    if text.startswith(("\t", "\r")):
        return True
    for char in text:
        if char.isspace() or unicodedata.category(char) in ("Cc", "Cf"):
            continue
        return unicodedata.normalize("NFKC", char)[:1] in _FORMULA_SIGNS
    return False


CSV_COLUMNS = [
    "article_id",
    "article_title",
    "outlet",
    "claim_id",
    "start",
    "end",
    "claim",
    "claimant",
    "claim_date",
    "state",
    "verdict",
    "rating_value",
    "verdict_colour",
    "rationale",
    "verdict_author",
    "reviewer",
    "approved_at",
    "published_at",
    "sources",
    "evidence",
    "open_issues",
]


def csv_row(claim: Claim, issues: list[str]) -> list[str]:
    article = claim.article if claim.article_id else None
    ctx = claim_context(claim)
    sources = "; ".join(
        " → ".join(f"{s.name} ({s.reliability})" for s in chain["chain"]) for chain in ctx["chains"]
    )
    evidence = "; ".join(
        f"{row.item.get_stance_display()} {row.grade} {row.item.url or row.item.file_name or row.item.excerpt[:80]}"
        for row in ctx["evidence"]
    )
    values = [
        article.pk if article else "",
        article.title if article else "",
        article.outlet if article else "",
        claim.pk,
        claim.start,
        claim.end,
        claim.text,
        claim.claimant,
        claim.claim_date or "",
        claim.get_state_display(),
        claim.verdict.display_name if claim.verdict_id else "",
        claim.verdict.value if claim.verdict_id and claim.verdict.value is not None else "",
        claim.verdict.colour if claim.verdict_id else "",
        claim.rationale,
        ctx["verdict_author"],
        ctx["reviewer"],
        claim.approved_at.isoformat() if claim.approved_at else "",
        claim.published_at.isoformat() if claim.published_at else "",
        sources,
        evidence,
        "; ".join(issues),
    ]
    return [neutralise(v) for v in values]


def csv_header() -> str:
    """UTF-8 byte-order mark and header, so spreadsheets pick the right encoding."""
    buffer = io.StringIO()
    csv.writer(buffer).writerow(CSV_COLUMNS)
    return "\ufeff" + buffer.getvalue()


def csv_rows(claims: list[Claim], issues_by_claim: dict[int, list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for claim in claims:
        writer.writerow(csv_row(claim, issues_by_claim.get(claim.pk, [])))
    return buffer.getvalue()


def build_csv(report: ArticleReport) -> str:
    issues: dict[int, list[str]] = {}
    for issue in report.issues:
        if issue.claim is not None:
            issues.setdefault(issue.claim.pk, []).append(issue.message)
    return csv_header() + csv_rows(report.claims, issues)
