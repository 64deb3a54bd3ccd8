"""Helpers shared by the attribution mechanism tests."""

from claims.extraction.attribute import attribute_sentence, make_context


def found_after(sentences: list[str], language: str) -> list[tuple[str, str | None]]:
    """The attributions (name, relay) of the last sentence, the earlier ones read first as
    context."""
    ctx = make_context(language=language)
    offset = 0
    result = []
    for text in sentences:
        result = attribute_sentence(text, offset, ctx).attributions
        offset += len(text) + 1
    return [(a.name, a.via) for a in result]
