"""The article's loading and source analysis in a second process, so the window never waits for it.

Analysis is mostly C code (regular expressions, lingua, numpy in the summariser) that holds the GIL
for a long time per call: on a thread it froze the window for up to half a second at a time. In a
process of its own it cannot. One long-lived worker process (multiprocessing's spawn context) is
started in the background when the window starts, so the first open is not slower; it is shared by
every session of this program, and serves one request at a time.

    process = shared()
    article, analysis = process.call("open_path", (path, options), cancelled, on_stage=report)

Requests carry only what the child needs; the child keeps the last articles it analysed (by a key
the parent chose), so a new summary sends the sentences' English, not the article. A request that
is cancelled while it runs long is ended by terminating the process (a fresh one is started). An
error in the child reaches the caller as the same exception (its traceback, from the child, is
chained to it for the log); a child that dies is one sentence (:class:`AnalysisStopped`).
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import importlib.util
import io
import logging
import multiprocessing
import os
import pickle
import sys
import threading
import time
import traceback
import types
from collections import OrderedDict
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from types import SimpleNamespace
from typing import Any

from dragoman.errors import UserFacingError

log = logging.getLogger("dragoman.gui")

# Environment the analysis may read (the data folder, the model folder); sent with every request so
# the child sees what the parent sees now, not what it saw when it was started.
ENV_PREFIXES = ("DRAGOMAN_", "ARGOS_", "XDG_")
KEPT_ARTICLES = 2  # articles the child keeps for re-summarising (the shown one and the one opening)
POLL_SECONDS = 0.05  # how often a waiting caller looks at its cancel flag
CANCEL_GRACE = 0.3  # a cancelled request still running after this is ended with the process
# Imported by the analysis's libraries but never used by it, so loaded only when first touched:
# sumy imports requests (with urllib3, chardet, charset_normalizer, email, http: ~13 MB resident)
# for fetching pages, which the analysis never does.
LAZY_MODULES = ("requests",)


class AnalysisStopped(UserFacingError):
    """The analysis process ended while it worked (killed, or out of memory)."""


class Cancelled(Exception):
    """The caller cancelled; the reply, if any, is dropped."""


class _RemoteTraceback(Exception):
    """The child's traceback, chained to the re-raised error so the log shows where it happened."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


STOPPED = ("The analysis stopped unexpectedly (its process ended); open the article again, "
           "and if it happens again the article may be too long for this computer's memory.")


# ---- the child ---------------------------------------------------------------------------
def _environment() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k.startswith(ENV_PREFIXES)}


def _use_environment(env: dict[str, str]) -> None:
    for key in [k for k in os.environ if k.startswith(ENV_PREFIXES) and k not in env]:
        del os.environ[key]
    os.environ.update(env)


_INTROSPECTION = frozenset({"__wrapped__", "__signature__", "__annotations__", "__origin__"})


class _Deferred(types.ModuleType):
    """Stands in for a module until something looks inside it; then the real one is imported,
    takes its place in ``sys.modules`` and answers every look-up. (``importlib.util.LazyLoader``
    does not do here: an ``import`` statement reads the module's ``__spec__``, which loads it.)"""

    def __init__(self, spec: Any) -> None:
        super().__init__(spec.name)
        self.__spec__ = spec  # what an import statement reads: found, and not initialising
        self.__file__ = spec.origin  # inspect and tracebacks may read the source; it is not run

    def __getattr__(self, attr: str) -> Any:  # only for what the placeholder does not hold
        if attr in _INTROSPECTION:
            raise AttributeError(attr)
        name = self.__name__
        if sys.modules.get(name) is self:
            del sys.modules[name]
        return getattr(importlib.import_module(name), attr)


def _defer_imports(names: tuple[str, ...] = LAZY_MODULES) -> None:
    """Put a :class:`_Deferred` in ``sys.modules`` for each of ``names`` not imported yet."""
    for name in names:
        if name in sys.modules:
            continue
        spec = importlib.util.find_spec(name)
        if spec is not None:
            sys.modules[name] = _Deferred(spec)


def _warm_up() -> None:
    """Import what analysis needs now, while nobody waits (the first open is then not slower)."""
    from dragoman import article, pipeline  # noqa: F401
    from dragoman.summarize import officials, quotes, summary  # noqa: F401

    summary.warm_up(pipeline.Options().algorithm)


def _open(kind: str, payload: tuple[Any, ...], stage: Callable[[str], None]) -> tuple[Any, Any]:
    from dragoman import article, pipeline

    if kind == "open_path":
        path, options = payload
        doc = article.load(path)
        stage("Analysing")
    elif kind == "open_text":
        text, source, options = payload
        doc = article.from_text(text, source=source)
    else:  # "analyse": an article the parent already has
        doc, options = payload
    return doc, pipeline.analyse_text(doc, options)


def _summary(kept: OrderedDict[str, Any], key: str, payload: tuple[Any, ...]) -> Any:
    """``pipeline.update_summary`` on the kept article with the English the parent sent."""
    from dragoman import pipeline

    options, english, doc = payload
    if doc is not None:  # sent again after a restart: update_summary reads only the sentences
        _keep(kept, key, doc, SimpleNamespace(sentences=pipeline._sentence_results(doc)))
    if key not in kept:
        return _MISSING
    doc, analysis = kept[key]
    for sentence, (text, owner) in zip(analysis.sentences, english):
        sentence.translation, sentence.english_with = text, owner
    return pipeline.update_summary(analysis, doc, options)


_MISSING = "missing"  # the child does not have that article (it was restarted): send it


def _keep(kept: OrderedDict[str, Any], key: str, doc: Any, analysis: Any) -> None:
    kept[key] = (doc, analysis)
    kept.move_to_end(key)
    while len(kept) > KEPT_ARTICLES:
        kept.popitem(last=False)


def _error_reply(error: BaseException) -> tuple[Any, ...]:
    """The error itself when it survives pickling, else its text (Qt stays out of the child)."""
    trace = traceback.format_exc()
    try:
        carried: BaseException | None = pickle.loads(pickle.dumps(error))
    except Exception:  # noqa: BLE001 - an exception that does not survive pickling: its text
        carried = None
    for_people = isinstance(error, UserFacingError | OSError)
    text = error.sentence if isinstance(error, UserFacingError) else str(error)
    return ("error", carried, text if for_people else f"{type(error).__name__}: {error}", for_people, trace)


def serve(conn: Connection) -> None:
    """The child's loop: one request, one reply (and stage messages before it)."""
    kept: OrderedDict[str, Any] = OrderedDict()
    with contextlib.suppress(Exception):  # the request that needs it will say what is wrong
        _defer_imports()
        _warm_up()
    while True:
        try:
            kind, key, env, payload = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        _use_environment(env)
        try:
            if kind == "summary":
                value = _summary(kept, key, payload)
            else:
                value = _open(kind, payload, lambda stage: conn.send(("stage", stage)))
                _keep(kept, key, value[0], value[1])
            reply: tuple[Any, ...] = ("ok", value)
        except Exception as error:  # noqa: BLE001 - every error goes back to the window
            reply = _error_reply(error)
        try:
            conn.send(reply)
        except (EOFError, OSError):
            return


# ---- the parent --------------------------------------------------------------------------
@contextlib.contextmanager
def _main_hidden() -> Iterator[None]:
    """While starting the child: spawn would run the parent's main script again in it (a script
    without a ``__main__`` guard would open a second window); the child needs only this module."""
    main = sys.modules.get("__main__")
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        if main is not None:
            sys.modules["__main__"] = main


class AnalysisProcess:
    """A handle on the worker process; :meth:`call` is safe from any thread (one at a time)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()  # one request in flight
        self._start_lock = threading.Lock()
        self._process: Any = None
        self._conn: Connection | None = None

    # ---- life ----------------------------------------------------------------------------
    def start(self) -> None:
        """Start the process unless it runs (called on a background thread: spawning takes a while)."""
        with self._start_lock:
            if self._process is not None and self._process.is_alive():
                return
            context = multiprocessing.get_context("spawn")
            ours, theirs = context.Pipe(duplex=True)
            process = context.Process(target=serve, args=(theirs,), name="dragoman-analysis", daemon=True)
            with _main_hidden():
                process.start()
            theirs.close()
            self._process, self._conn = process, ours
            log.info("analysis process %s started", process.pid)

    def start_in_background(self) -> None:
        threading.Thread(target=self._start_quietly, name="dragoman-analysis-start", daemon=True).start()

    def _start_quietly(self) -> None:
        try:
            self.start()
        except Exception:  # noqa: BLE001 - the first request will try again and say what is wrong
            log.exception("the analysis process did not start")

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def is_alive(self) -> bool:
        return self._process is not None and self._process.is_alive()

    def stop(self) -> None:
        """End the process (a cancelled long request, a dead child, the program ending)."""
        with self._start_lock:
            process, conn, self._process, self._conn = self._process, self._conn, None, None
        if conn is not None:
            conn.close()
        if process is not None and process.is_alive():
            process.terminate()
            process.join(2)
            if process.is_alive():
                process.kill()
                process.join(2)

    # ---- requests ------------------------------------------------------------------------
    def call(self, kind: str, key: str, payload: tuple[Any, ...], cancelled: Callable[[], bool],
             on_stage: Callable[[str], None] | None = None) -> Any:
        """Run one request in the child and return its value; raises the child's error,
        :class:`Cancelled` once ``cancelled()`` is true, :class:`AnalysisStopped` if it dies."""
        while not self._lock.acquire(timeout=POLL_SECONDS):
            if cancelled():
                raise Cancelled
        try:
            if cancelled():
                raise Cancelled
            if not self.is_alive():
                if self._process is not None:
                    log.warning("the analysis process had ended (exit code %s); starting another",
                                self._process.exitcode)
                    self.stop()
                self.start()
            return self._exchange(kind, key, payload, cancelled, on_stage)
        finally:
            self._lock.release()

    def _exchange(self, kind: str, key: str, payload: tuple[Any, ...], cancelled: Callable[[], bool],
                  on_stage: Callable[[str], None] | None) -> Any:
        conn = self._conn
        assert conn is not None
        try:
            conn.send((kind, key, _environment(), payload))
        except (EOFError, OSError) as error:
            self._died(error)
        gave_up: float | None = None
        while True:
            try:
                ready = conn.poll(POLL_SECONDS)
            except (EOFError, OSError) as error:
                self._died(error)
            if cancelled() and gave_up is None:
                gave_up = time.monotonic()
            if gave_up is not None and time.monotonic() - gave_up > CANCEL_GRACE:
                log.info("a cancelled %s request was still running: the analysis process is restarted", kind)
                self.stop()
                self.start_in_background()
                raise Cancelled
            if not ready:
                if not self.is_alive():
                    self._died(None)
                continue
            try:
                message = _loads(conn.recv_bytes())
            except (EOFError, OSError) as error:
                self._died(error)
            if message[0] == "stage":
                if on_stage is not None and gave_up is None:
                    on_stage(message[1])
                continue
            if gave_up is not None:
                raise Cancelled
            return _value(message)

    def _died(self, error: BaseException | None) -> Any:
        code = self._process.exitcode if self._process is not None else None
        log.warning("the analysis process ended while it worked (exit code %s)", code, exc_info=error)
        self.stop()
        self.start_in_background()  # the next open works
        raise AnalysisStopped(STOPPED)


BIG_REPLY = 4 * 2**20  # bytes: above this a reply is unpickled by pickle's Python code


def _loads(data: bytes) -> Any:
    """Unpickle a reply. C's pickle.loads holds the GIL from start to end: ~130 ms for the
    analysis of a 2 M-character article, a stall in the window. pickle's Python unpickler is
    slower but lets the UI thread run every switch interval.

    The garbage collector is off meanwhile: hundreds of thousands of new objects set off full
    collections (200 ms each at 2 M characters), and none of them is garbage; they are then left
    out of later full collections (``gc.freeze``), as the session does after an open."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        if len(data) < BIG_REPLY:
            return pickle.loads(data)
        return pickle._Unpickler(io.BytesIO(data)).load()
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _value(message: tuple[Any, ...]) -> Any:
    if message[0] == "ok":
        return message[1]
    _, carried, sentence, for_people, trace = message
    if carried is None:
        carried = UserFacingError(sentence) if for_people else RuntimeError(sentence)
    raise carried from _RemoteTraceback(trace)


_shared: AnalysisProcess | None = None
_shared_lock = threading.Lock()


def shared() -> AnalysisProcess:
    """The program's one analysis process (started on first use if nobody started it)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = AnalysisProcess()
        return _shared


def missing(value: Any) -> bool:
    """True when a summary request found the child without the article (send it along)."""
    return isinstance(value, str) and value == _MISSING
