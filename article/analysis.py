"""The analysis of one article as plain, JSON-serialisable data.

This is the contract between the pipeline, the command line (``main.py analyze --json``)
and the window. Field names of the JSON are documented in docs/DESIGN.md.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# Flags a sentence translation may carry (see translate/).
FLAG_UNTRANSLATED = "untranslated"  # output equals the input
FLAG_REPEATED = "repeated"  # the model looped and repeated a phrase
FLAG_EMPTY = "empty"  # the model produced nothing
FLAG_TRUNCATED = "truncated"  # the input was longer than the model accepts


@dataclass
class SentenceResult:
    id: int
    start: int
    end: int
    text: str
    paragraph: int
    translation: str | None = None
    flags: list[str] = field(default_factory=list)


@dataclass
class TranslationInfo:
    model: str | None = None  # "kk→en Dragoman demo 0.1", or None when no model
    demo: bool = False
    complete: bool = False  # every sentence has its translation
    route: list[str] = field(default_factory=list)  # ["kk", "ru", "en"] when pivoting
    message: str | None = None  # "No Kazakh→English model installed", said once


@dataclass
class Summary:
    sentence_ids: list[int] = field(default_factory=list)
    text: str = ""
    algorithm: str = ""
    english: bool = False  # text is the English translation (else the source)


@dataclass
class Mention:
    start: int
    end: int
    text: str


@dataclass
class Quote:
    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_en: str | None = None
    translation: str | None = None
    official: int | None = None  # index into Analysis.officials, when resolved
    sentence_ids: list[int] = field(default_factory=list)


@dataclass
class Official:
    name: str
    name_en: str
    title: str | None = None  # as the article states it
    title_en: str | None = None
    organisation: str | None = None  # country or organisation, in English
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Analysis:
    language: str
    language_name: str
    language_confidence: float
    language_supported: bool
    source: str | None
    sentences: list[SentenceResult] = field(default_factory=list)
    translation: TranslationInfo = field(default_factory=TranslationInfo)
    summary: Summary = field(default_factory=Summary)
    quotes: list[Quote] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what could not be done, and why

    def to_json(self) -> dict[str, Any]:
        """A dict that ``json.dumps`` accepts, with the contract's keys."""
        return asdict(self)
