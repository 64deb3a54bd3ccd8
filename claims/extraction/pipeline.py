"""Body text in, scored and attributed sentences out: the part shared by every loader."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from .attribute import attribute_sentence, make_context, word_sets
from .document import Sentence
from .score import CHECKWORTHY_THRESHOLD, score_sentence
from .split import iter_sentence_spans

# The languages the engine has rules for (ISO 639-1); others get the generic rules.
SUPPORTED_LANGUAGES = ("en", "ru", "uk", "be", "pl")

_ENGLISH = re.compile(r"\b(?:the|and|of|to|in|is|was|that|for|with|on|said|has|by)\b")
_WORD = re.compile(r"\b\w+\b")


def iter_sentences(
    body: str, known_sources: Mapping[str, str] | None = None, *, language: str = "en"
) -> Iterator[Sentence]:
    """Split, score and attribute ``body`` one sentence at a time (flat memory)."""
    ctx = make_context(known_sources, language=language)
    for start, end in iter_sentence_spans(body):
        text = body[start:end]
        words = word_sets(text)
        found = attribute_sentence(text, start, ctx, words)
        score, reasons = score_sentence(text, attributed=bool(found.attributions), words=words)
        yield Sentence(
            text=text,
            start=start,
            end=end,
            checkworthiness=score,
            checkworthy=score >= CHECKWORTHY_THRESHOLD,
            reasons=reasons,
            claimant=found.claimant,
            attributions=found.attributions,
        )


def guess_language(body: str) -> str:
    """ "en" when common English function words are frequent, else "und" (undetermined)."""
    sample = body[:5000]
    words = len(_WORD.findall(sample))
    if not words:
        return "und"
    return "en" if len(_ENGLISH.findall(sample.lower())) / words > 0.08 else "und"
