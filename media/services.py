"""Writes and the one lookup of the media app: OCR pages of an imported article, the media
facts of evidence files (read by a worker: media.tasks), transcripts, and "seen this image
before?". Permissions and confidentiality come from claims.policies / sources.services."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile, File
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import Max
from django.utils import timezone, translation
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from claims.engine_messages import Message, gettext_noop, to_json
from claims.extraction.errors import ExtractionError
from claims.extraction.ocr import OcrText, needs_ocr
from claims.models import Article
from claims.policies import (
    Action,
    DeskAction,
    check_desk,
    check_language,
    evidence_visible_to,
)
from factcheck.celery import enqueue
from media import hashing, probe
from media.fetch import FetchRefused, fetch_to_file
from media.models import ArticleScan, ImageHash, KeyFrame, MediaInfo, ScanImport, ScanPage
from sources.linkcheck import check_urls_sync
from sources.linkcheck.text import quote_found
from sources.linkcheck_settings import linkcheck_config
from sources.models import Evidence, Snapshot
from sources.services import _check_evidence
from sources.uploads import RECORDING_EXTENSIONS

log = logging.getLogger(__name__)

PROCESS_TASK = "media.tasks.process_evidence_media"
SCAN_IMPORT_TASK = "media.tasks.run_scan_import"
SNAPSHOT_TASK = "media.tasks.hash_snapshot_images"
IMAGE_EXTENSIONS = {".png", ".jpg", ".jpeg", ".webp", ".gif"}
# a page's images fetched for hashing when its snapshot is stored: how many, how large
MAX_SNAPSHOT_IMAGES = 10
MAX_SNAPSHOT_IMAGE_BYTES = 5 * 1024 * 1024
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_LINKS_IMAGES = re.compile(rb"<img\b|og:image|twitter:image", re.IGNORECASE)
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
        where = (
            _("article “%(title)s”, page %(number)s")
            % {"title": article.title[:200], "number": number + 1}
            if len(ocr.pages) > 1
            else _("article “%(title)s”") % {"title": article.title[:200]}
        )
        _store_hashes(hashes, kind=ImageHash.Kind.ARTICLE, article=article, where=where)
    return scan


def wants_worker(upload: UploadedFile) -> bool:
    """An upload the import page hands to a worker: one that is read with OCR (an image or a
    scanned PDF; claims.extraction.ocr.needs_ocr), which takes seconds a page."""
    limit = settings.FACTCHECK_MAX_UPLOAD_BYTES
    if upload.size is not None and upload.size > limit:
        return False  # refused in the request, with the ordinary message
    upload.seek(0)
    data = upload.read(limit + 1)
    upload.seek(0)
    return needs_ocr(data, upload.name or "")


def start_scan_import(
    *, upload: UploadedFile, user: AbstractBaseUser, metadata: dict | None = None
) -> ScanImport:
    """Keep the upload and queue its import (media.tasks.run_scan_import) once committed;
    the page polls the job. The worker imports as ``user`` through the same code path as
    every import (claims.interchange.articles.import_article), so rights, limits and the
    all-or-nothing transaction are those of an import in the request."""
    from claims.interchange.articles import language_code

    check_desk(user, DeskAction.IMPORT_ARTICLE)
    given = {
        key: value.isoformat() if hasattr(value, "isoformat") else value
        for key, value in (metadata or {}).items()
    }
    if given.get("language"):
        check_language(language_code(given["language"]))
    limit = settings.FACTCHECK_MAX_UPLOAD_BYTES
    name = os.path.basename(upload.name or "") or "upload"
    if upload.size is not None and upload.size > limit:
        raise ValidationError(
            _("“%(name)s” is %(size)s MB; the limit is %(limit)s MB.")
            % {
                "name": name,
                "size": number_format(upload.size / 1e6, 1),
                "limit": number_format(limit / 1e6, 1),
            }
        )
    with transaction.atomic():
        job = ScanImport.objects.create(
            requested_by_id=user.pk, file_name=name[:255], metadata=given, total=2
        )
        upload.seek(0)
        job.file.save(f"{job.pk}/{name[-100:]}", File(upload), save=True)
        enqueue(SCAN_IMPORT_TASK, job.pk)
    return job


def run_scan_import(job_id: int) -> str:
    """The worker's import of one kept upload. Idempotent: a finished job is left alone and
    a redelivered running one starts again (the import is one transaction, and the same
    text twice is the existing article). The kept upload is removed at the end. A refusal is
    written in the language of the person who asked, as the page they poll shows it."""
    from newsroom.languages import language_of

    job = ScanImport.objects.select_related("requested_by").filter(pk=job_id).first()
    if job is None or not job.running:
        return job.status if job else "gone"
    with translation.override(language_of(job.requested_by)):
        return _run_scan_import(job)


def _run_scan_import(job: ScanImport) -> str:
    from claims.interchange.articles import import_article

    ScanImport.objects.filter(pk=job.pk).update(status=ScanImport.Status.READING, done=1)
    status, error, article, created = ScanImport.Status.DONE, "", None, False
    try:
        with local_copy(job.file) as path:
            article, created = import_article(
                user=job.requested_by, path=path, metadata=job.metadata
            )
    except ValidationError as exc:
        status, error = ScanImport.Status.FAILED, " ".join(exc.messages)
    except PermissionDenied as exc:
        status, error = ScanImport.Status.FAILED, str(exc)
    except Exception:
        log.exception("scan import %s failed", job.pk)
        status = ScanImport.Status.FAILED
        error = _("The import failed unexpectedly; try again, or tell an administrator.")
    error = error.replace(os.path.basename(job.file.name or ""), job.file_name)
    job.file.delete(save=False)
    ScanImport.objects.filter(pk=job.pk).update(
        status=status,
        error=error,
        article=article,
        created=created,
        done=2,
        file="",
        finished_at=timezone.now(),
    )
    return status


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


def linked_recording(url: str) -> bool:
    """Does this address name a recording (by the extension of its path)? Such a link is
    fetched and probed like an upload; any other link is a page, checked and snapshotted."""
    path = urlsplit(url or "").path
    return os.path.splitext(path)[1].lower() in RECORDING_EXTENSIONS


def register_evidence_media(evidence: Evidence) -> MediaInfo | None:
    """Called by sources.services.add_evidence / update_evidence in their transaction: an
    image or recording (uploaded, or linked by its address) gets a MediaInfo row and a
    worker reads it after commit. An upload wins over a link."""
    if evidence.file:
        kind, url = media_kind(evidence.file_name), ""
    elif linked_recording(evidence.url):
        kind, url = MediaInfo.Kind.AUDIO, evidence.url
    else:
        kind, url = None, ""
    ImageHash.objects.filter(evidence=evidence).delete()  # hashes of the file it replaces
    old = MediaInfo.objects.filter(evidence=evidence).first()
    if old is not None and old.fetched and old.source_url != url:
        old.fetched.delete(save=False)  # our copy of a recording no longer cited
        old.fetched = None
        old.save(update_fields=["fetched"])
    if kind is None:
        MediaInfo.objects.filter(evidence=evidence).delete()
        return None
    info, _ = MediaInfo.objects.update_or_create(
        evidence=evidence,
        defaults={
            "kind": kind,
            "status": MediaInfo.Status.PENDING,
            "done": 0,
            "error": "",
            "error_message": None,
            "source_url": url,
        },
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
    if info is None or not (info.evidence.file or info.source_url):
        return "gone"
    MediaInfo.objects.filter(pk=info.pk).update(status=MediaInfo.Status.RUNNING, done=0)
    evidence = info.evidence
    name = evidence.file_name or _("The file")
    try:
        if evidence.file and info.kind == MediaInfo.Kind.IMAGE:
            _process_image(info, evidence, name)
        elif evidence.file:
            with local_copy(evidence.file) as path:
                _process_recording(info, evidence, name, path)
        else:
            _process_linked_recording(info, evidence)
    except (ExtractionError, probe.MediaRefused, FetchRefused) as exc:
        MediaInfo.objects.filter(pk=info.pk).update(
            status=MediaInfo.Status.FAILED, error=str(exc), error_message=to_json(exc)
        )
        return MediaInfo.Status.FAILED
    except Exception:  # a bug must not leave the card "reading" for ever
        log.exception("media of evidence %s could not be read", evidence_id)
        broke = Message(
            gettext_noop("The file could not be read because of an error; tell an administrator.")
        )
        MediaInfo.objects.filter(pk=info.pk).update(
            status=MediaInfo.Status.FAILED, error=broke, error_message=to_json(broke)
        )
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
            where=_("evidence “%(name)s” on claim %(claim)s")
            % {"name": name, "claim": evidence.claim_id},
        )
        MediaInfo.objects.filter(pk=info.pk).update(
            width=image.size[0],
            height=image.size[1],
            format_name=image.format or "",
            metadata=hashing.exif_summary(image),
            done=1,
            total=1,
        )


def _process_linked_recording(info: MediaInfo, evidence: Evidence) -> None:
    """A recording cited by its address: fetched through the SSRF guard into a temporary
    file (in chunks, up to FACTCHECK_MEDIA_MAX_BYTES), probed, and only then kept as our copy
    (so the panel plays it from our permission-checked view, and a refused or unreadable
    file leaves nothing stored)."""
    url = info.source_url
    name = os.path.basename(urlsplit(url).path) or "recording"
    extension = os.path.splitext(name)[1].lower()
    with tempfile.NamedTemporaryFile(suffix=extension, prefix="linked-") as tmp:
        fetched = fetch_to_file(
            url,
            tmp,
            linkcheck_config(),
            max_bytes=settings.FACTCHECK_MEDIA_MAX_BYTES,
        )
        path = Path(tmp.name)
        _process_recording(info, evidence, name, path)
        if info.fetched:
            info.fetched.delete(save=False)
        with path.open("rb") as handle:  # written to storage in chunks (File.chunks)
            info.fetched.save(
                f"{evidence.pk}-{fetched.sha256[:16]}{extension}", File(handle), save=False
            )
        MediaInfo.objects.filter(pk=info.pk).update(
            fetched=info.fetched.name, fetched_sha256=fetched.sha256, fetched_size=fetched.size
        )


def _process_recording(info: MediaInfo, evidence: Evidence, name: str, path: Path) -> None:
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
                where=_("frame at %(time)s of “%(name)s” on claim %(claim)s")
                % {"time": probe.timecode(at), "name": name, "claim": evidence.claim_id},
            )
        _progress(info, 1 + number, total)


# --- Images on cited pages ----------------------------------------------------------------


class _PageImages(HTMLParser):
    """The images a page links: og:image / twitter:image first (what a share shows), then
    each <img src>, in page order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.shared: list[str] = []
        self.inline: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "").strip() for k, v in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or "").lower()
            shared = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image")
            if key in shared and values.get("content"):
                self.shared.append(values["content"])
        elif tag == "img" and values.get("src"):
            self.inline.append(values["src"])


def page_image_urls(html: str, base_url: str, limit: int = MAX_SNAPSHOT_IMAGES) -> list[str]:
    """Absolute http(s) addresses of the images a page links, without repeats, at most
    ``limit`` (data: URIs and other schemes are left out)."""
    parser = _PageImages()
    with contextlib.suppress(Exception):  # html.parser gives up on nothing we care about
        parser.feed(html)
        parser.close()
    found: list[str] = []
    for raw in parser.shared + parser.inline:
        url = urljoin(base_url, raw)
        if urlsplit(url).scheme in ("http", "https") and url not in found and len(url) <= 2048:
            found.append(url)
        if len(found) >= limit:
            break
    return found


def register_snapshot(snapshot: Snapshot, body: bytes | None) -> None:
    """Called by sources.services when a snapshot is stored: a page's images (or the
    snapshot itself, when the cited address is an image) are fetched and hashed by a worker
    after commit, so match_image finds where an image was seen. A page that links no image
    queues nothing."""
    kind = (snapshot.content_type or "").split(";")[0].strip().lower()
    if not snapshot.raw or not body:
        return
    if kind.startswith("image/") or (kind in _HTML_TYPES and _LINKS_IMAGES.search(body)):
        enqueue(SNAPSHOT_TASK, snapshot.pk)


def hash_snapshot_images(snapshot_id: int) -> int:
    """The worker's job for one snapshot: hash the images its page links (at most
    MAX_SNAPSHOT_IMAGES, each at most MAX_SNAPSHOT_IMAGE_BYTES, fetched through the link
    checker's SSRF-safe fetcher), or the snapshot itself if it is an image. Idempotent: the
    snapshot's earlier hashes are replaced. Returns how many images were hashed."""
    snapshot = Snapshot.objects.select_related("link").filter(pk=snapshot_id).first()
    if snapshot is None or not snapshot.raw:
        return 0
    kind = (snapshot.content_type or "").split(";")[0].strip().lower()
    page_url = snapshot.final_url or snapshot.link.url
    with snapshot.raw.open("rb") as stored:
        body = stored.read(settings.LINKCHECK_MAX_BYTES + 1)  # what the fetcher kept
    images: list[tuple[str, bytes]] = []
    if kind.startswith("image/"):
        images.append((page_url, body))
    elif kind in _HTML_TYPES:
        charset = (snapshot.content_type.split("charset=")[-1:] or ["utf-8"])[0]
        try:
            html = body.decode(charset.strip().strip('"') or "utf-8", errors="replace")
        except LookupError:
            html = body.decode("utf-8", errors="replace")
        urls = page_image_urls(html, page_url)
        if urls:
            config = linkcheck_config(keep_body=True, max_bytes=MAX_SNAPSHOT_IMAGE_BYTES)
            for result in check_urls_sync(urls, config):
                image_type = (result.content_type or "").split(";")[0].strip().lower()
                if (
                    result.outcome.is_alive
                    and result.body
                    and not result.truncated
                    and image_type.startswith("image/")
                ):
                    images.append((result.url, result.body))
    hashed: list[tuple[str, hashing.ImageHashes]] = []
    for url, data in images:
        try:
            hashed.append((url, hashing.image_bytes_hashes(data)))
        except ExtractionError as exc:  # damaged, a bomb, not an image: not hashed
            log.info("image %s on %s not hashed: %s", url, page_url, exc)
    captured = f"{snapshot.captured_at:%Y-%m-%d}"
    with transaction.atomic():
        ImageHash.objects.filter(snapshot=snapshot).delete()
        for url, hashes in hashed:
            where = (
                _("image %(image)s on %(page)s (snapshot of %(date)s)")
                % {"image": url, "page": snapshot.link.url, "date": captured}
                if url != page_url
                else _("the cited image %(url)s (snapshot of %(date)s)")
                % {"url": url, "date": captured}
            )
            _store_hashes(
                hashes,
                kind=ImageHash.Kind.SNAPSHOT,
                snapshot=snapshot,
                image_url=url,
                where=where[:300],
            )
    return len(hashed)


def _snapshot_visible(user: AbstractBaseUser | None, snapshot: Snapshot | None) -> bool:
    """A cited page is hidden when every evidence item citing it is hidden from the user
    (as on the snapshot pages: sources.views)."""
    if snapshot is None or user is None:
        return True
    citing = list(snapshot.link.evidence.select_related("claim", "source"))
    return not citing or any(evidence_visible_to(user, item) for item in citing)


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
        raise ValidationError(_("Only a recording has a transcript."))
    if "\x00" in transcript:
        raise ValidationError(_("The transcript contains a NUL character; remove it."))
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
    name: str = "",
    exclude_evidence: int | None = None,
    max_distance: int = hashing.MATCH_DISTANCE,
) -> list[dict[str, Any]]:
    """Images the workbench has seen that look like ``data``: one dict per match (kind, id,
    distance, where, claim/article ids). Evidence the user may not see is left out
    (claims.policies); ``user`` None is the system (the command run by an admin)."""
    image = hashing.open_for_hashing(data, name or _("The image"))
    index = hash_index()
    hits = index.search(hashing.query_hashes(image), max_distance)
    if not hits:
        return []
    distance = dict(hits)
    rows = ImageHash.objects.filter(pk__in=distance).select_related(
        "evidence__claim", "evidence__source", "article", "snapshot__link"
    )
    found = []
    for row in rows:
        seen_in = row.evidence
        if seen_in is not None:
            if seen_in.pk == exclude_evidence:
                continue
            if user is not None and not evidence_visible_to(user, seen_in):
                continue
        if not _snapshot_visible(user, row.snapshot):
            continue
        found.append(
            {
                "kind": row.kind,
                "id": row.frame_id
                if row.kind == ImageHash.Kind.KEYFRAME
                else (row.evidence_id or row.article_id or row.snapshot_id),
                "distance": distance[row.pk],
                "where": row.where,
                "evidence_id": row.evidence_id,
                "claim_id": seen_in.claim_id if seen_in else None,
                "article_id": row.article_id or (seen_in.claim.article_id if seen_in else None),
                "snapshot_id": row.snapshot_id,
                "image_url": row.image_url,
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
        .select_related("evidence__claim", "evidence__source", "article", "snapshot__link")
    )
    return [
        {"kind": row.kind, "where": row.where, "distance": hits[row.pk], "row": row}
        for row in sorted(rows, key=lambda r: hits[r.pk])
        if (row.evidence is None or user is None or evidence_visible_to(user, row.evidence))
        and _snapshot_visible(user, row.snapshot)
    ]
