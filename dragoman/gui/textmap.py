"""Offsets between Python strings and Qt documents, and the layout of the English pane (no Qt).

Article offsets are Python ``str`` indices (code points). A QTextDocument counts UTF-16 code
units, so every character outside the Basic Multilingual Plane (emoji, some CJK) takes two
positions there. :class:`Utf16Map` converts between the two in O(log n).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass


class Utf16Map:
    """Converts code-point offsets of ``text`` to UTF-16 positions and back."""

    def __init__(self, text: str) -> None:
        # Code-point indices of the astral characters, in order; empty for the common case.
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if text and max(text) > "\uffff" else []
        self._astral16 = [i + n for n, i in enumerate(self._astral)]  # their UTF-16 positions

    def to_qt(self, offset: int) -> int:
        """The UTF-16 position of code-point offset ``offset``."""
        return offset + bisect_right(self._astral, offset - 1)

    def from_qt(self, position: int) -> int:
        """The code-point offset at UTF-16 ``position`` (the middle of a pair maps to its start)."""
        return position - bisect_left(self._astral16, position)


@dataclass(frozen=True)
class Span:
    """A sentence's place in a pane's text, in code points: ``text[start:end]``."""

    sentence: int
    start: int
    end: int


def separator(source: str, previous_end: int, next_start: int) -> str:
    """What separates two sentences in the English pane: the source's break, or one space."""
    gap = source[previous_end:next_start]
    if "\n\n" in gap or gap.count("\n") >= 2:
        return "\n\n"
    return "\n" if "\n" in gap else " "


def layout_translation(source: str, spans: Sequence[tuple[int, int, int]],
                       translations: Sequence[str | None], placeholder: str = "…") -> tuple[str, list[Span]]:
    """The English text laid out like the source (same line and paragraph breaks) and its spans.

    ``spans`` are the source sentences as ``(id, start, end)``; ``translations[i]`` is the English
    of the i-th span or None while it is not translated (shown as ``placeholder``); "" shows nothing.
    """
    parts: list[str] = []
    out: list[Span] = []
    length = 0
    previous_end: int | None = None
    for (sentence_id, start, end), english in zip(spans, translations):
        if previous_end is not None:
            gap = separator(source, previous_end, start)
            parts.append(gap)
            length += len(gap)
        piece = english if english is not None else placeholder
        parts.append(piece)
        out.append(Span(sentence_id, length, length + len(piece)))
        length += len(piece)
        previous_end = end
    return "".join(parts), out


def span_at(spans: Sequence[Span], offset: int) -> Span | None:
    """The span containing ``offset`` (spans sorted by start), if any."""
    starts = [s.start for s in spans]
    index = bisect_right(starts, offset) - 1
    if index >= 0 and spans[index].start <= offset < max(spans[index].end, spans[index].start + 1):
        return spans[index]
    return None
