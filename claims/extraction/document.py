"""The engine's output: plain frozen dataclasses the Django layer turns into model rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# The Source.kind choices of the Django model; the engine only ever emits these slugs.
SOURCE_KINDS = (
    "news_outlet",
    "ngo",
    "government_body",
    "official",
    "head_of_state",
    "intercepted_communication",
    "leaked_document",
    "witness_testimony",
    "dataset",
    "academic_study",
    "court_record",
    "social_media",
    "anonymous",
    "other",
)


# The languages the engine has rules for (ISO 639-1); others get the generic rules.
SUPPORTED_LANGUAGES = ("en", "ru", "uk", "be", "pl")


@dataclass(frozen=True)
class Attribution:
    """Where the article says a statement comes from; offsets point into the body."""

    name: str
    kind: str
    cue: str
    cue_start: int
    cue_end: int
    via: str | None = None
    via_kind: str | None = None


@dataclass(frozen=True)
class Sentence:
    """One sentence of the body, ``body[start:end] == text``."""

    text: str
    start: int
    end: int
    checkworthiness: float
    checkworthy: bool
    reasons: list[str] = field(default_factory=list)
    claimant: str | None = None
    attributions: list[Attribution] = field(default_factory=list)
    # ISO 639-1 code of the sentence ("" = the document's language).
    language: str = ""


@dataclass(frozen=True)
class Document:
    """An imported article: metadata, the cleaned body and every sentence in it."""

    title: str
    body: str
    author: str = ""
    published: str | None = None
    outlet: str = ""
    language: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    # Set when the body was read from an image or scanned PDF (claims.extraction.ocr.OcrText).
    ocr: Any = field(default=None, repr=False)

    @property
    def language_supported(self) -> bool:
        """Whether the engine has rules for the article's language; when not, claims are
        still proposed, with the generic rules (numbers, names, quotes, questions)."""
        return self.language in SUPPORTED_LANGUAGES

    @property
    def claims(self) -> list[Sentence]:
        """The sentences proposed as claims."""
        return [s for s in self.sentences if s.checkworthy]

    def to_json_dict(self) -> dict[str, Any]:
        """The shape ``manage.py extract_claims --json`` prints: every sentence, flagged."""
        return {
            "title": self.title,
            "language": self.language,
            "body": self.body,
            "claims": [
                {
                    "text": s.text,
                    "start": s.start,
                    "end": s.end,
                    "checkworthiness": s.checkworthiness,
                    "checkworthy": s.checkworthy,
                    "reasons": list(s.reasons),
                    "language": s.language or self.language,
                    "attributions": [
                        {"name": a.name, "kind": a.kind, "cue": a.cue, "via": a.via}
                        for a in s.attributions
                    ],
                }
                for s in self.sentences
            ],
            **({"ocr": self.ocr.to_json_dict()} if self.ocr is not None else {}),
        }
