"""Import other organisations' published fact-checks (schema.org ClaimReview JSON-LD, a
file or the ld+json scripts of a saved page) as PriorFactChecks: all or nothing; large files
run as an ImportJob on a worker. claims.interchange.claimreview_export writes the format."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from claims.interchange.common import (
    ImportFailed,
    ImportResult,
    import_summary,
    load_json_bytes,
    nul_problems,
    parse_date_text,
)
from claims.models import (
    ImportJob,
    PriorFactCheck,
)

# --- ClaimReview ------------------------------------------------------------------------

LD_SCRIPT = re.compile(
    r"<script[^>]*type\s*=\s*[\"']application/ld\+json[\"'][^>]*>(.*?)</script\s*>",
    re.IGNORECASE | re.DOTALL,
)
_url = URLValidator(schemes=["http", "https"])


def _is_type(node: Any, name: str) -> bool:
    if not isinstance(node, dict):
        return False
    types = node.get("@type")
    types = types if isinstance(types, list) else [types]
    return any(
        isinstance(t, str) and t.rsplit("/", 1)[-1].rsplit(":", 1)[-1] == name for t in types
    )


def _walk(node: Any, found: list[dict[str, Any]], depth: int = 0) -> None:
    if depth > 20:
        return
    if isinstance(node, list):
        for item in node:
            _walk(item, found, depth + 1)
    elif isinstance(node, dict):
        if _is_type(node, "ClaimReview"):
            found.append(node)
            return
        for key in ("@graph", "mainEntity", "hasPart", "review"):
            if key in node:
                _walk(node[key], found, depth + 1)


def claim_reviews_in(data: bytes | str) -> list[dict[str, Any]]:
    """ClaimReview objects in a JSON-LD file or in the ld+json scripts of an HTML page."""
    text = data.decode("utf-8-sig", errors="replace") if isinstance(data, bytes) else data
    limit = settings.FACTCHECK_MAX_IMPORT_BYTES
    if len(text) > limit:
        raise ImportFailed(
            [
                _("The file is %(size)s characters; the limit is %(limit)s.")
                % {
                    "size": number_format(len(text), force_grouping=True),
                    "limit": number_format(limit, force_grouping=True),
                }
            ]
        )
    stripped = text.lstrip()
    found: list[dict[str, Any]] = []
    if stripped.startswith("<"):
        blocks = LD_SCRIPT.findall(text)
        if not blocks:
            raise ImportFailed([_('The page has no <script type="application/ld+json"> block.')])
        errors = []
        for i, block in enumerate(blocks):
            try:
                _walk(
                    load_json_bytes(
                        block.strip(),
                        what=_("JSON-LD in script block %(number)s") % {"number": i + 1},
                    ),
                    found,
                )
            except ImportFailed as exc:
                errors += exc.errors
        if errors:
            raise ImportFailed(errors)
    else:
        _walk(load_json_bytes(text, what="JSON-LD"), found)
    if not found:
        raise ImportFailed([_("No ClaimReview object found (looked for @type ClaimReview).")])
    return found


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value") or "")
    if isinstance(value, list) and value:
        return _text(value[0])
    return ""


def _number(value: Any, where: str, errors: list[str]) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        errors.append(_("%(where)s: must be a number") % {"where": where})
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        errors.append(
            _("%(where)s: must be a number, not %(value)s")
            % {"where": where, "value": f"{value!r:.40}"}
        )
        return None


def _ld_date(value: Any, where: str, errors: list[str]) -> dt.date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        errors.append(
            _("%(where)s: must be a date, not %(type)s")
            % {"where": where, "type": type(value).__name__}
        )
        return None
    parsed = parse_date_text(value[:10])
    if parsed is None:
        errors.append(
            _("%(where)s: not a date: %(value)s") % {"where": where, "value": f"{value!r:.40}"}
        )
    return parsed


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def parse_claim_review(
    node: dict[str, Any], where: str, errors: list[str]
) -> dict[str, Any] | None:
    """The fields of a PriorFactCheck, or None after recording what is wrong."""
    before = len(errors)
    url = node.get("url")
    if not isinstance(url, str) or not url.strip():
        errors.append(_("%(where)s.url: missing (Google requires it)") % {"where": where})
    else:
        try:
            _url(url)
        except ValidationError:
            errors.append(
                _("%(where)s.url: not an http(s) URL: %(url)s")
                % {"where": where, "url": f"{url!r:.80}"}
            )
    claim_reviewed = node.get("claimReviewed")
    if not isinstance(claim_reviewed, str) or not claim_reviewed.strip():
        errors.append(
            _("%(where)s.claimReviewed: missing or not text (Google requires it)")
            % {"where": where}
        )
    rating = _first(node.get("reviewRating"))
    if not isinstance(rating, dict):
        errors.append(_("%(where)s.reviewRating: missing or not an object") % {"where": where})
        rating = {}
    rating_text = _text(rating.get("alternateName")) or _text(rating.get("name"))
    value = _number(rating.get("ratingValue"), f"{where}.reviewRating.ratingValue", errors)
    best = _number(rating.get("bestRating"), f"{where}.reviewRating.bestRating", errors)
    worst = _number(rating.get("worstRating"), f"{where}.reviewRating.worstRating", errors)
    if rating and not rating_text and value is None:
        errors.append(
            _("%(where)s.reviewRating.alternateName: missing (Google requires the verdict text)")
            % {"where": where}
        )
    author = _first(node.get("author"))
    item = _first(node.get("itemReviewed"))
    if item is not None and not isinstance(item, dict):
        errors.append(_("%(where)s.itemReviewed: must be an object") % {"where": where})
        item = {}
    item = item or {}
    appearance = _first(item.get("appearance")) or _first(item.get("firstAppearance"))
    appearance_url = (
        appearance.get("url", "")
        if isinstance(appearance, dict)
        else (appearance if isinstance(appearance, str) else "")
    )
    if appearance_url:
        try:
            _url(appearance_url)
        except ValidationError:
            errors.append(
                _("%(where)s.itemReviewed.appearance.url: not an http(s) URL") % {"where": where}
            )
    author_url = author.get("url", "") if isinstance(author, dict) else ""
    if not isinstance(author_url, str):
        author_url = ""
    published = _ld_date(node.get("datePublished"), f"{where}.datePublished", errors)
    claim_date = _ld_date(item.get("datePublished"), f"{where}.itemReviewed.datePublished", errors)
    if len(errors) > before:
        return None
    return {
        "url": url.strip(),
        "claim_reviewed": claim_reviewed.strip(),
        "rating_text": rating_text[:300],
        "rating_value": value,
        "best_rating": best,
        "worst_rating": worst,
        "author_name": _text(author)[:300],
        "author_url": author_url,
        "date_published": published,
        "claimant": _text(item.get("author"))[:300],
        "claim_date": claim_date,
        "appearance_url": appearance_url,
        "language": _text(node.get("inLanguage"))[:12],
    }


def import_claimreview(data: bytes | str, *, user: Any = None) -> ImportResult:
    """Store other organisations' ClaimReviews as prior fact-checks; a review already stored
    (same url) is updated. All or nothing."""
    return import_claim_reviews(claim_reviews_in(data), user=user)


# Progress of a background import: (ImportJob.Status value, reviews checked so far).
Progress = Callable[[str, int], None]
CHUNK = 1000


def import_claim_reviews(
    nodes: list[dict[str, Any]], *, user: Any = None, progress: Progress | None = None
) -> ImportResult:
    """Check every review first (shape, NULs, model validation on unsaved rows, the stored
    ones fetched by url a chunk at a time), reporting progress; then write them all in one
    transaction. Any problem raises ImportFailed before anything is written. A url that
    appears twice in the file is stored once, with its last review."""
    report = progress or (lambda status, done: None)
    errors: list[str] = []
    rows: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}
    for i, node in enumerate(nodes):
        if i % CHUNK == 0:
            report(ImportJob.Status.CHECKING, i)
        nul = nul_problems(node, f"ClaimReview[{i}]")
        fields = None if nul else parse_claim_review(node, f"ClaimReview[{i}]", errors)
        errors += nul
        if fields is not None:
            rows[hashlib.sha256(fields["url"].encode("utf-8")).hexdigest()] = (fields, node)
    if errors:
        raise ImportFailed(errors)
    digests = list(rows)
    stored: dict[str, PriorFactCheck] = {}
    for start in range(0, len(digests), CHUNK):
        chunk = PriorFactCheck.objects.filter(url_hash__in=digests[start : start + CHUNK])
        stored.update((prior.url_hash, prior) for prior in chunk)
    priors = []
    for digest, (fields, node) in rows.items():
        prior = stored.get(digest) or PriorFactCheck(imported_by=user)
        for name, value in fields.items():
            setattr(prior, name, value)
        prior.raw = node
        prior.url_hash = digest
        try:
            prior.full_clean(validate_unique=False)  # the url's row was looked up above
        except ValidationError as exc:
            errors += [
                f"ClaimReview {fields['url']}: {k}: {'; '.join(v)}"
                for k, v in exc.message_dict.items()
            ]
        priors.append(prior)
    if errors:
        raise ImportFailed(errors)
    report(ImportJob.Status.SAVING, len(nodes))
    result = ImportResult()
    try:
        with transaction.atomic():
            for prior in priors:
                created = prior.pk is None
                prior.save()
                result.add("prior fact-checks created" if created else "prior fact-checks updated")
    except IntegrityError as exc:
        raise ImportFailed(
            [_("Some of these reviews were imported by someone else meanwhile; import again.")]
        ) from exc
    return result


def run_import_job(job_id: int, *, task_id: str = "") -> str:
    """The background half of a large ClaimReview import (claims.tasks). Idempotent: a
    finished job is left alone, a redelivered one starts over (nothing was written)."""
    from newsroom.languages import language_of

    job = ImportJob.objects.select_related("requested_by").filter(pk=job_id).first()
    if job is None or not job.running:
        return "skipped"
    # the problems are stored as text: in the language of the person who polls the page
    with translation.override(language_of(job.requested_by)):
        return _run_import_job(job, task_id)


def _run_import_job(job: ImportJob, task_id: str) -> str:
    jobs = ImportJob.objects.filter(pk=job.pk)
    jobs.update(
        status=ImportJob.Status.CHECKING, started_at=timezone.now(), task_id=task_id, done=0
    )
    try:
        with job.file.open("rb") as handle:
            data = handle.read()
        result = import_claim_reviews(
            claim_reviews_in(data),
            user=job.requested_by,
            progress=lambda status, done: jobs.update(status=status, done=done),
        )
    except ImportFailed as exc:
        _finish(job, ImportJob.Status.FAILED, errors=exc.errors)
        return "failed"
    except Exception:
        _finish(
            job,
            ImportJob.Status.FAILED,
            errors=[_("The import stopped unexpectedly; nothing was saved. Try again.")],
        )
        raise
    with translation.override("en"):  # the page writes it from the counts in its language
        summary = import_summary(result.counts)
    _finish(job, ImportJob.Status.DONE, counts=result.counts, summary=summary, done=job.total)
    return "done"


def _finish(job: ImportJob, status: str, **fields: Any) -> None:
    """The file is not kept: what it held is in the database now, or was refused."""
    job.file.delete(save=False)
    ImportJob.objects.filter(pk=job.pk).update(
        status=status, file="", finished_at=timezone.now(), **fields
    )
