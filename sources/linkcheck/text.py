"""Page text for fingerprints, soft-404 detection and the evidence quote check.

The fingerprint must change when what a page *says* changes and stay put when only its
markup, whitespace, ads, navigation or a footer timestamp change; so the text is taken from
the page's main area with boilerplate elements removed, then normalised before hashing.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from dataclasses import dataclass

from lxml import etree
from lxml import html as lxml_html

# Elements that never carry the page's own statement.
_DROP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "canvas",
        "iframe",
        "object",
        "embed",
        "nav",
        "footer",
        "aside",
        "form",
        "button",
        "select",
        "textarea",
        "dialog",
        "head",
    ]
)
_DROP_ROLES = frozenset(
    ["navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"]
)
# class/id tokens (split on spaces, '-' and '_') of boilerplate blocks: ads, cookie banners,
# share bars, comment threads, related-story teasers.
_DROP_TOKENS = frozenset(
    [
        "ad",
        "ads",
        "adv",
        "advert",
        "adverts",
        "advertisement",
        "advertising",
        "adslot",
        "sponsor",
        "sponsored",
        "promo",
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "newsletter",
        "share",
        "sharing",
        "social",
        "related",
        "comments",
        "comment",
        "breadcrumb",
        "breadcrumbs",
        "sidebar",
        "footer",
        "navbar",
        "nav",
        "menu",
        "masthead",
        "skip",
        "popup",
        "modal",
        "subscribe",
        "paywall",
    ]
)
_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "blockquote",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
        "br",
        "header",
        "title",
        "caption",
    ]
)
_TOKEN_SPLIT = re.compile(r"[\s_-]+")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)

_QUOTES = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u00b4": "'", "`": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"',
        "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"', "\u2039": "'",
        "\u203a": "'", "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-",
        "\u2014": "-", "\u2015": "-", "\u2212": "-", "\u00ad": None, "\u200b": None,
        "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None,
    }
)  # fmt: skip
# Matches only whitespace that needs rewriting (runs, or anything but a plain space): re.sub
# then leaves ordinary text alone instead of allocating a piece per word.
_WS = re.compile(r"\s{2,}|[^\S ]")

_NOT_FOUND = re.compile(
    r"page (?:was |is )?not found|not be found|(?:couldn'?t|could not|cannot|can'?t) be found"
    r"|(?:page|article|content|story) (?:you (?:are|were) looking for )?(?:does not|doesn'?t"
    r"|no longer) exists?|no longer (?:available|exists)|\b404\W+(?:not found|error\b)"
    r"|error\W+404|nothing (?:was )?found|seite nicht gefunden|page (?:non trouv\u00e9e"
    r"|introuvable)|p\u00e1gina no encontrada|pagina non trovata"
    r"|\u0441\u0442\u0440\u0430\u043d\u0438\u0446\u0430 \u043d\u0435 \u043d\u0430\u0439\u0434\u0435\u043d\u0430",
    re.I,
)
_STARTS_WITH_404 = re.compile(r"^\W*404\b")  # "404 | Daily News"; titles and headings only
_SOFT_404_MAX_TEXT = 1500


@dataclass(frozen=True, slots=True)
class PageText:
    title: str
    headings: str
    text: str


def normalise(text: str) -> str:
    """Fold the differences that don't change meaning: Unicode forms, curly quotes, dashes,
    invisible characters, whitespace and case."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).replace("\u2026", "...")
    return _WS.sub(" ", text).strip().casefold()


def _guess_encoding(data: bytes, charset: str | None) -> str:
    for candidate in (charset, _meta_charset(data)):
        if candidate:
            try:
                return codecs.lookup(candidate).name
            except LookupError:
                continue
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A body cut at the byte cap may end mid-character; that alone is still UTF-8.
        if exc.start < len(data) - 3:
            return "cp1252"
    return "utf-8"


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _is_boilerplate(el: etree._Element) -> bool:
    if el.tag in _DROP_TAGS:
        return True
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    if (el.get("role") or "").lower() in _DROP_ROLES:
        return True
    tokens = _TOKEN_SPLIT.split(f"{el.get('class') or ''} {el.get('id') or ''}".lower())
    return any(t in _DROP_TOKENS for t in tokens)


def _block_text(root: etree._Element) -> str:
    parts: list[str] = []

    def walk(el: etree._Element) -> None:
        block = el.tag in _BLOCK_TAGS
        if block:
            parts.append("\n")
        if el.text:
            parts.append(el.text)
        for child in el:
            if isinstance(child.tag, str):
                walk(child)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append("\n")

    walk(root)
    lines = (_WS.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _inside_content(el: etree._Element) -> bool:
    return any(a.tag in ("article", "main") for a in el.iterancestors())


def extract(html: bytes | str, charset: str | None = None) -> PageText:
    """Title, headings and main text of an HTML page; empty strings for unparsable input."""
    if isinstance(html, bytes):
        encoding = _guess_encoding(html, charset)
        parser = lxml_html.HTMLParser(encoding=encoding, remove_comments=True, remove_pis=True)
        source: bytes | str = html
    else:
        parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True)
        # lxml refuses str input that carries an XML encoding declaration.
        source = re.sub(r"^\s*<\?xml[^>]*>", "", html)
    if not source.strip():
        return PageText("", "", "")
    try:
        root = lxml_html.document_fromstring(source, parser=parser)
    except (etree.ParserError, ValueError):
        return PageText("", "", "")
    title_el = root.find(".//title")
    title = _WS.sub(" ", title_el.text_content()).strip() if title_el is not None else ""
    # Collect first, then remove: removing while iterating skips siblings. A <header> inside
    # <article>/<main> usually holds the headline, so only page-level headers are dropped.
    doomed = [
        el
        for el in root.iter()
        if isinstance(el.tag, str)
        and (_is_boilerplate(el) or (el.tag == "header" and not _inside_content(el)))
    ]
    for el in doomed:
        parent = el.getparent()
        if parent is not None:
            # Keep the tail text: it belongs to the parent, not to the removed element.
            el.drop_tree()
    mains = root.findall(".//main")
    articles = root.findall(".//article")
    if len(mains) == 1:
        container = mains[0]
    elif len(articles) == 1:
        container = articles[0]
    else:
        body = root.find("body")
        container = body if body is not None else root
    headings = " ".join(_WS.sub(" ", h.text_content()).strip() for h in container.iter("h1", "h2"))[
        :500
    ]
    return PageText(title=title, headings=headings, text=_block_text(container))


def main_text(html: bytes | str, charset: str | None = None) -> str:
    """The page's own text, one block per line, without scripts, navigation, ads or footer."""
    return extract(html, charset).text


def fingerprint(text: str) -> str:
    """SHA-256 of the normalised text: equal when the page says the same thing."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def looks_like_not_found(page: PageText) -> bool:
    """A 200 page that is really an error page (a "soft 404"): its title or first heading
    says so, or a short page says so in its text. Long articles that merely mention "not
    found" are not flagged."""
    for heading in (page.title, page.headings[:200]):
        if _NOT_FOUND.search(heading) or _STARTS_WITH_404.match(heading):
            return True
    return len(page.text) <= _SOFT_404_MAX_TEXT and bool(_NOT_FOUND.search(page.text))


def quote_found(quote: str, text: str) -> bool:
    """Whether an evidence quote appears in a text, ignoring typography (curly vs straight
    quotes, dash kinds, line breaks, case) and the quote marks around the excerpt itself."""
    needle = normalise(quote).strip(" \"'")
    if not needle:
        return False
    return needle in normalise(text)
