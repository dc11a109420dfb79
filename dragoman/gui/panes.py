"""The source and English panes: read-only text, sentence-aware (translateLocally's view).

A :class:`SentencePane` shows one text and knows where each sentence lies in it (code-point
spans, converted to Qt's UTF-16 positions). It reports the sentence under the mouse and the one
clicked, and paints highlights with ExtraSelections by layer (hover, selection, mentions, flags,
find), so one kind of highlight never erases another.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPalette, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from .textmap import Span, Utf16Map, span_at

# Highlight layers, painted in this order (later ones on top).
LAYERS = ("flags", "find", "mentions", "hover", "selected")
# Pending sentences are greyed one ExtraSelection each; past this many (a book-length paste) they
# stay plain "…": 10,000 selections took ~0.35 s per update.
MAX_MUTED = 400


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
        self._spans: list[Span] = []
        self._by_id: dict[int, Span] = {}
        # What each layer paints, as code-point ranges; selections are rebuilt from these on every
        # repaint, so a palette change (light/dark) re-colours every layer.
        self._ranges: dict[str, list[tuple[int, int]]] = {name: [] for name in LAYERS}
        self._tooltips: dict[int, str] = {}
        self._hovered = -1
        self._hovered_piece = (-1, -1)
        # Pieces of long sentences, as (start, end) relative to the sentence's start in this pane.
        self._pieces: dict[int, list[tuple[int, int]]] = {}
        self._selected_ids: list[int] = []
        self._muted: set[int] = set()
        self._deferred = False  # inside one_repaint()
        self._rtl = False

    # ---- content -------------------------------------------------------------------------
    def set_content(self, text: str, spans: Sequence[Span], *, rtl: bool = False,
                    keep_scroll: bool = False) -> None:
        """Show ``text``; ``spans`` say where each sentence is (code points)."""
        scroll = self.verticalScrollBar().value()
        self._text = text
        self._map = Utf16Map(text)
        self._spans = sorted(spans, key=lambda s: s.start)
        self._by_id = {s.sentence: s for s in self._spans}
        self.set_right_to_left(rtl)  # before the text: setting it after would lay everything out twice
        self.setPlainText(text)
        self._hovered = -1
        self._hovered_piece = (-1, -1)
        for layer in ("hover", "find"):
            self._ranges[layer] = []
        self._repaint_layers()
        if keep_scroll:
            self.verticalScrollBar().setValue(scroll)

    def replace_sentences(self, texts: dict[int, str]) -> None:
        """Put new text in place of some sentences (streamed translations), editing only those
        stretches of the document, so a long article is not laid out again for every batch."""
        changed = sorted((self._by_id[i] for i in texts if i in self._by_id), key=lambda s: s.start, reverse=True)
        if not changed:
            return
        # Last to first: an edit never moves the text before it, so earlier offsets stay valid.
        for span in changed:
            new = texts[span.sentence]
            self.cursor_for_span(span.start, span.end).insertText(new)
            self._text = self._text[:span.start] + new + self._text[span.end:]
        spans, shift = [], 0
        for span in self._spans:
            length = len(texts[span.sentence]) if span.sentence in texts else span.end - span.start
            spans.append(Span(span.sentence, span.start + shift, span.start + shift + length))
            shift += length - (span.end - span.start)
        self._spans = spans
        self._by_id = {s.sentence: s for s in spans}
        self._map = Utf16Map(self._text)

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
        return list(self._spans)

    def span_of(self, sentence_id: int) -> Span | None:
        return self._by_id.get(sentence_id)

    def set_pieces(self, pieces: dict[int, list[tuple[int, int]]]) -> None:
        """The single sentences inside long ones: ``{sentence: [(start, end), ...]}``, offsets
        relative to the sentence's own start in this pane (they survive streamed edits)."""
        self._pieces = {i: list(p) for i, p in pieces.items() if p}

    def piece_at(self, sentence_id: int, offset: int) -> int:
        """The index of the piece of ``sentence_id`` holding pane offset ``offset``, or -1."""
        span = self._by_id.get(sentence_id)
        for index, (start, end) in enumerate(self._pieces.get(sentence_id, ()) if span else ()):
            if span.start + start <= offset < span.start + end:
                return index
        return -1

    def piece_range(self, sentence_id: int, piece: int) -> tuple[int, int] | None:
        """Piece ``piece`` of a sentence as absolute pane offsets, clipped to the sentence."""
        span, pieces = self._by_id.get(sentence_id), self._pieces.get(sentence_id, [])
        if span is None or not 0 <= piece < len(pieces):
            return None
        start, end = (min(span.end, span.start + max(0, edge)) for edge in pieces[piece])
        return (start, end) if end > start else None

    # ---- positions -----------------------------------------------------------------------
    def cursor_for_span(self, start: int, end: int) -> QTextCursor:
        """A cursor selecting code points ``start:end`` of the pane's text."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_qt(start))
        cursor.setPosition(self._map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def offset_at(self, point: QPoint) -> int:
        """The code-point offset of the character at viewport ``point``."""
        return self._map.from_qt(self.cursorForPosition(point).position())

    def sentence_at(self, point: QPoint) -> int:
        span = span_at(self._spans, self.offset_at(point))
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
        if not self._spans:
            return -1, 0.0
        x = self.viewport().width() - 4 if self._rtl else 4
        offset = self.offset_at(QPoint(x, 1))
        span = next((s for s in self._spans if s.end > offset), self._spans[-1])
        top, bottom = self._extent(span)
        fraction = (self.verticalScrollBar().value() - top) / (bottom - top)
        return span.sentence, min(1.0, max(0.0, fraction))

    def scroll_to_anchor(self, sentence_id: int, fraction: float) -> None:
        """Scroll so the top edge is ``fraction`` of the way through the sentence."""
        span = self._by_id.get(sentence_id)
        if span is not None:
            top, bottom = self._extent(span)
            self.verticalScrollBar().setValue(round(top + fraction * (bottom - top)))

    def scroll_to_sentence(self, sentence_id: int, *, top: bool = True) -> None:
        """Scroll so the sentence starts at the top (``top``) or is just visible."""
        span = self._by_id.get(sentence_id)
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
        self._ranges[layer] = [(start, end) for start, end in ranges if end > start]
        self._repaint_layers()

    def _layer_selections(self, layer: str) -> list[QTextEdit.ExtraSelection]:
        if layer == "flags":
            return self._flag_selections()
        fmt = self._background(layer)
        return [self._selection(start, end, fmt) for start, end in self._ranges[layer]]

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
        if self._deferred:
            return
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
        spans = [self._by_id[i] for i in ids if i in self._by_id]
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
        self._repaint_layers()

    def set_flags(self, reasons: dict[int, str], muted: Iterable[int] = ()) -> None:
        """Mark sentences with a reason (shown on hover) and grey out ``muted`` ones (pending)."""
        self._tooltips = dict(reasons)
        self._muted = set(muted)
        self._repaint_layers()

    def _flag_selections(self) -> list[QTextEdit.ExtraSelection]:
        flagged = QTextCharFormat()
        flagged.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        flagged.setUnderlineColor(QColor("#d1242f"))
        pending = QTextCharFormat()
        pending.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        spans = self._by_id.items()
        flags = [self._selection(s.start, s.end, flagged) for i, s in spans if i in self._tooltips]
        if len(self._muted) > MAX_MUTED:  # greying thousands of placeholders costs more than it tells
            return flags
        return flags + [self._selection(s.start, s.end, pending) for i, s in spans if i in self._muted]

    def flag_reason(self, sentence_id: int) -> str | None:
        return self._tooltips.get(sentence_id)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # dark/light switch: recompute tints
            self._repaint_layers()

    # ---- mouse ---------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        offset = self.offset_at(event.position().toPoint())
        span = span_at(self._spans, offset)
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
