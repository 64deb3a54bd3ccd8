"""One entry point for every format, shared by the report views and `export_report`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.utils import translation
from django.utils.translation import gettext as _

from claims.interchange import claimreview_export as claimreview
from claims.interchange import json_export
from claims.models import Article
from claims.reports import formats
from claims.reports.selectors import article_report

FORMATS = {
    # name: (content type, file extension)
    "html": ("text/html; charset=utf-8", "html"),
    "pdf": ("application/pdf", "pdf"),
    "md": ("text/markdown; charset=utf-8", "md"),
    "csv": ("text/csv; charset=utf-8", "csv"),
    "json": ("application/json", "json"),
    "claimreview": ("application/ld+json", "jsonld"),
}


@dataclass
class Rendered:
    content: bytes
    content_type: str
    filename: str


def render_article(
    article_id: int,
    fmt: str,
    *,
    claim_ids: Iterable[int] | None = None,
    include_confidential: bool = False,
    base_url: str | None = None,
    language: str | None = None,
) -> Rendered:
    """The article's report in one format, written in `language` (headings, states, verdict
    names, ClaimReview's reviewRating.alternateName; default: the active language). Raises
    Article.DoesNotExist and ValueError."""
    if language is None:
        language = translation.get_language() or "en"
    with translation.override(language):
        return _render_article(
            article_id,
            fmt,
            claim_ids=claim_ids,
            include_confidential=include_confidential,
            base_url=base_url,
            language=language,
        )


def _render_article(
    article_id: int,
    fmt: str,
    *,
    claim_ids: Iterable[int] | None,
    include_confidential: bool,
    base_url: str | None,
    language: str,
) -> Rendered:
    if fmt not in FORMATS:
        raise ValueError(
            _("Unknown format %(format)s; choose one of %(formats)s.")
            % {"format": repr(fmt), "formats": ", ".join(FORMATS)}
        )
    content_type, ext = FORMATS[fmt]
    filename = f"factcheck-article-{article_id}.{ext}"
    if fmt == "json":
        article = Article.objects.select_related("imported_by").get(pk=article_id)
        document = json_export.export_document([article], include_confidential=include_confidential)
        if claim_ids is not None:
            raise ValueError(_("The JSON export is complete: it always holds every claim."))
        return Rendered(json_export.to_json(document).encode(), content_type, filename)
    report = article_report(
        article_id, claim_ids=claim_ids, include_confidential=include_confidential
    )
    if fmt == "html":
        body = formats.build_html(report, base_url=base_url).encode()
    elif fmt == "pdf":
        body = formats.build_pdf(report, base_url=base_url)
    elif fmt == "md":
        body = formats.build_markdown(report).encode()
    elif fmt == "csv":
        body = formats.build_csv(report).encode()
    else:
        body = claimreview.to_json(
            claimreview.claim_reviews(report.claims, base_url=base_url, language=language)
        ).encode()
    return Rendered(body, content_type, filename)
