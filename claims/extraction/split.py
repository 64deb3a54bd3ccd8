"""Sentence splitting with exact character offsets into the body.

One regex pass finds candidate sentence ends (runs of ``.!?…`` plus closing quotes followed by
whitespace); each candidate is then accepted or rejected by cheap local rules: abbreviations,
initials, numbered lists, ellipses. That keeps the splitter linear and several times faster
than pySBD, which rewrites the whole text through dozens of regex substitutions.

Newlines are hard boundaries: loaders and the cleaner join wrapped lines first, so a newline
in a body always separates paragraphs, headings or list items.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from . import languages


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Titles always followed by a name: a period after them never ends a sentence. The English
# set is exported: attribution keeps abbreviated titles inside name spans ("Dr. Ewa Nowak").
TITLES = _wordset(languages.get("en").titles)


class _Tables(NamedTuple):
    """The abbreviation tables of one language (or of several), as word sets."""

    titles: frozenset[str]  # never end a sentence
    abbreviations: frozenset[str]  # end one only before a typical sentence opener
    starters: frozenset[str]
    units: frozenset[str]  # end one before a capital, never before a digit
    years: frozenset[str]  # after a number: year marker; otherwise a title
    never_end: frozenset[str]
    bare_units: frozenset[str]  # a dot after one always closes the sentence


def _merge(datas: tuple[languages.LanguageData, ...]) -> _Tables:
    def union(field: str) -> frozenset[str]:
        return frozenset(w for d in datas for w in getattr(d, field).split())

    # Outside English the capitalised function words ("В", "Obecnie") open sentences too.
    openers = frozenset(w.lower() for d in datas if d.code != "en" for w in d.not_entity.split())
    return _Tables(
        union("titles"),
        union("abbreviations"),
        union("starters") | openers,
        union("unit_abbreviations"),
        union("year_abbreviations"),
        union("never_end"),
        union("bare_units"),
    )


@cache
def tables_for(language: str | None) -> _Tables:
    """English tables plus those of ``language`` and its script's other languages (quotes
    and names cross between Russian, Ukrainian and Belarusian); every table when the
    language is unknown or unsupported."""
    data = languages.LANGUAGES.get(language or "")
    if data is None:
        return _merge(languages.all_languages())
    if data.code == "en":
        return _merge((data,))
    same_script = tuple(d for d in languages.all_languages() if d.script == data.script)
    return _merge((languages.get("en"), data, *same_script))


_LINE = re.compile(r"[^\n]+")
# A candidate end: terminators (ellipses may be spaced: ". . ."), closing quotes/brackets,
# then whitespace or the end of the line. The pattern opens with one character class (the
# period's branch and the others' are told apart by a lookbehind after it), so the regex
# engine skips to the next terminator in C instead of trying two branches at every
# character: the same matches, about twice as fast.
_END = re.compile(r"[.!?…](?:(?<=\.)(?: ?\.)*|(?<=[!?…])(?: ?[.!?…])*)['\"’”»)\]]*(?=\s|$)")
_NEXT = re.compile(r"[^\S\n]*(\S+)")
_MULTI_DOT = re.compile(r"(?:[a-z]\.)+[a-z]")
_OPENERS = "([{\"'“‘«„‚"
_DASHES = frozenset("—–-−")
_BULLETS = "•⁃▪‣◦●"
# Numbered and lettered list markers; only consecutive ones (1, 2 / a, b) count as a list.
# Each starts with its first character and checks what precedes it one character back
# (``(?<![^\s•].)`` after a digit is ``(?<![^\s•])`` before it), so a scan skips in C to
# the next digit or letter instead of testing the lookbehind at every position.
_LIST_MARKERS = (
    re.compile(rf"(\d(?<![^\s{_BULLETS}].)\d?)\.\)(?=\s)"),
    re.compile(rf"(\d(?<![^\s{_BULLETS}].)\d?)\)(?=\s)"),
    re.compile(rf"(\d(?<![^\s{_BULLETS}].)\d?)\.(?=\s)"),
    re.compile(r"([a-z](?<!\S.))\.(?=\s)"),
)
# The first character before the lookbehind (checked one character back), so the engine
# skips to the next digit or letter instead of testing the lookbehind everywhere.
_LIST_HINT = re.compile(
    rf"(?:\d(?<![^\s{_BULLETS}].)\d?[.)]|[a-z](?<![^\s{_BULLETS}].)\.)(?=[\s)])|[{_BULLETS}]"
)
# Past the line's first character a list marker follows a space or a bullet. The scan
# stops only at a marker's period or bracket (or a bullet) and looks back from there for
# the digits or letter and the space before them: spaces and letters are everywhere,
# those few characters are not. ``_list_hint`` is the same test, several times faster (a
# marker right at the line's start, seen here through the newline before it, is the
# ``_LIST_HINT.match`` case).
_LIST_HINT_INSIDE = re.compile(
    rf"[.){_BULLETS}](?:(?:(?<=[\s{_BULLETS}]\d[.)])|(?<=[\s{_BULLETS}]\d\d[.)])"
    rf"|(?<=[\s{_BULLETS}][a-z]\.))(?=[\s)])|(?<=[{_BULLETS}]))"
)
_BULLET = re.compile(rf"[{_BULLETS}](?<=\s.)")  # the bullet first, as above
# Capital letters beyond ASCII (GDAŃSK, MÜNCHEN, SÃO PAULO, КИЇВ), as a regex class.
UPPER_LETTERS = "".join(
    sorted(c for c in map(chr, range(0x41, 0x530)) if c.isupper() and c.isalpha())
)
DATELINE = re.compile(
    rf"(?:[{UPPER_LETTERS}][{UPPER_LETTERS}'’.-]+(?:[ /][{UPPER_LETTERS}][{UPPER_LETTERS}'’.-]+){{0,3}})"
    # "VILNIUS, Nov 24 — ", "RIGA, Reuters — ", "ŁÓDŹ, 23 listopada — ", "КИЇВ, 24 листопада — "
    r"(?:, [^\W_][^\W_. ]*(?:[ .]{1,2}[^\W_]+){0,4}\.?)?"
    r"(?: \([^)\n]{1,40}\))?[^\S\n]*[–—-]{1,2}[^\S\n]+(?=\S)"
)


def split_sentences(text: str, language: str | None = None) -> list[tuple[int, int]]:
    """Return ``(start, end)`` spans of the sentences of ``text``, whitespace trimmed.

    ``language`` (ISO 639-1) selects the abbreviation tables; ``None`` uses all of them."""
    return list(iter_sentence_spans(text, language))


def iter_sentence_spans(text: str, language: str | None = None) -> Iterator[tuple[int, int]]:
    """Yield sentence spans line by line, so memory does not grow with the input."""
    tables = tables_for(language)
    for line in _LINE.finditer(text):
        yield from _split_line(text, line.start(), line.end(), tables)


def _list_hint(text: str, lo: int, hi: int) -> bool:
    """Whether ``_LIST_HINT.search(text, lo, hi)`` finds a list marker: at ``lo`` itself
    (where the lookbehind sees the character before the line), or after a space or a
    bullet inside the line."""
    return (
        _LIST_HINT.match(text, lo, hi) is not None
        or _LIST_HINT_INSIDE.search(text, lo, hi) is not None
    )


def _split_line(text: str, lo: int, hi: int, tables: _Tables) -> Iterator[tuple[int, int]]:
    marker_dots: set[int] = set()
    cuts: list[int] = []
    if _list_hint(text, lo, hi):
        _find_list_cuts(text, lo, hi, cuts, marker_dots)
    last = lo
    for m in _END.finditer(text, lo, hi):
        if m.start() in marker_dots:
            continue
        cut = _accept(text, m.start(), m.end(), lo, hi, tables, last)
        if cut is not None:
            cuts.append(cut)
            last = cut
    if len(cuts) > 1:
        cuts.sort()
    start = lo
    first = True
    for cut in [*cuts, hi]:
        if cut <= start:
            continue
        span = _trim(text, start, cut)
        if span is not None:
            if first:
                dateline = DATELINE.match(text, span[0], span[1])
                if dateline is not None and dateline.end() < span[1]:
                    span = (dateline.end(), span[1])
                first = False
            yield span
        start = cut


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _find_list_cuts(text: str, lo: int, hi: int, cuts: list[int], marker_dots: set[int]) -> None:
    for pattern in _LIST_MARKERS:
        found = [
            (m.start(), m.end(), _marker_value(m.group(1))) for m in pattern.finditer(text, lo, hi)
        ]
        if len(found) < 2:
            continue
        in_list = [False] * len(found)
        for i in range(len(found) - 1):
            if found[i + 1][2] == found[i][2] + 1:
                in_list[i] = in_list[i + 1] = True
        for (start, end, _), listed in zip(found, in_list, strict=True):
            if listed:
                cuts.append(_bullet_start(text, lo, start))
                dot = text.find(".", start, end)
                if dot != -1:
                    marker_dots.add(dot)
    for m in _BULLET.finditer(text, lo, hi):
        cuts.append(m.start())


def _bullet_start(text: str, lo: int, start: int) -> int:
    """Move a list cut back onto the bullet that precedes the marker ("• 9.")."""
    j = start
    while j > lo and text[j - 1] in " \t":
        j -= 1
    return j - 1 if j > lo and text[j - 1] in _BULLETS else start


def _marker_value(group: str) -> int:
    return int(group) if group.isdigit() else ord(group)


def _accept(text: str, s: int, e: int, lo: int, hi: int, t: _Tables, last: int) -> int | None:
    """Decide whether the terminator run ``text[s:e]`` ends a sentence; return the cut.

    ``last`` is where the current sentence began (the previous cut or the line start)."""
    run = text[s:e]
    if s > lo and text[s - 1] == "[":  # "[...]" marks an omission, not an end
        return None
    nxt = _NEXT.match(text, e, hi)
    if nxt is None:
        return e
    token = nxt.group(1)
    first = token[0]
    if first.islower():
        return None
    if token in _DASHES:  # direct speech: "«…!» — сказала она." goes on after the dash
        after = _NEXT.match(text, nxt.end(), hi)
        if after is not None and after.group(1)[0].islower():
            return None
    if run == "." and first.isupper() and _inside_short_quote(text, s, e, hi, last):
        return None  # «Петрозаводск. Дворы и улицы», „Kraków. Miasto i ludzie”
    word = token.lstrip(_OPENERS).rstrip(".,;:!?\"'’”)").lower()
    starter = word in t.starters
    if run[0] == "…" or "." not in run[:1]:
        return e  # "!" / "?" / "…" before a capital, digit or symbol
    dots = run.count(".")
    if " " in run:  # spaced ellipsis
        attached = s > lo and not text[s - 1].isspace()
        if attached and first.isupper():
            return s + 1  # "compounds. . . . The": the period ends it, ". . ." opens the next
        return e if dots >= 4 else None
    if dots > 1 or len(run) > 1:  # "...." or a period inside closing quotes/brackets
        return e
    # A single period: look at the word it closes.
    i = s
    while i > lo and not text[i - 1].isspace():
        i -= 1
    raw = text[i:s].lstrip(_OPENERS)
    prev = raw.lower()
    if not prev:
        return e
    if len(raw) == 1 and raw.isupper():  # an initial: "А. Лукашенко", "W. Kowalski"
        if len(token) == 2 and token[1] == "." and token[0].isupper():
            return None  # "Т. В. Гончаренко": a second initial follows
        return e if starter else None
    if prev in t.titles:
        return None
    if prev in t.never_end or _MULTI_DOT.fullmatch(prev):
        # After a quantity these are units or times ("31,4 тыс. т." is tonnes, not the "т."
        # of "т. е."; "shortly before 6 a.m."): like a year marker, one closing a long
        # sentence ends it before any capital that does not close a one-word sentence
        # ("at 9 a.m. Monday." goes on).
        if (
            first.isupper()
            and not token.endswith((".", "!", "?"))
            and text.count(" ", last, i) >= 8
            and _after_quantity(text, lo, i, t)
        ):
            return e
        if prev in t.never_end:
            return None
    if prev in t.years:
        if not _after_number(text, lo, i):
            return None  # "г. Гродно": a place word before a name
        if first.isdigit():
            return None
        # "с 2022 по 2024 г. Карпенко консультировал": a name after the year goes on;
        # "в 2019 г. В прошлом году": a typical opener starts the next sentence, and a
        # sentence cannot be just "В 2019 г.". A year phrase that opens a sentence is
        # short; one closing a long sentence ("… obowiązuje od czerwca 2024 r. Wojewoda
        # podlaski przedłużył …", "… в 2023–2025 рр. Висновки опубліковані …") ends it
        # before any capital.
        words_before = text.count(" ", last, i)
        if starter:
            return e if words_before >= 3 else None
        return e if first.isupper() and words_before >= 8 else None
    if prev in t.units:
        if first.isdigit():
            return None
        # "41 proc. Polaków, o 3 punkty …": a capitalised noun and a comma after a unit go on
        # with the sentence (a sentence opens with a function word before a comma, if any);
        # a unit written without a dot of its own ("… 8,3 млн. Різницю, стверджують …") is
        # closed by a full stop.
        if token.endswith(",") and not starter and prev not in t.bare_units:
            return None
        return e
    if _MULTI_DOT.fullmatch(prev):  # "U.S", "a.m", "U.S.A"
        return e if starter else None
    if len(prev) == 1 and prev.isalpha():  # initials: "Jonas E. Smith" but "you and I. Did"
        return e if starter else None
    if prev in t.abbreviations:
        if first.isdigit():
            return None
        return e if starter else None
    return e


# Opening quotes and the marks that close them ("„" is closed by "”" in Polish and "“" in
# German use).
_QUOTE_CLOSERS = (("«", "»"), ("„", "”“"), ("“", "”"))
_TITLE_TAIL = 6  # words of the continuation at most (a title's subtitle, not a sentence)
_TAIL_END = re.compile(r"[.!?…]")
_SPEECH_AFTER = re.compile(r"[,!?]?\s*[—–-]")


def _inside_short_quote(text: str, s: int, e: int, hi: int, last: int) -> bool:
    """Whether the full stop at ``s`` stands inside a quotation opened in this sentence and
    still open, which closes after a short continuation with no terminator of its own: a
    quoted title with a full stop in it («Петрозаводск. Дворы и улицы», „Kraków. Miasto i
    ludzie”, "Leeds. A History") is one sentence with the text around it."""
    before = text[last:s]
    for opener, closers in _QUOTE_CLOSERS:
        i = before.rfind(opener)
        if i != -1 and not any(c in before[i + 1 :] for c in closers):
            break
    else:
        i = before.rfind('"')
        if before.count('"') % 2 == 0:
            return False
        closers = '"'
    end = min((j for c in closers if (j := text.find(c, e, hi)) != -1), default=-1)
    if end == -1:
        return False
    head, tail = before[i + 1 :], text[e:end]
    return (
        len(head.split()) <= _TITLE_TAIL
        and len(tail.split()) <= _TITLE_TAIL
        and _TAIL_END.search(tail) is None
        # «Мы пришли. Нас не пустили», — сказал он: two sentences of direct speech
        and _SPEECH_AFTER.match(text, end + 1, hi) is None
    )


def _after_quantity(text: str, lo: int, i: int, t: _Tables) -> bool:
    """Whether the word before position ``i`` is a number, or a unit after a number
    ("31,4 тыс." before "т.")."""
    if _after_number(text, lo, i):
        return True
    j = i
    while j > lo and text[j - 1] in " \u00a0":
        j -= 1
    if j <= lo or text[j - 1] != ".":
        return False
    k = j - 1
    while k > lo and not text[k - 1].isspace():
        k -= 1
    return text[k : j - 1].lower() in t.units and _after_number(text, lo, k)


def _after_number(text: str, lo: int, i: int) -> bool:
    """Whether the word before position ``i`` (the start of a word) ends in a digit."""
    j = i
    while j > lo and text[j - 1] in " \u00a0":
        j -= 1
    return j > lo and text[j - 1].isdigit()
