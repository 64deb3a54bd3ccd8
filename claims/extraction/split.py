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


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Titles always followed by a name: a period after them never ends a sentence.
TITLES = _wordset(
    "mr mrs ms messrs mme dr prof sen sens rep reps gov gen lt col maj capt cmdr adm sgt cpl pvt "
    "rev hon pres supt insp det brig fr"
)
# Abbreviations that end a sentence only when a typical sentence opener follows them.
_ABBREVIATIONS = _wordset(
    "co corp inc ltd llc plc bros jr sr etc al approx est dept univ ave blvd rd st mt ft "
    "no nos vol vols pp p fig figs ed eds ch sec art para ref tel ext n° nº "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "mon tue tues wed thu thurs fri sat sun"
)
# Abbreviations that never end a sentence.
_NEVER_END = _wordset("vs v e.g i.e cf viz ca approx")
# Words that typically open an English sentence; after "U.S." or "Co." they signal a new one.
_STARTERS = _wordset(
    "a an the this that these those there then their they we i he she it its you your our my "
    "his her what when where why who whom whose which how however but and or so yet also still "
    "in on at for from with without after before during since as if although though while "
    "because many most some several few all both each every no not none one meanwhile moreover "
    "furthermore nevertheless instead later earlier last next today yesterday tomorrow now here "
    "did does do is are was were has have had can could will would should shall may might must "
    "let being millions thousands hundreds more less such under over among between despite "
    "until unless once"
)

_LINE = re.compile(r"[^\n]+")
# A candidate end: terminators (ellipses may be spaced: ". . ."), closing quotes/brackets,
# then whitespace or the end of the line.
_END = re.compile(r"(?:\.(?: ?\.)*|[!?…](?: ?[.!?…])*)['\"’”»)\]]*(?=\s|$)")
_NEXT = re.compile(r"[^\S\n]*(\S+)")
_MULTI_DOT = re.compile(r"(?:[a-z]\.)+[a-z]")
_OPENERS = "([{\"'“‘«"
_BULLETS = "•⁃▪‣◦●"
# Numbered and lettered list markers; only consecutive ones (1, 2 / a, b) count as a list.
_LIST_MARKERS = (
    re.compile(rf"(?<![^\s{_BULLETS}])(\d{{1,2}})\.\)(?=\s)"),
    re.compile(rf"(?<![^\s{_BULLETS}])(\d{{1,2}})\)(?=\s)"),
    re.compile(rf"(?<![^\s{_BULLETS}])(\d{{1,2}})\.(?=\s)"),
    re.compile(r"(?<!\S)([a-z])\.(?=\s)"),
)
_LIST_HINT = re.compile(rf"(?<![^\s{_BULLETS}])(?:\d{{1,2}}[.)]|[a-z]\.)(?=[\s)])|[{_BULLETS}]")
_BULLET = re.compile(rf"(?<=\s)[{_BULLETS}]")
# Capital letters beyond ASCII (GDAŃSK, MÜNCHEN, SÃO PAULO, КИЇВ), as a regex class.
UPPER_LETTERS = "".join(
    sorted(c for c in map(chr, range(0x41, 0x530)) if c.isupper() and c.isalpha())
)
_DATELINE = re.compile(
    rf"(?:[{UPPER_LETTERS}][{UPPER_LETTERS}'’.-]+(?:[ /][{UPPER_LETTERS}][{UPPER_LETTERS}'’.-]+){{0,3}})"
    r"(?:, [A-Z][A-Za-z. ]{1,30})?"
    r"(?: \([^)\n]{1,40}\))?[^\S\n]*[–—-]{1,2}[^\S\n]+(?=\S)"
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` spans of the sentences of ``text``, whitespace trimmed."""
    return list(iter_sentence_spans(text))


def iter_sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """Yield sentence spans line by line, so memory does not grow with the input."""
    for line in _LINE.finditer(text):
        yield from _split_line(text, line.start(), line.end())


def _split_line(text: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    marker_dots: set[int] = set()
    cuts: list[int] = []
    if _LIST_HINT.search(text, lo, hi):
        _find_list_cuts(text, lo, hi, cuts, marker_dots)
    for m in _END.finditer(text, lo, hi):
        if m.start() in marker_dots:
            continue
        cut = _accept(text, m.start(), m.end(), lo, hi)
        if cut is not None:
            cuts.append(cut)
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
                dateline = _DATELINE.match(text, span[0], span[1])
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


def _accept(text: str, s: int, e: int, lo: int, hi: int) -> int | None:
    """Decide whether the terminator run ``text[s:e]`` ends a sentence; return the cut."""
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
    word = token.lstrip(_OPENERS).rstrip(".,;:!?\"'’”)").lower()
    starter = word in _STARTERS
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
    prev = text[i:s].lstrip(_OPENERS).lower()
    if not prev:
        return e
    if prev in TITLES:
        return None
    if prev in _NEVER_END:
        return None
    if _MULTI_DOT.fullmatch(prev):  # "U.S", "a.m", "U.S.A"
        return e if starter else None
    if len(prev) == 1 and prev.isalpha():  # initials: "Jonas E. Smith" but "you and I. Did"
        return e if starter else None
    if prev in _ABBREVIATIONS:
        if first.isdigit():
            return None
        return e if starter else None
    return e
