"""Which language an article is written in, and which sentences are in another one.

The detector is lingua (its models ship inside the package, nothing is downloaded). It is
restricted to the languages the engine supports plus the ones a desk in the region meets
(neighbours and the big European languages), so an article in German is reported as "de"
and never misfiled as Polish. Detectors are built once per process, on first use, under a
lock.

Lingua costs about 0.2 ms per sentence, which would halve the pipeline's speed if every
sentence went through it; so a sentence is only asked about when a cheap signal says it
may differ from its article: another script (a Latin quote in a Cyrillic article), or
letters the article's language does not use (ў or і in a Russian article, ы or ъ in a
Ukrainian one, none of ą ę ł ń ś ź ż in a long sentence of a Polish one). Short sentences
always inherit the article's language.
"""

from __future__ import annotations

import re
import threading
from functools import cache
from typing import TYPE_CHECKING

from . import languages

if TYPE_CHECKING:
    from lingua import LanguageDetector

# The languages the detector may answer with (ISO 639-1), by script. Supported ones first.
LATIN_CANDIDATES = [
    "en",
    "pl",
    "de",
    "fr",
    "es",
    "it",
    "pt",
    "nl",
    "lt",
    "lv",
    "et",
    "cs",
    "sk",
    "sl",
    "hr",
    "bs",
    "ro",
    "hu",
    "sv",
    "da",
    "nb",
    "fi",
    "tr",
    "sq",
    "ga",
]
CYRILLIC_CANDIDATES = ["ru", "uk", "be", "bg", "sr", "mk", "kk", "mn"]

UNDETERMINED = "und"

_CYR = re.compile("[\u0400-\u04ff]")
_LAT = re.compile("[A-Za-z\u00c0-\u024f]")
_LETTER = re.compile(r"[^\W\d_]")
# Article samples: enough text for a confident answer, little enough to stay fast.
_SAMPLE = 3000
# Below this many characters lingua's low-accuracy mode guesses; the full models are used.
_SHORT_ARTICLE = 200
# A sentence shorter than this (characters) or than _MIN_WORDS inherits the article's.
_MIN_SENTENCE = 25
_MIN_WORDS = 4
# Letters of another language must occur this often: one is a name ("Łukasz", "Київ").
_MIN_FOREIGN = 3
# A sentence of a language with its own letters (Polish) that has none of them is only
# suspicious when it is long: short Polish sentences often lack them.
_MIN_WORDS_WITHOUT_LETTERS = 8

_lock = threading.Lock()
_detectors: dict[str, LanguageDetector] = {}


def _detector(kind: str) -> LanguageDetector:
    """``"article"``: every candidate, low-accuracy mode (trigrams; fast to load, right on
    long text). ``"latin"``/``"cyrillic"``: the full models for one script, for sentences."""
    found = _detectors.get(kind)
    if found is not None:
        return found
    with _lock:
        found = _detectors.get(kind)
        if found is None:
            from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

            codes = {
                "article": LATIN_CANDIDATES + CYRILLIC_CANDIDATES,
                # Sentences: the supported languages and the neighbours quoted most often.
                "latin": ["en", "pl", "de", "fr", "lt", "lv", "cs", "sk"],
                "cyrillic": ["ru", "uk", "be", "bg", "sr"],
            }[kind]
            langs = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in codes]
            builder = LanguageDetectorBuilder.from_languages(*langs)
            if kind == "article":
                builder = builder.with_low_accuracy_mode()
            if kind in ("latin", "cyrillic"):
                builder = builder.with_minimum_relative_distance(0.1)
            found = builder.build()
            _detectors[kind] = found
    return found


def _code(language: object | None) -> str:
    if language is None:
        return UNDETERMINED
    return language.iso_code_639_1.name.lower()  # type: ignore[attr-defined]


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the article ``text`` ("ru", "de"), or "und" when it has no
    letters or the detector cannot tell."""
    sample = text[:_SAMPLE]
    if not _LETTER.search(sample):
        return UNDETERMINED
    if len(sample) < _SHORT_ARTICLE:
        # Too short for trigrams alone: the full models of the text's script, when they
        # are sure; otherwise the broad detector.
        cyr = len(_CYR.findall(sample))
        found = _code(
            _detector(
                "cyrillic" if cyr * 2 > len(_LETTER.findall(sample)) else "latin"
            ).detect_language_of(sample)
        )
        if found != UNDETERMINED:
            return found
    return _code(_detector("article").detect_language_of(sample))


@cache
def script_of(code: str) -> str:
    """ "latin", "cyrillic" or "" (a language the detector does not know)."""
    if code in CYRILLIC_CANDIDATES:
        return "cyrillic"
    if code in LATIN_CANDIDATES:
        return "latin"
    return ""


@cache
def _foreign_letters(code: str) -> frozenset[str]:
    """Letters of the same script that mark another supported language than ``code``."""
    data = languages.get(code)
    script = script_of(code)
    letters = set(data.foreign_letters)
    for other in languages.all_languages():
        if other.code != code and other.script == script:
            letters.update(other.letters)
    return frozenset(letters)


@cache
def _own_letters(code: str) -> frozenset[str]:
    return (
        frozenset(languages.LANGUAGES[code].letters) if code in languages.LANGUAGES else frozenset()
    )


def _without_names(text: str) -> str:
    """``text`` without its capitalised words, unless too little would remain."""
    if not any(c.isupper() for c in text[1:]):
        return text
    kept = [w for w in text.split() if not w.lstrip("«„“\"'(—–-")[:1].isupper()]
    return " ".join(kept) if len(kept) >= _MIN_WORDS else text


@cache
def _letter_class(letters: frozenset[str]) -> re.Pattern[str]:
    """One character class of ``letters``: a regex scans the sentence in C, where a set
    test over a string makes one object per non-Latin-1 character."""
    return re.compile(f"[{''.join(re.escape(c) for c in sorted(letters))}]" if letters else "(?!)")


def _foreign_count(lower: str, article: str) -> int:
    foreign = _letter_class(_foreign_letters(article))
    if foreign.search(lower) is None:
        return 0
    return len(foreign.findall(lower))


def _lacks_own_letters(lower: str, own: frozenset[str]) -> bool:
    return _letter_class(own).search(lower) is None


def sentence_language(text: str, article: str, lower: str | None = None) -> str:
    """The language of one sentence of an article in ``article``; "" when it is the same
    (or cannot be told apart cheaply and safely). ``lower`` is ``text.lower()`` when the
    caller already has it."""
    if len(text) < _MIN_SENTENCE or text.count(" ") + 1 < _MIN_WORDS:
        return ""
    script = script_of(article)
    if not script:
        return ""
    ask = _suspect(text, article, script, lower)
    if not ask:
        return ""
    # Names carry the letters of their own language ("Łukasz Wiśniewski of Gdańsk" in an
    # English sentence): the signals are checked again, and the detector asked, without them.
    bare = _without_names(text)
    if bare is not text:
        ask = _suspect(bare, article, script)
        if not ask:
            return ""
    found = _code(_detector(ask).detect_language_of(bare))
    return "" if found in (UNDETERMINED, article) else found


def _suspect(text: str, article: str, script: str, lower: str | None = None) -> str:
    """Which script's detector to ask about ``text``, or "" when cheap signals say it is in
    the article's language."""
    if lower is None:
        lower = text.lower()
    if script == "cyrillic":
        if _LAT.search(text) is None:  # the common case: one search and a set test
            if _foreign_count(lower, article) >= _MIN_FOREIGN:
                return "cyrillic"
        elif len(_LAT.findall(text)) > len(_CYR.findall(text)):
            return "latin"
        return ""
    own = _own_letters(article)
    long = text.count(" ") + 1 >= _MIN_WORDS_WITHOUT_LETTERS
    if text.isascii():  # no Cyrillic, no letters of another Latin language
        return "latin" if own and long and _lacks_own_letters(lower, own) else ""
    if _CYR.search(text) is not None and len(_CYR.findall(text)) > len(_LAT.findall(text)):
        return "cyrillic"
    if own:
        return "latin" if long and _lacks_own_letters(lower, own) else ""
    return "latin" if _foreign_count(lower, article) >= _MIN_FOREIGN else ""
