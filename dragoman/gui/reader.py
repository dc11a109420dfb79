"""Source and English side by side, scrolling together sentence by sentence.

:class:`ReaderView` owns the two :class:`SentencePane`s, their headers (language, model label,
"demo model" badge, the missing-model notice with its button) and the links between them:
hovering or clicking a sentence highlights it and its counterpart, and scrolling one pane brings
the same sentence to the top of the other.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSplitter, QVBoxLayout, QWidget

from dragoman.article.analysis import Analysis, Mention, SentenceResult
from dragoman.article.langdata import direction
from dragoman.article.report import needs_checking

from .firstrun import FirstRunCard
from .panes import SentencePane
from .textmap import Span, layout_pieces, layout_translation
from .trust import model_line, sentence_reason

INCREMENTAL_LIMIT = 48  # a short article re-laid out whole past this many arrivals (see flush_english)
SMALL_ARTICLE = 400  # sentences: below this, one new layout is cheaper than many edits
EDITS_PER_TURN = 150  # a long article's arrivals are written this many at a time, one batch per turn
# A long article's English is laid out this many sentences a turn (13,600 sentences at once, a
# 2 M-character file, held the window for 150-230 ms); the pane shows each piece as it comes.
BUILD_SENTENCES = 1000

def name_words(name: str) -> list[str]:
    """The words of an English name worth finding on their own ("Kassym-Jomart Tokayev" →
    Kassym-Jomart, Tokayev); initials and short particles are left out."""
    return [w for w in re.findall(r"[^\W\d_][\w'’-]*", name) if len(w) >= 3]


def find_words(text: str, start: int, end: int, words: Sequence[str]) -> list[tuple[int, int]]:
    """Where whole ``words`` occur in ``text[start:end]`` (case-insensitive), as absolute ranges."""
    if not words:
        return []
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(text, start, end)]


def shown_english(sentence: SentenceResult) -> str:
    """What the English pane shows for a sentence: its English, nothing when its English is in a
    neighbour's line (imported English), "…" while it has none."""
    if sentence.translation:
        return sentence.translation
    return "" if sentence.english_with is not None else "…"


def check_count_line(flagged: int, total: int) -> str:
    """ "3 of 40 sentences need checking" (trust.checking_summary's wording, from the counts)."""
    verb = "needs" if flagged == 1 else "need"
    return f"{flagged} of {total} sentence{'s' if total != 1 else ''} {verb} checking"


class ElidedLabel(QLabel):
    """A one-line label that fits its width: a text too long for it ends in "…" at a character
    boundary (never cut mid-letter), and the whole text is its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._full = ""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        """Show ``text``, elided to the width the layout gives."""
        self._full = text
        self.setToolTip(text)
        self._elide()

    def text(self) -> str:
        """The text as given (callers read what they set); :meth:`shown_text` is what fits."""
        return self._full

    def full_text(self) -> str:
        """The text as given, before eliding."""
        return self._full

    def shown_text(self) -> str:
        """The text as drawn: elided with "…" when the label is too narrow for all of it."""
        return super().text()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._elide()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._elide()

    def _elide(self) -> None:
        # A hidden label has no width the layout gave it yet: it is elided once shown.
        if not self.isVisible():
            super().setText(self._full)
            return
        width = self.contentsRect().width()
        super().setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))


class _Header(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(f"<b>{title}</b>", self)
        self.detail = ElidedLabel(self)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long model name is elided, and must not push the splitter (the source pane shrank).
        self.detail.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.badge = QLabel("demo model", self)
        self.badge.setObjectName("demoBadge")
        self.badge.setToolTip("A small demonstration model built by the Dragoman team: "
                              "it knows a few hundred phrases, so its English is only indicative.")
        self.badge.setStyleSheet("QLabel#demoBadge { background: #bf8700; color: white; "
                                 "border-radius: 3px; padding: 1px 6px; font-weight: bold; }")
        self.badge.hide()
        self.checks = QLabel(self)
        self.checks.setObjectName("checkCount")
        self.checks.setStyleSheet("QLabel#checkCount { color: #d1242f; }")
        self.checks.hide()
        self.progress = QLabel(self)  # "showing 4,000 of 13,629 sentences" while a long text loads
        self.progress.setObjectName("loadProgress")
        self.progress.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.title)
        layout.addWidget(self.detail, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.checks)
        layout.addWidget(self.badge)

    def show_progress(self, shown: int, total: int) -> None:
        """How much of a long text is in its pane; hidden once all of it is."""
        self.progress.setText(f"showing {shown:,} of {total:,} sentences…")
        self.progress.setVisible(shown < total)


class ReaderView(QWidget):
    """The two article panes, their headers and the sentence links between them."""

    sentenceActivated = Signal(int)
    modelManagerRequested = Signal()
    englishUpdated = Signal()  # the English pane and its marks were brought up to date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = SentencePane("sourcePane", self)
        self.source.setAccessibleName("Source article")
        self.english = SentencePane("englishPane", self)
        self.english.setAccessibleName("English translation")
        self.source_header = _Header("Source", self)
        self.english_header = _Header("English", self)
        self.notice = FirstRunCard(self)
        self.notice_text, self.notice_button = self.notice.text, self.notice.button  # older names, kept
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("readerSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._column(self.source_header, self.source))
        self.splitter.addWidget(self._column(self.english_header, self.notice, self.english))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._analysis: Analysis | None = None
        self.translation_enabled = True  # the person's "translate automatically" choice
        self._source_text = ""
        self._syncing = False
        self._arrived: dict[int, None] = {}  # translated since the English pane was last updated
        self._starts: list[int] = []  # the sentences' source starts, for finding them by offset
        self._flagged: set[int] = set()  # sentences whose English needs checking
        self._mention_ids: list[int] = []  # sentences whose English is marked for the chosen official
        self._mention_words: list[str] = []  # the official's English name, word by word
        self._rerender = QTimer(self)  # coalesces streamed sentences into one update
        self._rerender.setSingleShot(True)
        self._rerender.setInterval(40)
        self._rerender.timeout.connect(self.flush_english_later)
        self._build: Iterator[tuple[str, list[Span]]] | None = None  # the English still to lay out
        self._builder = QTimer(self)  # lays out the next piece of a long article's English
        self._builder.setSingleShot(True)
        self._builder.setInterval(0)
        self._builder.timeout.connect(self._build_step)
        self.source.loadProgress.connect(self.source_header.show_progress)
        self.english.loadProgress.connect(self.english_header.show_progress)
        self._render_later = QTimer(self)  # a long article's first English layout, one turn on
        self._render_later.setSingleShot(True)
        self._render_later.setInterval(0)
        self._render_later.timeout.connect(self.render_english)
        self.notice.modelManagerRequested.connect(self.modelManagerRequested)
        self.english_header.checks.linkActivated.connect(lambda _link: self.step_flagged(1))
        for pane, other in ((self.source, self.english), (self.english, self.source)):
            pane.pieceHovered.connect(self._hover)
            pane.sentenceClicked.connect(self.sentenceActivated)
            pane.verticalScrollBar().valueChanged.connect(
                lambda _value, pane=pane, other=other: self._sync_scroll(pane, other))

    @staticmethod
    def _column(*widgets: QWidget) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for widget in widgets:
            layout.addWidget(widget, 1 if isinstance(widget, SentencePane) else 0)
        layout.addStretch(0)  # takes the room only when the pane is hidden (no model: just the card)
        return column

    # ---- content -------------------------------------------------------------------------
    def show_analysis(self, text: str, analysis: Analysis) -> None:
        """Show a new article: the source now, the English as far as it is translated."""
        self._analysis = analysis
        self._source_text = text
        self._builder.stop()  # the previous article's English layout, if it was still coming
        self._build = None
        self._arrived.clear()  # the previous article's arrivals and marks mean nothing here
        self._flagged = set()
        self._starts = [s.start for s in analysis.sentences]
        spans = [Span(s.id, s.start, s.end) for s in analysis.sentences]
        # The previous article's highlights mean nothing here, and their ranges may lie past the
        # end of the new text: drop them before the new text is laid out.
        self.source.clear_highlights()
        self.english.clear_highlights()
        self.source.set_content(text, spans, rtl=direction(analysis.language, text) == "rtl")
        self._mention_ids, self._mention_words = [], []
        confidence = f"{analysis.language_confidence:.0%}" if analysis.language_confidence else ""
        self.source_header.detail.setText(f"{analysis.language_name} {confidence}".strip())
        self.show_translation_info()
        self.source.verticalScrollBar().setValue(0)
        if len(analysis.sentences) > SMALL_ARTICLE:
            # A long article's English is laid out on the next turn: the source, the English and
            # the panels in one turn stalled the window ~200 ms. The old English goes at once.
            self.english.set_content("", [])
            self._render_later.start()
        else:
            self.render_english()

    def show_translation_info(self) -> None:
        """The model label, the demo badge, the check count and the first-run card, from the analysis."""
        if self._analysis is None:
            return
        info = self._analysis.translation
        self.english_header.detail.setText(model_line(info))  # elided when narrow; all of it as tooltip
        self.english_header.badge.setVisible(bool(info.model and info.demo))
        has_english = bool(info.model) or self._analysis.language == "en"
        self.notice.show_for(self._analysis, self.translation_enabled)
        self.english.setVisible(has_english)
        self.notice.fill_column(not has_english)  # the card, not a grey gap, fills the column
        self._show_check_count()

    def _show_check_count(self) -> None:
        text = self._count_text()
        header = self.english_header.checks
        header.clear()  # rich text keeps the link colour it was laid out with; lay it out anew
        header.setText(f"<a href='next'>{text}</a>" if text else "")
        header.setToolTip("Go to the next sentence to check (F7; Shift+F7 goes back)" if text else "")
        header.setVisible(bool(text))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the count's link colour follows the theme
            self._show_check_count()

    def _count_text(self) -> str:
        """The English header's count, from the flagged set kept up to date (no scan per update)."""
        if self._analysis is None or not self._flagged:
            return ""
        return check_count_line(len(self._flagged), len(self._analysis.sentences))

    def flagged(self) -> list[int]:
        """Ids of the sentences whose English needs checking."""
        return sorted(self._flagged)

    def step_flagged(self, delta: int) -> int:
        """Select the next (+1) or previous (-1) sentence to check after the selected one, wrapping
        around; returns its id, or -1 when nothing needs checking."""
        ids = self.flagged()
        if not ids:
            return -1
        current = self.source._selected_ids[0] if self.source._selected_ids else None
        if current is None:
            target = ids[0] if delta > 0 else ids[-1]
        elif delta > 0:
            target = next((i for i in ids if i > current), ids[0])
        else:
            target = next((i for i in reversed(ids) if i < current), ids[-1])
        self.show_sentences([target])
        return target

    def schedule_english(self, sentence_id: int) -> None:
        """Sentence ``sentence_id`` was translated: show it soon (many arrivals, one update)."""
        self.english_changed([sentence_id])

    def english_changed(self, ids: Iterable[int]) -> None:
        """Sentences' English changed (the document says which): show them soon, together."""
        for sentence_id in ids:
            self._arrived[sentence_id] = None
        if self._arrived and not self._rerender.isActive():
            self._rerender.start()

    def flush_english(self, everything: bool = True) -> None:
        """Write the translations that arrived into the English pane, in place. A long article's
        flood of arrivals is written a batch per event-loop turn (``everything=False``, the
        timer's way), so no single turn edits thousands of blocks; ``everything`` writes all now."""
        self._rerender.stop()
        if self._render_later.isActive():
            self.render_english()  # not laid out yet: this writes every arrival too
            return
        if self._analysis is None or not self._arrived:
            return
        sentences = self._analysis.sentences
        if len(sentences) <= SMALL_ARTICLE and len(self._arrived) > INCREMENTAL_LIMIT:
            # Qt lays out the rest of a short document after each edit: past a few dozen edits,
            # one new layout is cheaper (and, the article being short, quick).
            self.render_english()
            return
        while self._arrived:
            ids = list(self._arrived)[:EDITS_PER_TURN]
            for sentence_id in ids:
                del self._arrived[sentence_id]
            self._write_english([i for i in ids if 0 <= i < len(sentences)])
            if not everything and self._arrived:
                self._rerender.start(0)  # the rest next turn: the person's events come first
                return

    def flush_english_later(self) -> None:
        """The coalescing timer's slot: one batch now, the rest on later turns."""
        self.flush_english(everything=False)

    def _write_english(self, ids: list[int]) -> None:
        sentences = self._analysis.sentences if self._analysis else []
        texts = {i: shown_english(sentences[i]) for i in ids}
        self._syncing = True  # the edits move the scroll bar; that is not the person scrolling
        try:
            self.english.replace_sentences(texts)
        finally:
            self._syncing = False
        self._refresh_english_marks(ids)

    def refresh_checks(self) -> None:
        """The sentences' checks changed (a recheck, imported English): mark them again."""
        self.show_translation_info()
        self._refresh_english_marks()

    def _refresh_english_marks(self, ids: Sequence[int] | None = None) -> None:
        """Mark the English again: every sentence (``ids`` None), or only the sentences ``ids``."""
        with self.english.one_repaint():
            self._mark_sentences(ids)
            self._marks_done()

    def _mark_sentences(self, ids: Sequence[int] | None) -> None:
        """The flag, pending and piece marks of every sentence (``ids`` None) or of ``ids``."""
        all_sentences = self._analysis.sentences if self._analysis else []
        sentences = all_sentences if ids is None else [all_sentences[i] for i in ids]
        reasons = {s.id: sentence_reason(s) for s in sentences}
        if ids is None:
            self._flagged = {s.id for s in sentences if needs_checking(s)}
            pending = [s.id for s in sentences if s.translation is None]
            self.english.set_flags({i: r for i, r in reasons.items() if r}, pending)
        else:
            self._flagged.difference_update(ids)
            self._flagged.update(s.id for s in sentences if needs_checking(s))
            self.english.update_flags(reasons, [s.id for s in sentences if s.translation is not None])
        self._set_pieces(sentences, whole=ids is None)

    def _marks_done(self) -> None:
        """What follows new marks: the count of sentences to check, the selection, the mentions."""
        self._show_check_count()
        self.englishUpdated.emit()
        self.english.highlight_sentences(self.source._selected_ids)
        self._highlight_english_mentions()

    def render_english(self) -> None:
        """Lay out the whole English pane from the analysis as it is now, keeping the scroll position.
        A long article's goes in pieces of BUILD_SENTENCES sentences, one a turn (the first now);
        each reads the English its sentences have by then, and arrivals meanwhile are written in
        place as usual. The marks follow once the last piece is in."""
        self._rerender.stop()
        self._render_later.stop()
        self._builder.stop()
        self._build = None
        self._arrived.clear()
        if self._analysis is None:
            return
        sentences = self._analysis.sentences
        spans = [(s.id, s.start, s.end) for s in sentences]
        english = (shown_english(s) for s in sentences)
        self._syncing = True  # replacing the text moves the scroll bar; that is not the person scrolling
        try:
            if len(sentences) <= BUILD_SENTENCES:
                text, english_spans = layout_translation(self._source_text, spans, english)
                self.english.set_content(text, english_spans, keep_scroll=True)
            else:
                self.english.begin_content(keep_scroll=True, sentences=len(sentences))
                self._build = layout_pieces(self._source_text, spans, english, size=BUILD_SENTENCES)
                # Each piece's marks come with it (_build_step): one pass over 10,000 sentences'
                # checks at the end of the layout was an ~85 ms stall.
                self._flagged = set()
                self.english.set_flags({}, [s.id for s in sentences if s.translation is None])
                self._set_pieces([], whole=True)
        finally:
            self._syncing = False
        if self._build is None:
            self._refresh_english_marks()
        else:
            self._build_step()

    def _build_step(self) -> None:
        """The next piece of a long article's English (the builder's slot), or its end."""
        if self._build is None:
            return
        piece = next(self._build, None)
        self._syncing = True
        try:
            if piece is not None:
                self.english.add_content(*piece)
                self._mark_sentences([span.sentence for span in piece[1]])
            else:
                self.english.end_content()
        finally:
            self._syncing = False
        if piece is not None:
            self._builder.start()
            return
        self._build = None
        self._marks_done()

    def is_laying_out(self) -> bool:
        """True while a long article's English is still being laid out (or going into its pane)."""
        return self._build is not None or self.english.is_loading()

    def clear(self) -> None:
        self._analysis = None
        self._render_later.stop()
        self._builder.stop()
        self._build = None
        self.source.set_content("", [])
        self.english.set_content("", [])

    # ---- links between the panes ---------------------------------------------------------
    def _set_pieces(self, sentences: Sequence[SentenceResult], whole: bool = True) -> None:
        """Where each piece of a long quotation lies inside its sentence, in both panes: for every
        sentence (``whole``), or for just ``sentences``, the rest kept."""
        source: dict[int, list[tuple[int, int]]] = {}
        english: dict[int, list[tuple[int, int]]] = {}
        for s in sentences:
            many = len(s.pieces) > 1
            source[s.id] = [(p.start - s.start, p.end - s.start) for p in s.pieces] if many else []
            english[s.id] = [(p.en_start, p.en_end) for p in s.pieces] if many and s.translation is not None else []
        if whole:
            self.source.set_pieces(source)
            self.english.set_pieces(english)
        else:
            self.source.update_pieces(source)
            self.english.update_pieces(english)

    def _hover(self, sentence_id: int, piece: int) -> None:
        """Light the sentence under the mouse in both panes; inside a long quotation, only the
        piece (one sentence of it) and that piece's English."""
        ranges = [pane.piece_range(sentence_id, piece) for pane in (self.source, self.english)]
        if piece >= 0 and all(ranges):
            for pane, found in zip((self.source, self.english), ranges):
                if found is not None:  # all() above: never None here
                    pane.highlight_ranges([found], "hover")
            return
        self.source.highlight_sentence(sentence_id, "hover")
        self.english.highlight_sentence(sentence_id, "hover")

    def show_sentences(self, ids: Sequence[int], scroll: bool = True) -> None:
        """Select sentences in both panes and bring the first into view."""
        self.source.highlight_sentences(ids)
        self.english.highlight_sentences(ids)
        if scroll and ids:
            self.source.scroll_to_sentence(ids[0], top=False)
            self.english.scroll_to_sentence(ids[0], top=False)

    def show_mentions(self, mentions: Sequence[Mention], english_name: str = "") -> None:
        """Highlight mentions (source spans) in the source and their places in the English.

        The English has no word alignment: in each sentence that holds a mention, the words of
        ``english_name`` are marked where the translation has them, else the whole sentence.
        """
        self.source.highlight_ranges([(m.start, m.end) for m in mentions], "mentions")
        self._mention_ids = self.sentences_of(mentions)
        self._mention_words = name_words(english_name)
        self._highlight_english_mentions()
        if mentions:
            first = self.source.cursor_for_span(mentions[0].start, mentions[0].start)
            self.source.setTextCursor(first)
            self.source.ensureCursorVisible()

    def _highlight_english_mentions(self) -> None:
        text, ranges = self.english.text(), []
        for sentence_id in self._mention_ids:
            span = self.english.span_of(sentence_id)
            if span is None:
                continue
            found = find_words(text, span.start, span.end, self._mention_words)
            ranges.extend(found or [(span.start, span.end)])
        self.english.highlight_ranges(ranges, "mentions")

    def sentences_of(self, mentions: Sequence[Mention]) -> list[int]:
        """Ids of the sentences that contain the mentions, in order, each once."""
        if self._analysis is None:
            return []
        sentences = self._analysis.sentences
        ids: dict[int, None] = {}
        for mention in mentions:  # by bisection on the sentences' starts, not a scan per mention
            position = bisect_right(self._starts, mention.start) - 1
            if position >= 0 and sentences[position].start <= mention.start < sentences[position].end:
                ids[sentences[position].id] = None
        return list(ids)

    def _sync_scroll(self, pane: SentencePane, other: SentencePane) -> None:
        if self._syncing or not other.isVisible():
            return
        sentence, fraction = pane.scroll_anchor()
        if sentence < 0:
            return
        self._syncing = True
        try:
            other.scroll_to_anchor(sentence, fraction)
        finally:
            self._syncing = False

    # ---- orientation ---------------------------------------------------------------------
    def set_vertical(self, vertical: bool) -> None:
        """Stack the panes top and bottom (True) or side by side (False)."""
        self.splitter.setOrientation(Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal)

    def is_vertical(self) -> bool:
        return self.splitter.orientation() == Qt.Orientation.Vertical

    def sentence_results(self) -> list[SentenceResult]:
        return list(self._analysis.sentences) if self._analysis else []
