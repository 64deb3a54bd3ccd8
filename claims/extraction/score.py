"""Check-worthiness: how much a sentence is worth a fact-checker's time, with reasons.

Follows the features ClaimBuster, Full Fact and the CLEF CheckThat! lab found predictive:
factual statements carrying numbers, named entities, dates, comparisons, attributions and
quotes are worth checking; opinions, hedges, questions, predictions of feelings, commentary
and boilerplate are not. The score is a transparent weighted sum clipped to [0, 1] so an
editor can see why a sentence was (not) proposed.
"""

from __future__ import annotations

import re

# Sentences scoring at least this are proposed as claims. 0.5 means "at least one strong
# factual signal (statistic, date, attribution) plus a concrete subject, and no opinion cue".
CHECKWORTHY_THRESHOLD = 0.5


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|half|doubled?|tripled?|"
    r"quadrupled|first|second|third|seventh|majority|percent|per cent)\b",
    re.IGNORECASE,
)
_STAT = re.compile(
    r"\d[\d,.]*\s*(?:%|percent|per cent|million|billion|trillion|people|deaths|cases|votes|"
    r"seats|km|kilometres|kilometers|miles|tonnes|tons)|[$€£¥]\s?\d|\b(?:at least|more than|"
    r"fewer than|less than|nearly|almost|about|around|over|up to)\s+[\d,.]+",
    re.IGNORECASE,
)
# A count of things ("412 vessels", "three of the last four years"), but not a bare year.
_COUNT = re.compile(
    r"(?<![\d,.])(?!(?:19|20)\d\d\b)\d[\d,.]*\s+(?:[a-z-]+\s+)?[a-z]+s\b"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)"
    r"\s+(?:of\s+(?:the\s+)?(?:last\s+|past\s+)?)?(?:[a-z-]+\s+)?[a-z]+s\b",
    re.IGNORECASE,
)
_DATE = re.compile(
    r"\b(?:January|February|March|April|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|yesterday|last (?:week|month|year)|this (?:summer|winter|spring|autumn|"
    r"year|month|week)|(?:spring|summer|autumn|winter|fall) (?:of )?\d{4}|(?:19|20)\d\d)\b"
    r"|\bMay \d"
)
_COMPARISON = re.compile(
    r"\b(?:more|less|fewer|higher|lower|larger|smaller|bigger|greater|faster|slower|cheaper|"
    r"than|compared (?:with|to)|record|highest|lowest|largest|smallest|biggest|most|least|"
    r"increased?|decreased?|rose|risen|fell|fallen|dropped|doubled|tripled|halved|grew|"
    r"declined?|surged?|jumped|climbed|shrank|outnumber\w*|twice|times as)\b",
    re.IGNORECASE,
)
_FACTUAL_VERB = re.compile(
    r"\b(?:killed|died|deaths?|arrested|detained|convicted|sentenced|charged|approved|passed|"
    r"signed|banned|imposed|introduced|launched|began|started|ended|declared|denied|plans?|"
    r"planned|announced|published|released|leaked|intercepted|obtained|shows?|showed|"
    r"reveals?|revealed|found|confirmed|elected|voted|won|lost|spent|paid|cost|owns?|"
    r"employs?|funded|built|closed|opened|seized|deported|crossed|sealed|pushing back|"
    r"worked with|encouraged|resulted in|dismissed|accused|allegations?|condemned|"
    r"recorded|reported|registered|ruled|fined|raised|cut|earned|received|hired|fired)\b",
    re.IGNORECASE,
)
_QUOTE = re.compile(r"[“\"][^”\"]{8,}[”\"]")
_OPINION = re.compile(
    r"\b(?:I think|I believe|we believe|in my (?:view|opinion)|should|ought to|must not|"
    r"it is (?:clear|obvious|time)|clearly|obviously|undoubtedly|shameful|outrageous|"
    r"disgraceful|terrible|wonderful|brilliant|ridiculous|absurd|tragic|sadly|fortunately|"
    r"unfortunately|hopefully|exposed the \w+’?s? vulnerability|vulnerability|grappling|"
    r"fallout|remains to be seen|only time will tell|raises? (?:serious )?questions|"
    r"underscores?|highlights? the need|a reminder that|the human cost|continues to mount|"
    r"deserves?|we need|let us|let's)\b",
    re.IGNORECASE,
)
_FEELING = re.compile(
    r"\b(?:will|would|could|may|might) (?:feel|be (?:happy|sad|angry|relieved|delighted|"
    r"disappointed|pleased|upset|worried)|love|hate|enjoy)\b",
    re.IGNORECASE,
)
_HEDGE = re.compile(
    r"\b(?:may|might|could|perhaps|possibly|probably|likely|unlikely|seems?|appears? to|"
    r"suggests? that|it is possible)\b",
    re.IGNORECASE,
)
_BOILERPLATE = re.compile(
    r"\b(?:click here|subscribe|sign up|newsletter|cookies?|all rights reserved|read more|"
    r"follow us|share this|contact us|reporting by|editing by|additional reporting)\b",
    re.IGNORECASE,
)
_ENTITY = re.compile(
    r"(?<=[\s(“\"‘'])(?:[A-Z][^\W\d_A-Z]+(?:[ -][A-Z][^\W\d_A-Z]+)*|[A-Z]{2,}[a-z]?)(?!\w)"
)
_NOT_ENTITY = _wordset(
    "I The A An He She It They We You This That These Those His Her Their Its Our My Mr Mrs "
    "Ms Dr But And Or So In On At For With From After Before When While As If Meanwhile"
)


def score_sentence(text: str, *, attributed: bool = False) -> tuple[float, list[str]]:
    """Return ``(score, reasons)``; reasons name the signals that moved the score."""
    words = len(text.split())
    reasons: list[str] = []
    score = 0.0
    if words < 5:
        return 0.05, ["too short"]
    if _BOILERPLATE.search(text):
        return 0.05, ["boilerplate"]
    if _STAT.search(text) or _COUNT.search(text):
        score += 0.5
        reasons.append("statistic")
    elif _NUMBER.search(text):
        score += 0.2
        reasons.append("number")
    if _DATE.search(text):
        score += 0.2
        reasons.append("date")
    entities = [e for e in _ENTITY.findall(" " + text) if e not in _NOT_ENTITY]
    if entities:
        score += 0.15 if len(entities) == 1 else 0.25
        reasons.append("named entity")
    if _COMPARISON.search(text):
        score += 0.15
        reasons.append("comparison")
    if attributed:
        score += 0.25
        reasons.append("attribution")
    if _QUOTE.search(text):
        score += 0.1
        reasons.append("quote")
    if _FACTUAL_VERB.search(text):
        score += 0.25
        reasons.append("factual event")
    if _OPINION.search(text):
        score -= 0.45
        reasons.append("opinion")
    if _FEELING.search(text):
        score -= 0.3
        reasons.append("prediction of feelings")
    if _HEDGE.search(text) and not attributed:
        score -= 0.15
        reasons.append("hedge")
    if text.rstrip("”\"’' )").endswith("?"):
        score -= 0.4
        reasons.append("question")
    if words < 6:
        score -= 0.15
        reasons.append("short")
    return round(min(1.0, max(0.0, score)), 3), reasons
