"""What an evidence upload may be: documents, images and audio, recognised by extension AND
by their first bytes. An HTML, SVG or script file renamed ``.pdf`` (or a PDF renamed
``.html``) is refused: stored files are downloaded later by colleagues, and a file that a
browser would run must never get in, whatever it calls itself. A zip (a .docx) must unpack
within the limits of claims.extraction.archives, the same rule the article import applies."""

from __future__ import annotations

import os
from collections.abc import Callable

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

from claims.engine_messages import translated
from claims.extraction.archives import ArchiveRefused, check_zip


def _zip(head: bytes) -> bool:
    return head.startswith(b"PK\x03\x04")


def _text(head: bytes) -> bool:
    """Plain text: decodes as UTF-8 (a cut multi-byte character at the end is fine), no NUL,
    and nothing a browser would sniff as markup."""
    if b"\x00" in head:
        return False
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3:
            return False
        text = head[: exc.start].decode("utf-8")
    start = text.lstrip("\ufeff \t\r\n").lower()
    return not start.startswith(
        ("<!doctype", "<html", "<script", "<svg", "<?xml", "<head", "<body", "<iframe")
    )


def _riff(kind: bytes) -> Callable[[bytes], bool]:
    return lambda head: head.startswith(b"RIFF") and head[8:12] == kind


def _mp3(head: bytes) -> bool:
    return head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0)


def _m4a(head: bytes) -> bool:
    return head[4:8] == b"ftyp"


# extension -> (content type for downloads, check of the first bytes)
ALLOWED: dict[str, tuple[str, Callable[[bytes], bool]]] = {
    ".pdf": ("application/pdf", lambda h: h.startswith(b"%PDF-")),
    ".docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", _zip),
    ".txt": ("text/plain", _text),
    ".csv": ("text/csv", _text),
    ".json": ("application/json", _text),
    ".png": ("image/png", lambda h: h.startswith(b"\x89PNG\r\n\x1a\n")),
    ".jpg": ("image/jpeg", lambda h: h.startswith(b"\xff\xd8\xff")),
    ".jpeg": ("image/jpeg", lambda h: h.startswith(b"\xff\xd8\xff")),
    ".gif": ("image/gif", lambda h: h.startswith((b"GIF87a", b"GIF89a"))),
    ".webp": ("image/webp", _riff(b"WEBP")),
    ".mp3": ("audio/mpeg", _mp3),
    ".m4a": ("audio/mp4", _m4a),
    ".ogg": ("audio/ogg", lambda h: h.startswith(b"OggS")),
    ".wav": ("audio/wav", _riff(b"WAVE")),
    ".mp4": ("video/mp4", _m4a),
    ".mov": ("video/quicktime", _m4a),
    ".webm": ("video/webm", lambda h: h.startswith(b"\x1a\x45\xdf\xa3")),
}
KINDS = (
    "documents (PDF, DOCX, TXT, CSV, JSON), images (PNG, JPEG, GIF, WebP), "
    "audio (MP3, M4A, OGG, WAV) and video (MP4, MOV, WebM)"
)


RECORDING_EXTENSIONS = frozenset({".mp3", ".m4a", ".ogg", ".wav", ".mp4", ".mov", ".webm"})


def upload_limit(file_name: str) -> int:
    """The largest file of this kind: recordings may be large (FACTCHECK_MEDIA_MAX_BYTES),
    everything else is read whole somewhere and stays small (FACTCHECK_MAX_UPLOAD_BYTES)."""
    from django.conf import settings

    extension = os.path.splitext(file_name or "")[1].lower()
    if extension in RECORDING_EXTENSIONS:
        return max(settings.FACTCHECK_MEDIA_MAX_BYTES, settings.FACTCHECK_MAX_UPLOAD_BYTES)
    return settings.FACTCHECK_MAX_UPLOAD_BYTES


def check_evidence_upload(upload: UploadedFile) -> str:
    """Refuse anything but the allowed kinds; return the content type to serve it with."""
    name = os.path.basename(upload.name or "")
    extension = os.path.splitext(name)[1].lower()
    if extension not in ALLOWED:
        raise ValidationError(
            {
                "file": _("“%(name)s” is not an accepted file type. Accepted: %(kinds)s.")
                % {"name": name, "kinds": KINDS}
            }
        )
    content_type, looks_right = ALLOWED[extension]
    upload.seek(0)
    head = upload.read(2048)
    upload.seek(0)
    if not looks_right(head):
        raise ValidationError(
            {
                "file": _(
                    "“%(name)s” does not contain what its %(extension)s extension says; it was "
                    "refused."
                )
                % {"name": name, "extension": extension}
            }
        )
    if _zip(head):  # .docx today; any zip-based kind added later is checked the same way
        try:
            check_zip(upload, name)
        except ArchiveRefused as exc:
            raise ValidationError({"file": translated(exc)}) from exc
    return content_type


def download_content_type(file_name: str) -> str:
    """The content type a stored file is served with: never one a browser renders as a page."""
    extension = os.path.splitext(file_name)[1].lower()
    return ALLOWED.get(extension, ("application/octet-stream", None))[0]
