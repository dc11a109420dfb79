"""The open article as one evented document on the UI thread (napari's evented models, in small).

:class:`ArticleDocument` owns the shown :class:`Analysis`. Workers never touch it: they hand back
finished values (a sentence's English with its checks, the quotes' English, a summary), and the
session passes them to the document, which changes the analysis and says *what* changed. Views
update only that: the English pane edits the changed sentences' blocks, the item models emit
``dataChanged`` for the changed rows (so a selection survives), nothing walks the whole article.

Sentence arrivals come in floods (a cached run yields hundreds at once), so the document gathers
the ids of one event-loop turn and announces them once, as one ``sentencesChanged(ids)``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from dragoman.article.analysis import Analysis


def _apply_translation() -> Callable[..., None]:
    from dragoman import pipeline  # imported on first use: gui.app's start-up import list stays short

    return pipeline.apply_translation


class ArticleDocument(QObject):
    """The analysis the window shows, and what changed in it."""

    reset = Signal(object)  # a new Analysis (or None): everything is new
    sentencesChanged = Signal(list)  # ids whose English, flags or checks changed (one turn's worth)
    checksChanged = Signal()  # every sentence's checks were recomputed (the final recheck)
    quotesChanged = Signal()  # the quotes' English (the same quotes, in the same order)
    summaryChanged = Signal(object)  # Summary
    officialsChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.analysis: Analysis | None = None
        self.translated = 0  # sentences with English, counted as they arrive (no scan per arrival)
        self._changed: dict[int, None] = {}  # ids changed this turn, in arrival order
        self._turn = QTimer(self)  # zero interval: fires once the queued arrivals are handled
        self._turn.setSingleShot(True)
        self._turn.setInterval(0)
        self._turn.timeout.connect(self.flush)

    # ---- whole-document changes ------------------------------------------------------------
    def set_analysis(self, analysis: Analysis | None) -> None:
        """Show another analysis: pending changes of the old one are dropped, not announced."""
        self._turn.stop()
        self._changed.clear()
        self.analysis = analysis
        self.translated = sum(1 for s in analysis.sentences if s.translation is not None) if analysis else 0
        self.reset.emit(analysis)

    # ---- finished values from workers ------------------------------------------------------
    def apply_sentence(self, result: Any, flags: Iterable[str], checks: Iterable[Any]) -> bool:
        """A sentence's English (a ``SentenceTranslation``) with the checks a worker found for it.
        Returns True when the sentence had no English before."""
        analysis = self.analysis
        if analysis is None or not 0 <= result.id < len(analysis.sentences):
            return False
        sentence = analysis.sentences[result.id]  # sentences are indexed by id
        first = sentence.translation is None
        _apply_translation()(analysis, result)
        sentence.flags, sentence.checks = list(flags), list(checks)
        gained = first and sentence.translation is not None
        self.translated += int(gained)
        self.mark_changed([result.id])
        return gained

    def mark_changed(self, ids: Iterable[int]) -> None:
        """Sentences changed in place: announce them at the end of this event-loop turn."""
        for sentence_id in ids:
            self._changed[sentence_id] = None
        if self._changed and not self._turn.isActive():
            self._turn.start()

    def flush(self) -> None:
        """Announce the changes gathered so far now (before a whole-document step reads them)."""
        self._turn.stop()
        if self._changed:
            ids, self._changed = list(self._changed), {}
            self.sentencesChanged.emit(ids)

    def set_checks(self, checked: list[tuple[list[str], list[Any]]]) -> None:
        """Every sentence's flags and checks, in order (the final recheck's result)."""
        assert self.analysis is not None
        self.flush()
        for sentence, (flags, checks) in zip(self.analysis.sentences, checked):
            sentence.flags, sentence.checks = flags, checks
        self.checksChanged.emit()

    def set_quote_english(self, english: list[tuple[str | None, str | None]]) -> None:
        """The quotes' English and where it came from, in the quotes' order."""
        assert self.analysis is not None
        for quote, (text, source) in zip(self.analysis.quotes, english):
            quote.translation, quote.english_source = text, source
        self.quotesChanged.emit()

    def set_summary(self, summary: Any) -> None:
        assert self.analysis is not None
        self.analysis.summary = summary
        self.summaryChanged.emit(summary)
