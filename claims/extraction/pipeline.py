"""Body text in, scored and attributed sentences out: the part shared by every loader."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from .attribute import attribute_sentence, make_context, word_sets
from .detect import detect_language, sentence_language
from .document import SUPPORTED_LANGUAGES, Sentence
from .score import CHECKWORTHY_THRESHOLD, score_sentence
from .split import iter_sentence_spans

__all__ = ["SUPPORTED_LANGUAGES", "detect_language", "iter_sentences"]


def iter_sentences(
    body: str, known_sources: Mapping[str, str] | None = None, *, language: str = "en"
) -> Iterator[Sentence]:
    """Split, score and attribute ``body`` one sentence at a time (flat memory).

    ``language`` is the article's (ISO 639-1); a sentence in another language (a Polish
    quotation in a Russian article) gets its own code and is scored with that language's
    cues, while attribution keeps the article's language."""
    ctx = make_context(known_sources, language=language)
    for start, end in iter_sentence_spans(body, language):
        text = body[start:end]
        words = word_sets(text)
        own = sentence_language(text, language, words[0])
        found = attribute_sentence(text, start, ctx, words)
        score, reasons = score_sentence(
            text, attributed=bool(found.attributions), words=words, language=own or language
        )
        yield Sentence(
            text=text,
            start=start,
            end=end,
            checkworthiness=score,
            checkworthy=score >= CHECKWORTHY_THRESHOLD,
            reasons=reasons,
            claimant=found.claimant,
            attributions=found.attributions,
            language=own,
        )
