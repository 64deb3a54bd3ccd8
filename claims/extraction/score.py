"""Check-worthiness: how much a sentence is worth a fact-checker's time, with reasons.

Follows the features ClaimBuster, Full Fact and the CLEF CheckThat! lab found predictive:
factual statements carrying numbers, named entities, dates, comparisons, attributions and
quotes are worth checking; opinions, hedges, questions, predictions of feelings, commentary
and boilerplate are not. The score is a transparent weighted sum clipped to [0, 1] so an
editor can see why a sentence was (not) proposed.
"""

from __future__ import annotations

import re

# Sentences scoring at least this are proposed as claims. 0.4 means "a statistic, or two
# factual signals (e.g. a named entity and an attribution or a factual event), and no opinion
# cue". It was 0.5 until a blind batch of articles showed attributed statements without
# numbers ("Lisbon airport said in a statement that its runways remained open") being missed;
# an editor rejects a wrong proposal in one keystroke, but never sees a missed one.
CHECKWORTHY_THRESHOLD = 0.4


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


def _phrase_index(phrases: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Group phrases by first word so only phrases whose first word occurs are searched."""
    index: dict[str, list[str]] = {}
    for phrase in phrases:
        index.setdefault(phrase.split()[0], []).append(phrase)
    return {k: tuple(v) for k, v in index.items()}


def _has_phrase(lower: str, words: set[str], index: dict[str, tuple[str, ...]]) -> bool:
    if words.isdisjoint(index):
        return False
    return any(p in lower for w in words & index.keys() for p in index[w])


_NUMBER_WORDS = _wordset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred hundreds thousand thousands million millions billion billions dozen dozens half "
    "double doubled triple tripled quadrupled first second third seventh majority percent"
)
_NUM = re.compile(r"\d[\d,.]*")
# After a number: a unit or a counted plural noun ("21.4 percent", "412 vessels").
_UNIT_AFTER = re.compile(
    r"\s*(?:%|percent|per cent|million|billion|trillion|km|kilometres|kilometers|miles|"
    r"tonnes|tons|degrees)|\s+(?:[a-z-]+\s+)?[a-z]+s\b"
)
# Before a number: a currency or a quantity qualifier ("at least 120", "€320").
_QUALIFIER_BEFORE = re.compile(
    r"(?:[$€£¥]\s?|\b(?:[Aa]t least|[Mm]ore than|[Ff]ewer than|[Ll]ess than|[Nn]early|[Aa]lmost|"
    r"[Aa]bout|[Aa]round|[Oo]ver|[Uu]p to)\s+)$"
)
_COUNT_WORDS = _wordset("two three four five six seven eight nine ten dozens hundreds thousands")
_WORD_COUNT = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)"
    r"\s+(?:of\s+(?:the\s+)?(?:last\s+|past\s+)?)?(?:[a-z-]+\s+)?[a-z]+s\b",
    re.IGNORECASE,
)
_DATE_WORDS = _wordset(
    "january february march april june july august september october november december "
    "jan feb aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday "
    "yesterday"
)
_DATE_PHRASES = _phrase_index(
    tuple(f"{w} {p}" for w in ("last", "this") for p in ("week", "month", "year"))
    + tuple(f"this {s}" for s in ("summer", "winter", "spring", "autumn"))
)
# A date bound to an obligation or a schedule ("runs until the end of 2026", "must be paid by
# the end of September", "is due to publish on December 12") is a checkable commitment.
_SCHEDULE_WORDS = _wordset("until deadline expires expire due scheduled must later")
_SCHEDULE = re.compile(
    r"\b(?:until|by the end of|deadline|expires?|due to|scheduled (?:to|for)|must be \w+ by|"
    r"no later than)\b"
)
_COMPARISON = _wordset(
    "more less fewer higher lower larger smaller bigger greater faster slower cheaper than "
    "compared record highest lowest largest smallest biggest most least increase increased "
    "decrease decreased rose risen fell fallen dropped doubled tripled halved grew decline "
    "worse worst worsened improved "
    "declined surge surged jumped climbed shrank outnumber outnumbered outnumbers twice"
)
_FACTUAL_VERB = _wordset(
    "killed died death deaths arrested detained convicted sentenced charged approved passed "
    "signed banned imposed introduced launched began started ended declared denied plan plans "
    "planned announced published released leaked intercepted obtained show shows showed "
    "reveal reveals revealed found confirmed elected voted won lost spent paid cost own owns "
    "employ employs funded built closed opened seized deported crossed sealed encouraged "
    "dismissed accused allegation allegations condemned recorded reported registered ruled "
    "fined raised cut earned received hired fired ordered suspended resigned appointed awarded "
    "cancelled canceled postponed withdrew withdrawn evacuated"
)
_FACTUAL_PHRASES = _phrase_index(("pushing back", "worked with", "resulted in"))
# Commentary and evaluation: single words, then phrases checked as substrings.
_OPINION_WORDS = _wordset(
    "should clearly obviously undoubtedly shameful outrageous disgraceful terrible wonderful "
    "brilliant ridiculous absurd tragic sadly fortunately unfortunately hopefully "
    "vulnerability grappling fallout underscore underscores deserve deserves let's"
)
_OPINION_PHRASES = _phrase_index(
    (
        "i think",
        "i believe",
        "we believe",
        "in my view",
        "in my opinion",
        "ought to",
        "must not",
        "it is clear",
        "it is obvious",
        "it is time",
        "remains to be seen",
        "only time will tell",
        "raises questions",
        "raise questions",
        "raises serious questions",
        "highlights the need",
        "a reminder that",
        "shows how",
        "show how",
        "illustrates how",
        "is a sign of",
        "is a test of",
        "the human cost",
        "continues to mount",
        "we need",
        "let us",
    )
)
_MODALS = _wordset("will would could may might")
_FEELINGS = re.compile(
    r"\b(?:will|would|could|may|might) (?:feel|be (?:happy|sad|angry|relieved|delighted|"
    r"disappointed|pleased|upset|worried)|love|hate|enjoy)\b",
    re.IGNORECASE,
)
_FEELING_WORDS = _wordset(
    "feel happy sad angry relieved delighted disappointed pleased upset worried love hate enjoy"
)
_HEDGE_WORDS = _wordset("might could perhaps possibly probably likely unlikely seem seems")
_MAY = re.compile(r"\bmay\b")  # lowercase only: "May 2021" is a date, not a hedge
_HEDGE_PHRASES = _phrase_index(
    ("appears to", "appear to", "suggests that", "suggest that", "it is possible")
)
_BOILERPLATE = _phrase_index(
    (
        "click here",
        "subscribe",
        "sign up",
        "newsletter",
        "cookie",
        "all rights reserved",
        "read more",
        "follow us",
        "share this",
        "contact us",
        "reporting by",
        "editing by",
        "additional reporting",
    )
)
_WORD = re.compile(r"[\w’']+")
# "X declined to comment": reports an absence, nothing to check.
_NO_COMMENT = re.compile(
    r"\b(?:declined|refused) to comment|did not (?:immediately )?(?:respond|reply) to (?:a |our )?"
    r"requests? for comment|could not be reached for comment|not (?:immediately )?available "
    r"for comment"
)


_DIGIT = re.compile(r"\d")
_QUOTE = re.compile(r"[“\"][^”\"]{8,}[”\"]")
# The capital comes first and the lookbehind after it, so the regex engine can skip to the
# next capital letter instead of testing the lookbehind at every position (3x faster).
_ENTITY = re.compile(
    r"[A-Z](?<=[\s(“\"‘'][A-Z])(?:[^\W\d_A-Z]+(?:[ -][A-Z][^\W\d_A-Z]+)*|[A-Z]+[a-z]?)(?!\w)"
)
_NOT_ENTITY = _wordset(
    "I The A An He She It They We You This That These Those His Her Their Its Our My Mr Mrs "
    "Ms Dr But And Or So In On At For With From After Before When While As If Meanwhile"
)


def _quantities(text: str) -> tuple[bool, bool, bool]:
    """(statistic, year, any number) from one scan over the digit runs of ``text``."""
    statistic = year = number = False
    for m in _NUM.finditer(text):
        number = True
        start, end = m.span()
        token = m.group().rstrip(".,")
        if len(token) == 4 and token[:2] in ("19", "20") and token.isdigit():
            year = True
            if not _QUALIFIER_BEFORE.search(text, max(0, start - 12), start):
                continue
        if _UNIT_AFTER.match(text, end) or _QUALIFIER_BEFORE.search(
            text, max(0, start - 12), start
        ):
            statistic = True
    return statistic, year, number


def _hedged(text: str, lowered: set[str], lower: str) -> bool:
    if not lowered.isdisjoint(_HEDGE_WORDS) or _has_phrase(lower, lowered, _HEDGE_PHRASES):
        return True
    return "may" in lowered and _MAY.search(text) is not None


def score_sentence(
    text: str,
    *,
    attributed: bool = False,
    words: tuple[str, set[str]] | None = None,
) -> tuple[float, list[str]]:
    """Return ``(score, reasons)``; reasons name the signals that moved the score.

    Cues are looked up in word sets rather than one large case-insensitive regex each:
    scoring runs on every sentence, and set lookups keep it several times faster.
    """
    if words is None:
        lower = text.lower()
        words = (lower, set(_WORD.findall(lower)))
    lower, lowered = words
    if len(text.split(None, 5)) < 5:
        return 0.05, ["too short"]
    if _has_phrase(lower, lowered, _BOILERPLATE):
        return 0.05, ["boilerplate"]
    if "comment" in lowered and _NO_COMMENT.search(lower):
        return 0.05, ["no comment"]
    reasons: list[str] = []
    score = 0.0
    statistic, year, has_digit = _quantities(text) if _DIGIT.search(text) else (False,) * 3
    if statistic or (not lowered.isdisjoint(_COUNT_WORDS) and _WORD_COUNT.search(text)):
        score += 0.5
        reasons.append("statistic")
    elif has_digit or not lowered.isdisjoint(_NUMBER_WORDS):
        score += 0.2
        reasons.append("number")
    if (
        year
        or not lowered.isdisjoint(_DATE_WORDS)
        or _has_phrase(lower, lowered, _DATE_PHRASES)
        or ("may" in lowered and has_digit and "May " in text)
    ):
        score += 0.2
        reasons.append("date")
        if not lowered.isdisjoint(_SCHEDULE_WORDS) and _SCHEDULE.search(lower):
            score += 0.2
            reasons.append("deadline")
    entities = [e for e in _ENTITY.findall(" " + text) if e not in _NOT_ENTITY]
    if entities:
        score += 0.15 if len(entities) == 1 else 0.25
        reasons.append("named entity")
    if not lowered.isdisjoint(_COMPARISON):
        score += 0.15
        reasons.append("comparison")
    if attributed:
        score += 0.25
        reasons.append("attribution")
    if ('"' in text or "“" in text) and _QUOTE.search(text):
        score += 0.1
        reasons.append("quote")
    if not lowered.isdisjoint(_FACTUAL_VERB) or _has_phrase(lower, lowered, _FACTUAL_PHRASES):
        score += 0.25
        reasons.append("factual event")
    if not lowered.isdisjoint(_OPINION_WORDS) or _has_phrase(lower, lowered, _OPINION_PHRASES):
        score -= 0.45
        reasons.append("opinion")
    if (
        not lowered.isdisjoint(_MODALS)
        and not lowered.isdisjoint(_FEELING_WORDS)
        and _FEELINGS.search(text)
    ):
        score -= 0.3
        reasons.append("prediction of feelings")
    if not attributed and _hedged(text, lowered, lower):
        score -= 0.15
        reasons.append("hedge")
    if text.rstrip("”\"’' )").endswith("?"):
        score -= 0.4
        reasons.append("question")
    if len(text.split(None, 6)) < 6:
        score -= 0.15
        reasons.append("short")
    return round(min(1.0, max(0.0, score)), 3), reasons
