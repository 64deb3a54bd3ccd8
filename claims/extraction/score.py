"""Check-worthiness: how much a sentence is worth a fact-checker's time, with reasons.

Follows the features ClaimBuster, Full Fact and the CLEF CheckThat! lab found predictive:
factual statements carrying numbers, named entities, dates, comparisons, attributions and
quotes are worth checking; opinions, hedges, questions, predictions of feelings, commentary
and boilerplate are not. The score is a transparent weighted sum clipped to [0, 1] so an
editor can see why a sentence was (not) proposed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any, NamedTuple

from . import languages
from .split import UPPER_LETTERS

# Sentences scoring at least this are proposed as claims. 0.4 means "a statistic, or two
# factual signals (e.g. a named entity and an attribution or a factual event), and no opinion
# cue". It was 0.5 until a blind batch of articles showed attributed statements without
# numbers ("Lisbon airport said in a statement that its runways remained open") being missed;
# an editor rejects a wrong proposal in one keystroke, but never sees a missed one.
CHECKWORTHY_THRESHOLD = 0.4
# A question never reaches the threshold, whatever else it carries.
QUESTION_CEILING = 0.3


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_WORD = re.compile(r"[\w’']+")


def _phrase_index(phrases: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Group phrases by first word so only phrases whose first word occurs are searched.
    The first word is the first token as sentences are tokenised ("по-моему" -> "по")."""
    index: dict[str, list[str]] = {}
    for phrase in phrases:
        index.setdefault(_WORD.findall(phrase)[0], []).append(phrase)
    return {k: tuple(v) for k, v in index.items()}


def _has_phrase(lower: str, words: set[str], index: dict[str, tuple[str, ...]]) -> bool:
    if words.isdisjoint(index):
        return False
    for first, phrases in index.items():
        if first in words:
            for phrase in phrases:
                if phrase in lower:
                    return True
    return False


_FACTUAL, _OPINION, _COMPARISON, _INSTITUTION, _REPORTED, _DATE, _LEGAL = 1, 2, 4, 8, 16, 32, 64
# A legal or official act ("legal act"): worth the threshold on its own, so an institution
# or a name acting with one is proposed; together with a factual event (most such verbs are
# factual cues too) the two are worth this much, not more.
LEGAL_ACT_WEIGHT = 0.4
# A commentary opener costs as much as an opinion word.
COMMENTARY_WEIGHT = 0.45


def _stem_index(
    factual: str,
    opinion: str,
    comparison: str,
    institution: str = "",
    reported: str = "",
    date: str = "",
    legal: str = "",
) -> tuple[int, dict[str, tuple[tuple[int, tuple[str, ...]], ...]]]:
    """The word-beginning cues of one language in one table keyed by their first ``k``
    letters (``k`` = the shortest stem): one dictionary lookup per word of the sentence
    finds every stem it may start with, for every kind of cue at once. Under each key the
    stems are grouped by kind, so one ``startswith`` (given a tuple) tests a whole group."""
    groups = (
        (_FACTUAL, factual),
        (_OPINION, opinion),
        (_COMPARISON, comparison),
        (_INSTITUTION, institution),
        (_REPORTED, reported),
        (_DATE, date),
        (_LEGAL, legal),
    )
    stems = [(stem, bit) for bit, group in groups for stem in group.split()]
    k = min((len(stem) for stem, _ in stems), default=1)
    index: dict[str, dict[int, list[str]]] = {}
    for stem, bit in stems:
        index.setdefault(stem[:k], {}).setdefault(bit, []).append(stem)
    return k, {
        key: tuple((bit, tuple(group)) for bit, group in by_bit.items())
        for key, by_bit in index.items()
    }


def _word_bits(w: str, k: int, index: dict[str, tuple[tuple[int, tuple[str, ...]], ...]]) -> int:
    """Which kinds of word-beginning cue one word starts with."""
    bits = 0
    entries = index.get(w[:k])
    if entries is not None:
        for bit, group in entries:
            if w.startswith(group):
                bits |= bit
    return bits


_WORD_BITS_LIMIT = 200_000  # words remembered per language before the memo starts over


def _stem_bits(
    words: set[str],
    k: int,
    index: dict[str, tuple[tuple[int, tuple[str, ...]], ...]],
    memo: dict[str, int] | None = None,
    plain: set[str] | None = None,
) -> int:
    """Which kinds of word-beginning cue (``_FACTUAL | _OPINION | …``) the words of the
    sentence start with. ``memo`` (word -> its bits, one per language) spares the prefix
    lookups for a word seen before: text repeats its words. Most words start no cue: they
    are remembered in ``plain`` instead and taken out with one set difference, so only the
    sentence's cue words and new words are looked at one by one."""
    if memo is None or plain is None:
        memo, plain = {}, set()
    elif len(memo) + len(plain) > _WORD_BITS_LIMIT:
        memo.clear()
        plain.clear()
    bits = 0
    get = memo.get
    for w in words - plain:
        b = get(w)
        if b is None:
            b = _word_bits(w, k, index)
            if b:
                memo[w] = b
            else:
                plain.add(w)
        bits |= b
    return bits


def _alternation(fragments: tuple[str, ...]) -> str:
    return "|".join(f"(?:{f})" for f in fragments)


_NEVER = re.compile(r"(?!)")
_LOWER_LETTERS = "".join(
    sorted(c for c in map(chr, range(0x61, 0x530)) if c.islower() and c.isalpha())
)


class _Cues(NamedTuple):
    """One language's scoring tables, compiled once."""

    number_words: frozenset[str]
    count_words: frozenset[str]
    word_count: re.Pattern[str]
    unit_after: re.Pattern[str]
    qualifier_before: re.Pattern[str]
    date_words: frozenset[str]
    date_phrases: dict[str, tuple[str, ...]]
    schedule_words: frozenset[str]
    schedule: re.Pattern[str]
    comparison: frozenset[str]
    factual: frozenset[str]
    factual_phrases: dict[str, tuple[str, ...]]
    legal: frozenset[str]
    legal_phrases: dict[str, tuple[str, ...]]
    openers: tuple[str, ...]
    opinion: frozenset[str]
    opinion_phrases: dict[str, tuple[str, ...]]
    opinion_exceptions: re.Pattern[str]
    institutions: frozenset[str]
    reported_verbs: tuple[str, ...]
    reported_leads: tuple[str, ...]
    reported_comps: tuple[str, ...]
    beliefs: frozenset[str]
    reported_phrases: dict[str, tuple[str, ...]]
    min_words: int
    short_words: int
    count_cap: int  # words counted at most (split limit): enough for every test on the count
    hedge: frozenset[str]
    hedge_phrases: dict[str, tuple[str, ...]]
    case_hedges: tuple[tuple[str, re.Pattern[str], str], ...]
    future: frozenset[str]
    modals: frozenset[str]
    feeling_words: frozenset[str]
    stem_length: int
    stems: dict[str, tuple[tuple[int, tuple[str, ...]], ...]]
    stem_memo: dict[str, int]
    stem_plain: set[str]
    feelings: re.Pattern[str]
    boilerplate: dict[str, tuple[str, ...]]
    no_comment: re.Pattern[str]
    no_comment_gates: tuple[str, ...]
    entity: re.Pattern[str]
    not_entity: frozenset[str]
    initial_entity: bool
    distributive_words: frozenset[str]
    distributive: re.Pattern[str]
    qualified_number: re.Pattern[str]


def _with_initial_variants(words: str, pairs: str) -> str:
    """``words`` plus each word spelt with its other initial letter ("урад" -> "ўрад" in
    Belarusian, where a word-initial у is written ў after a vowel)."""
    if not pairs:
        return words
    swap = dict(zip(pairs.split()[::2], pairs.split()[1::2], strict=True))
    out = words.split()
    out += [swap[w[0]] + w[1:] for w in out if w[0] in swap]
    return " ".join(out)


def _with_past_variants(words: str, pairs: str) -> str:
    """``words`` plus each stem ending in a past-tense ending also spelt with the letter its
    other forms continue with ("прызнаў" -> "прызнал": прызнала, прызналі)."""
    if not pairs:
        return words
    swap = dict(zip(pairs.split()[::2], pairs.split()[1::2], strict=True))
    out = words.split()
    out += [w[:-1] + swap[w[-1]] for w in out if len(w) > 3 and w[-1] in swap]
    return " ".join(out)


def _distributive(d: languages.LanguageData) -> re.Pattern[str]:
    """ "каждый пятый", "co trzeci": a distributive word, then an ordinal (stem + ending)."""
    if not (d.distributive_words and d.ordinal_stems):
        return _NEVER
    words = "|".join(d.distributive_words.split())
    ordinals = "|".join(d.ordinal_stems.split())
    endings = "|".join(sorted(d.ordinal_endings.split(), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{words})\s+(?:{ordinals})(?:{endings})(?!\w)")


def _compile(code: str) -> _Cues:
    d = languages.get(code)
    if d.past_variants:
        past: dict[str, Any] = {
            f: _with_past_variants(getattr(d, f), d.past_variants)
            for f in ("factual_stems", "comparison_stems", "reported_stems", "legal_stems")
        }
        d = replace(d, **past)
    if d.initial_variants:
        v = d.initial_variants
        variants: dict[str, Any] = {
            f: _with_initial_variants(getattr(d, f), v)
            for f in (
                "number_words",
                "count_words",
                "comparison_words",
                "comparison_stems",
                "factual_words",
                "factual_stems",
                "institution_words",
                "institution_stems",
                "reported_stems",
                "legal_words",
                "legal_stems",
            )
        }
        d = replace(d, **variants)
    months = " ".join(d.months) if d.months_in_dates else ""
    lower = _LOWER_LETTERS
    if d.unit_after_pattern:
        unit_after = re.compile(d.unit_after_pattern)
    else:
        # A unit, a currency or (where counted nouns are plain words) a lowercase word
        # after the number: "18 тыс.", "1,6 mld zł", "412 судов", "30 osób".
        units = _alternation(d.units) if d.units else "%|\\$|€|£"
        counted = (
            rf"|\s+(?!(?:{'|'.join(months.split())})\b)[{lower}]{{2,}}" if d.counted_nouns else ""
        )
        unit_after = re.compile(rf"\s*(?:{units})(?![\w])|\s*%{counted}")
    if d.qualifier_pattern:
        qualifier = re.compile(d.qualifier_pattern)
    else:
        words = _alternation(d.qualifiers)
        qualifier = re.compile(
            rf"(?:[$€£¥]\s?|\b(?:{words})\s+)$" if words else r"[$€£¥]\s?$", re.IGNORECASE
        )
    if d.word_count_pattern:
        word_count = re.compile(d.word_count_pattern, re.IGNORECASE)
    elif d.count_words:
        word_count = re.compile(
            rf"\b(?:{'|'.join(d.count_words.split())})\s+[{lower}]{{3,}}", re.IGNORECASE
        )
    else:
        word_count = _NEVER
    upper = UPPER_LETTERS
    if d.code == "en":
        # The capital comes first and the lookbehind after it, so the regex engine can skip
        # to the next capital instead of testing the lookbehind everywhere (3x faster).
        entity = re.compile(
            r"[A-Z](?<=[\s(“\"‘'][A-Z])(?:[^\W\d_A-Z]+(?:[ -][A-Z][^\W\d_A-Z]+)*|[A-Z]+[a-z]?)(?!\w)"
        )
    else:
        entity = re.compile(
            rf"[{upper}](?<=[\s(“\"‘'«„][{upper}])(?:[{lower}’'-]+(?:[ -][{upper}][{lower}’'-]+)*"
            rf"|[{upper}]+[{lower}]?)(?!\w)"
        )
    stem_length, stems = _stem_index(
        d.factual_stems,
        d.opinion_stems,
        d.comparison_stems,
        d.institution_stems,
        d.reported_stems,
        d.month_adjective_stems,
        d.legal_stems,
    )
    return _Cues(
        stem_length=stem_length,
        stems=stems,
        stem_memo={},
        stem_plain=set(),
        number_words=_wordset(d.number_words),
        count_words=_wordset(d.count_words),
        word_count=word_count,
        unit_after=unit_after,
        qualifier_before=qualifier,
        date_words=_wordset(f"{d.date_words} {months}"),
        date_phrases=_phrase_index(d.date_phrases),
        schedule_words=_wordset(d.schedule_words),
        schedule=re.compile(rf"\b(?:{_alternation(d.schedule)})\b") if d.schedule else _NEVER,
        comparison=_wordset(d.comparison_words),
        factual=_wordset(d.factual_words),
        factual_phrases=_phrase_index(d.factual_phrases),
        legal=_wordset(d.legal_words),
        legal_phrases=_phrase_index(d.legal_phrases),
        openers=d.opinion_openers,
        opinion=_wordset(d.opinion_words),
        opinion_phrases=_phrase_index(d.opinion_phrases),
        opinion_exceptions=re.compile(_alternation(d.opinion_exceptions))
        if d.opinion_exceptions
        else _NEVER,
        institutions=_wordset(d.institution_words),
        reported_verbs=tuple(d.reported_stems.split()),
        reported_leads=(", ", *(f" {w} " for w in d.as_words.split())) if d.reported_stems else (),
        reported_comps=tuple(f" {w}" for w in d.complementizers.split()),
        beliefs=_wordset(d.belief_words),
        reported_phrases=_phrase_index(d.reported_phrases),
        min_words=d.min_words,
        short_words=d.short_words,
        count_cap=max(d.min_words, d.short_words, 8),
        hedge=_wordset(d.hedge_words),
        hedge_phrases=_phrase_index(d.hedge_phrases),
        case_hedges=tuple(
            (w, re.compile(rf"\b{w}\b"), f"{w.capitalize()} ") for w in d.case_hedges.split()
        ),
        future=_wordset(d.future_words),
        modals=_wordset(d.modal_words),
        feeling_words=_wordset(d.feeling_words),
        feelings=re.compile(d.feelings, re.IGNORECASE) if d.feelings else _NEVER,
        boilerplate=_phrase_index(d.boilerplate),
        # at a word start: "Olsztynie odpowiedziała" holds "nie odpowiedzia…" inside it
        no_comment=re.compile(rf"(?<!\w)(?:{_alternation(d.no_comment)})")
        if d.no_comment
        else _NEVER,
        no_comment_gates=d.no_comment_gates,
        entity=entity,
        not_entity=_wordset(d.not_entity),
        initial_entity=d.initial_entity,
        distributive_words=_wordset(d.distributive_words),
        distributive=_distributive(d),
        # "ponad dwadzieścia", "только один", "лише три": a qualifier before a number
        # written as a word makes it a statistic, as before digits
        qualified_number=re.compile(
            rf"(?<!\w)(?:{_alternation(d.qualifiers)})\s+(?:{'|'.join(d.number_words.split())})(?!\w)",
            re.IGNORECASE,
        )
        if d.qualifiers and d.number_words
        else _NEVER,
    )


@cache
def cues_for(language: str | None) -> _Cues:
    """The compiled cues of ``language``; the generic ones for a language without data."""
    code = language if language in languages.LANGUAGES else ""
    return _compile(code or "")


_DIGIT = re.compile(r"\d")
_NUM = re.compile(r"\d[\d,.]*")
# Thousands grouped with spaces ("12 500 000 руб.", "1 200 osób") outside English.
_NUM_SPACED = re.compile(r"\d[\d,.]*(?:[ \u00a0\u202f]\d{3}(?!\d))*")
_QUOTE = re.compile(r"[“\"«„][^”\"»“]{8,}[”\"»“]")
# What may stand before a sentence-initial word: quotes, dashes of direct speech, brackets.
_LEAD = re.compile(r"[\s«„“\"'‘(—–-]*")


def _quantities(text: str, c: _Cues, spaced: bool) -> tuple[bool, bool, bool]:
    """(statistic, year, any number) from one scan over the digit runs of ``text``."""
    statistic = year = number = False
    window = 24 if spaced else 12
    for m in (_NUM_SPACED if spaced else _NUM).finditer(text):
        number = True
        start, end = m.span()
        token = m.group().rstrip(".,")
        if len(token) == 4 and token[:2] in ("19", "20") and token.isdigit():
            year = True
            if not c.qualifier_before.search(text, max(0, start - window), start):
                continue
            statistic = True  # a qualified year ("ponad 2000"): the test below would repeat
            continue
        if c.unit_after.match(text, end) or c.qualifier_before.search(
            text, max(0, start - window), start
        ):
            statistic = True
    return statistic, year, number


def _reported_frame(lower: str, c: _Cues) -> bool:
    """A reporting verb right after a comma or "как" ("…, удакладнілі ў камітэце", "як
    повідомив клуб"), or before a complementizer with at most two words between
    ("уточнили, что", "zastrzegają jednak, że"). Plain ``str.find`` scans with the verbs
    tested by one ``startswith`` each: a regex alternation of every verb tried at every
    position cost several times more."""
    verbs = c.reported_verbs
    lower = " " + lower  # "Как сообщил клуб, …" at the very start
    for lead in c.reported_leads:  # ", ", " как ", …
        i = lower.find(lead)
        while i != -1:
            if lower.startswith(verbs, i + len(lead)):
                return True
            i = lower.find(lead, i + 1)
    for comp in c.reported_comps:  # " что", " że", …
        i = lower.find(comp)
        while i != -1:
            end = i + len(comp)
            if end == len(lower) or not lower[end].isalpha():
                before = lower[max(0, i - 60) : i].replace(",", " ").split()[-3:]
                if any(w.startswith(verbs) for w in before):
                    return True
            i = lower.find(comp, end)
    return False


def _belief_frame(lower: str, c: _Cues) -> bool:
    """A verb of belief just before a complementizer ("Председатель считает, что …")."""
    for comp in c.reported_comps:
        i = lower.find(comp)
        while i != -1:
            before = lower[max(0, i - 40) : i].replace(",", " ").split()[-3:]
            if not c.beliefs.isdisjoint(before):
                return True
            i = lower.find(comp, i + len(comp))
    return False


def _opinion_word(lowered: set[str], lower: str, c: _Cues) -> bool:
    """Whether the opinion words of the sentence (there is at least one) occur outside
    the contexts that make them something else ("как следует из протокола", "należy do
    gminy")."""
    if c.opinion_exceptions.search(lower) is None:
        return True
    found = lowered & c.opinion
    rest = set(_WORD.findall(c.opinion_exceptions.sub(" ", lower)))
    return not rest.isdisjoint(found)


def _hedged(text: str, lowered: set[str], lower: str, c: _Cues) -> bool:
    if not lowered.isdisjoint(c.hedge) or _has_phrase(lower, lowered, c.hedge_phrases):
        return True
    return any(w in lowered and p.search(text) is not None for w, p, _ in c.case_hedges)


def _entity_count(text: str, c: _Cues) -> int:
    """How many named entities ``text`` holds, counted up to two: the score only tells one
    from several, so the scan stops at the second."""
    if c.initial_entity:
        count = 0
        for name in c.entity.findall(" " + text):
            if name not in c.not_entity:
                count += 1
                if count == 2:
                    break
        return count
    # Every sentence (and every quotation) starts with a capital, so a sentence-initial
    # word only counts when it is an acronym or part of a longer name ("Александр
    # Лукашенко", "МВД"); function words never count.
    first = -1  # where the first word starts, found when a one-word name needs it
    count = 0
    for m in c.entity.finditer(" " + text):
        name = m.group()
        if name in c.not_entity:
            continue
        if not (" " in name or "-" in name or name.isupper()):
            start = m.start() - 1
            if first < 0:
                first = _LEAD.match(text).end()  # type: ignore[union-attr]
            if start == first or _LEAD.fullmatch(text, max(0, start - 3), start) is not None:
                continue
        count += 1
        if count == 2:
            break
    return count


def score_sentence(
    text: str,
    *,
    attributed: bool = False,
    words: tuple[str, set[str]] | None = None,
    language: str | None = "en",
) -> tuple[float, list[str]]:
    """Return ``(score, reasons)``; reasons name the signals that moved the score.

    ``language`` (ISO 639-1) selects the cue tables; a language without its own data gets
    the generic cues (digits, percentages, currency signs, names, quotes, questions). The
    reasons are the same English words in every language: the review page shows them.

    Cues are looked up in word sets rather than one large case-insensitive regex each:
    scoring runs on every sentence, and set lookups keep it several times faster.
    """
    c = cues_for(language)
    if words is None:
        lower = text.lower()
        words = (lower, set(_WORD.findall(lower)))
    lower, lowered = words
    # The word count, split once and capped at what the tests below need:
    # len(text.split(None, k)) == min(count, k + 1) for every k up to the cap.
    count = len(text.split(None, c.count_cap))
    if count < c.min_words:
        return 0.05, ["too short"]
    if _has_phrase(lower, lowered, c.boilerplate):
        return 0.05, ["boilerplate"]
    for gate in c.no_comment_gates:
        if gate in lower:
            if c.no_comment.search(lower):
                return 0.05, ["no comment"]
            break
    reasons: list[str] = []
    score = 0.0
    english = language == "en"
    if _DIGIT.search(text):
        statistic, year, has_digit = _quantities(text, c, not english)
    else:
        statistic = year = has_digit = False
    if (
        statistic
        or (not lowered.isdisjoint(c.count_words) and c.word_count.search(text))
        or (not lowered.isdisjoint(c.distributive_words) and c.distributive.search(lower))
        or (not lowered.isdisjoint(c.number_words) and c.qualified_number.search(lower))
    ):
        score += 0.5
        reasons.append("statistic")
    elif has_digit or not lowered.isdisjoint(c.number_words):
        score += 0.2
        reasons.append("number")
    stem_bits = _stem_bits(lowered, c.stem_length, c.stems, c.stem_memo, c.stem_plain)
    dated = False
    if (
        year
        or stem_bits & _DATE
        or not lowered.isdisjoint(c.date_words)
        or _has_phrase(lower, lowered, c.date_phrases)
        or any(w in lowered and has_digit and cap in text for w, _, cap in c.case_hedges)
    ):
        dated = True
        score += 0.2
        reasons.append("date")
        if not lowered.isdisjoint(c.schedule_words) and c.schedule.search(lower):
            score += 0.2
            reasons.append("deadline")
    entities = _entity_count(text, c)
    if entities:
        score += 0.15 if entities == 1 else 0.25
        reasons.append("named entity")
    elif stem_bits & _INSTITUTION or not lowered.isdisjoint(c.institutions):
        # "Суд гэтыя довады не прыняў", "Urząd miasta odrzucił te zarzuty": an institution
        # acting, named by a lowercase noun (or by a sentence-initial capital, not counted).
        score += 0.15
        reasons.append("institution")
    if not lowered.isdisjoint(c.comparison) or stem_bits & _COMPARISON:
        score += 0.15
        reasons.append("comparison")
        if reasons[0] == "number":  # "на треть больше", "o połowę mniej": a quantity compared
            score += 0.1
    reported = False
    if not attributed and (
        (stem_bits & _REPORTED and _reported_frame(lower, c))
        or _has_phrase(lower, lowered, c.reported_phrases)
    ):
        # Reported speech whose source the attribution patterns did not name ("На
        # предприятии уточнили, что …", "як повідомив клуб", "Autorzy zastrzegają, że …").
        reported = True
        score += 0.25
        reasons.append("reported")
    if attributed:
        # A whole statement put in a source's mouth ("Суд дійшов висновку, що …", "—
        # Усе выдаткі былі ўзгоднены …, — сказаў ён.") is what a fact-checker checks even
        # without a number: on every labelled set, 14 of the 16 attributed sentences of
        # eight words or more that scored below the threshold were labelled claims.
        score += 0.4 if count > 8 else 0.25
        reasons.append("attribution")
    if ('"' in text or "“" in text or "«" in text or "„" in text) and _QUOTE.search(text):
        score += 0.1
        reasons.append("quote")
    factual = (
        not lowered.isdisjoint(c.factual)
        or stem_bits & _FACTUAL
        or _has_phrase(lower, lowered, c.factual_phrases)
    )
    if factual:
        score += 0.25
        reasons.append("factual event")
    if (
        stem_bits & _LEGAL
        or not lowered.isdisjoint(c.legal)
        or _has_phrase(lower, lowered, c.legal_phrases)
    ):
        # "суд вынес прыгавор", "prokuratura przedstawiła zarzuty", "pleaded guilty": with
        # the factual-event bonus (most such verbs were factual cues already) worth
        # LEGAL_ACT_WEIGHT in all
        score += LEGAL_ACT_WEIGHT - 0.25 if factual else LEGAL_ACT_WEIGHT
        reasons.append("legal act")
    if (
        (not lowered.isdisjoint(c.opinion) and _opinion_word(lowered, lower, c))
        or stem_bits & _OPINION
        or _has_phrase(lower, lowered, c.opinion_phrases)
    ):
        score -= 0.45
        reasons.append("opinion")
    if c.openers and lower[_LEAD.match(lower).end() :].startswith(c.openers):  # type: ignore[union-attr]
        # "Трудно поверить, что …", "Выходит, …", "Trudno uwierzyć, że …": the writer's
        # comment on the facts, not a fact
        score -= COMMENTARY_WEIGHT
        reasons.append("commentary")
    if (
        not lowered.isdisjoint(c.beliefs)
        and (not reasons or reasons[0] != "statistic")  # digits or a counted number word
        and _belief_frame(lower, c)
    ):
        # "X считает, что штрафы слишком малы": a view, even when attributed; a figure in
        # it ("считает, что простой обходится в 15 млн долларов") stays checkable.
        score -= 0.2
        reasons.append("belief")
    if (
        not lowered.isdisjoint(c.modals)
        and not lowered.isdisjoint(c.feeling_words)
        and c.feelings.search(text)
    ):
        score -= 0.3
        reasons.append("prediction of feelings")
    if not attributed and not reported and _hedged(text, lowered, lower, c):
        score -= 0.15
        reasons.append("hedge")
    if not (attributed or reported or statistic or dated) and not lowered.isdisjoint(c.future):
        # a future event bound to a date ("разгледзяць у студзені") is a schedule, which
        # can be checked, not a forecast
        score -= 0.1
        reasons.append("prediction")
    question = text.rstrip("”\"’'» )").endswith("?")
    if question:
        score -= 0.4
        reasons.append("question")
    if count < c.short_words and not statistic:
        score -= 0.15
        reasons.append("short")
    if question:
        # A question asks, it does not assert: of 125 questions in the labelled sets none is
        # a claim, yet a figure, a name and an event verb outweighed the penalty in one.
        score = min(score, QUESTION_CEILING)
    return round(min(1.0, max(0.0, score)), 3), reasons
