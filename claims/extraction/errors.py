"""The one exception the extraction engine raises for bad input."""


class ExtractionError(ValueError):
    """Input that cannot become an article; the message is shown to the end user as is."""
