"""Find the headline and body of a web page that was pasted (or extracted) as text.

Pasted pages carry share buttons, teasers of other stories, comment forms, cookie banners and
copyright lines. Rather than matching any one site's strings, every line is classified with
general signals: a lexicon of common CMS boilerplate, whether the line reads as prose (enough
words, terminal punctuation, not a truncated teaser), and where it sits relative to the body
(section headers such as "Related Posts" or "Leave a Reply" end the article). The body is
the densest run of prose; the headline is the nearest title-like line before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import languages
from .split import DATELINE, UPPER_LETTERS
from .trie import alternation


def _lexicon(field: str, script: str | None = None) -> str:
    """One alternation of ``field`` over every language's data (of one script, if given):
    a page's furniture is recognised before its language is known, and the lexicons of
    different languages do not collide (each language is one module in ``languages/``)."""
    return "|".join(
        f if f.startswith(("^", "\\b")) else f"\\b(?:{f})"  # a word boundary first: 2x faster
        for d in languages.all_languages()
        if script is None or d.script == script
        for f in getattr(d, field)
    )


class _ScriptPattern:
    """A lexicon split by script: the Cyrillic half only runs on text with Cyrillic
    letters, so English and Polish pages pay nothing for it (it tripled cleaning time)."""

    def __init__(self, field: str, template: str = "{}") -> None:
        self.latin = re.compile(template.format(_lexicon(field, "latin")), re.IGNORECASE)
        self.cyrillic = re.compile(template.format(_lexicon(field, "cyrillic")), re.IGNORECASE)

    def search(self, unit: str) -> bool:
        if self.latin.search(unit):
            return True
        return _CYRILLIC.search(unit) is not None and self.cyrillic.search(unit) is not None

    def match(self, unit: str) -> bool:
        if self.latin.match(unit):
            return True
        return _CYRILLIC.search(unit) is not None and self.cyrillic.match(unit) is not None


_CYRILLIC = re.compile("[\u0400-\u04ff]")
# Boilerplate that marks a short line as page furniture, not article text.
_JUNK = _ScriptPattern("junk")
# Boilerplate strong enough to drop even a full sentence (cookie banners, comment forms).
_STRONG_JUNK = _ScriptPattern("strong_junk")
# "Читайте также: …", "Ще на тему - …", "Czytaj też: …": a link to another story, whatever
# its length (round 11).
_READ_ALSO = _ScriptPattern("read_also", "^[\\W\\d_]*(?:{})\\s*(?::|[—–-]\\s)")
# Section headers after which nothing belongs to the article any more.
_END_MARKER = _ScriptPattern("end_markers", "^\\W*(?:{})\\W*$")
_CLOSERS = "\"'’”»)]"
_STRONG_ANCHORS = tuple(
    dict.fromkeys(a for d in languages.all_languages() for a in d.strong_anchors)
)


def _ends_sentence(unit: str) -> bool:
    return unit.rstrip(_CLOSERS).endswith((".", "!", "?"))


def _truncated(unit: str) -> bool:
    """A teaser cut off mid-sentence: "... including…", "... [...]"."""
    return unit.rstrip("\"'’”").endswith(("…", "...", "[…]", "[...]"))


# One search for any anchor (a trie: most positions fail at their first character) rather
# than one substring test per anchor and line.
_STRONG_ANCHOR = (
    re.compile(alternation(_STRONG_ANCHORS, exact_spaces=True))
    if _STRONG_ANCHORS
    else re.compile("(?!)")
)


def _strong_junk(unit: str) -> bool:
    return _STRONG_ANCHOR.search(unit.lower()) is not None and bool(_STRONG_JUNK.search(unit))


# Bidirectional overrides and isolates, directional marks and zero-width characters change
# what a reviewer sees (U+202E shows the text after it reversed) without showing themselves.
# ZWJ and ZWNJ stay: emoji sequences and some scripts need them.
_INVISIBLE = re.compile("[\x00\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def strip_invisible(text: str) -> str:
    """`text` without invisible formatting characters that could disguise it."""
    return _INVISIBLE.sub("", text)


_BULLET_PREFIX = re.compile(r"^[\s•⁃▪‣◦●·*-]+")
_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")
_BLOCKS = re.compile(r"\n[ \t\u00a0]*\n")
_BYLINE = re.compile(
    r"^(?:by|written by|words by)\s+([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})"
    # "By Sofia Marin | 3 min read", "By Helen Marsh, Europe correspondent"; a field may
    # be empty ("Autor: … · · Komentarze (31)", round 11)
    r"(?:\s*[|·•,]\s*[^|·•]{0,40})*$",
    re.IGNORECASE,
)
_BYLINE_START = re.compile(r"^(?:by|written by|words by)\s+[A-Z]")
# Month names in every form each language's data lists ("march", "марта", "września").
_MONTHS: dict[str, int] = {}
for _data in languages.all_languages():
    for _number, _forms in enumerate(_data.months, start=1):
        for _form in _forms.split():
            _MONTHS.setdefault(_form, _number)
_LOCAL_MONTHS = "|".join(
    sorted(
        {
            f
            for d in languages.all_languages()
            if d.code != "en"
            for m in d.months
            for f in m.split()
        },
        key=len,
        reverse=True,
    )
)
_RELATIVE_DAYS = "|".join(w for d in languages.all_languages() for w in d.relative_days.split())
_BYLINE_WORDS = "|".join(w for d in languages.all_languages() for w in d.byline_words)
# "Автор: Ольга Петрова", "Автор — Ольга Петрова", "Tekst: Anna Nowak | 4 min": the name in
# any capital letters.
_BYLINE_LOCAL = re.compile(
    rf"^(?i:{_BYLINE_WORDS})\s*[:—–]?\s+([{UPPER_LETTERS}][\w.'’-]+(?:\s+[{UPPER_LETTERS}][\w.'’-]+){{0,3}})"
    r"(?:\s*[|·•,]\s*[^|·•]{0,40})*$"
)
_BYLINE_LOCAL_START = re.compile(rf"^(?i:{_BYLINE_WORDS})\s*[:—–]?\s+[{UPPER_LETTERS}]")
# "12 марта 2024, 14:35", "05.03.2025", "Сегодня, 09:10", "Opublikowano: 3 lutego 2025 r."
_DATE_LOCAL = re.compile(
    r"^(?:(?:опубликовано|обновлено|опубліковано|оновлено|апублікавана|абноўлена|"
    r"opublikowano|aktualizacja|aktualizowano|dodano)\s*:?\s*)?(?:[^\W\d_]+,?\s+)?"
    rf"(?:\d{{1,2}}\s+(?:{_LOCAL_MONTHS})\.?(?:,?\s+\d{{4}}(?:\s*(?:г|р|r|года|року|roku)\.?)?)?"
    rf"|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}|(?:{_RELATIVE_DAYS}))"
    r"(?:[ ,]+(?:в|о|у|ў|o|godz\.)?\s*\d{1,2}:\d{2})?\s*$",
    re.IGNORECASE,
)
_DATE_LOCAL_DMY = re.compile(rf"\b(\d{{1,2}})\s+({_LOCAL_MONTHS})\.?,?\s+(\d{{4}})", re.IGNORECASE)
_DATE_NUMERIC = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")


_HAS_DIGIT = re.compile(r"\d")


def _byline(text: str) -> re.Match[str] | None:
    return _BYLINE.match(text) or _BYLINE_LOCAL.match(text)


def _date_line(text: str) -> bool:
    return (
        _DATE_ONLY.match(text) is not None
        or _DATE_LOCAL.match(text) is not None
        or _dated_metadata(text)
    )


_PERSON_NAME = re.compile(rf"^[{UPPER_LETTERS}][\w'’-]+(?:\s[{UPPER_LETTERS}][\w'’-]+){{1,2}}$")
_DATE_NAME_SPLIT = re.compile(r" [·•∙|] |, ")


def _date_and_name(text: str) -> bool:
    """A dateline of the page: a date and a byline or an author's name, and nothing else."""
    parts = [p.strip() for p in _DATE_NAME_SPLIT.split(text) if p.strip()]
    if len(parts) < 2 or len(parts) > 3:
        return False
    dates = [p for p in parts if _date_line(p)]
    others = [p for p in parts if p not in dates]
    return (
        len(dates) >= 1
        and bool(others)
        and all(_byline(p) or _PERSON_NAME.match(p) for p in others)
    )


_META_SEPARATOR = re.compile(r" [·•∙] ")  # "Вильнюс, 25 августа 2026 • Автор • 4 мин"
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
_WORDS = re.compile(r"[^\W\d_]{3,}")


def _dated_metadata(text: str) -> bool:
    """A metadata row around a full date: "2 марта 2026 г., 12:10 · Политика", "Published
    4 February 2026, 07:55 · Updated 10:20", "Люблін — Київ, 8 липня 2026". A clock time or
    a date closing a "place, date" line, and at most three other words, so a headline that
    mentions a date ("Protests on 9 August 2020") stays a headline."""
    if len(text) > 120 or _ends_sentence(text) or parse_date(text) is None:
        return False
    dated_place = re.search(r",\s*\d{1,2}\.?\s+[^\W\d_]+\.?,?\s+\d{4}\b\D{0,8}$", text)
    if not (_CLOCK.search(text) or dated_place):
        return False
    others = [w for w in _WORDS.findall(text.lower()) if w not in _MONTHS]
    return len(others) <= 3


_DATE_MDY = re.compile(r"\b([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})\b")
_DATE_DMY = re.compile(r"\b(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4})\b")
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?!\d)")
_DATE_ONLY = re.compile(
    r"^(?:(?:published|updated|posted)(?: on)?:?\s*)?(?:[A-Za-z]+,?\s+)?"
    r"(?:[A-Za-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} [A-Za-z]{3,9}\.?,? \d{4}|\d{4}-\d{2}-\d{2})"
    r"(?:[ ,]+(?:at )?\d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4})?)?$",
    re.IGNORECASE,
)
# "Навіны > Суд", "Zboża › Rynek", "Companies > Food & Drink": a breadcrumb trail
_BREADCRUMB = re.compile(r"^[^.!?:;>›»·•\d]{2,40}(?:\s[>›»/·•]\s[^.!?:;>›»·•\d]{2,40})+$")
# "Прачытанняў: 2 105", "Views: 2,105", "Komentarze: 14": a counter of the page
_COUNTER = re.compile(r"^[^\W\d_][^\d:]{1,30}:\s*\d[\d\s.,]*$")
_URLISH = re.compile(r"^(?:\S+\.(?:com|org|net|io|co|info|news)\S*\s*[&|,]?\s*)+$", re.IGNORECASE)


@dataclass(frozen=True)
class CleanedText:
    """The parts of a page the rest of the pipeline needs."""

    title: str
    body: str
    author: str = ""
    published: str | None = None


def parse_date(text: str) -> str | None:
    """Return the first calendar date in ``text`` as an ISO string, or None."""
    patterns = (
        (_DATE_ISO, "ymd"),
        (_DATE_MDY, "mdy"),
        (_DATE_DMY, "dmy"),
        (_DATE_LOCAL_DMY, "dmy"),
        (_DATE_NUMERIC, "numeric"),
    )
    for pattern, order in patterns:
        for m in pattern.finditer(text):
            a, b, c = m.groups()
            if order == "ymd":
                year, month, day = int(a), int(b), int(c)
            elif order == "numeric":
                day, month, year = int(a), int(b), int(c)
            elif order == "mdy":
                month, day, year = _MONTHS.get(a.lower(), 0), int(b), int(c)
            else:
                day, month, year = int(a), _MONTHS.get(b.lower(), 0), int(c)
            if 1 <= month <= 12 and 1 <= day <= 31 and 1800 < year < 2200:
                return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def clean_pasted_text(text: str) -> CleanedText:
    """Keep the headline and the article body of a pasted web page; drop page furniture."""
    units = [_classify(u) for u in _units(text)]
    start, end = _best_cluster(units)
    if start is None:
        return CleanedText(title="", body="")
    title, author, published = _front_matter(units[:start])
    first = units[start][1]
    if (
        start + 2 < end
        and first.count(" ") < 14
        and len(first) <= 120
        and units[start + 1][0] in ("date", "byline", "junk")
    ):
        # "Eksport mebli z Kujaw spadł o 12 proc." then its date line: a headline that ends
        # in an abbreviation reads as a sentence; the page metadata after it says it heads
        # the article (even after an earlier title-like line: a cookie notice, a menu)
        title = first
        _, author, published = _front_matter(units[: start + 2])
        start += 1
    body_units = _body_units(units, start, end)
    return CleanedText(
        title=title, body="\n\n".join(body_units), author=author, published=published
    )


def clean_extracted_text(text: str) -> str:
    """Light pass for text an HTML extractor already isolated: drop boilerplate lines and
    anything after an end-of-article section header, keep headings and list items."""
    kept: list[str] = []
    seen_prose = False
    for unit in _units(text):
        kind = _classify(unit)[0]
        if kind == "end" and seen_prose:
            break
        if kind in ("junk", "end"):
            continue
        if kind == "date" and not seen_prose and _date_and_name(unit.strip("*_ ")):
            continue  # "*12 октября 2026 · Вероника Талаш*": the page's dateline and author
        if kind == "byline":
            # "**Автор: … · 1 грудня 2026 р. · Довкілля**" above the article, "Autor: … ·
            # Komentarze (31)" below it (round 11): a byline is never article text
            continue
        if DATELINE.match(unit) and not any(map(_ends_sentence, kept)):
            # "LJUBLJANA — Visitors …": the dateline opens the article's text, so the lines
            # above it, none of them a sentence, are its headline and standfirst, not body.
            kept.clear()
        seen_prose = seen_prose or kind == "prose"
        kept.append(unit)
    return "\n\n".join(kept)


def _units(text: str) -> list[str]:
    """Split into paragraphs; inside a block, join wrapped lines but keep list-like lines."""
    text = strip_invisible(text).replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    units: list[str] = []
    for block in _BLOCKS.split(text):
        lines = [_normalise_spaces(ln) for ln in block.split("\n")]
        lines = [ln for ln in lines if ln]
        current = ""
        for line in lines:
            if current and _is_wrapped(current, line):
                current = current[:-1] + line if current.endswith("-") else f"{current} {line}"
            else:
                if current:
                    units.append(current)
                current = line
        if current:
            units.append(current)
    return units


def _normalise_spaces(line: str) -> str:
    if "  " in line or "\t" in line or "\u00a0" in line or "\u2009" in line or "\u202f" in line:
        items = _MENU_GAP.split(line.strip())
        if len(items) >= 3 and all(_MENU_ITEM.fullmatch(item) for item in items):
            # "Wiadomości  Gospodarka  Rynki  Praca": menu items set apart by wide gaps (a
            # pasted navigation bar) are furniture, like a "|" bar
            return " | ".join(items)
        line = _SPACES.sub(" ", line)
    return line.strip()


_MENU_GAP = re.compile(r"[ \u00a0]{2,}|\t+")
# one to three words, no sentence punctuation or digits
_MENU_ITEM = re.compile(r"[^\W\d_][\w’'&-]*(?: [^\W\d_][\w’'&-]*){0,2}")


def _is_wrapped(previous: str, line: str) -> bool:
    if _ends_sentence(previous) or _BULLET_PREFIX.match(line):
        return False
    # A headline followed by its byline or date line, or a "|" ticker: separate lines even
    # when the page was pasted without blank lines between them.
    if (
        "|" in line
        or "|" in previous
        or _BYLINE_START.match(previous)
        or _BYLINE_LOCAL_START.match(previous)  # "Аўтар: …" then the lede (round 11)
        or _BYLINE_START.match(line)
        or _BYLINE_LOCAL_START.match(line)
        or _date_line(line)
        or DATELINE.match(line)
    ):
        # A dateline ("LJUBLJANA — Visitors …") opens an article's first paragraph: the
        # line before it (a standfirst without a full stop) is not wrapped into it.
        return False
    return line[0].islower() or (len(previous) > 50 and not _TITLE_CASE.match(line))


_TITLE_CASE = re.compile(r"^(?:[A-Z][\w’'-]*\s?){2,}$")


def _classify(unit: str) -> tuple[str, str]:
    """Label a unit: prose, title, byline, date, end (section header), junk or short."""
    n = unit.count(" ") + 1  # spaces are normalised to single ones by _units
    if _END_MARKER.match(unit):
        return "end", unit
    if (
        _strong_junk(unit)
        or unit.count("|") >= 2
        or (n < 12 and _URLISH.match(unit))
        or _READ_ALSO.match(unit)
    ):
        return "junk", unit
    bare = _BULLET_PREFIX.sub("", unit) if _BULLET_PREFIX.match(unit) else unit
    if _byline(bare):
        return "byline", unit
    if _date_line(bare):
        return "date", unit
    if n <= 10 and _date_and_name(bare):
        return (
            "date",
            unit,
        )  # "12 октября 2026 · Вероника Талаш", "Karolina Sawicka, 17 listopada 2026"
    if n <= 10 and (_BREADCRUMB.match(unit) or _COUNTER.match(unit)):
        return "junk", unit  # "Навіны > Суд", "Головна · Новини", "Прачытанняў: 2 105"
    if _truncated(unit):
        return "junk", unit  # teaser of another story
    if (
        (len(_META_SEPARATOR.findall(unit)) >= 2 or "|" in unit)
        and n < 25
        and _HAS_DIGIT.search(unit)
    ):
        return "junk", unit  # "Транспорт · 3 вересня 2026 · Автор: …", "Białystok, 19.05.2026 | …"
    # A long line ending in a colon introduces a quotation or a list ("Приводим его
    # фрагмент в оригинале:"): it reads as prose.
    is_sentence = _ends_sentence(unit) or (unit.endswith(":") and n >= 8)
    if (is_sentence and n >= 6) or n >= 20:
        if n < 12 and _JUNK.search(unit) and not _looks_like_reporting(unit):
            return "junk", unit
        return "prose", unit
    if _JUNK.search(unit) or bare != unit:
        return "junk", unit
    if 3 <= n <= 25 and not unit.endswith((".", ":", ",")):
        return "title", unit
    return "short", unit


_REPORTING = re.compile(rf"\b(?:{_lexicon('reporting')})\b")  # gated: short junk-like lines


def is_furniture(text: str) -> bool:
    """Whether the cleaner would drop ``text`` as page furniture (share bars, "read also",
    comment forms, cookie notices, copyright lines, bylines, date lines)."""
    return _classify(text)[0] in ("junk", "end", "byline", "date")


def _looks_like_reporting(unit: str) -> bool:
    return bool(_REPORTING.search(unit))


def _best_cluster(units: list[tuple[str, str]]) -> tuple[int | None, int]:
    """Return [start, end) of the run of units with the most prose, broken by end markers
    and by three or more consecutive non-prose units."""
    best: tuple[int, int | None, int] = (0, None, 0)
    start: int | None = None
    last_prose = -1
    size = 0
    gap = 0
    for i, (kind, unit) in enumerate([*units, ("end", "")]):
        if kind == "prose":
            if start is None:
                start, size = i, 0
            size += len(unit)
            last_prose = i
            gap = 0
            continue
        gap += 1
        if start is not None and (kind == "end" or gap >= 3):
            if size > best[0]:
                best = (size, start, last_prose + 1)
            start = None
    return best[1], best[2]


def _body_units(units: list[tuple[str, str]], start: int, end: int) -> list[str]:
    """Prose units of the cluster, plus interior subheadings that are followed by prose."""
    kept = []
    for i in range(start, end):
        kind, unit = units[i]
        if kind == "prose" or (kind == "title" and i + 1 < end and units[i + 1][0] == "prose"):
            kept.append(unit)
    return kept


def _front_matter(before: list[tuple[str, str]]) -> tuple[str, str, str | None]:
    """Headline, author and date from the units preceding the body (nearest first)."""
    title = author = ""
    published = None
    window = before[-8:]
    for i in range(len(window) - 1, -1, -1):
        kind, unit = window[i]
        if kind == "byline" and not author:
            m = _byline(_BULLET_PREFIX.sub("", unit))
            author = m.group(1) if m else ""
        elif kind == "date" and published is None:
            published = parse_date(unit)
        elif (
            kind == "prose"
            and not title
            and i + 1 < len(window)
            and window[i + 1][0] in ("byline", "date")
            and unit.count(" ") < 14
            and len(unit) <= 120
        ):
            # "Silosy pękają w szwach. Magazyny … w 94 proc." then its byline: a headline
            # of two short sentences, read as prose
            title = unit
        elif kind == "title" and not title:
            title = unit
            if i and window[i - 1][0] == "title" and _standfirst(window[i - 1][1], unit):
                # a headline, then its standfirst (the longer line expanding on it)
                title = window[i - 1][1]
    return title, author, published


def _standfirst(headline: str, line: str) -> bool:
    """Whether ``line``, right after the title-like ``headline``, is its standfirst: longer,
    and the headline is not a section label in capitals ("CRIME & COURTS")."""
    return (
        line.count(" ") > headline.count(" ")
        and len(_WORDS.findall(headline)) >= 5  # not "Print edition No. 2,418", "№ 46 (9 730)"
        and not headline.isupper()
    )
