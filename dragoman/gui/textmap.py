"""Offsets between Python strings and Qt documents, and the layout of the English pane (no Qt).

Article offsets are Python ``str`` indices (code points). A QTextDocument counts UTF-16 code
units, so every character outside the Basic Multilingual Plane (emoji, some CJK) takes two
positions there. :class:`Utf16Map` converts between the two in O(log n).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # characters that take two UTF-16 positions


def has_astral(text: str) -> bool:
    """True when ``text`` has a character outside the Basic Multilingual Plane."""
    return ASTRAL.search(text) is not None


class Utf16Map:
    """Converts code-point offsets of ``text`` to UTF-16 positions and back."""

    def __init__(self, text: str) -> None:
        # Code-point indices of the astral characters, in order; empty for the common case. A
        # regex scans in C: max(text) took 40 ms on a 760 KB article, on the UI thread.
        self._astral = [m.start() for m in ASTRAL.finditer(text)]
        self._astral16 = [i + n for n, i in enumerate(self._astral)]  # their UTF-16 positions

    def extend(self, text: str, offset: int) -> None:
        """``text`` was appended at code-point ``offset`` (the end of what the map covered)."""
        for match in ASTRAL.finditer(text):
            self._astral16.append(offset + match.start() + len(self._astral))
            self._astral.append(offset + match.start())

    def has_astral(self) -> bool:
        """True when some character takes two UTF-16 positions (else offsets equal positions)."""
        return bool(self._astral)

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
                       translations: Iterable[str | None], placeholder: str = "…") -> tuple[str, list[Span]]:
    """The English text laid out like the source (same line and paragraph breaks) and its spans.

    ``spans`` are the source sentences as ``(id, start, end)``; ``translations[i]`` is the English
    of the i-th span or None while it is not translated (shown as ``placeholder``); "" shows nothing.
    """
    text, out = "", []
    for piece, piece_spans in layout_pieces(source, spans, translations, placeholder, len(spans) or 1):
        text, out = piece, piece_spans  # one piece holds them all
    return text, out


def layout_pieces(source: str, spans: Sequence[tuple[int, int, int]], translations: Iterable[str | None],
                  placeholder: str = "…", size: int = 1000) -> Iterator[tuple[str, list[Span]]]:
    """:func:`layout_translation` ``size`` sentences at a time: each piece's text (with the
    separator before its first sentence) and its spans, relative to the piece's start. Joined, the
    pieces are the whole layout. ``translations`` is read as the pieces are made (a generator over
    the sentences gives each piece the English they have by then)."""
    english = iter(translations)
    previous_end: int | None = None
    for first in range(0, len(spans), size):
        parts: list[str] = []
        out: list[Span] = []
        length = 0
        for (sentence_id, start, end), shown in zip(spans[first:first + size], english):
            if previous_end is not None:
                gap = separator(source, previous_end, start)
                parts.append(gap)
                length += len(gap)
            piece = shown if shown is not None else placeholder
            parts.append(piece)
            out.append(Span(sentence_id, length, length + len(piece)))
            length += len(piece)
            previous_end = end
        yield "".join(parts), out


def span_at(spans: Sequence[Span], offset: int) -> Span | None:
    """The span containing ``offset`` (spans sorted by start), if any."""
    starts = [s.start for s in spans]
    index = bisect_right(starts, offset) - 1
    if index >= 0 and spans[index].start <= offset < max(spans[index].end, spans[index].start + 1):
        return spans[index]
    return None


class SpanIndex:
    """A pane's sentence spans in text order, found by id or by offset in O(log n) and resized in
    place (a streamed translation) in O(log n): no lookup or edit walks the whole article.

    Each sentence owns a *slot*: the gap before it plus its own text. A Fenwick tree over the slot
    sizes gives any sentence's end as a prefix sum, and the sentence at an offset as the first slot
    whose prefix sum passes it. Spans must not overlap (a pane's sentences never do).
    """

    def __init__(self, spans: Sequence[Span] = ()) -> None:
        ordered = sorted(spans, key=lambda s: s.start)
        self._ids = [s.sentence for s in ordered]
        self._order = {s.sentence: i for i, s in enumerate(ordered)}
        self._lengths = [s.end - s.start for s in ordered]
        previous, slots = 0, []
        for span in ordered:
            slots.append(max(0, span.start - previous) + (span.end - span.start))
            previous = max(previous, span.end)
        self._tree = [0] * (len(slots) + 1)
        for i, size in enumerate(slots, start=1):  # the O(n) Fenwick build
            self._tree[i] += size
            parent = i + (i & -i)
            if parent <= len(slots):
                self._tree[parent] += self._tree[i]
        self._top = 1 << len(slots).bit_length() if slots else 0

    def extend(self, spans: Sequence[Span]) -> None:
        """Add ``spans`` (in text order, none before the last span's end) after the others, in
        O(log n) each: a pane whose text arrives in pieces indexes each piece as it comes."""
        for span in spans:
            last_end = self._end(len(self._ids) - 1) if self._ids else 0
            if span.start < last_end or span.sentence in self._order:
                raise ValueError(f"span {span} does not follow the indexed spans")
            i = len(self._ids) + 1  # its Fenwick index: it covers the slots (i - lowbit(i), i]
            size = span.start - last_end + (span.end - span.start)
            low = i - (i & -i)
            covered = (self._end(i - 2) if i >= 2 else 0) - (self._end(low - 1) if low >= 1 else 0)
            self._order[span.sentence] = len(self._ids)
            self._ids.append(span.sentence)
            self._lengths.append(span.end - span.start)
            self._tree.append(size + covered)
        self._top = 1 << len(self._ids).bit_length() if self._ids else 0

    def __len__(self) -> int:
        return len(self._ids)

    def _end(self, position: int) -> int:
        """The end offset of the sentence at ``position`` in text order (a prefix sum)."""
        total, i = 0, position + 1
        while i > 0:
            total += self._tree[i]
            i -= i & -i
        return total

    def _add(self, position: int, delta: int) -> None:
        i = position + 1
        while i < len(self._tree):
            self._tree[i] += delta
            i += i & -i

    def _span(self, position: int) -> Span:
        end = self._end(position)
        return Span(self._ids[position], end - self._lengths[position], end)

    def get(self, sentence_id: int) -> Span | None:
        """The span of sentence ``sentence_id``, or None when the pane does not show it."""
        position = self._order.get(sentence_id)
        return None if position is None else self._span(position)

    def position(self, sentence_id: int) -> int:
        """Where sentence ``sentence_id`` is in text order (0 for the first)."""
        return self._order[sentence_id]

    def __contains__(self, sentence_id: int) -> bool:
        return sentence_id in self._order

    def _first_ending_after(self, offset: int) -> int:
        """The first position whose span ends after ``offset`` (len(self) when none does)."""
        position, remaining, step = 0, offset, self._top
        while step:
            nxt = position + step
            if nxt < len(self._tree) and self._tree[nxt] <= remaining:
                position, remaining = nxt, remaining - self._tree[nxt]
            step >>= 1
        return position  # Fenwick index == 0-based position of the next slot

    def at(self, offset: int) -> Span | None:
        """The span containing ``offset`` (an empty span counts at its own start), if any."""
        position = self._first_ending_after(offset)
        if position < len(self._ids):
            span = self._span(position)
            if span.start <= offset:
                return span
        if position > 0 and self._lengths[position - 1] == 0:
            span = self._span(position - 1)
            if span.start == offset:
                return span
        return None

    def first_ending_after(self, offset: int) -> Span | None:
        """The first span ending after ``offset``, else the last span (what scroll sync needs)."""
        if not self._ids:
            return None
        return self._span(min(self._first_ending_after(offset), len(self._ids) - 1))

    def between(self, start: int, end: int) -> list[Span]:
        """The spans that end after ``start`` and begin before ``end`` (those shown in a stretch
        of text), found in O(k log n) for k spans."""
        out, position = [], self._first_ending_after(start)
        while position < len(self._ids):
            span = self._span(position)
            if span.start >= end:
                break
            out.append(span)
            position += 1
        return out

    def resize(self, sentence_id: int, length: int) -> None:
        """Sentence ``sentence_id`` now has ``length`` characters; every later span moves."""
        position = self._order[sentence_id]
        self._add(position, length - self._lengths[position])
        self._lengths[position] = length

    def spans(self) -> list[Span]:
        """Every span in text order (O(n): for tests and whole-article work, not per event)."""
        out, end = [], 0
        for position, sentence_id in enumerate(self._ids):
            end = self._end(position)
            out.append(Span(sentence_id, end - self._lengths[position], end))
        return out
