"""The one way ``gui/`` runs work off the UI thread (Anki's QueryOp, napari's generator workers).

    worker = run_in_background(
        lambda cancelled: pipeline.translate_sentences(article, cancel=cancelled),
        on_yield=show_sentence, on_success=done, on_finished=hide_progress)
    worker.abort()        # asks the op to stop; it checks ``cancelled()`` between steps

Rules, as in Anki: ``op`` never touches a widget. It receives one argument, a :class:`Control`:
call it (``cancelled()``) to learn whether to stop, and ``cancelled.report(value)`` hands a value
to ``on_yield`` (progress from a blocking call that takes a callback, e.g. a download). If it
returns a generator, every yielded value is handed to ``on_yield`` in the UI thread, and the
generator is abandoned at the next step once the worker is aborted.
Every exception is routed to the message bus (gui/messages.py) as one sentence for a person, and
then to ``on_failure`` if given. ``on_finished`` always runs last, whatever happened.
KeyboardInterrupt and SystemExit are not errors: ``Worker.work`` re-raises them, and the UI thread
is told (``stopped``) and ends the event loop, as they would end a program without threads.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import traceback
import warnings
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from . import messages

Op = Callable[["Control"], Any]
log = logging.getLogger("dragoman.gui")


class Control:
    """What a running op gets: ``control()`` is True once aborted; ``report(v)`` yields ``v``."""

    def __init__(self, worker: Worker) -> None:
        self._worker = worker

    def __call__(self) -> bool:
        return self._worker.cancelled()

    def report(self, value: object) -> None:
        """Deliver ``value`` to ``on_yield`` in the UI thread (safe from any thread)."""
        if not self._worker.cancelled():
            self._worker._send(self._worker._raw_yield, value)

# Workers alive right now: keeps them from being garbage-collected while their thread runs.
_alive: set[Worker] = set()


class Worker(QObject):
    """A handle on one background op. Signals are delivered in the UI thread."""

    yielded = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()  # always emitted once, after yielded/succeeded/failed/abort
    stopped = Signal(object)  # the op raised KeyboardInterrupt or SystemExit: the program stops

    # Emitted from the pool thread; connected to slots of this QObject (which lives in the UI
    # thread), so Qt queues them into the UI thread.
    _raw_yield = Signal(object)
    _raw_return = Signal(object)
    _raw_error = Signal(object, str)
    _raw_done = Signal()
    _raw_stop = Signal(object)

    def __init__(self, op: Op, name: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or getattr(op, "__name__", "work")
        self._op = op
        self._abort = threading.Event()
        self._done = threading.Event()
        self.aborted = False
        self._orphaned = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._context: QObject | None = None  # whose ``destroyed`` aborts this op (run_in_background)
        self._raw_yield.connect(self._deliver_yield)
        self._raw_return.connect(self._deliver_return)
        self._raw_error.connect(self._deliver_error)
        self._raw_done.connect(self._deliver_done)
        self._raw_stop.connect(self._deliver_stop)

    # ---- called from the UI thread -------------------------------------------------------
    def abort(self) -> None:
        """Ask the op to stop; nothing more is delivered except ``finished``."""
        self.aborted = True
        self._abort.set()

    def forget(self, *_: object) -> None:
        """The widget this op reports to is gone: abort, and deliver nothing, not even ``finished``."""
        self._orphaned = True
        self.abort()

    def is_running(self) -> bool:
        return self in _alive

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the op's thread is done with this worker (tests, shutdown): it has returned
        and holds nothing of it (its result, its op's frame). True when it finished."""
        return self._done.wait(timeout)

    # ---- called from the pool thread -----------------------------------------------------
    def cancelled(self) -> bool:
        return self._abort.is_set()

    def work(self) -> None:
        try:
            value = self._op(Control(self))
            if isinstance(value, Iterator):
                value = self._drain(value)
            if not self.cancelled():
                self._send(self._raw_return, value)
        except (KeyboardInterrupt, SystemExit) as stop:
            # Ctrl-C or sys.exit() inside an op is the program being stopped, not an error to show:
            # the UI thread ends the event loop, and it propagates (``finally`` still reports done).
            self._send(self._raw_stop, stop)
            raise
        except BaseException as exc:  # noqa: BLE001 - every other error must reach a person
            if not self.cancelled():
                self._send(self._raw_error, exc, traceback.format_exc())
        finally:
            value = None  # the result is the worker's now, not this frame's
            self._send(self._raw_done)

    def _send(self, signal: Any, *args: Any) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the Qt side is gone (the application is exiting): nobody to tell
            self._abort.set()

    def _drain(self, generator: Iterator[Any]) -> Any:
        try:
            while not self.cancelled():
                try:
                    item = next(generator)
                except StopIteration as stop:
                    return stop.value
                self._send(self._raw_yield, item)
        finally:
            close = getattr(generator, "close", None)
            if close is not None:
                close()  # runs the generator's cleanup in this thread, not at garbage collection
        return None

    # ---- delivered in the UI thread ------------------------------------------------------
    @Slot(object)
    def _deliver_yield(self, item: object) -> None:
        if not self.aborted:
            self.yielded.emit(item)

    @Slot(object)
    def _deliver_return(self, value: object) -> None:
        if not self.aborted:
            self.result = value
            self.succeeded.emit(value)

    @Slot(object, str)
    def _deliver_error(self, exc: BaseException, trace: str) -> None:
        if self.aborted:
            return
        self.error = exc
        # A bad file is the person's to fix, not a bug: no traceback for it, in the log or anywhere.
        detail = None if messages.written_for_people(exc) else trace
        messages.bus().error(messages.describe_exception(exc), detail=detail)
        self.failed.emit(exc)

    @Slot(object)
    def _deliver_stop(self, stop: BaseException) -> None:
        log.info("%s stopped the program: %r", self.name, stop)
        self.stopped.emit(stop)
        QCoreApplication.exit(exit_code(stop))

    @Slot()
    def _deliver_done(self) -> None:
        _alive.discard(self)
        self._let_go()
        if not self._orphaned:
            self.finished.emit()
        self._disconnect_callbacks()

    def _disconnect_callbacks(self) -> None:
        """Nothing more is delivered: drop the callbacks, which (a lambda naming this worker, a
        closure over an article) would otherwise keep this worker and what they hold alive."""
        with warnings.catch_warnings():  # PySide warns when a signal had no connection to drop
            warnings.simplefilter("ignore", RuntimeWarning)
            for signal in (self.yielded, self.succeeded, self.failed, self.finished, self.stopped):
                with contextlib.suppress(RuntimeError, TypeError):
                    signal.disconnect()

    def _let_go(self) -> None:
        """The op is over: its context no longer holds this worker, nor the worker its op.

        Why: ``context.destroyed`` connected to ``self.forget`` keeps this worker (its result, its
        op and the callbacks' closures, i.e. a whole article) alive as long as the context lives;
        a session opening article after article kept every old analysis that way."""
        context, self._context = self._context, None
        if context is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # the context is already gone
                context.destroyed.disconnect(self.forget)
        self._op = None  # type: ignore[assignment]


class _Runnable(QRunnable):
    def __init__(self, worker: Worker) -> None:
        super().__init__()
        self._worker: Worker | None = worker

    def run(self) -> None:
        # The pool thread may still be unwinding this frame when the UI thread has delivered
        # ``finished``: it lets go of the worker first, and only then says it is done (``wait``).
        worker, self._worker = self._worker, None
        if worker is None:  # run twice: nothing to do
            return
        done = worker._done
        try:
            # Already handed to the UI thread (Worker._deliver_stop); Qt would print a traceback.
            with contextlib.suppress(KeyboardInterrupt, SystemExit):
                worker.work()
        finally:
            del worker
            done.set()


def exit_code(stop: BaseException) -> int:
    """The exit status a KeyboardInterrupt (130, as a shell reports Ctrl-C) or SystemExit asks for."""
    if isinstance(stop, SystemExit):
        return stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    return 130


def pool() -> QThreadPool:
    """The pool all background ops share (two threads: one long translation plus one short op)."""
    instance = QThreadPool.globalInstance()
    if instance.maxThreadCount() > 4:
        instance.setMaxThreadCount(4)
    return instance


def run_in_background(
    op: Op,
    *,
    on_yield: Callable[[Any], None] | None = None,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_finished: Callable[[], None] | None = None,
    name: str = "",
    context: QObject | None = None,
) -> Worker:
    """Start ``op(cancelled)`` on the shared pool and return its :class:`Worker` handle.

    The callbacks run in the UI thread. ``op`` must not touch widgets. When ``context`` (the
    widget the callbacks update) is destroyed, the op is aborted and nothing more is delivered.
    """
    worker = Worker(op, name=name)
    if context is not None:
        worker._context = context
        context.destroyed.connect(worker.forget)
    if on_yield:
        worker.yielded.connect(on_yield)
    if on_success:
        worker.succeeded.connect(on_success)
    if on_failure:
        worker.failed.connect(on_failure)
    if on_finished:
        worker.finished.connect(on_finished)
    _alive.add(worker)
    pool().start(_Runnable(worker))
    return worker


def shutdown(timeout_ms: int = 3000) -> None:
    """Abort every running op and wait for the pool (application exit)."""
    for worker in list(_alive):
        worker.abort()
    pool().waitForDone(timeout_ms)
