"""The one background helper: results in the UI thread, streaming, abort, errors to the bus."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QThread

from dragoman.gui import messages
from dragoman.gui.workers import run_in_background

REPO = Path(__file__).resolve().parents[2]


def test_result_arrives_in_the_ui_thread(qtbot):
    seen = {}

    def op(_cancelled):
        seen["op_thread"] = threading.get_ident()
        return 6 * 7

    def success(value):
        seen["value"] = value
        seen["is_ui_thread"] = QThread.currentThread() is qtbot_app_thread()

    worker = run_in_background(op, on_success=success)
    with qtbot.waitSignal(worker.finished, timeout=5000):
        pass
    assert seen["value"] == 42
    assert seen["op_thread"] != threading.get_ident()
    assert seen["is_ui_thread"]


def qtbot_app_thread():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance().thread()


def test_generator_streams_in_order_and_returns_its_value(qtbot):
    def op(_cancelled):
        yield from range(5)
        return "done"

    got: list[int] = []
    worker = run_in_background(op, on_yield=got.append)
    with qtbot.waitSignal(worker.succeeded, timeout=5000) as blocker:
        pass
    assert got == [0, 1, 2, 3, 4]
    assert blocker.args == ["done"]


def test_abort_stops_a_generator_between_steps(qtbot):
    started = threading.Event()
    steps: list[int] = []

    def op(cancelled):
        n = 0
        while True:  # endless unless abort works
            started.set()
            steps.append(n)
            yield n
            n += 1
            time.sleep(0.005)

    delivered: list[int] = []
    succeeded: list[object] = []
    worker = run_in_background(op, on_yield=delivered.append, on_success=succeeded.append)
    assert started.wait(5)
    qtbot.waitUntil(lambda: len(delivered) >= 3, timeout=5000)
    with qtbot.waitSignal(worker.finished, timeout=5000):
        worker.abort()
    count = len(steps)
    time.sleep(0.05)
    assert len(steps) == count  # the generator is not advanced any more
    assert succeeded == []  # an aborted op reports no success
    assert worker.wait(1)


def test_control_report_delivers_progress_from_a_blocking_call(qtbot):
    def blocking(progress):
        for done in (10, 20, 30):
            progress(done, 30)
        return "ok"

    got: list[tuple[int, int]] = []
    worker = run_in_background(lambda control: blocking(lambda d, t: control.report((d, t))), on_yield=got.append)
    with qtbot.waitSignal(worker.succeeded, timeout=5000):
        pass
    assert got == [(10, 30), (20, 30), (30, 30)]


def test_every_exception_reaches_the_message_bus_as_a_sentence(qtbot):
    from dragoman.article import ArticleError

    def op(_cancelled):
        raise ArticleError("The file is empty")

    failures: list[BaseException] = []
    with qtbot.waitSignal(messages.bus().posted, timeout=5000) as blocker:
        worker = run_in_background(op, on_failure=failures.append)
    message = blocker.args[0]
    assert message.level == messages.ERROR
    assert message.text == "The file is empty."
    assert message.detail is None  # the person's to fix, not a bug: no traceback goes with it
    qtbot.waitUntil(lambda: not worker.is_running(), timeout=5000)
    assert isinstance(failures[0], ArticleError)


def test_unexpected_errors_get_a_general_sentence_not_a_bare_traceback(qtbot):
    with qtbot.waitSignal(messages.bus().posted, timeout=5000) as blocker:
        run_in_background(lambda _c: {}["missing"])
    assert blocker.args[0].text.startswith("Something went wrong (KeyError")
    with qtbot.waitSignal(messages.bus().posted, timeout=5000) as blocker:
        run_in_background(lambda _c: int("twelve"))  # a bug's ValueError is not a sentence for a person
    assert blocker.args[0].text.startswith("Something went wrong (ValueError")


def test_nothing_reaches_a_widget_that_is_gone(qtbot):
    from PySide6.QtWidgets import QLabel

    release = threading.Event()
    label = QLabel()
    delivered: list[object] = []

    def op(_cancelled):
        release.wait(5)
        return "late"

    worker = run_in_background(op, on_success=lambda v: label.setText(v), on_finished=lambda: delivered.append(1),
                               context=label)
    label.deleteLater()
    qtbot.waitUntil(lambda: worker.aborted, timeout=5000)  # destroyed → the op is aborted
    release.set()
    assert worker.wait(5)
    qtbot.wait(50)
    assert delivered == [] and worker.result is None


def _fail_with(qtbot, error):
    def op(_cancelled):
        raise error

    worker = run_in_background(op)
    with qtbot.waitSignal(worker.finished, timeout=5000):
        pass
    return messages.bus().history[-1]


def test_an_expected_error_is_one_line_and_no_traceback_anywhere(qtbot, tmp_path, monkeypatch, capfd):
    import logging

    from dragoman import article
    from dragoman.gui.app import setup_logging

    monkeypatch.setenv("DRAGOMAN_HOME", str(tmp_path))
    log_file = setup_logging()
    try:
        assert log_file == tmp_path / "dragoman.log"
        # A message written over several lines (urllib's redirect loop) still reaches the person as one.
        shown = _fail_with(qtbot, article.ArticleError("The address redirected too often:\nfirst\nsecond"))
        assert shown.text == "The address redirected too often: first second." and shown.detail is None
        bug = _fail_with(qtbot, KeyError("x"))
        assert bug.detail and "KeyError" in bug.detail
        for handler in logging.getLogger().handlers:
            handler.flush()
        logged = log_file.read_text(encoding="utf-8")
        assert "INFO dragoman.gui: The address redirected too often" in logged
        assert "ERROR dragoman.gui: Something went wrong (KeyError" in logged and "Traceback" in logged
        assert logged.count("Traceback") == 1  # only the bug's
        assert "Traceback" not in capfd.readouterr().err  # nothing of either on the terminal
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "dragoman", False)]:
            root.removeHandler(handler)
            handler.close()


_STOPPING_OP = """
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from dragoman.gui import messages
from dragoman.gui.workers import run_in_background

app = QCoreApplication([])
posted = []
messages.bus().posted.connect(posted.append)

def op(_cancelled):
    raise {stop}

run_in_background(op, on_finished=lambda: print("finished", flush=True))
QTimer.singleShot(10_000, lambda: app.exit(99))  # the op did not stop the loop
code = app.exec()
print("posted", len(posted), flush=True)
sys.exit(code)
"""


@pytest.mark.parametrize(("stop", "code"), [("KeyboardInterrupt", 130), ("SystemExit(3)", 3)])
def test_an_interrupt_inside_an_op_stops_the_program_instead_of_becoming_a_message(stop, code):
    """Ctrl-C (or sys.exit) on a pool thread ends the event loop with its exit status: no error
    message for a person and no traceback on the terminal."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-c", _STOPPING_OP.format(stop=stop)], capture_output=True,
                            text=True, timeout=60, env=env, cwd=REPO)
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr and "Error calling Python override" not in result.stderr
    assert "posted 0" in result.stdout.splitlines()
