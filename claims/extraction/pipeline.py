"""Body text in, scored and attributed sentences out: the part shared by every loader."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace

from .attribute import attribute_sentence, make_context, names_earlier_source, word_sets
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
    cues, while attribution keeps the article's language.

    Each sentence is held back until the next one is read: a short sentence that only names
    the source of the one before ("Об этом сообщила прокуратура.", "Про це повідомила
    поліція.") lends its attributions to that sentence when it had none, in the same
    paragraph."""
    ctx = make_context(known_sources, language=language)
    held: tuple[Sentence, tuple[str, set[str]], str] | None = None
    for start, end in iter_sentence_spans(body, language):
        text = body[start:end]
        words = word_sets(text)
        own = sentence_language(text, language, words[0])
        found = attribute_sentence(text, start, ctx, words)
        score, reasons = score_sentence(
            text, attributed=bool(found.attributions), words=words, language=own or language
        )
        sentence = Sentence(
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
        if held is not None:
            earlier, earlier_words, earlier_language = held
            if (
                found.attributions
                and not earlier.attributions
                and "\n\n" not in body[earlier.end : start]
                and names_earlier_source(text, own or language)
            ):
                earlier = _lend(earlier, sentence, earlier_words, earlier_language)
            yield earlier
        held = (sentence, words, own or language)
    if held is not None:
        yield held[0]


def _lend(
    earlier: Sentence, later: Sentence, words: tuple[str, set[str]], language: str
) -> Sentence:
    """``earlier`` with the attributions of the sentence after it, scored again as an
    attributed sentence."""
    score, reasons = score_sentence(earlier.text, attributed=True, words=words, language=language)
    return replace(
        earlier,
        checkworthiness=score,
        checkworthy=score >= CHECKWORTHY_THRESHOLD,
        reasons=reasons,
        claimant=later.attributions[0].name,
        attributions=list(later.attributions),
    )
