"""The open article and the background work on it: load, analyse, translate, re-summarise.

:class:`ArticleSession` is the window's only way to compute anything, and it computes nothing
itself: every step is a ``pipeline`` call run through gui/workers.py. Results arrive as signals in
the UI thread. A newer request makes older results stale (a generation counter), so a slow
translation of the previous article can never land in the new one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from copy import deepcopy
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from dragoman.article.analysis import Analysis
from dragoman.article.model import Article

from .messages import bus
from .workers import Worker, run_in_background


def load_file(path: str) -> Article:
    """``article.load(path)``: the window opens files exactly as the command line does."""
    from dragoman import article

    return article.load(path)


def load_text(text: str, source: str | None = None) -> Article:
    """``article.from_text(text)``: pasted text."""
    from dragoman import article

    return article.from_text(text, source=source)


def _pipeline() -> Any:
    from dragoman import pipeline  # cheap, but keeps gui.app's start-up import list minimal

    return pipeline


class ArticleSession(QObject):
    """One article at a time, and the work being done on it."""

    opened = Signal(object)  # Analysis: source, summary, quotes, officials (English may follow)
    openFailed = Signal(str)  # one sentence; the previous article stays
    sentenceTranslated = Signal(object)  # SentenceTranslation, already applied to the analysis
    translationProgress = Signal(int, int)  # done, total
    translationFinished = Signal(bool)  # True when every sentence has its English
    summaryChanged = Signal(object)  # Summary
    quotesTranslated = Signal()
    checksChanged = Signal()  # the sentences' checks were recomputed (the final recheck)
    englishImported = Signal(object)  # Analysis with the English of a file the person chose
    busyChanged = Signal(bool)

    def __init__(self, options: Any = None, parent: QObject | None = None, *, engine: Any = None) -> None:
        super().__init__(parent)
        self.engine = engine  # None: the pipeline's process-wide engine (tests pass their own)
        self.article: Article | None = None
        self.analysis: Analysis | None = None
        self.options = options if options is not None else _pipeline().Options()
        self._generation = 0
        self._translation: Worker | None = None
        self._translation_run: object | None = None  # the running translation's token
        self._workers: set[Worker] = set()
        self.translated = 0

    # ---- opening -------------------------------------------------------------------------
    def open_path(self, path: str) -> Worker:
        """Load and analyse a file in the background."""
        def op(_cancelled: Callable[[], bool]) -> tuple[Article, Analysis]:
            return self._analyse(load_file(path))

        return self._open(op, name=f"open {path}")

    def open_text(self, text: str, source: str | None = None) -> Worker:
        """Analyse pasted text in the background."""
        def op(_cancelled: Callable[[], bool]) -> tuple[Article, Analysis]:
            return self._analyse(load_text(text, source=source))

        return self._open(op, name="open pasted text")

    def open_article(self, doc: Article, name: str = "open an article") -> Worker:
        """Analyse an article already loaded (fetched from an address) in the background."""
        return self._open(lambda _cancelled: self._analyse(doc), name=name)

    def open_stored(self, doc: Article, analysis: Analysis) -> None:
        """Show a stored article at once with its stored analysis: nothing is analysed or
        translated again (gui/library_view.py; Translation ▸ Resume finishes a stopped one)."""
        self._next_generation()
        self.article, self.analysis = doc, analysis
        self.translated = sum(1 for s in analysis.sentences if s.translation is not None)
        self.opened.emit(analysis)
        self.translationFinished.emit(analysis.translation.complete)

    def reanalyse(self) -> Worker | None:
        """Analyse the open article again (after a model was installed or removed)."""
        if self.article is None:
            return None
        doc = self.article
        return self._open(lambda _cancelled: self._analyse(doc), name="analyse again")

    def _analyse(self, doc: Article) -> tuple[Article, Analysis]:
        return doc, _pipeline().analyse_source(doc, self.options, engine=self.engine)

    def _open(self, op: Callable[[Callable[[], bool]], tuple[Article, Analysis]], name: str) -> Worker:
        generation = self._next_generation()
        return self._start(op, name, on_success=lambda result: self._opened(generation, result),
                           on_failure=lambda error: self._open_failed(generation, error))

    def _opened(self, generation: int, result: tuple[Article, Analysis]) -> None:
        if generation != self._generation:
            return
        self.article, self.analysis = result
        self.translated = sum(1 for s in self.analysis.sentences if s.translation is not None)
        self.opened.emit(self.analysis)
        self._start_translation(generation)

    def _open_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            from .messages import describe_exception

            self.openFailed.emit(describe_exception(error))

    # ---- translation ---------------------------------------------------------------------
    def _start_translation(self, generation: int, ids: list[int] | None = None) -> None:
        """Translate the article (``ids``: only those sentences, when resuming)."""
        analysis, doc = self.analysis, self.article
        assert analysis is not None and doc is not None
        if not (self.options.translate and analysis.translation.model) or analysis.translation.complete:
            self.translationFinished.emit(analysis.translation.complete)
            return
        pipeline, engine = _pipeline(), self.engine
        # Results are tied to this run: once it is cancelled or replaced, whatever it still
        # delivers (already queued, or yielded from the cache) is dropped at once.
        run = self._translation_run = object()

        def op(cancelled: Callable[[], bool]) -> Iterator[tuple[Any, list[Any], list[Any]]]:
            # The checks run here, on a copy, off the UI thread: a few ms a sentence, and cached
            # results arrive by the hundred (192 at once stalled the window for half a second).
            shadow = deepcopy(analysis)
            checker = pipeline.make_checker(doc, shadow)
            extra = {} if ids is None else {"ids": ids}
            for result in pipeline.translate_sentences(doc, cancel=cancelled, engine=engine, **extra):
                pipeline.apply_translation(shadow, result, checker)
                checked = shadow.sentences[result.id]
                yield result, list(checked.flags), list(checked.checks)

        self._translation = self._start(
            op, "translate",
            on_yield=lambda item: self._sentence_arrived(run, generation, *item),
            on_success=lambda _none: self._translation_done(run, generation),
            on_failure=lambda _error: self._translation_stopped(run, generation),
        )
        self.translationProgress.emit(self.translated, len(analysis.sentences))  # shows the bar

    def _current(self, run: object, generation: int) -> bool:
        return run is self._translation_run and generation == self._generation and self.analysis is not None

    def _sentence_arrived(self, run: object, generation: int, result: Any, flags: list[Any],
                          checks: list[Any]) -> None:
        if not self._current(run, generation):
            return
        assert self.analysis is not None
        sentence = self.analysis.sentences[result.id]
        first = sentence.translation is None
        _pipeline().apply_translation(self.analysis, result)
        sentence.flags, sentence.checks = flags, checks  # as the worker's checker found them
        self.translated += int(first and sentence.translation is not None)
        self.sentenceTranslated.emit(result)
        self.translationProgress.emit(self.translated, len(self.analysis.sentences))

    def _translation_done(self, run: object, generation: int) -> None:
        if not self._current(run, generation):
            return
        self._translation = None
        self._finish_with_english(generation)

    def _translation_stopped(self, run: object, generation: int) -> None:
        if self._current(run, generation):
            self._translation, self._translation_run = None, None
            self.translationFinished.emit(False)

    def _finish_with_english(self, generation: int) -> None:
        """Check the English across sentences, translate the quotes and re-rank the summary on
        the English, then say we are done."""
        doc, analysis, options = self.article, self.analysis, self.options
        assert doc is not None and analysis is not None
        pipeline = _pipeline()

        def op(_cancelled: Callable[[], bool]) -> tuple[list[tuple[list[str], list[Any]]], Any, Any, list[str]]:
            # On a copy: the window reads the shown analysis (hover, marks) while this runs.
            shadow = deepcopy(analysis)
            pipeline.recheck(doc, shadow)  # copies and the other checks that need every sentence
            english = pipeline.quote_english(doc, shadow.quotes, analysis=shadow, engine=self.engine)
            checked = [(s.flags, s.checks) for s in shadow.sentences]
            # A full disk or an unwritable cache met while translating: said once, the run went on.
            return checked, english, pipeline.update_summary(shadow, doc, options), pipeline.storage_notes(self.engine)

        def done(result: tuple[list[tuple[list[str], list[Any]]], Any, Any, list[str]]) -> None:
            if generation != self._generation:
                return
            checked, english, summary, notes = result
            for sentence, (flags, checks) in zip(analysis.sentences, checked):
                sentence.flags, sentence.checks = flags, checks
            for note in notes:
                analysis.notes.append(note)
                bus().warning(note)
            for quote, (text, source) in zip(analysis.quotes, english):
                quote.translation, quote.english_source = text, source
            self.quotesTranslated.emit()  # first: the quotes panel is filled anew, marks and all
            self.checksChanged.emit()
            if options is self.options:
                analysis.summary = summary
                self.summaryChanged.emit(summary)
            else:  # the person chose other summary settings meanwhile: rank again with those
                self.set_options(self.options)
            self.translationFinished.emit(analysis.translation.complete)

        self._start(op, "translate quotes", on_success=done,
                    on_failure=lambda _e: self._translation_stopped(self._translation_run, generation))

    def cancel_translation(self) -> None:
        """Stop translating; what is translated stays, the rest stays marked as pending."""
        worker, self._translation = self._translation, None
        self._translation_run = None  # anything the old run still delivers is dropped
        if worker is not None:
            worker.abort()
            self.translationFinished.emit(False)

    def resume_translation(self) -> bool:
        """Translate the sentences still without English (after a cancel); False when there is
        nothing to resume (no model, nothing pending, or already translating)."""
        analysis = self.analysis
        if analysis is None or self.is_translating() or not analysis.translation.model:
            return False
        pending = [s.id for s in analysis.sentences if s.translation is None]
        if not pending:
            return False
        self._start_translation(self._generation, pending)
        return True

    def can_resume(self) -> bool:
        analysis = self.analysis
        return (analysis is not None and not self.is_translating() and bool(analysis.translation.model)
                and any(s.translation is None for s in analysis.sentences))

    def is_translating(self) -> bool:
        return self._translation is not None

    # ---- English from a file -------------------------------------------------------------
    def import_english(self, path: str) -> Worker | None:
        """Use the English in ``path`` (one line per source line) for the open article; it goes
        through the same checks. A bad file is one sentence on the message bus."""
        if self.article is None or self.analysis is None:
            return None
        doc, analysis, options = self.article, self.analysis, self.options
        generation = self._next_generation()  # a running translation must not overwrite it
        pipeline = _pipeline()

        def op(_cancelled: Callable[[], bool]) -> Analysis:
            lines = pipeline.read_english(path, doc)
            copy = deepcopy(analysis)  # the window keeps showing the old one until this is done
            pipeline.apply_english(doc, copy, lines, Path(path).name, options)
            return copy

        def done(imported: Analysis) -> None:
            if generation == self._generation:
                self.analysis = imported
                self.translated = sum(1 for s in imported.sentences if s.translation is not None)
                self.englishImported.emit(imported)

        return self._start(op, f"import English {path}", on_success=done)

    # ---- summary -------------------------------------------------------------------------
    def set_options(self, options: Any) -> Worker | None:
        """New summary options: recompute the summary in the background."""
        self.options = options
        if self.analysis is None or self.article is None:
            return None
        doc, analysis, generation = self.article, self.analysis, self._generation

        def done(summary: Any) -> None:
            # Only the newest request counts: two quick changes must not end on the older result.
            if generation == self._generation and options is self.options:
                analysis.summary = summary
                self.summaryChanged.emit(summary)

        return self._start(lambda _c: _pipeline().update_summary(analysis, doc, options), "summarise",
                           on_success=done)

    # ---- bookkeeping ---------------------------------------------------------------------
    def _next_generation(self) -> int:
        self.cancel_translation()
        self._generation += 1
        return self._generation

    def _start(self, op: Callable[[Callable[[], bool]], Any], name: str, **callbacks: Any) -> Worker:
        worker = run_in_background(op, name=name, context=self, **callbacks)
        self._workers.add(worker)
        self.busyChanged.emit(True)
        worker.finished.connect(lambda: self._worker_done(worker))
        return worker

    def _worker_done(self, worker: Worker) -> None:
        self._workers.discard(worker)
        if not self._workers:
            self.busyChanged.emit(False)

    def shutdown(self) -> None:
        """Abort everything (window closing)."""
        self._generation += 1
        for worker in list(self._workers):
            worker.abort()
