"""The one context every analysis stage reads: the article's text, its language profile, its
tokens, paragraphs and sentences, built once per article and passed down.

Nothing here is cached between articles: a ``Document`` lives as long as one call of
``find_officials`` or ``find_quotes``. Lookups by offset use bisect, so each stage stays
linear in the article however many quotes or names it has.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from dragoman.article.model import Article, Sentence

from .lexicon import Lexicon, lexicon
from .tokens import Token, tokenize


@dataclass
class Document:
    """One article as the stages see it (see module doc)."""

    article: Article
    lex: Lexicon  # the language profile, compiled
    tokens: list[Token]
    lines: list[tuple[int, int]]  # (start, end) of every line; a line is a paragraph in news text
    _line_starts: list[int] = field(default_factory=list, repr=False)
    _sentence_starts: list[int] = field(default_factory=list, repr=False)

    @classmethod
    def of(cls, article: Article, with_tokens: bool = True) -> Document:
        """The document of ``article``; ``with_tokens=False`` skips tokenising (quotes need none)."""
        lines = split_lines(article.text)
        return cls(article, lexicon(article.code), tokenize(article) if with_tokens else [], lines,
                   [a for a, _ in lines], [s.start for s in article.sentences])

    @property
    def text(self) -> str:
        return self.article.text

    def line_at(self, offset: int) -> tuple[int, int]:
        """The (start, end) of the line that holds ``offset``."""
        return self.lines[max(0, bisect.bisect_right(self._line_starts, offset) - 1)]

    def sentences_over(self, start: int, end: int) -> list[Sentence]:
        """The sentences that overlap ``[start, end)``, in order."""
        sentences = self.article.sentences
        k = max(0, bisect.bisect_right(self._sentence_starts, start) - 1)
        found = []
        while k < len(sentences) and sentences[k].start < end:
            if start < sentences[k].end:
                found.append(sentences[k])
            k += 1
        return found


def split_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text`` (without its line break)."""
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


class SpanIndex:
    """Mentions of officials as sorted (start, end, official index), searchable by offset."""

    def __init__(self, spans: list[tuple[int, int, int]]) -> None:
        self.spans = sorted(spans)
        self._starts = [s for s, _, _ in self.spans]

    def within(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """Every mention that lies wholly inside ``[start, end)``, in order."""
        k = bisect.bisect_left(self._starts, start)
        found = []
        while k < len(self.spans) and self.spans[k][0] < end:
            if self.spans[k][1] <= end:
                found.append(self.spans[k])
            k += 1
        return found

    def starting_from(self, start: int):
        """The mentions that start at ``start`` or later, in order (lazily)."""
        for k in range(bisect.bisect_left(self._starts, start), len(self.spans)):
            yield self.spans[k]

    def first_within(self, start: int, end: int) -> int | None:
        """The official mentioned first inside ``[start, end)``, if any."""
        k = bisect.bisect_left(self._starts, start)
        while k < len(self.spans) and self.spans[k][0] < end:
            if self.spans[k][1] <= end:
                return self.spans[k][2]
            k += 1
        return None

    def latest_before(self, pos: int, limit: int) -> list[tuple[int, int, int]]:
        """At most ``limit`` mentions starting before ``pos``, the latest first."""
        k = bisect.bisect_left(self._starts, pos)
        return self.spans[max(0, k - limit):k][::-1]

    def last_before(self, pos: int, allowed=None) -> tuple[int, int, int] | None:
        """The latest mention starting before ``pos`` (of an official ``allowed`` accepts)."""
        k = bisect.bisect_left(self._starts, pos) - 1
        while k >= 0:
            if allowed is None or allowed(self.spans[k][2]):
                return self.spans[k]
            k -= 1
        return None
