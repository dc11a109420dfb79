"""Find in the article: matches highlighted in the source and the English, Enter for the next.

On a long article a one-letter query matches tens of thousands of times: the search stops at
``MAX_MATCHES`` per pane and each pane paints its first ``panes.MAX_PAINTED``, so typing never
freezes the window; the count says when there are more.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from .panes import MAX_PAINTED, SentencePane
from .reader import ReaderView

MAX_MATCHES = 10_000  # per pane: past this the count says "10000+"


def find_all(text: str, needle: str, case_sensitive: bool = False,
             limit: int | None = None) -> list[tuple[int, int]]:
    """Code-point ranges of the occurrences of ``needle`` in ``text`` (the first ``limit``)."""
    if not needle:
        return []
    haystack = text if case_sensitive else text.lower()
    if len(haystack) != len(text):  # lower() changed lengths (e.g. "İ"): offsets would drift
        haystack, case_sensitive = text, True
    needle = needle if case_sensitive else needle.lower()
    ranges: list[tuple[int, int]] = []
    start = haystack.find(needle)
    while start >= 0 and (limit is None or len(ranges) < limit):
        ranges.append((start, start + len(needle)))
        start = haystack.find(needle, start + max(1, len(needle)))
    return ranges


class _Entry(QLineEdit):
    def __init__(self, bar: FindBar) -> None:
        super().__init__(bar)
        self._bar = bar

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._bar.close_bar()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._bar.previous() if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else self._bar.next()
        else:
            super().keyPressEvent(event)


class FindBar(QWidget):
    """A search line under the reader; matches in both panes, the current one selected."""

    def __init__(self, reader: ReaderView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.reader = reader
        self.entry = _Entry(self)
        self.entry.setPlaceholderText("Find in the article and its English")
        self.entry.setAccessibleName("Find text")
        self.case = QCheckBox("Match case", self)
        self.count = QLabel(self)
        previous, following, close = QToolButton(self), QToolButton(self), QToolButton(self)
        for button, text, tip, slot in ((previous, "▲", "Previous match (Shift+F3)", self.previous),
                                        (following, "▼", "Next match (F3)", self.next),
                                        (close, "✕", "Close find (Esc)", self.close_bar)):
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(slot)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        for widget in (QLabel("Find:", self), self.entry, previous, following, self.case, self.count):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(close)
        self.entry.textChanged.connect(self.refresh)
        self.case.toggled.connect(self.refresh)
        self._matches: list[tuple[SentencePane, int, int]] = []
        self._current = -1
        self.hide()

    def open(self) -> None:
        self.show()
        self.entry.setFocus()
        self.entry.selectAll()

    def close_bar(self) -> None:
        self.hide()
        for pane in (self.reader.source, self.reader.english):
            pane.highlight_ranges([], "find")

    def refresh(self) -> None:
        """Search again (text typed, article changed, English arrived)."""
        needle = self.entry.text() if self.isVisible() else ""
        self._matches = []
        more = capped = False
        for pane in (self.reader.source, self.reader.english):
            ranges = find_all(pane.text(), needle, self.case.isChecked(), limit=MAX_MATCHES + 1)
            more = more or len(ranges) > MAX_MATCHES
            ranges = ranges[:MAX_MATCHES]
            capped = capped or len(ranges) > MAX_PAINTED
            pane.highlight_ranges(ranges, "find")  # the pane paints its first MAX_PAINTED
            self._matches += [(pane, s, e) for s, e in ranges]
        self._current = -1
        self.count.setText(self._count_text(needle, more, capped))

    def _count_text(self, needle: str, more: bool, capped: bool) -> str:
        if not needle:
            return ""
        text = f"{len(self._matches)}{'+' if more else ''} found"
        return text + (f" (the first {MAX_PAINTED} in each pane highlighted)" if capped else "")

    def matches(self) -> list[tuple[SentencePane, int, int]]:
        return list(self._matches)

    def next(self) -> None:
        self._step(1)

    def previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if not self.isVisible():
            self.open()
            return
        if not self._matches:
            return
        self._current = (self._current + delta) % len(self._matches)
        pane, start, end = self._matches[self._current]
        pane.setTextCursor(pane.cursor_for_span(start, end))
        pane.ensureCursorVisible()
        self.count.setText(f"{self._current + 1} of {len(self._matches)}")
