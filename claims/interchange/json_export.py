"""The complete, re-importable JSON export (format "factcheck-workbench", version 1).

Objects refer to each other by natural keys, not database ids, so a file imports into any
database: sources by name, people by username, verdicts by rating-scale and label slug.
`claims.interchange.json_import.import_json` reads exactly this format; export → import → export is identical
apart from `exported_at`. Evidence files travel inline (base64) with their SHA-256."""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from claims.models import Article, Claim, ReviewComment
from claims.reports.selectors import claims_queryset, load_claims
from sources.models import SourceAlias

FORMAT = "factcheck-workbench"
VERSION = 1


def _user(user: Any, people: dict[str, Any]) -> str | None:
    if user is None:
        return None
    people[user.get_username()] = user
    return user.get_username()


def _dt(value: Any) -> str | None:
    return value.astimezone(dt.UTC).isoformat() if value else None


def _claim(
    claim: Claim, people: dict[str, Any], sources: dict[str, Any], with_files: bool
) -> dict[str, Any]:
    attributions = []
    for a in claim.attributions.all():
        sources[a.source.name] = a.source
        if a.via_id:
            sources[a.via.name] = a.via
        attributions.append(
            {
                "source": a.source.name,
                "via": a.via.name if a.via_id else None,
                "cue": a.cue,
                "cue_start": a.cue_start,
                "cue_end": a.cue_end,
            }
        )
    evidence = []
    for e in sorted(claim.evidence.all(), key=lambda e: (e.created_at, e.pk)):
        if e.source_id:
            sources[e.source.name] = e.source
        file = None
        if e.file_name or e.file:
            file = {
                "name": e.file_name,
                "sha256": e.file_sha256,
                "size": e.file_size,
                "content_base64": None,
            }
            if with_files and e.file:
                with e.file.open("rb") as handle:
                    file["content_base64"] = base64.b64encode(handle.read()).decode("ascii")
        evidence.append(
            {
                "source": e.source.name if e.source_id else None,
                "url": e.url,
                "file": file,
                "excerpt": e.excerpt,
                "stance": e.stance,
                "credibility": e.credibility,
                "confidential": e.confidential,
                "added_by": _user(e.added_by, people),
                "added_at": _dt(e.created_at),
            }
        )
    return {
        "start": claim.start,
        "end": claim.end,
        "text": claim.text,
        "claimant": claim.claimant,
        "claim_date": claim.claim_date.isoformat() if claim.claim_date else None,
        "appearance_url": claim.appearance_url,
        "checkworthiness": claim.checkworthiness,
        "checkworthiness_reasons": claim.checkworthiness_reasons,
        "language": claim.language,
        "chain_unverified": claim.chain_unverified,
        "state": claim.state,
        "assignee": _user(claim.assignee, people),
        "verdict": (
            {"scale": claim.verdict.scale.slug, "label": claim.verdict.slug}
            if claim.verdict_id
            else None
        ),
        "rationale": claim.rationale,
        "verdict_author": _user(claim.verdict_author, people),
        "reviewer": _user(claim.reviewer, people),
        "approved_at": _dt(claim.approved_at),
        "published_at": _dt(claim.published_at),
        "created_by": _user(claim.created_by, people),
        "attributions": attributions,
        "evidence": evidence,
        "comments": [
            {"author": _user(c.author, people), "body": c.body, "created_at": _dt(c.created_at)}
            for c in claim.comments.all()
        ],
    }


def export_claims_queryset(include_confidential: bool) -> QuerySet[Claim]:
    return (
        claims_queryset(include_confidential=include_confidential)
        .prefetch_related(
            Prefetch(
                "comments",
                queryset=ReviewComment.objects.select_related("author").order_by(
                    "created_at", "pk"
                ),
            ),
            "verdict__scale",
        )
        .order_by("start", "pk")
    )


class DocumentBuilder:
    """Builds the document article by article, so a bulk export can report progress."""

    def __init__(self, *, include_confidential: bool = False, with_files: bool = True) -> None:
        self.include_confidential = include_confidential
        self.with_files = with_files
        self.people: dict[str, Any] = {}
        self.sources: dict[str, Any] = {}
        self.articles: list[dict[str, Any]] = []
        self.claims: list[dict[str, Any]] = []

    def _claims(self) -> QuerySet[Claim]:
        return export_claims_queryset(self.include_confidential)

    def add_articles(self, articles: Iterable[Article], claim_ids: set[int] | None = None) -> int:
        """Add articles with their claims (all of them, or those in claim_ids); returns the
        number of claims added."""
        article_list = sorted(articles, key=lambda a: a.pk)
        by_article: dict[int, list[Claim]] = {a.pk: [] for a in article_list}
        qs = self._claims().filter(article__in=[a.pk for a in article_list])
        if claim_ids is not None:
            qs = qs.filter(pk__in=claim_ids)
        for claim in load_claims(qs, include_confidential=self.include_confidential):
            by_article[claim.article_id].append(claim)
        for article in article_list:
            self.articles.append(
                {
                    "title": article.title,
                    "outlet": article.outlet,
                    "url": article.url,
                    "author": article.author,
                    "published_on": article.published_on.isoformat()
                    if article.published_on
                    else None,
                    "language": article.language,
                    "body": article.body,
                    "status": article.status,
                    "imported_by": _user(article.imported_by, self.people),
                    "claims": [
                        _claim(c, self.people, self.sources, self.with_files)
                        for c in by_article[article.pk]
                    ],
                }
            )
        return sum(len(v) for v in by_article.values())

    def add_standalone(self, claim_ids: Iterable[int]) -> int:
        """Add claims that belong to no article."""
        qs = self._claims().filter(pk__in=list(claim_ids), article__isnull=True).order_by("pk")
        claims = load_claims(qs, include_confidential=self.include_confidential)
        added = [_claim(c, self.people, self.sources, self.with_files) for c in claims]
        self.claims += added
        return len(added)

    def document(self) -> dict[str, Any]:
        alias_map: dict[int, list[str]] = {}
        if self.sources:
            ids = [s.pk for s in self.sources.values()]
            for alias in SourceAlias.objects.filter(source__in=ids):
                alias_map.setdefault(alias.source_id, []).append(alias.name)
        source_rows = []
        for name in sorted(self.sources):
            s = self.sources[name]
            source_rows.append(
                {
                    "name": s.name,
                    "kind": s.kind,
                    "homepage": s.homepage,
                    "reliability": s.reliability,
                    "notes": s.notes,
                    "confidential": s.confidential,
                    "aliases": sorted(alias_map.get(s.pk, [])),
                }
            )
        return {
            "format": FORMAT,
            "version": VERSION,
            "exported_at": timezone.now().astimezone(dt.UTC).isoformat(),
            "people": [
                {
                    "username": u,
                    "first_name": self.people[u].first_name,
                    "last_name": self.people[u].last_name,
                }
                for u in sorted(self.people)
            ],
            "sources": source_rows,
            "articles": self.articles,
            "claims": self.claims,
        }


def export_document(
    articles: Iterable[Article],
    standalone_claims: Iterable[Claim] = (),
    *,
    include_confidential: bool = False,
    with_files: bool = True,
) -> dict[str, Any]:
    """Every claim of the given articles (rejected ones too: the record is complete) and the
    given claims that belong to no article."""
    builder = DocumentBuilder(include_confidential=include_confidential, with_files=with_files)
    builder.add_articles(articles)
    builder.add_standalone(c.pk for c in standalone_claims)
    return builder.document()


def to_json(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
