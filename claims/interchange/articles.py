"""Import an article: extract it (claims.extraction), then store the article, its proposed
claims, their attributions and new or matched sources in one transaction.

The import page, `POST /api/articles/` and `manage.py import_article` share this code path."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from claims import policies
from claims.engine_messages import translated
from claims.extraction import (
    Document,
    ExtractionError,
    Sentence,
    extract,
    extract_body,
    extract_file,
)
from claims.models import Article, Claim, content_hash
from claims.policies import DeskAction, check_desk
from claims.services import enqueue_suggestions
from media.services import store_scan
from sources.fetching import download
from sources.generic_names import is_generic
from sources.matching import known_names, match_source, nominative_name
from sources.models import Attribution, ProposedAttribution, Source
from sources.services import create_source


def _too_long(limit: int) -> str:
    return _("The text is over the %(limit)s MB limit.") % {"limit": f"{limit / 1e6:.0f}"}


def _too_big(name: str, size: int, limit: int) -> str:
    return _("“%(name)s” is %(size)s MB; the limit is %(limit)s MB.") % {
        "name": name,
        "size": f"{size / 1e6:.1f}",
        "limit": f"{limit / 1e6:.1f}",
    }


def extract_document(
    *,
    text: str = "",
    body: str = "",
    upload: UploadedFile | None = None,
    url: str = "",
    path: Path | None = None,
    names: dict[str, str] | None = None,
    language: str | None = None,
) -> tuple[Document, str]:
    """Run the engine on whichever input was given; returns the document and its URL.

    ``names`` maps known source names and aliases to canonical names (default: read from the
    database); ``language`` (ISO 639-1), when the person importing gave it, skips detection.
    Raises ValidationError with a message meant for the person importing."""
    limit = settings.FACTCHECK_MAX_UPLOAD_BYTES
    if names is None:
        names = known_names()
    try:
        if body:
            if len(body.encode("utf-8")) > limit:
                raise ValidationError(_too_long(limit))
            return extract_body(body, known_sources=names, language=language), ""
        if text:
            if len(text.encode("utf-8")) > limit:
                raise ValidationError(_too_long(limit))
            return extract(text, known_sources=names, language=language), ""
        if upload is not None:
            if upload.size and upload.size > limit:
                raise ValidationError(_too_big(upload.name, upload.size, limit))
            data = upload.read(limit + 1)
            return extract_file(
                data, upload.name, max_bytes=limit, known_sources=names, language=language
            ), ""
        if path is not None:
            if not path.is_file():
                raise ValidationError(_("No such file: %(path)s") % {"path": path})
            if path.stat().st_size > limit:
                raise ValidationError(_too_big(path.name, path.stat().st_size, limit))
            return extract_file(
                path.read_bytes(),
                path.name,
                max_bytes=limit,
                known_sources=names,
                language=language,
            ), ""
        if url:
            return _extract_url(url, names, language), url
    except ExtractionError as exc:
        raise ValidationError(translated(exc)) from exc
    raise ValidationError(_("Give the article as text, a file or a URL."))


def _extract_url(url: str, names: dict[str, str], language: str | None) -> Document:
    """Fetch through the link checker's SSRF-safe fetcher: same policy, limits and timeouts."""
    page = download(url)
    if page.content_type in {"text/html", "application/xhtml+xml"}:
        return extract(
            page.text(), content_type="text/html", known_sources=names, language=language
        )
    filename = Path(page.final_url).name or "download"
    suffix = {"application/pdf": ".pdf", "text/plain": ".txt", "text/markdown": ".md"}.get(
        page.content_type
    )
    if suffix and not filename.endswith(suffix):
        filename += suffix
    return extract_file(page.body, filename, known_sources=names, language=language)


def _published(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


@transaction.atomic
def store_document(
    *,
    document: Document,
    user: AbstractBaseUser | None,
    url: str = "",
    metadata: dict | None = None,
) -> tuple[Article, bool]:
    """Article, proposed claims and attributions in one go; the same text twice is the
    existing article. `metadata` (title, outlet, url, author, published_on, language, status)
    given by the person importing wins over what extraction found."""
    digest = content_hash(document.body)
    existing = Article.objects.filter(content_hash=digest).first()
    if existing is not None:
        return existing, False
    article = Article(
        title=(document.title or document.body.strip().split("\n", 1)[0])[:500],
        outlet=(document.outlet or "")[:200],
        url=url,
        author=(document.author or "")[:300],
        published_on=_published(document.published),
        language=language_code(document.language),
        body=document.body,
        imported_by=user if user is not None and user.is_authenticated else None,
    )
    for field, value in (metadata or {}).items():
        if value not in (None, ""):
            setattr(article, field, value)
    # PostgreSQL stores no NUL (U+0000) in text. A file's metadata loses it; the body cannot,
    # since every claim is an exact slice of it.
    if "\x00" in article.body:
        raise ValidationError(
            _(
                "The article text contains a NUL character (U+0000), which cannot be stored; "
                "remove it and import again."
            )
        )
    for field in ("title", "outlet", "url", "author", "language"):
        setattr(article, field, getattr(article, field).replace("\x00", ""))
    article.full_clean(exclude=["content_hash"])
    try:
        with transaction.atomic():
            article.save()
    except IntegrityError:  # imported concurrently by someone else a moment ago
        return Article.objects.get(content_hash=digest), False
    propose_claims(article=article, sentences=document.sentences, user=user)
    if document.ocr is not None:  # read from an image or a scan: keep its pages and boxes
        store_scan(article=article, ocr=document.ocr)
    enqueue_suggestions(list(article.claims.values_list("pk", flat=True)))
    return article, True


def language_code(code: str | None) -> str:
    """The engine's language as stored: an ISO 639-1 code, or empty when it could not tell
    ("und")."""
    code = (code or "").strip().lower()
    return "" if code in ("", "und") else code[:12]


PROPOSED_BY_IMPORT = policies.MACHINE_REASON


def propose_claims(
    *,
    article: Article,
    sentences: Iterable[Sentence],
    user: AbstractBaseUser | None,
    avoid: Iterable[tuple[int, int]] = (),
    reason: str = PROPOSED_BY_IMPORT,
) -> list[Claim]:
    """Store the engine's check-worthy sentences as proposed claims of `article`, with their
    attributions and new or matched sources; sentences overlapping a span in `avoid` (claims
    a person kept) are left out. Each claim carries its sentence's language, else the
    article's. The caller holds the transaction."""
    kept = sorted(avoid)
    sources: dict[str, Source] = {}
    person = user if user is not None and user.is_authenticated else None
    created: list[Claim] = []
    for sentence in sentences:
        if not sentence.checkworthy:
            continue
        if any(start < sentence.end and sentence.start < end for start, end in kept):
            continue
        claim = Claim(
            article=article,
            start=sentence.start,
            end=sentence.end,
            text=sentence.text,  # exactly body[start:end], as for claims made by selection
            claimant=(sentence.claimant or "")[:300],
            checkworthiness=round(min(max(sentence.checkworthiness, 0.0), 1.0), 3),
            checkworthiness_reasons=list(sentence.reasons),
            language=language_code(sentence.language) or article.language,
            state=Claim.State.PROPOSED,
            created_by=person,
        )
        claim.full_clean()
        claim._change_reason = reason
        claim.save()
        created.append(claim)
        seen: set[tuple[int, int | None]] = set()
        for found in sentence.attributions:
            if _propose_generic(claim, found, sources, claim.language):
                continue
            source = _source(found.name, found.kind, sources, claim.language)
            via = (
                _source(found.via, found.via_kind or "other", sources, claim.language)
                if found.via
                else None
            )
            if via is not None and via.pk == source.pk:
                via = None
            key = (source.pk, via.pk if via else None)
            if key in seen:
                continue
            seen.add(key)
            attribution = Attribution(
                claim=claim,
                source=source,
                via=via,
                cue=found.cue[:300],
                cue_start=found.cue_start,
                cue_end=found.cue_end,
            )
            attribution.full_clean()
            attribution.save()
    return created


def _propose_generic(claim: Claim, found, cache: dict[str, Source], language: str) -> bool:
    """ "According to officials" names no one: a generic name that is not already a source
    is proposed (an unlinked attribution for a fact-checker to link or confirm), never
    created as a source (sources/generic_names.py)."""
    if not is_generic(found.name, language) or match_source(found.name, language) is not None:
        return False
    via = None
    if found.via and not is_generic(found.via, language):
        via = _source(found.via, found.via_kind or "other", cache, language)
    ProposedAttribution.objects.create(
        claim=claim,
        name=found.name[:300],
        via=via,
        cue=found.cue[:300],
        cue_start=found.cue_start,
        cue_end=found.cue_end,
    )
    return True


def _source(name: str, kind: str, cache: dict[str, Source], language: str = "") -> Source:
    """Recognise the source by name or alias, as written or in its nominative form;
    otherwise create it ungraded (F), under its nominative name ("по словам Ивана Петрова"
    makes the source "Иван Петров")."""
    if name in cache:
        return cache[name]
    source = match_source(name, language)
    if source is None:
        try:
            source = create_source(name=nominative_name(name, language)[:300], kind=kind, user=None)
        except ValidationError as exc:
            raise ValidationError(
                _("A source named in this article cannot be stored (“%(name)s”): %(problem)s")
                % {"name": name[:60], "problem": " ".join(exc.messages)}
            ) from exc
    cache[name] = source
    return source


def import_article(
    *,
    user: AbstractBaseUser | None,
    text: str = "",
    upload: UploadedFile | None = None,
    url: str = "",
    path: Path | None = None,
    body: str = "",
    metadata: dict | None = None,
) -> tuple[Article, bool]:
    """Extract and store; nothing is stored when extraction fails. `text` is pasted (page
    furniture is dropped), `body` is already the article (kept whole, e.g. from the API).
    `user` None is the system (demo data, restores); everyone else needs the permission."""
    if user is not None:
        check_desk(user, DeskAction.IMPORT_ARTICLE)
    given = language_code((metadata or {}).get("language"))
    if given:
        policies.check_language(given)
    document, source_url = extract_document(
        text=text, body=body, upload=upload, url=url, path=path, language=given or None
    )
    if not document.body.strip():
        raise ValidationError(_("No article text was found in this input."))
    return store_document(document=document, user=user, url=source_url, metadata=metadata)
