"""Memory that must not grow per article: a finished worker, and the article it carried, are let go."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from PySide6.QtCore import QObject

from dragoman.gui.session import quiet_copy
from dragoman.gui.workers import run_in_background

TIMEOUT_MS = 60_000


class _Payload:
    """Something a worker hands back, that a weak reference can watch."""


def test_a_finished_worker_with_a_context_lets_go_of_its_result_and_callbacks(qtbot):
    context = QObject()  # lives on, as the window's session does
    payload = _Payload()
    watch = weakref.ref(payload)
    delivered: list[object] = []
    holder = [payload]

    def op(_cancelled):
        return holder.pop()

    worker = run_in_background(op, on_success=lambda value: delivered.append(type(value)), context=context)
    # As the session does: a callback that names its worker (a cycle through Qt's connection list,
    # which Python's collector cannot see).
    worker.finished.connect(lambda worker=worker: delivered.append(worker.name))
    with qtbot.waitSignal(worker.finished, timeout=5000):
        pass
    qtbot.wait(10)  # the callbacks are dropped right after ``finished`` is delivered
    assert delivered == [_Payload, "op"]
    del payload, worker
    gc.collect()
    assert watch() is None, "the finished worker (through its context or callbacks) kept its result"
    assert context.receivers("2destroyed()") == 0


def test_the_context_going_away_still_silences_a_running_worker(qtbot):
    context = QObject()
    started, delivered = [], []

    def op(cancelled):
        started.append(True)
        while not cancelled():
            yield "tick"

    worker = run_in_background(op, on_yield=delivered.append, context=context)
    qtbot.waitUntil(lambda: bool(started), timeout=5000)
    context.deleteLater()
    qtbot.waitUntil(lambda: worker.cancelled(), timeout=5000)
    assert worker.wait(5)
    count = len(delivered)
    qtbot.wait(50)
    assert len(delivered) == count


def test_opening_articles_in_turn_lets_the_old_analyses_go(qtbot, window, samples_dir: Path):
    watched = []
    for name in ("ru-briefing.txt", "ar-talks.txt", "en-summit.txt"):
        outcome: list[object] = []
        on_finished = outcome.append
        window.session.translationFinished.connect(on_finished)
        window.open_path(str(samples_dir / name))
        qtbot.waitUntil(lambda outcome=outcome: bool(outcome), timeout=TIMEOUT_MS)
        window.session.translationFinished.disconnect(on_finished)
        watched.append(weakref.ref(window.session.analysis))
    qtbot.wait(50)  # the last workers' ``finished`` is delivered
    gc.collect()
    alive = [ref() is not None for ref in watched]
    assert alive == [False, False, True], "an old article's analysis is still held"


def test_the_workers_copy_of_an_analysis_sets_off_no_collection():
    # Many small containers, as an analysis of a long article is: deepcopy alone would set off
    # collections (every 700 new objects), each holding the GIL while the window waits.
    value = {"sentences": [{"id": i, "checks": [[i, "note"]], "flags": ["low"]} for i in range(20_000)]}
    collections: list[int] = []

    def record(phase: str, info: dict) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.callbacks.append(record)
    try:
        copy = quiet_copy(value)
    finally:
        gc.callbacks.remove(record)
    assert collections == []
    assert copy == value and copy["sentences"][0] is not value["sentences"][0]
    assert gc.isenabled()
