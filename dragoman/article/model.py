"""The document as every layer sees it: text, language, paragraphs and sentences with spans.

Offsets are Python string indices into ``Article.text`` exactly as loaded, so
``article.text[s.start:s.end] == s.text`` for every sentence ``s``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dragoman.errors import UserFacingError


class ArticleError(UserFacingError, ValueError):
    """An input that cannot be opened as an article.

    ``str(error)`` is one sentence a person can act on ("The file is empty."), on one line:
    line breaks in the message (a file name, an OS or library message) become spaces.
    """

    def __init__(self, message: object = "", *args: object) -> None:
        super().__init__(_one_line(str(message)), *args)


def _one_line(message: str) -> str:
    return re.sub(r"\s*[\r\n\u2028\u2029\x85\v\f]+\s*", " ", message).strip()


@dataclass(frozen=True)
class Paragraph:
    id: int
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    id: int
    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True)
class LanguageGuess:
    """What the detector thinks the text is written in."""

    code: str  # ISO 639-1 ("kk", "ar", ...) or "und" when it cannot tell
    name: str  # English name of the language ("Kazakh", "Persian", "Unknown")
    confidence: float  # 0..1
    supported: bool  # one of the languages Dragoman analyses


@dataclass
class Article:
    text: str
    language: LanguageGuess
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    source: str | None = None  # file path, URL, or None for pasted text
    encoding: str | None = None  # how the bytes were decoded, when loaded from bytes
    notes: list[str] = field(default_factory=list)  # things the loader wants a person to know

    @property
    def code(self) -> str:
        return self.language.code

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence whose span contains ``offset``, if any."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None
