"""Turn a claim into comparable terms: numbers as digits, light stemming, a small synonym
table, and the claim's polarity. Plain Python (no Django) so the same normalisation runs in
the web process, the Celery task, the evaluation script and the tests.

Why these steps: reworded claims differ mostly in surface form ("one hundred twenty" vs
"120", "per cent" vs "%", "killed" vs "deaths", clause order), while a negated claim shares
almost every word with its affirmative and must still not match it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
FRACTIONS = {"half": 50, "quarter": 25}  # "half of" ≈ 50 percent; used only before "of"
MULTIPLIERS = {"doubled": ("2", "times"), "tripled": ("3", "times"), "halved": ("50", "percent")}

NEGATIONS = {
    "not",
    "no",
    "never",
    "none",
    "nobody",
    "nothing",
    "neither",
    "nor",
    "without",
    "cannot",
    "nowhere",
}
# Verbs that deny what follows; they flip polarity like "not".
DENIALS = {"deny", "denied", "denies", "false", "untrue", "fail", "failed", "fails"}

STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "then",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "do",
        "does",
        "did",
        "has",
        "have",
        "had",
        "having",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "when",
        "where",
        "why",
        "how",
        "i",
        "you",
        "he",
        "she",
        "we",
        "they",
        "me",
        "him",
        "her",
        "us",
        "them",
        "my",
        "your",
        "his",
        "our",
        "their",
        "so",
        "than",
        "too",
        "very",
        "can",
        "could",
        "will",
        "would",
        "shall",
        "should",
        "may",
        "might",
        "must",
        "about",
        "into",
        "over",
        "under",
        "again",
        "further",
        "once",
        "all",
        "any",
        "both",
        "each",
        "few",
        "more",
        "most",
        "other",
        "some",
        "such",
        "only",
        "own",
        "same",
        "just",
        "also",
        "s",
        "t",
        "said",
        "says",
        "say",
        "according",
        "claim",
        "claims",
        "claimed",
        "reportedly",
        "per",
        "least",
    ]
)

# A small hand-written table of words fact-checked claims use interchangeably. Written
# before the evaluation set, kept general; every entry maps to one canonical term.
SYNONYMS = {
    "die": "death",
    "died": "death",
    "dies": "death",
    "dead": "death",
    "deaths": "death",
    "killed": "death",
    "kill": "death",
    "kills": "death",
    "fatality": "death",
    "fatalities": "death",
    "lives": "death",
    "perished": "death",
    "rise": "increase",
    "rose": "increase",
    "risen": "increase",
    "rising": "increase",
    "grew": "increase",
    "grow": "increase",
    "grown": "increase",
    "growth": "increase",
    "increased": "increase",
    "increases": "increase",
    "climbed": "increase",
    "jumped": "increase",
    "surged": "increase",
    "went": "increase",
    "fell": "decrease",
    "fall": "decrease",
    "fallen": "decrease",
    "dropped": "decrease",
    "drop": "decrease",
    "declined": "decrease",
    "decline": "decrease",
    "decreased": "decrease",
    "shrank": "decrease",
    "cut": "decrease",
    "reduced": "decrease",
    "lowered": "decrease",
    "percentage": "percent",
    "pct": "percent",
    "%": "percent",
    "children": "child",
    "kids": "child",
    "kid": "child",
    "people": "person",
    "persons": "person",
    "citizens": "person",
    "residents": "person",
    "individuals": "person",
    "jobs": "job",
    "employment": "job",
    "unemployed": "unemployment",
    "jobless": "unemployment",
    "migrants": "migrant",
    "refugees": "migrant",
    "refugee": "migrant",
    "asylum-seekers": "migrant",
    "immigrants": "migrant",
    "immigrant": "migrant",
    "vaccines": "vaccine",
    "vaccination": "vaccine",
    "jab": "vaccine",
    "jabs": "vaccine",
    "doctors": "doctor",
    "physicians": "doctor",
    "physician": "doctor",
    "prices": "price",
    "cost": "price",
    "costs": "price",
    "government": "government",
    "administration": "government",
    "authorities": "government",
    "ministers": "minister",
    "cars": "car",
    "vehicles": "car",
    "vehicle": "car",
    "banned": "ban",
    "bans": "ban",
    "prohibited": "ban",
    "outlawed": "ban",
    "built": "build",
    "constructed": "build",
    "construction": "build",
    "spent": "spend",
    "spending": "spend",
    "pay": "wage",
    "salary": "wage",
    "salaries": "wage",
    "wages": "wage",
    "earnings": "wage",
    "elections": "election",
    "vote": "election",
    "poll": "election",
    "ballot": "election",
    "crimes": "crime",
    "offences": "crime",
    "offenses": "crime",
    "yearly": "year",
    "annually": "year",
    "annual": "year",
    "years": "year",
    "arrested": "arrest",
    "detained": "arrest",
    "detentions": "arrest",
    "arrests": "arrest",
    "border": "border",
    "frontier": "border",
    "biggest": "largest",
    "greatest": "largest",
    "highest": "largest",
    "smallest": "lowest",
    "tax": "tax",
    "taxes": "tax",
    "taxation": "tax",
    "hospitals": "hospital",
    "schools": "school",
    "teachers": "teacher",
}

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?%?|[a-z]+(?:['-][a-z]+)*|%")


@dataclass(frozen=True)
class ClaimTerms:
    """What a claim says, reduced to what matters for matching."""

    terms: tuple[str, ...]
    numbers: frozenset[str] = field(default_factory=frozenset)
    negated: bool = False


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return text.encode("ascii", "ignore").decode().lower()


def _raw_tokens(text: str) -> list[str]:
    text = _fold(text)
    text = re.sub(r"\bper\s+cent\b", "percent", text)
    # quantity idioms that contain a negation word but deny nothing
    text = re.sub(r"\bno (?:fewer|less) than\b", "at least", text)
    text = re.sub(r"\bno more than\b", "at most", text)
    text = re.sub(r"\bnot only\b", "only", text)
    text = re.sub(r"\b(can)'?t\b", r"\1 not", text)
    text = re.sub(r"\bwon't\b", "will not", text)
    text = re.sub(r"n't\b", " not", text)
    # 1.2 million, 3 billion: one number
    return _TOKEN.findall(text)


def _plain_number(token: str) -> str | None:
    digits = token.rstrip("%").replace(",", "")
    try:
        value = float(digits)
    except ValueError:
        return None
    return str(int(value)) if value == int(value) else f"{value:g}"


def _words_to_numbers(tokens: list[str]) -> list[str]:
    """'one hundred and twenty' -> '120'; '1.2 million' -> '1200000'; '5%' -> '5 percent'."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token[0].isdigit():
            number = _plain_number(token)
            if number is None:
                out.append(token)
                i += 1
                continue
            value = float(number)
            if i + 1 < len(tokens) and tokens[i + 1] in SCALES:
                value *= SCALES[tokens[i + 1]]
                i += 1
            out.append(str(int(value)) if value == int(value) else f"{value:g}")
            if token.endswith("%"):
                out.append("percent")
            i += 1
            continue
        if token in UNITS or token in TENS or (token in SCALES and token != "hundred"):
            total, current, j, used = 0, 0, i, False
            while j < len(tokens):
                word = tokens[j]
                if word in UNITS:
                    current += UNITS[word]
                elif word in TENS:
                    current += TENS[word]
                elif word == "hundred":
                    current = max(current, 1) * 100
                elif word in SCALES:
                    total += max(current, 1) * SCALES[word]
                    current = 0
                elif (
                    word == "and"
                    and used
                    and j + 1 < len(tokens)
                    and (tokens[j + 1] in UNITS or tokens[j + 1] in TENS)
                ):
                    pass
                else:
                    break
                used = True
                j += 1
            # "one" alone is often a pronoun ("one of the"); keep it only before a noun-like word
            if j == i + 1 and token == "one" and j < len(tokens) and tokens[j] == "of":
                out.append(token)
                i += 1
                continue
            out.append(str(total + current))
            i = j
            continue
        if token in ORDINALS and i + 1 < len(tokens) and tokens[i + 1] in {"term", "time", "place"}:
            out.append(str(ORDINALS[token]))
            i += 1
            continue
        if token in FRACTIONS and i + 1 < len(tokens) and tokens[i + 1] == "of":
            out.extend([str(FRACTIONS[token]), "percent"])
            i += 1
            continue
        if token in MULTIPLIERS:
            out.extend(MULTIPLIERS[token])
            i += 1
            continue
        out.append(token)
        i += 1
    return out


def stem(word: str) -> str:
    """A deliberately light suffix stripper: enough to meet 'deaths'/'death' and
    'sealed'/'seal' without Porter's over-merging of short words."""
    if word in SYNONYMS:
        return SYNONYMS[word]
    if len(word) <= 4 or not word.isalpha():
        return word
    for suffix, replacement in (
        ("ies", "y"),
        ("ied", "y"),
        ("sses", "ss"),
        ("ing", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
        ("ly", ""),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)] + replacement
            if suffix in {"ing", "ed"} and len(base) > 3 and base[-1] == base[-2]:
                base = base[:-1]  # stopped -> stop
            if suffix == "es" and not base.endswith(("s", "x", "z", "ch", "sh")):
                base = word[:-1]  # "rates" -> "rate", "taxes" -> "tax"
            return SYNONYMS.get(base, base)
    return word


def is_negated(tokens: list[str]) -> bool:
    """Odd number of negation cues: "X is not Y" is negated, "it is not true that X did
    not happen" is not."""
    count = sum(1 for t in tokens if t in NEGATIONS or t in DENIALS)
    return count % 2 == 1


def analyse(text: str) -> ClaimTerms:
    """The matching view of a claim."""
    tokens = _words_to_numbers(_raw_tokens(text))
    negated = is_negated(tokens)
    terms: list[str] = []
    numbers: set[str] = set()
    for token in tokens:
        if token in NEGATIONS or token in DENIALS or token in STOPWORDS:
            continue
        if token[0].isdigit():
            numbers.add(token)
            terms.append(token)
            continue
        if len(token) < 2:
            continue
        terms.append(stem(token))
    return ClaimTerms(terms=tuple(terms), numbers=frozenset(numbers), negated=negated)


def plain_terms(text: str) -> list[str]:
    """The baseline's view: lower-case words without stopwords, nothing else."""
    return [t for t in re.findall(r"[a-z0-9]+", _fold(text)) if t not in STOPWORDS]
