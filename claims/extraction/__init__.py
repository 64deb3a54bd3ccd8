"""Article-to-claims engine: load, clean, split, score and attribute.

Plain Python with no Django imports, so it can be unit-tested and benchmarked on its own;
the Django layer turns a :class:`Document` into Article, Claim and Attribution rows.
"""

from __future__ import annotations

from collections.abc import Mapping

from .clean import strip_invisible
from .detect import detect_language
from .document import SOURCE_KINDS, SUPPORTED_LANGUAGES, Attribution, Document, Sentence
from .errors import ExtractionError
from .loaders import DEFAULT_MAX_BYTES, LoadedText, load_file, load_text
from .pipeline import iter_sentences
from .score import CHECKWORTHY_THRESHOLD

__all__ = [
    "CHECKWORTHY_THRESHOLD",
    "DEFAULT_MAX_BYTES",
    "SOURCE_KINDS",
    "SUPPORTED_LANGUAGES",
    "Attribution",
    "Document",
    "ExtractionError",
    "Sentence",
    "extract",
    "extract_body",
    "detect_language",
    "extract_file",
    "iter_sentences",
]


def extract(
    text: str,
    *,
    content_type: str = "text/plain",
    known_sources: Mapping[str, str] | None = None,
    language: str | None = None,
) -> Document:
    """Extract an article from pasted text (``text/plain``, ``text/html``, ``text/markdown``).

    ``known_sources`` maps aliases to canonical source names ("Politico" -> "POLITICO") so
    attributions use the names the database already knows.
    """
    return _build(load_text(text, content_type), known_sources, language)


def extract_body(
    text: str,
    *,
    known_sources: Mapping[str, str] | None = None,
    language: str | None = None,
) -> Document:
    """Split, score and attribute text that already is the article body (a newsroom system
    sending its own copy): nothing is dropped as page furniture; only invisible formatting
    characters go, and line endings are unified."""
    body = strip_invisible(text).replace("\r\n", "\n").replace("\r", "\n").strip()
    return _build(LoadedText(title="", body=body), known_sources, language)


def extract_file(
    data: bytes,
    filename: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    known_sources: Mapping[str, str] | None = None,
    language: str | None = None,
) -> Document:
    """Extract an article from an uploaded file (.txt, .html, .htm, .md, .pdf, .docx; images
    .png, .jpg, .jpeg, .webp and scanned PDFs through OCR)."""
    loaded = load_file(data, filename, max_bytes=max_bytes, language=language)
    return _build(loaded, known_sources, language or (loaded.ocr.language if loaded.ocr else None))


def _build(
    loaded: LoadedText, known_sources: Mapping[str, str] | None, language: str | None = None
) -> Document:
    # A fact-checker's correction wins; otherwise the detector reads the body (the title
    # when there is no body), "und" when it has no letters.
    language = (language or detect_language(loaded.body or loaded.title)).lower()
    return Document(
        title=loaded.title,
        body=loaded.body,
        author=loaded.author,
        published=loaded.published,
        outlet=loaded.outlet,
        language=language,
        sentences=list(iter_sentences(loaded.body, known_sources, language=language)),
        ocr=loaded.ocr,
    )
