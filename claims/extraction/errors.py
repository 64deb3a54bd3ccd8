"""The one exception the extraction engine raises for bad input."""

from claims.engine_messages import Refusal


class ExtractionError(Refusal):
    """Input that cannot become an article; the message is shown to the end user, in their
    language through claims.engine_messages.translated (``str(exc)`` is the English)."""
