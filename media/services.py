"""Writes and the one lookup of the media app: OCR pages of an imported article, the media
facts of evidence files (read by a worker: media.tasks), transcripts, and "seen this image
before?". Permissions and confidentiality come from claims.policies / sources.services."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Max

from claims.extraction.errors import ExtractionError
from claims.extraction.ocr import OcrText
from claims.models import Article
from claims.policies import Action, evidence_visible_to
from factcheck.celery import enqueue
from media import hashing, probe
from media.models import ArticleScan, ImageHash, KeyFrame, MediaInfo, ScanPage
from sources.linkcheck.text import quote_found
from sources.models import Evidence
from sources.services import _check_evidence

log = logging.getLogger(__name__)

PROCESS_TASK = "media.tasks.process_evidence_media"
IMAGE_EXTENSIONS = {".png", ".jpg", ".jpeg", ".webp", ".gif"}
RECORDING_EXTENSIONS = {".mp3", ".m4a", ".ogg", ".wav", ".mp4", ".webm", ".mov"}
_PAGE_SUFFIX = {"image/png": ".png", "image/jpeg": ".jpg", "image/webp": ".webp"}


# --- Articles read with OCR -------------------------------------------------------------


def store_scan(*, article: Article, ocr: OcrText) -> ArticleScan:
    """The pages an article was read from, its words' boxes, and each page's hashes (so a
    screenshot imported twice, or cited as evidence later, is recognised). Called inside
    the import's transaction: a failed import leaves no scan behind."""
    scan = ArticleScan.objects.create(
        article=article,
        language=ocr.language,
        words=[[w.start, w.end, w.page, *w.box, w.line] for w in ocr.words],
        seconds=round(ocr.seconds, 3),
    )
    for number, page in enumerate(ocr.pages):
        row = ScanPage(
            scan=scan,
            number=number,
            width=page.width,
            height=page.height,
            content_type=page.content_type,
        )
        suffix = _PAGE_SUFFIX.get(page.content_type, ".png")
        row.image.save(f"page-{number + 1}{suffix}", ContentFile(page.image), save=False)
        row.save()
        try:
            hashes = hashing.image_bytes_hashes(page.image)
        except ExtractionError:  # already decoded once by the OCR, so never expected
            continue
        where = f"article “{article.title[:200]}”" + (
            f", page {number + 1}" if len(ocr.pages) > 1 else ""
        )
        _store_hashes(hashes, kind=ImageHash.Kind.ARTICLE, article=article, where=where)
    return scan


def _store_hashes(hashes: hashing.ImageHashes, **fields: Any) -> ImageHash:
    return ImageHash.objects.create(
        pdq=hashes.pdq,
        pdq_centre=hashes.pdq_centre,
        phash=hashes.phash,
        quality=hashes.quality,
        **fields,
    )


def page_regions(scan: ArticleScan, start: int, end: int) -> list[tuple[int, tuple]]:
    """(page, box) of the words a claim (body[start:end]) was read from, one per line."""
    from claims.extraction.ocr import OcrWord, regions_for

    words = [
        OcrWord(w[0], w[1], w[2], (w[3], w[4], w[5], w[6]), 0.0, w[7] if len(w) > 7 else 0)
        for w in scan.words
        if w[1] > start and w[0] < end
    ]
    return regions_for(words, start, end)


# --- Evidence files ---------------------------------------------------------------------


def media_kind(file_name: str) -> str | None:
    extension = os.path.splitext(file_name or "")[1].lower()
    if extension in IMAGE_EXTENSIONS:
        return MediaInfo.Kind.IMAGE
    if extension in RECORDING_EXTENSIONS:
        return MediaInfo.Kind.AUDIO  # the worker tells video from audio (ffprobe)
    return None


def register_evidence_media(evidence: Evidence) -> MediaInfo | None:
    """Called by sources.services.add_evidence / update_evidence in their transaction: an
    image or recording gets a MediaInfo row and a worker reads it after commit."""
    kind = media_kind(evidence.file_name) if evidence.file else None
    ImageHash.objects.filter(evidence=evidence).delete()  # hashes of the file it replaces
    if kind is None:
        MediaInfo.objects.filter(evidence=evidence).delete()
        return None
    info, _ = MediaInfo.objects.update_or_create(
        evidence=evidence,
        defaults={"kind": kind, "status": MediaInfo.Status.PENDING, "done": 0, "error": ""},
    )
    info.frames.all().delete()
    enqueue(PROCESS_TASK, evidence.pk)
    return info


@contextmanager
def local_copy(field_file) -> Iterator[Path]:
    """A path to the stored file: the file itself on local storage, else a temporary copy
    written in chunks (never the whole file in memory)."""
    try:
        yield Path(field_file.path)
        return
    except NotImplementedError:
        pass
    with tempfile.NamedTemporaryFile(suffix=os.path.splitext(field_file.name)[1]) as tmp:
        with field_file.open("rb") as source:
            shutil.copyfileobj(source, tmp, 1024 * 1024)
        tmp.flush()
        yield Path(tmp.name)


def _progress(info: MediaInfo, done: int, total: int) -> None:
    MediaInfo.objects.filter(pk=info.pk).update(done=done, total=max(total, 1))


def process_evidence_media(evidence_id: int) -> str:
    """Read an evidence file's media facts (the worker's job; idempotent: a redelivered task
    does it again from the start). Images: EXIF and hashes. Recordings: ffprobe, and for
    video a strip of key frames, each hashed. Returns the final status."""
    info = MediaInfo.objects.select_related("evidence").filter(evidence_id=evidence_id).first()
    if info is None or not info.evidence.file:
        return "gone"
    MediaInfo.objects.filter(pk=info.pk).update(status=MediaInfo.Status.RUNNING, done=0)
    evidence = info.evidence
    name = evidence.file_name or "The file"
    try:
        if info.kind == MediaInfo.Kind.IMAGE:
            _process_image(info, evidence, name)
        else:
            _process_recording(info, evidence, name)
    except (ExtractionError, probe.MediaRefused) as exc:
        MediaInfo.objects.filter(pk=info.pk).update(status=MediaInfo.Status.FAILED, error=str(exc))
        return MediaInfo.Status.FAILED
    MediaInfo.objects.filter(pk=info.pk).update(status=MediaInfo.Status.DONE)
    return MediaInfo.Status.DONE


def _process_image(info: MediaInfo, evidence: Evidence, name: str) -> None:
    with evidence.file.open("rb") as stored:
        data = stored.read()  # bounded by FACTCHECK_MAX_UPLOAD_BYTES
    image = hashing.open_for_hashing(data, name)
    hashes = hashing.hash_image(image)
    with transaction.atomic():
        ImageHash.objects.filter(evidence=evidence).delete()
        _store_hashes(
            hashes,
            kind=ImageHash.Kind.EVIDENCE,
            evidence=evidence,
            where=f"evidence “{name}” on claim {evidence.claim_id}",
        )
        MediaInfo.objects.filter(pk=info.pk).update(
            width=image.size[0],
            height=image.size[1],
            format_name=image.format or "",
            metadata=hashing.exif_summary(image),
            done=1,
            total=1,
        )


def _process_recording(info: MediaInfo, evidence: Evidence, name: str) -> None:
    with local_copy(evidence.file) as path:
        facts = probe.probe(path, name)
        frames = probe.key_frames(path, facts.duration) if facts.kind == "video" else []
    total = 1 + len(frames)
    MediaInfo.objects.filter(pk=info.pk).update(
        kind=facts.kind,
        format_name=facts.format_name,
        duration_seconds=facts.duration,
        width=facts.width,
        height=facts.height,
        streams=facts.streams,
        done=1,
        total=total,
    )
    with transaction.atomic():
        for old in info.frames.all():
            old.image.delete(save=False)
        info.frames.all().delete()
    for number, (at, png) in enumerate(frames, start=1):
        with transaction.atomic():
            frame = KeyFrame(media=info, seconds=at)
            frame.image.save(f"frame-{number:02d}.png", ContentFile(png), save=True)
            _store_hashes(
                hashing.image_bytes_hashes(png),
                kind=ImageHash.Kind.KEYFRAME,
                evidence=evidence,
                frame=frame,
                where=f"frame at {probe.timecode(at)} of “{name}” on claim {evidence.claim_id}",
            )
        _progress(info, 1 + number, total)


@transaction.atomic
def set_transcript(
    *, evidence: Evidence, user: AbstractBaseUser | None, transcript: str
) -> MediaInfo:
    """A typed or pasted transcript of a recording: same rights as changing the evidence."""
    evidence = Evidence.objects.select_related("claim", "source").get(pk=evidence.pk)
    _check_evidence(
        user, evidence.claim, Action.CHANGE_EVIDENCE, confidential=evidence.is_confidential
    )
    info = MediaInfo.objects.select_for_update().filter(evidence=evidence).first()
    if info is None or info.kind == MediaInfo.Kind.IMAGE:
        raise ValidationError("Only a recording has a transcript.")
    if "\x00" in transcript:
        raise ValidationError("The transcript contains a NUL character; remove it.")
    info.transcript = transcript.replace("\r\n", "\n").strip()
    info.save(update_fields=["transcript", "updated_at"])
    return info


def excerpt_check(evidence: Evidence, info: MediaInfo | None) -> bool | None:
    """Is a time-coded excerpt's quote in the recording's transcript? None: nothing to
    compare (no time codes, no transcript). Like sources.services.quote_check for pages."""
    timed = probe.parse_excerpt(evidence.excerpt)
    if timed is None or info is None or not info.transcript.strip():
        return None
    return quote_found(timed.quote, info.transcript)


# --- Seen this image before? ------------------------------------------------------------

_index_cache: dict[str, Any] = {}


def hash_index() -> hashing.HashIndex:
    """Every stored hash as one bit matrix, rebuilt only when rows were added or removed."""
    state = ImageHash.objects.aggregate(top=Max("pk"))["top"], ImageHash.objects.count()
    if _index_cache.get("state") != state:
        rows = list(ImageHash.objects.values_list("pk", "pdq", "pdq_centre"))
        _index_cache["index"] = hashing.HashIndex(
            [r[0] for r in rows], [(r[1], r[2]) for r in rows]
        )
        _index_cache["state"] = state
    return _index_cache["index"]


def find_matches(
    data: bytes,
    *,
    user: AbstractBaseUser | None,
    name: str = "The image",
    exclude_evidence: int | None = None,
    max_distance: int = hashing.MATCH_DISTANCE,
) -> list[dict[str, Any]]:
    """Images the workbench has seen that look like ``data``: one dict per match (kind, id,
    distance, where, claim/article ids). Evidence the user may not see is left out
    (claims.policies); ``user`` None is the system (the command run by an admin)."""
    image = hashing.open_for_hashing(data, name)
    index = hash_index()
    hits = index.search(hashing.query_hashes(image), max_distance)
    if not hits:
        return []
    distance = dict(hits)
    rows = ImageHash.objects.filter(pk__in=distance).select_related(
        "evidence__claim", "evidence__source", "article"
    )
    found = []
    for row in rows:
        seen_in = row.evidence
        if seen_in is not None:
            if seen_in.pk == exclude_evidence:
                continue
            if user is not None and not evidence_visible_to(user, seen_in):
                continue
        found.append(
            {
                "kind": row.kind,
                "id": row.frame_id
                if row.kind == ImageHash.Kind.KEYFRAME
                else (row.evidence_id or row.article_id),
                "distance": distance[row.pk],
                "where": row.where,
                "evidence_id": row.evidence_id,
                "claim_id": seen_in.claim_id if seen_in else None,
                "article_id": row.article_id or (seen_in.claim.article_id if seen_in else None),
                "seen_at": row.created_at.isoformat(),
            }
        )
    found.sort(key=lambda m: (m["distance"], m["kind"], m["id"]))
    return found


def matches_for_evidence(evidence: Evidence, *, user: AbstractBaseUser | None) -> list[dict]:
    """Other images (evidence, screenshots, key frames) near this evidence image's stored
    hashes; what the user may not see is left out."""
    queries = [
        bytes.fromhex(h)
        for row in ImageHash.objects.filter(evidence=evidence, kind=ImageHash.Kind.EVIDENCE)
        for h in (row.pdq, row.pdq_centre)
    ]
    if not queries:
        return []
    hits = dict(hash_index().search(queries))
    rows = (
        ImageHash.objects.filter(pk__in=hits)
        .exclude(evidence=evidence)
        .select_related("evidence__claim", "evidence__source", "article")
    )
    return [
        {"kind": row.kind, "where": row.where, "distance": hits[row.pk], "row": row}
        for row in sorted(rows, key=lambda r: hits[r.pk])
        if row.evidence is None or user is None or evidence_visible_to(user, row.evidence)
    ]
