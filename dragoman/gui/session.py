"""The open article and the background work on it: load, analyse, translate, re-summarise.

:class:`ArticleSession` is the window's only way to compute anything, and it computes nothing
itself: every step is a ``pipeline`` call run through gui/workers.py. Results arrive as signals in
the UI thread. A newer request makes older results stale (a generation counter), so a slow
translation of the previous article can never land in the new one.

The shown analysis lives in :class:`~.document.ArticleDocument` (``session.document``): workers
compute on copies and hand back finished values, and only the document changes the analysis and
says what changed; ``session.analysis`` is the document's.

Loading, source analysis and summaries run in the analysis process (gui/analysis_process.py):
their C code holds the GIL for hundreds of ms, which on a thread froze the window. Only the
translation plan (it asks this process's engine) is added here. ``in_process=True`` keeps them on
a thread of this process. Translation stays on a thread: CTranslate2 releases the GIL while it
decodes, and the checks after each sentence are short Python steps.
"""

from __future__ import annotations

import gc
import queue
import sys
import threading
import time
import uuid
from collections.abc import Callable, Generator, Iterator
from copy import deepcopy
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from dragoman.article.analysis import Analysis
from dragoman.article.model import Article

from . import analysis_process
from .document import ArticleDocument
from .messages import bus
from .workers import Worker, run_in_background

if TYPE_CHECKING:  # annotations only: the pipeline and the engine load on worker threads
    from dragoman.article.analysis import Summary
    from dragoman.pipeline import Options
    from dragoman.translate.engine import Engine


def load_file(path: str) -> Article:
    """``article.load(path)``: the window opens files exactly as the command line does."""
    from dragoman import article

    return article.load(path)


def load_text(text: str, source: str | None = None) -> Article:
    """``article.from_text(text)``: pasted text."""
    from dragoman import article

    return article.from_text(text, source=source)


T = TypeVar("T")
# The UI thread makes many small Python calls (a table's paint asks data() of every cell, every
# queued signal runs a slot), and each waits for the GIL while a worker computes: up to the switch
# interval, 5 ms by default, so one paint could wait half a second. At 1 ms the waits are short.
UI_SWITCH_INTERVAL = 0.001
LONG_ARTICLE = 1000  # sentences: a longer article is shown before its translation starts
TRANSLATION_DELAY_MS = 150
PROCESS_START_MS = 200  # after the window is shown: spawning it would slow the start-up
# The translation checks' modules (titles, gazetteer, names) are imported here, in this process,
# by the first translation's worker: on a thread of their own soon after the window shows, while
# no article is open, their import holds no event of the first open back.
CHECKS_IMPORT_MS = 600


def _import_checks() -> None:
    import dragoman.summarize.checks  # noqa: F401 - imported for its side effect: loaded once


def _import_checks_in_background() -> None:
    threading.Thread(target=_import_checks, name="dragoman-checks-import", daemon=True).start()
GROUP_SECONDS = 0.05  # a group of arrivals is handed over at most this long after its first one
QUIET_SECONDS = 0.02  # ... or as soon as the producer has been quiet this long


class _Raised:
    """An exception from the producer thread, carried to the consumer."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


def grouped(produce: Callable[[Callable[[], bool]], Iterator[T]], cancelled: Callable[[], bool],
            seconds: float = GROUP_SECONDS, quiet: float = QUIET_SECONDS) -> Iterator[list[T]]:
    """The items of ``produce(stop)`` in groups: what arrives within ``seconds`` of a group's first
    item, closed early when the producer goes quiet for ``quiet``.

    Why: every item handed to the UI thread is a Python call there, and each call waits for the
    GIL while this worker computes (up to the 5 ms switch interval): 2,800 sentences one by one
    stalled the window for seconds. A few dozen groups cost a few dozen waits. The producer runs
    in its own thread so a group is handed over while the producer is still busy (decoding the
    next batch), not held back until it yields again.
    """
    items: queue.Queue[Any] = queue.Queue()
    stop = threading.Event()
    done = object()

    def stopped() -> bool:
        return stop.is_set() or cancelled()

    def feed() -> None:
        try:
            for item in produce(stopped):
                if stopped():
                    break
                items.put(item)
        except BaseException as error:  # noqa: BLE001 - re-raised in the consumer's thread
            items.put(_Raised(error))
        finally:
            items.put(done)

    feeder = threading.Thread(target=feed, name="dragoman-translate-feed", daemon=True)
    feeder.start()
    try:
        finished = False
        while not finished and not cancelled():
            try:
                first = items.get(timeout=0.1)
            except queue.Empty:
                continue
            group, deadline = [first], time.monotonic() + seconds
            while group[-1] is not done and not isinstance(group[-1], _Raised):
                try:
                    group.append(items.get(timeout=max(0.0, min(quiet, deadline - time.monotonic()))))
                except queue.Empty:
                    break
                if time.monotonic() >= deadline:
                    break
            finished = group[-1] is done or isinstance(group[-1], _Raised)
            tail = group.pop() if finished else None
            if group:
                yield group
            if isinstance(tail, _Raised):
                raise tail.error
    finally:
        stop.set()  # the producer stops at its next item (the engine checks between batches)
        # As when the engine ran in this thread: the worker is done only once the engine is, so
        # two runs never share it.
        feeder.join()


def settle() -> None:
    """Leave the objects alive now out of the garbage collector's full collections (``gc.freeze``).

    Why: a long article is hundreds of thousands of objects, and a full collection walks them all
    holding the GIL: 100 ms and more on a loaded machine, a stall in the window. They are freed as
    usual when their last reference goes (an analysis holds no reference cycles); only cyclic
    garbage among them would stay, and the ten-articles memory figure in bench_gui.py watches that.
    """
    gc.freeze()


def quiet_copy(value: T) -> T:
    """``deepcopy(value)`` with the garbage collector off meanwhile, the copy then left out of
    later full collections (:func:`settle`).

    Why: a worker copying a long article's analysis makes hundreds of thousands of objects, and
    they set off collections in that thread, up to a full one (90 ms at 2 M characters) holding
    the GIL: a stall in the window while the translation starts. None of the copy is garbage."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return deepcopy(value)
    finally:
        settle()
        if enabled:
            gc.enable()


def _pipeline() -> Any:
    from dragoman import pipeline  # cheap, but keeps gui.app's start-up import list minimal

    return pipeline


class ArticleSession(QObject):
    """One article at a time, and the work being done on it."""

    opened = Signal(object)  # Analysis: source, summary, quotes, officials (English may follow)
    openFailed = Signal(str)  # one sentence; the previous article stays
    openProgress = Signal(str)  # "Loading", "Analysing": what the open under way is doing
    sentenceTranslated = Signal(object)  # SentenceTranslation, already applied to the analysis
    translationProgress = Signal(int, int)  # done, total
    translationFinished = Signal(bool)  # True when every sentence has its English
    summaryChanged = Signal(object)  # Summary
    quotesTranslated = Signal()
    checksChanged = Signal()  # the sentences' checks were recomputed (the final recheck)
    englishImported = Signal(object)  # Analysis with the English of a file the person chose
    busyChanged = Signal(bool)

    def __init__(self, options: Options | None = None, parent: QObject | None = None, *,
                 engine: Engine | None = None, in_process: bool = False) -> None:
        super().__init__(parent)
        sys.setswitchinterval(min(sys.getswitchinterval(), UI_SWITCH_INTERVAL))
        self.engine = engine  # None: the pipeline's process-wide engine (tests pass their own)
        # Loading, source analysis and summaries run in the analysis process (its C code would
        # hold the GIL, and so the window, for hundreds of ms); ``in_process`` runs them on a
        # thread here instead (tests that change pipeline functions in this process).
        self.process = None if in_process else analysis_process.shared()
        if self.process is not None:  # started once the window shows, so the first open need not wait
            QTimer.singleShot(PROCESS_START_MS, self.process.start_in_background)
            QTimer.singleShot(CHECKS_IMPORT_MS, _import_checks_in_background)
        self._key: str | None = None  # the shown article's name in the analysis process
        self._opening: Worker | None = None
        self.article: Article | None = None
        self.document = ArticleDocument(self)
        self.options: Options = options if options is not None else _pipeline().Options()
        self._generation = 0
        self._translation: Worker | None = None
        self._translation_run: object | None = None  # the running translation's token
        self._workers: set[Worker] = set()

    @property
    def analysis(self) -> Analysis | None:
        """The shown analysis (the document's)."""
        return self.document.analysis

    @analysis.setter
    def analysis(self, analysis: Analysis | None) -> None:
        self.document.set_analysis(analysis)

    @property
    def translated(self) -> int:
        """How many sentences have English (counted by the document as they arrive)."""
        return self.document.translated

    @translated.setter
    def translated(self, count: int) -> None:
        self.document.translated = count

    # ---- opening -------------------------------------------------------------------------
    def open_path(self, path: str) -> Worker:
        """Load and analyse a file in the background, saying which step it is at."""
        if self.process is not None:
            return self._open_remote("open_path", (path, self.options), f"open {path}", "Loading")

        def op(_cancelled: Callable[[], bool]) -> Generator[str, None, tuple[Article, Analysis]]:
            yield "Loading"
            doc = load_file(path)
            yield "Analysing"
            return self._analyse(doc)

        return self._open(op, name=f"open {path}")

    def open_text(self, text: str, source: str | None = None) -> Worker:
        """Analyse pasted text in the background."""
        if self.process is not None:
            return self._open_remote("open_text", (text, source, self.options), "open pasted text", "Analysing")

        def op(_cancelled: Callable[[], bool]) -> Generator[str, None, tuple[Article, Analysis]]:
            yield "Analysing"
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
        if self.process is not None:
            return self._open_remote("analyse", (doc, self.options), "analyse again", None)
        return self._open(lambda _cancelled: self._analyse(doc), name="analyse again")

    def _analyse(self, doc: Article) -> tuple[Article, Analysis]:
        return doc, _pipeline().analyse_source(doc, self.options, engine=self.engine)

    def _open_remote(self, kind: str, payload: tuple[Any, ...], name: str, first_stage: str | None) -> Worker:
        """Open through the analysis process; only the translation plan (which asks this
        process's engine) is added here."""
        process, options, engine = self.process, self.options, self.engine
        assert process is not None
        key = uuid.uuid4().hex

        def op(control: Any) -> tuple[Article, Analysis]:
            if first_stage is not None:
                control.report(first_stage)
            try:
                doc, analysis = process.call(kind, key, payload, control, on_stage=control.report)
            except analysis_process.Cancelled:
                return None  # type: ignore[return-value]  # cancelled: nothing is delivered
            _pipeline().plan_translation(analysis, doc, options, engine)
            return doc, analysis

        return self._open(op, name, key)

    def _open(self, op: Callable[[Any], Any], name: str, key: str | None = None) -> Worker:
        generation = self._next_generation()
        if self._opening is not None:  # an older open still running is not waited for
            self._opening.abort()
        worker = self._opening = self._start(
            op, name, on_success=lambda result: self._opened(generation, result, key),
            on_yield=lambda stage: self._open_progress(generation, stage),
            on_failure=lambda error: self._open_failed(generation, error))
        return worker

    def _open_progress(self, generation: int, stage: str) -> None:
        if generation == self._generation:
            self.openProgress.emit(stage)

    def _opened(self, generation: int, result: tuple[Article, Analysis], key: str | None = None) -> None:
        if generation != self._generation:
            return
        self._opening = None
        self._key = key
        self.article, self.analysis = result  # the old analysis is let go here, not kept beside
        self.opened.emit(self.analysis)
        settle()  # the article and what the views built for it
        if len(self.analysis.sentences) < LONG_ARTICLE:
            self._start_translation(generation)
        else:  # lay out and paint the long article first: the translation's start competes for the GIL
            QTimer.singleShot(TRANSLATION_DELAY_MS, lambda: self._delayed_translation(generation))

    def _delayed_translation(self, generation: int) -> None:
        if generation == self._generation and self.analysis is not None and self._translation is None:
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

        def produce(stopped: Callable[[], bool]) -> Iterator[tuple[Any, list[Any], list[Any]]]:
            # The checks run here, on a copy, off the UI thread: a few ms a sentence, and cached
            # results arrive by the hundred (192 at once stalled the window for half a second).
            shadow = quiet_copy(analysis)  # the copy doubles the objects: no collection meanwhile
            checker = pipeline.make_checker(doc, shadow)
            extra = {} if ids is None else {"ids": ids}
            for result in pipeline.translate_sentences(doc, cancel=stopped, engine=engine, **extra):
                pipeline.apply_translation(shadow, result, checker)
                checked = shadow.sentences[result.id]
                yield result, list(checked.flags), list(checked.checks)

        def op(cancelled: Callable[[], bool]) -> Iterator[list[tuple[Any, list[Any], list[Any]]]]:
            yield from grouped(produce, cancelled)

        self._translation = self._start(
            op, "translate",
            on_yield=lambda group: self._sentences_arrived(run, generation, group),
            on_success=lambda _none: self._translation_done(run, generation),
            on_failure=lambda _error: self._translation_stopped(run, generation),
        )
        self.translationProgress.emit(self.translated, len(analysis.sentences))  # shows the bar

    def _current(self, run: object, generation: int) -> bool:
        return run is self._translation_run and generation == self._generation and self.analysis is not None

    def _sentences_arrived(self, run: object, generation: int,
                           group: list[tuple[Any, list[Any], list[Any]]]) -> None:
        """A group of finished sentences from the worker: the document takes each (the views
        hear of them once, at the end of this turn), then the progress moves once."""
        for result, flags, checks in group:
            if not self._current(run, generation):  # a listener cancelled or opened another
                return
            assert self.analysis is not None
            self.document.apply_sentence(result, flags, checks)  # as the worker's checker found them
            self.sentenceTranslated.emit(result)
        if self._current(run, generation):
            assert self.analysis is not None
            self.translationProgress.emit(self.translated, len(self.analysis.sentences))
        # What the translation made so far (the English, its checks, here and in the worker's
        # copy) lives on: out of the full collections too, which walked a 2 M-character article's
        # thousands of translated sentences holding the GIL (110-215 ms stalls). O(1) a group.
        settle()

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
        summarise = self._summariser(doc, options)

        def op(cancelled: Callable[[], bool]) -> tuple[list[tuple[list[str], list[Any]]], Any, Any, list[str]]:
            # On a copy: the window reads the shown analysis (hover, marks) while this runs.
            shadow = quiet_copy(analysis)
            pipeline.recheck(doc, shadow)  # copies and the other checks that need every sentence
            english = pipeline.quote_english(doc, shadow.quotes, analysis=shadow, engine=self.engine)
            checked = [(s.flags, s.checks) for s in shadow.sentences]
            # A full disk or an unwritable cache met while translating: said once, the run went on.
            return checked, english, summarise(shadow, cancelled), pipeline.storage_notes(self.engine)

        def done(result: tuple[list[tuple[list[str], list[Any]]], Any, Any, list[str]]) -> None:
            if generation != self._generation:
                return
            checked, english, summary, notes = result
            document = self.document
            document.flush()  # the last arrivals are shown before the recheck replaces their marks
            for note in notes:
                analysis.notes.append(note)
                bus().warning(note)
            document.set_checks(checked)
            document.set_quote_english(english)
            self.quotesTranslated.emit()
            self.checksChanged.emit()
            if options is self.options:
                document.set_summary(summary)
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
                self.englishImported.emit(imported)

        return self._start(op, f"import English {path}", on_success=done)

    # ---- summary -------------------------------------------------------------------------
    def set_options(self, options: Options) -> Worker | None:
        """New summary options: recompute the summary in the background."""
        self.options = options
        if self.analysis is None or self.article is None:
            return None
        doc, analysis, generation = self.article, self.analysis, self._generation

        def done(summary: Summary) -> None:
            # Only the newest request counts: two quick changes must not end on the older result.
            if generation == self._generation and options is self.options and analysis is self.analysis:
                self.document.set_summary(summary)
                self.summaryChanged.emit(summary)

        summarise = self._summariser(doc, options)
        return self._start(lambda cancelled: summarise(analysis, cancelled), "summarise", on_success=done)

    def _summariser(self, doc: Article, options: Options) -> Callable[[Analysis, Callable[[], bool]], Summary]:
        """``update_summary(analysis, doc, options)``, in the analysis process unless in-process.
        The process keeps the article it analysed: only the sentences' English is sent."""
        process, key = self.process, self._key
        if process is None or key is None:
            return lambda analysis, _cancelled: _pipeline().update_summary(analysis, doc, options)

        def summarise(analysis: Analysis, cancelled: Callable[[], bool]) -> Summary:
            english = [(s.translation, s.english_with) for s in analysis.sentences]
            summary = process.call("summary", key, (options, english, None), cancelled)
            if analysis_process.missing(summary):  # the process was restarted since it analysed
                summary = process.call("summary", key, (options, english, doc), cancelled)
            return summary

        return summarise

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
