"""The source and English panes: read-only text, sentence-aware (translateLocally's view).

A :class:`SentencePane` shows one text and knows where each sentence lies in it (code-point
spans, converted to Qt's UTF-16 positions). It reports the sentence under the mouse and the one
clicked, and paints highlights with ExtraSelections by layer (hover, selection, mentions, flags,
find), so one kind of highlight never erases another.

Nothing here walks the whole article per event: spans live in a :class:`SpanIndex` (by id and by
offset, O(log n)), streamed English edits only the changed sentences' blocks inside one edit block,
and each layer's selections are built once and kept until that layer changes (the flag marks per
sentence), so a repaint hands Qt the cached objects instead of rebuilding thousands of cursors.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPalette, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from .textmap import Span, SpanIndex, Utf16Map, has_astral

# Highlight layers, painted in this order (later ones on top).
LAYERS = ("flags", "find", "mentions", "hover", "selected")
# Flag and pending marks are one ExtraSelection each, and Qt is handed all of them on every repaint
# (2,000 marks: ~30 ms a repaint, 120 ms to build). Past this many, only the marks of the sentences
# on screen (and a screen above and below) are handed over, again after each scroll.
ALL_MARKS = 300
# Find paints at most this many matches at once: a one-letter query on a long article has tens of
# thousands, and painting them all froze the window.
MAX_PAINTED = 500
# A long text goes into the document this many characters per event-loop turn (a 2 M-character
# file in one setPlainText froze the window for a second); the first piece shows at once, and is
# smaller (about a screen: 40,000 characters took 50 ms to lay out the first time).
LOAD_CHUNK = 40_000
FIRST_CHUNK = 10_000


def _blend(base: QColor, tint: QColor, share: float) -> QColor:
    """``tint`` mixed into ``base``: readable on light and dark palettes alike."""
    return QColor(
        round(base.red() * (1 - share) + tint.red() * share),
        round(base.green() * (1 - share) + tint.green() * share),
        round(base.blue() * (1 - share) + tint.blue() * share),
    )


class SentencePane(QTextEdit):
    """A read-only text with sentence spans, hover/click signals and layered highlights."""

    sentenceHovered = Signal(int)  # -1 when the mouse leaves every sentence
    sentenceClicked = Signal(int)
    pieceHovered = Signal(int, int)  # sentence (-1: none), piece inside it (-1: the whole sentence)
    loaded = Signal()  # the whole text is in the document (set_content fills a long one in steps)
    loadProgress = Signal(int, int)  # sentences in the document so far, of how many (a long text)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.viewport().setMouseTracking(True)
        self._text = ""
        self._map = Utf16Map("")
        self._index = SpanIndex()
        # What each layer paints, as code-point ranges; selections are rebuilt from these on every
        # repaint, so a palette change (light/dark) re-colours every layer.
        self._ranges: dict[str, list[tuple[int, int]]] = {name: [] for name in LAYERS}
        self._tooltips: dict[int, str] = {}
        # Built selections, kept until their layer changes: cursors follow document edits by
        # themselves, so only the sentences that changed need new ones.
        self._cache: dict[str, list[QTextEdit.ExtraSelection] | None] = {name: None for name in LAYERS}
        self._flag_cache: dict[int, QTextEdit.ExtraSelection] = {}
        self._muted_cache: dict[int, QTextEdit.ExtraSelection] = {}
        self._hovered = -1
        self._hovered_piece = (-1, -1)
        # Pieces of long sentences, as (start, end) relative to the sentence's start in this pane.
        self._pieces: dict[int, list[tuple[int, int]]] = {}
        self._selected_ids: list[int] = []
        self._muted: set[int] = set()
        self._deferred = False  # inside one_repaint()
        self._rtl = False
        self._loaded = 0  # code points of the text already in the document
        self._complete = True  # False while the text still comes in pieces (begin_content)
        self._screen_ids: list[int] | None = None  # sentences on screen and a screen around, kept
        self._expected = 0  # sentences the text being loaded will have (for loadProgress)
        self._restore_scroll: int | None = None  # applied once the whole text is in
        self._loader = QTimer(self)
        self._loader.setSingleShot(True)
        self._loader.setInterval(0)
        self._loader.timeout.connect(self._load_more)
        self._remark = QTimer(self)  # after a scroll: hand over the marks now on screen
        self._remark.setSingleShot(True)
        self._remark.setInterval(0)
        self._remark.timeout.connect(self._marks_scrolled)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    # ---- content -------------------------------------------------------------------------
    def set_content(self, text: str, spans: Sequence[Span], *, rtl: bool = False,
                    keep_scroll: bool = False) -> None:
        """Show ``text``; ``spans`` say where each sentence is (code points)."""
        self.begin_content(rtl=rtl, keep_scroll=keep_scroll, sentences=len(spans))
        self.add_content(text, spans)
        self.end_content()

    def begin_content(self, *, rtl: bool = False, keep_scroll: bool = False, sentences: int = 0) -> None:
        """Start showing a text that comes in pieces (:meth:`add_content`, then :meth:`end_content`):
        what was shown goes at once; ``sentences`` (how many the text will have) is for the progress.
        Until the end, highlights wait, and find, hover and the index see the pieces that came."""
        scroll = self.verticalScrollBar().value()
        self._text = ""
        self._map = Utf16Map("")
        self._index = SpanIndex()
        self._expected = sentences
        self._complete = False
        self.set_right_to_left(rtl)  # before the text: setting it after would lay everything out twice
        self._loader.stop()
        self._loaded = 0
        self.setPlainText("")
        self._hovered = -1
        self._hovered_piece = (-1, -1)
        for layer in ("hover", "find"):
            self._ranges[layer] = []
        self._invalidate(*LAYERS)  # every cursor pointed into the old document
        self._flag_cache.clear()
        self._muted_cache.clear()
        self._restore_scroll = scroll if keep_scroll else None
        self._screen_ids = None

    def add_content(self, text: str, spans: Sequence[Span]) -> None:
        """The next piece of the text, after what came before; ``spans`` are relative to the piece's
        start. The first piece goes into the document at once, later ones a part per turn."""
        offset = len(self._text)
        self._text += text
        self._map.extend(text, offset)
        if not len(self._index):
            self._index = SpanIndex([Span(s.sentence, s.start + offset, s.end + offset) for s in spans]
                                    if offset else spans)  # the O(n) build, not n appends
        else:
            self._index.extend([Span(s.sentence, s.start + offset, s.end + offset) for s in spans])
        if self._loaded == 0 and self._text:
            self._load_more()  # the first screen shows now
        elif self._loaded < len(self._text) and not self._loader.isActive():
            self._loader.start()

    def end_content(self) -> None:
        """No more pieces: once the document holds all of the text, highlights are painted and
        :attr:`loaded` is emitted."""
        self._complete = True
        if self._loaded >= len(self._text):
            self._loader.stop()
            self._load_finished()
        elif not self._loader.isActive():
            self._loader.start()

    def _chunk_end(self, start: int) -> int:
        """Where the piece of text loaded from ``start`` ends: ~LOAD_CHUNK on (the first screen:
        FIRST_CHUNK), at a line end."""
        end = min(len(self._text), start + (LOAD_CHUNK if start else FIRST_CHUNK))
        if end < len(self._text):
            newline = self._text.rfind("\n", start, end)
            end = newline + 1 if newline > start else end
        return end

    def _load_more(self) -> None:
        """Put the next piece of a long text into the document."""
        end = self._chunk_end(self._loaded)
        self._load_to(end)
        if end < len(self._text):
            self._loader.start()
        elif self._complete:
            self._load_finished()
        if self._expected > 1 and self.is_loading():
            self.loadProgress.emit(self.sentences_loaded(), self._expected)

    def sentences_loaded(self) -> int:
        """How many sentences the document holds whole so far (all of them once loaded)."""
        if not self.is_loading():
            return len(self._index)
        span = self._index.first_ending_after(self._loaded - 1) if self._loaded else None
        if span is None:
            return 0
        position = self._index.position(span.sentence)
        return position + (1 if span.end <= self._loaded else 0)

    def _load_finished(self) -> None:
        self._screen_ids = None
        self._invalidate(*LAYERS)  # selections were clipped to the part loaded so far
        self._repaint_layers()
        if self._restore_scroll is not None:
            self.verticalScrollBar().setValue(self._restore_scroll)
            self._restore_scroll = None
        if self._expected > 1:
            self.loadProgress.emit(self._expected, self._expected)
        self.loaded.emit()

    def is_loading(self) -> bool:
        """True while a long text is still going into the document (or still coming in pieces)."""
        return not self._complete or self._loaded < len(self._text)

    def finish_loading(self) -> None:
        """Put the rest of the text in now (before an edit that needs the whole document); a text
        still coming in pieces is put in as far as it came."""
        while self._loaded < len(self._text):
            self._load_more()

    def replace_sentences(self, texts: dict[int, str]) -> None:
        """Put new text in place of some sentences (streamed translations), editing only those
        stretches of the document inside one edit block (Qt lays out the changed stretch once,
        not once per sentence); the spans move in O(log n) each. While a long text is still going
        into the document, a sentence not in it yet changes only in the text still to come."""
        changed = sorted((span for span in map(self._index.get, texts) if span is not None),
                         key=lambda s: s.start)
        if not changed:
            return
        straddling = [span.end for span in changed if span.start < self._loaded < span.end]
        if straddling:  # half in the document: the rest of that sentence goes in first
            self._load_to(max(straddling))
        loaded = self._loaded
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        try:
            # Last to first: an edit never moves the text before it, so earlier offsets stay valid.
            for span in reversed(changed):
                if span.end <= loaded:
                    cursor.setPosition(self._map.to_qt(span.start))
                    cursor.setPosition(self._map.to_qt(span.end), QTextCursor.MoveMode.KeepAnchor)
                    cursor.insertText(texts[span.sentence])
        finally:
            cursor.endEditBlock()
        parts, previous = [], 0
        for span in changed:  # one pass over the text, not one copy of it per sentence
            parts += [self._text[previous:span.start], texts[span.sentence]]
            previous = span.end
            if span.end <= loaded:
                self._loaded += len(texts[span.sentence]) - (span.end - span.start)
            self._index.resize(span.sentence, len(texts[span.sentence]))
            # Their cursors collapsed with the old text: those marks are built anew.
            self._flag_cache.pop(span.sentence, None)
            self._muted_cache.pop(span.sentence, None)
        parts.append(self._text[previous:])
        self._text = "".join(parts)
        if self._map.has_astral() or any(map(has_astral, texts.values())):
            self._map = Utf16Map(self._text)  # only then do positions differ from offsets
        self._invalidate(*LAYERS)

    def _load_to(self, end: int) -> None:
        """Put the text up to ``end`` into the document now."""
        if end > self._loaded:
            cursor = QTextCursor(self.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText(self._text[self._loaded:end])
            self._loaded = end

    def set_right_to_left(self, rtl: bool) -> None:
        """Lay the document out right to left (Arabic) or left to right."""
        self._rtl = rtl
        option = QTextOption(self.document().defaultTextOption())
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        option.setTextDirection(direction)
        align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        option.setAlignment(align | Qt.AlignmentFlag.AlignAbsolute)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)

    def is_right_to_left(self) -> bool:
        return self._rtl

    def text(self) -> str:
        return self._text

    def spans(self) -> list[Span]:
        return self._index.spans()

    def span_of(self, sentence_id: int) -> Span | None:
        return self._index.get(sentence_id)

    def span_at(self, offset: int) -> Span | None:
        """The sentence span holding code-point ``offset`` (O(log n))."""
        return self._index.at(offset)

    def set_pieces(self, pieces: dict[int, list[tuple[int, int]]]) -> None:
        """The single sentences inside long ones: ``{sentence: [(start, end), ...]}``, offsets
        relative to the sentence's own start in this pane (they survive streamed edits)."""
        self._pieces = {i: list(p) for i, p in pieces.items() if p}

    def update_pieces(self, pieces: dict[int, list[tuple[int, int]]]) -> None:
        """Pieces of some sentences changed (an empty list: the sentence has none any more)."""
        for sentence_id, found in pieces.items():
            if found:
                self._pieces[sentence_id] = list(found)
            else:
                self._pieces.pop(sentence_id, None)

    def piece_at(self, sentence_id: int, offset: int) -> int:
        """The index of the piece of ``sentence_id`` holding pane offset ``offset``, or -1."""
        pieces = self._pieces.get(sentence_id)
        span = self._index.get(sentence_id) if pieces else None
        if not pieces or span is None:
            return -1
        for index, (start, end) in enumerate(pieces):
            if span.start + start <= offset < span.start + end:
                return index
        return -1

    def piece_range(self, sentence_id: int, piece: int) -> tuple[int, int] | None:
        """Piece ``piece`` of a sentence as absolute pane offsets, clipped to the sentence."""
        span, pieces = self._index.get(sentence_id), self._pieces.get(sentence_id, [])
        if span is None or not 0 <= piece < len(pieces):
            return None
        start, end = (min(span.end, span.start + max(0, edge)) for edge in pieces[piece])
        return (start, end) if end > start else None

    # ---- positions -----------------------------------------------------------------------
    def cursor_for_span(self, start: int, end: int) -> QTextCursor:
        """A cursor selecting code points ``start:end`` of the pane's text."""
        cursor = QTextCursor(self.document())
        # Clipped to the document: while a long text loads, and for ranges a caller kept from
        # an older, longer text (Qt warns "Position out of range" and the test log fails).
        last = self.document().characterCount() - 1
        cursor.setPosition(min(self._map.to_qt(start), last))
        cursor.setPosition(min(self._map.to_qt(end), last), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def offset_at(self, point: QPoint) -> int:
        """The code-point offset of the character at viewport ``point``."""
        return self._map.from_qt(self.cursorForPosition(point).position())

    def sentence_at(self, point: QPoint) -> int:
        span = self._index.at(self.offset_at(point))
        return span.sentence if span else -1

    def top_sentence(self) -> int:
        """The sentence at the top of the viewport (-1 when empty); a blank line counts as the next."""
        return self.scroll_anchor()[0]

    def _extent(self, span: Span) -> tuple[int, int]:
        """The sentence's top and bottom in document pixels (scroll-independent)."""
        scroll = self.verticalScrollBar().value()
        top = self.cursorRect(self.cursor_for_span(span.start, span.start)).top() + scroll
        bottom = self.cursorRect(self.cursor_for_span(span.end, span.end)).bottom() + scroll
        return top, max(bottom, top + 1)

    def scroll_anchor(self) -> tuple[int, float]:
        """(sentence at the top, how far through it the top edge is, 0..1): what sync scrolling keeps."""
        if not len(self._index):
            return -1, 0.0
        x = self.viewport().width() - 4 if self._rtl else 4
        span = self._index.first_ending_after(self.offset_at(QPoint(x, 1)))
        assert span is not None
        top, bottom = self._extent(span)
        fraction = (self.verticalScrollBar().value() - top) / (bottom - top)
        return span.sentence, min(1.0, max(0.0, fraction))

    def scroll_to_anchor(self, sentence_id: int, fraction: float) -> None:
        """Scroll so the top edge is ``fraction`` of the way through the sentence."""
        span = self._index.get(sentence_id)
        if span is not None:
            top, bottom = self._extent(span)
            self.verticalScrollBar().setValue(round(top + fraction * (bottom - top)))

    def scroll_to_sentence(self, sentence_id: int, *, top: bool = True) -> None:
        """Scroll so the sentence starts at the top (``top``) or is just visible."""
        span = self._index.get(sentence_id)
        if span is None:
            return
        rect = self.cursorRect(self.cursor_for_span(span.start, span.start))
        bar = self.verticalScrollBar()
        if top:
            bar.setValue(bar.value() + rect.top())
        elif rect.top() < 0 or rect.bottom() > self.viewport().height():
            bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)

    # ---- highlights ----------------------------------------------------------------------
    def _palette_color(self, kind: str) -> QColor:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        tints = {
            "hover": (palette.color(QPalette.ColorRole.Highlight), 0.18),
            "selected": (palette.color(QPalette.ColorRole.Highlight), 0.38),
            "mentions": (QColor("#f2b800"), 0.55),
            "find": (QColor("#2ea043"), 0.45),
        }
        tint, share = tints[kind]
        return _blend(base, tint, share)

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        selection.cursor = self.cursor_for_span(start, end)
        selection.format = fmt
        return selection

    def _background(self, kind: str) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setBackground(self._palette_color(kind))
        return fmt

    def _set_layer(self, layer: str, ranges: Iterable[tuple[int, int]]) -> None:
        new = [(start, end) for start, end in ranges if end > start]
        if layer == "find":
            new = new[:MAX_PAINTED]
        if new == self._ranges[layer] and self._cache[layer] is not None:
            return  # the same highlight again (hover inside one sentence): nothing to repaint
        self._ranges[layer] = new
        self._invalidate(layer)
        self._repaint_layers()

    def _invalidate(self, *layers: str) -> None:
        for layer in layers:
            self._cache[layer] = None

    def _layer_selections(self, layer: str) -> list[QTextEdit.ExtraSelection]:
        cached = self._cache[layer]
        if cached is None:
            if layer == "flags":
                cached = self._flag_selections()
            else:
                fmt = self._background(layer)
                cached = [self._selection(start, end, fmt) for start, end in self._ranges[layer]]
            self._cache[layer] = cached
        return cached

    @contextmanager
    def one_repaint(self) -> Iterator[None]:
        """Several highlight changes, painted once at the end (each repaint rebuilds every selection)."""
        self._deferred = True
        try:
            yield
        finally:
            self._deferred = False
            self._repaint_layers()

    def _repaint_layers(self) -> None:
        if self._deferred or self.is_loading():
            return  # (a loading text is painted once it is all in)
        selections: list[QTextEdit.ExtraSelection] = []
        for layer in LAYERS:
            selections.extend(self._layer_selections(layer))
        self.setExtraSelections(selections)

    def highlight_sentence(self, sentence_id: int, layer: str = "selected") -> None:
        """Highlight one sentence (``layer`` "hover" or "selected"); -1 clears the layer."""
        ids = [sentence_id] if sentence_id >= 0 else []
        self.highlight_sentences(ids, layer)

    def highlight_sentences(self, ids: Sequence[int], layer: str = "selected") -> None:
        if layer == "selected":
            self._selected_ids = list(ids)
        spans = [span for span in map(self._index.get, ids) if span is not None]
        self._set_layer(layer, [(s.start, s.end) for s in spans])

    def highlight_ranges(self, ranges: Sequence[tuple[int, int]], layer: str = "mentions") -> None:
        """Highlight code-point ranges of the pane's text (mentions, find results)."""
        self._set_layer(layer, ranges)

    def highlighted(self, layer: str) -> list[tuple[int, int]]:
        """The code-point ranges painted in ``layer`` (what a person sees highlighted)."""
        return [(self._map.from_qt(sel.cursor.selectionStart()), self._map.from_qt(sel.cursor.selectionEnd()))
                for sel in self._layer_selections(layer)]

    def clear_highlights(self) -> None:
        self._selected_ids = []
        for layer in ("hover", "selected", "mentions", "find"):
            self._ranges[layer] = []
        self._invalidate("hover", "selected", "mentions", "find")
        self._repaint_layers()

    def set_flags(self, reasons: dict[int, str], muted: Iterable[int] = ()) -> None:
        """Mark sentences with a reason (shown on hover) and grey out ``muted`` ones (pending)."""
        old = self._tooltips
        self._tooltips = dict(reasons)
        self._muted = set(muted)
        # A mark whose reason stayed is kept: its cursor still follows the sentence (re-marking
        # every sentence after the final recheck rebuilt thousands of selections at once).
        self._flag_cache = {i: sel for i, sel in self._flag_cache.items()
                            if i in self._tooltips and old.get(i) == self._tooltips[i]}
        self._muted_cache = {i: sel for i, sel in self._muted_cache.items() if i in self._muted}
        self._invalidate("flags")
        self._repaint_layers()

    def update_flags(self, reasons: dict[int, str], unmuted: Iterable[int] = ()) -> None:
        """Some sentences' marks changed: ``reasons`` gives their new reason ("" for none), and
        ``unmuted`` ones are pending no more. Only those sentences' marks are built anew."""
        for sentence_id, reason in reasons.items():
            if reason:
                self._tooltips[sentence_id] = reason
            else:
                self._tooltips.pop(sentence_id, None)
            self._flag_cache.pop(sentence_id, None)
        for sentence_id in unmuted:
            self._muted.discard(sentence_id)
            self._muted_cache.pop(sentence_id, None)
        self._invalidate("flags")
        self._repaint_layers()

    def _formats(self) -> tuple[QTextCharFormat, QTextCharFormat]:
        flagged = QTextCharFormat()
        flagged.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        flagged.setUnderlineColor(QColor("#d1242f"))
        pending = QTextCharFormat()
        pending.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        return flagged, pending

    def _marks_on_screen_only(self) -> bool:
        return len(self._tooltips) + len(self._muted) > ALL_MARKS

    def _on_screen(self) -> list[int]:
        """Ids of the sentences on screen, with a screen's height above and below. Found by hit
        testing once per scroll, resize or new text, and kept while translations arrive: a hit
        test after the edits made Qt lay the edited stretch out again there and then (40-150 ms
        stalls on a 2 M-character article); the margin covers the text the edits push down."""
        if self._screen_ids is None:
            height = self.viewport().height()
            top = self.offset_at(QPoint(0, -height))
            bottom = self.offset_at(QPoint(self.viewport().width(), 2 * height))
            self._screen_ids = [span.sentence for span in self._index.between(top, bottom + 1)]
        return self._screen_ids

    def _flag_selections(self) -> list[QTextEdit.ExtraSelection]:
        """The flag and pending marks (of the sentences on screen, for a long article), each
        sentence's built once and kept until it changes."""
        flagged, pending = self._formats()
        if self._marks_on_screen_only():
            shown = self._on_screen()
            wanted = ([i for i in shown if i in self._tooltips], [i for i in shown if i in self._muted])
        else:
            wanted = (sorted(self._tooltips), sorted(self._muted))
        marks: list[QTextEdit.ExtraSelection] = []
        for cache, ids, fmt in ((self._flag_cache, wanted[0], flagged), (self._muted_cache, wanted[1], pending)):
            for sentence_id in ids:
                if sentence_id not in cache:
                    span = self._index.get(sentence_id)
                    if span is None:
                        continue
                    cache[sentence_id] = self._selection(span.start, span.end, fmt)
                marks.append(cache[sentence_id])
        return marks

    def _scrolled(self, _value: int) -> None:
        self._screen_ids = None  # another stretch of text is on screen
        if self._marks_on_screen_only() and not self.is_loading():
            self._remark.start()  # once per turn, however many scroll steps it had

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._scrolled(0)  # another stretch of text may be on screen now

    def _marks_scrolled(self) -> None:
        self._screen_ids = None
        self._invalidate("flags")
        self._repaint_layers()

    def flag_reason(self, sentence_id: int) -> str | None:
        return self._tooltips.get(sentence_id)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # dark/light switch: recompute tints
            self._flag_cache.clear()
            self._muted_cache.clear()
            self._invalidate(*LAYERS)
            self._repaint_layers()

    # ---- mouse ---------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        offset = self.offset_at(event.position().toPoint())
        span = self._index.at(offset)
        sentence = span.sentence if span else -1
        if sentence != self._hovered:
            self._hovered = sentence
            self.sentenceHovered.emit(sentence)
        piece = (sentence, self.piece_at(sentence, offset) if sentence >= 0 else -1)
        if piece != self._hovered_piece:
            self._hovered_piece = piece
            self.pieceHovered.emit(*piece)

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        if self._hovered != -1:
            self._hovered = -1
            self.sentenceHovered.emit(-1)
        if self._hovered_piece != (-1, -1):
            self._hovered_piece = (-1, -1)
            self.pieceHovered.emit(-1, -1)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            sentence = self.sentence_at(event.position().toPoint())
            if sentence >= 0:
                self.sentenceClicked.emit(sentence)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            sentence = self.sentence_at(event.pos())
            reason = self._tooltips.get(sentence)
            if reason:
                QToolTip.showText(event.globalPos(), reason, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)
