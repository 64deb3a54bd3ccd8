"""Turn pasted text and uploaded files into a headline, metadata and body text.

Every rejection raises :class:`ExtractionError` with a sentence meant for the person who
pasted or uploaded the input, so the web layer can show it unchanged.
"""

from __future__ import annotations

import io
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath

from claims.engine_messages import Message, Number, gettext_noop

from .archives import ArchiveRefused, check_zip
from .clean import CleanedText, clean_extracted_text, clean_pasted_text, parse_date
from .errors import ExtractionError
from .ocr import IMAGE_EXTENSIONS, OcrText, ocr_image, ocr_pdf

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
# A 400-page Word document (2.4 million characters) reads in about 5 s; past this a file
# holds far more than an article, and the request gives up instead of holding a worker.
DEFAULT_MAX_SECONDS = 10.0
SUPPORTED_EXTENSIONS = (
    ".txt",
    ".html",
    ".htm",
    ".md",
    ".markdown",
    ".pdf",
    ".docx",
    *IMAGE_EXTENSIONS,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_BLANK_LINES = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class LoadedText:
    """What a loader found, before sentence splitting."""

    title: str
    body: str
    author: str = ""
    published: str | None = None
    outlet: str = ""
    # Read from an image or a scanned PDF: the words' boxes (offsets into ``body``) and pages.
    ocr: OcrText | None = None


def load_text(text: str, content_type: str = "text/plain") -> LoadedText:
    """Pasted text, HTML or Markdown given as a string."""
    if not text or not text.strip():
        raise ExtractionError(
            gettext_noop("The text is empty. Paste the article text or upload a file.")
        )
    if "\x00" in text:
        raise ExtractionError(
            gettext_noop("The text contains binary data; paste plain text instead.")
        )
    kind = content_type.split(";")[0].strip().lower()
    if kind in ("text/html", "application/xhtml+xml"):
        return load_html(text)
    if kind in ("text/markdown", "text/x-markdown"):
        return load_markdown(text)
    if kind != "text/plain":
        raise ExtractionError(
            gettext_noop("Content of type %(type)s cannot be imported."), type=repr(content_type)
        )
    return _from_cleaned(clean_pasted_text(_CONTROL.sub("", text)))


def load_file(
    data: bytes,
    filename: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    *,
    language: str | None = None,
) -> LoadedText:
    """An uploaded file, dispatched on its extension. Images, and PDFs without a text
    layer, are read with OCR (claims.extraction.ocr) in ``language`` or the one detected."""
    name = PurePath(filename or "").name
    ext = PurePath(name.lower()).suffix
    if ext not in SUPPORTED_EXTENSIONS:
        allowed = ", ".join(SUPPORTED_EXTENSIONS)
        raise ExtractionError(
            gettext_noop("“%(name)s” is not a supported file type. Upload one of: %(allowed)s."),
            name=name or Message(gettext_noop("The file")),
            allowed=allowed,
        )
    if len(data) > max_bytes:
        raise ExtractionError(
            gettext_noop("“%(name)s” is %(size)s MB; the limit is %(limit)s MB."),
            name=name,
            size=Number(len(data) / 1e6, 1),
            limit=Number(max_bytes / 1e6, 1),
        )
    if not data.strip():
        raise ExtractionError(gettext_noop("“%(name)s” is empty."), name=name)
    if ext == ".pdf":
        return load_pdf(data, name, language=language)
    if ext in IMAGE_EXTENSIONS:
        return load_image(data, name, language=language)
    if ext == ".docx":
        return load_docx(data, name)
    text = decode_text(data, name)
    if ext in (".html", ".htm"):
        return load_html(text)
    if ext in (".md", ".markdown"):
        return load_markdown(text)
    return load_text(text)


def decode_text(data: bytes, name: str = Message(gettext_noop("The file"))) -> str:
    """Decode bytes of unknown encoding: UTF-8 (and BOMs) first, then charset-normalizer,
    then Windows-1252, which is what most legacy Western newsroom exports are."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ExtractionError(
                gettext_noop("“%(name)s” could not be read as text."), name=name
            ) from exc
    if b"\x00" in data[:65536]:
        raise ExtractionError(
            gettext_noop("“%(name)s” looks like a binary file, not text."), name=name
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    western = _as_western(data)
    if western is not None:
        return western
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        return str(best)
    raise ExtractionError(gettext_noop("“%(name)s” looks like a binary file, not text."), name=name)


def _as_western(data: bytes) -> str | None:
    """Windows-1252 when every non-ASCII character it yields is a Latin letter or common
    typographic sign; statistical detectors misjudge short Western texts, this does not."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    if _CONTROL.search(text):
        return None
    for char in {c for c in text if ord(c) > 127}:
        if not (char in _TYPOGRAPHIC or (char.isalpha() and ord(char) < 0x250)):
            return None
    return text


_TYPOGRAPHIC = set("€‘’‚“”„–—…•†‡‰™°£¥¢§©®«»±×÷¡¿·¨´¸ºª¹²³¼½¾µ¶\u00a0\u00ad")


def load_html(html: str) -> LoadedText:
    """Main content and metadata via trafilatura; scripts, styles and navigation never
    reach the body. Falls back to a sanitised full-text view for pages too small for it."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        deduplicate=False,
    )
    text = getattr(doc, "text", None) if doc is not None else None
    title = author = outlet = ""
    published = None
    if doc is not None:
        title = doc.title or ""
        author = doc.author or ""
        outlet = doc.sitename or ""
        published = parse_date(doc.date or "")
    if not text or not text.strip():
        text, fallback_title = _html_fallback_text(html)
        title = title or fallback_title
    body = clean_extracted_text(text)
    if title and body.startswith(title):
        body = body[len(title) :].lstrip()
    return _checked(
        LoadedText(
            title=title.strip(), body=body, author=author, published=published, outlet=outlet
        )
    )


def _html_fallback_text(html: str) -> tuple[str, str]:
    from lxml import html as lxml_html
    from lxml_html_clean import Cleaner

    try:
        tree = lxml_html.fromstring(html)
    except Exception as exc:  # lxml raises several types for unparsable markup
        raise ExtractionError(gettext_noop("The HTML page could not be read.")) from exc
    cleaner = Cleaner(
        scripts=True,
        javascript=True,
        style=True,
        comments=True,
        forms=True,
        embedded=True,
        frames=True,
        meta=True,
        page_structure=False,
    )
    tree = cleaner.clean_html(tree)
    for bad in tree.xpath("//nav|//footer|//header|//aside|//noscript|//template"):
        bad.drop_tree()
    title = " ".join(tree.xpath("string(//title)").split()) if tree.xpath("//title") else ""
    blocks = []
    for el in tree.iter("h1", "h2", "h3", "p", "li", "blockquote", "pre"):
        txt = " ".join(el.text_content().split())
        if txt:
            blocks.append(txt)
    if not blocks:
        blocks = [" ".join(tree.text_content().split())]
    return "\n\n".join(blocks), title


def load_markdown(text: str) -> LoadedText:
    """Render Markdown to HTML and read its blocks; the first level-one heading is the title."""
    import markdown
    from lxml import html as lxml_html

    rendered = markdown.markdown(text)
    tree = lxml_html.fromstring(f"<div>{rendered}</div>")
    title = ""
    blocks = []
    for el in tree.iter("h1", "h2", "h3", "h4", "p", "li", "blockquote"):
        if el.tag == "blockquote" or (el.tag == "p" and el.getparent().tag == "li"):
            continue
        txt = " ".join(el.text_content().split())
        if not txt:
            continue
        if el.tag == "h1" and not title:
            title = txt
            continue
        blocks.append(txt)
    return _checked(LoadedText(title=title, body=clean_extracted_text("\n\n".join(blocks))))


def load_image(
    data: bytes, name: str = Message(gettext_noop("The image")), *, language: str | None = None
) -> LoadedText:
    """A screenshot, photo or scan: its text as OCR read it, kept exactly as built there
    (no cleaning), so the words' offsets still point into the body."""
    return _from_ocr(ocr_image(data, name, language=language))


def _from_ocr(ocr: OcrText) -> LoadedText:
    return _checked(LoadedText(title="", body=ocr.body, ocr=ocr))


def load_pdf(
    data: bytes,
    name: str = Message(gettext_noop("The PDF")),
    *,
    max_seconds: float = DEFAULT_MAX_SECONDS,
    language: str | None = None,
) -> LoadedText:
    """Text of every page, with wrapped lines joined back into paragraphs; reading stops
    after ``max_seconds`` (compressed page streams can be bombs as well). A PDF with no
    text layer (a scan) is rendered page by page and read with OCR."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise ExtractionError(
                gettext_noop("“%(name)s” is password-protected; upload an unlocked copy."),
                name=name,
            )
        overdue = _deadline(max_seconds, name)
        pages = []
        for page in reader.pages:
            overdue()
            pages.append(page.extract_text() or "")
        meta = reader.metadata
    except ExtractionError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise ExtractionError(gettext_noop("“%(name)s” is not a readable PDF."), name=name) from exc
    text = "\n\n".join(pages)
    if not text.strip():
        return _from_ocr(ocr_pdf(data, name, language=language))
    title = (meta.title or "") if meta else ""
    author = (meta.author or "") if meta else ""
    cleaned = clean_pasted_text(text)
    return _checked(
        LoadedText(
            title=title or cleaned.title,
            body=cleaned.body,
            author=author or cleaned.author,
            published=cleaned.published,
        )
    )


def load_docx(
    data: bytes,
    name: str = Message(gettext_noop("The document")),
    *,
    max_seconds: float = DEFAULT_MAX_SECONDS,
) -> LoadedText:
    """Paragraphs of a Word document; a Title or Heading 1 paragraph becomes the title.

    The archive is checked before it is opened (claims.extraction.archives), and reading
    stops after ``max_seconds``: a small file can hold megabytes of paragraphs."""
    import zipfile

    import docx
    from lxml.etree import LxmlError

    try:
        check_zip(
            data, name, advice=Message(gettext_noop("save it as a smaller file or paste the text"))
        )
    except ArchiveRefused as exc:
        raise ExtractionError(exc.message) from exc
    overdue = _deadline(max_seconds, name)
    try:
        document = docx.Document(io.BytesIO(data))
        styles = {style.style_id: style.name for style in document.styles}
    except (zipfile.BadZipFile, KeyError, ValueError, LxmlError) as exc:
        raise ExtractionError(
            gettext_noop("“%(name)s” is not a readable Word (.docx) document."), name=name
        ) from exc
    title = document.core_properties.title or ""
    blocks = []
    for paragraph in document.paragraphs:
        overdue()
        txt = " ".join(paragraph.text.split())
        if not txt:
            continue
        # By id from one table: paragraph.style looks the style up anew each time (4 ms),
        # which made a document of 90,000 short paragraphs take six minutes.
        style = styles.get(paragraph._p.style, "") or ""
        if not title and style in ("Title", "Heading 1"):
            title = txt
            continue
        if txt == title:
            continue
        blocks.append(txt)
    author = document.core_properties.author or ""
    return _checked(
        LoadedText(title=title, body=clean_extracted_text("\n\n".join(blocks)), author=author)
    )


def _deadline(seconds: float, name: str) -> Callable[[], None]:
    """A check to call while reading: raises once ``seconds`` have passed."""
    end = time.monotonic() + seconds

    def overdue() -> None:
        if time.monotonic() > end:
            raise ExtractionError(
                gettext_noop(
                    "“%(name)s” took more than %(seconds)s s to read; "
                    "save it as a smaller file or paste the text."
                ),
                name=name,
                seconds=Number(seconds, 0),
            )

    return overdue


def _from_cleaned(cleaned: CleanedText) -> LoadedText:
    return _checked(
        LoadedText(
            title=cleaned.title,
            body=cleaned.body,
            author=cleaned.author,
            published=cleaned.published,
        )
    )


def _checked(loaded: LoadedText) -> LoadedText:
    if not loaded.body.strip():
        raise ExtractionError(gettext_noop("No article text was found in the input."))
    return loaded
