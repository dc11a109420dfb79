"""The window's analysis process: articles are loaded and analysed in a second process for real.

A recording wrapper around ``pipeline.analyse_text`` tells where the analysis ran: in this process
it records a call, in the analysis process (a spawned child that imports its own pipeline) it
cannot. The same sessions with ``in_process=True`` show the wrapper does record what runs here.
"""

from __future__ import annotations

import os
import signal
from dataclasses import replace
from pathlib import Path

import pytest

from dragoman import pipeline
from dragoman.article import load as load_file
from dragoman.gui import analysis_process, workers
from dragoman.gui.session import ArticleSession

TIMEOUT_MS = 90_000


def make_long(sample: Path, copies: int) -> str:
    return "\n\n".join([sample.read_text(encoding="utf-8")] * copies)


@pytest.fixture
def sessions(qtbot):
    """Sessions without translation (the analysis is what is under test); shut down afterwards."""
    made: list[ArticleSession] = []

    def make(in_process: bool = False) -> ArticleSession:
        session = ArticleSession(pipeline.Options(translate=False), in_process=in_process)
        made.append(session)
        return session

    yield make
    for session in made:
        session.shutdown()
    workers.pool().waitForDone(10000)


@pytest.fixture
def recorded(monkeypatch):
    """Calls of ``pipeline.analyse_text`` made in this process."""
    calls: list[str] = []
    real = pipeline.analyse_text

    def recording(article, options=None):
        calls.append(article.source or "pasted")
        return real(article, options)

    monkeypatch.setattr(pipeline, "analyse_text", recording)
    return calls


def open_path(qtbot, session: ArticleSession, path: Path | str):
    with qtbot.waitSignal(session.opened, timeout=TIMEOUT_MS) as opened:
        session.open_path(str(path))
    return opened.args[0]


def test_the_analysis_runs_in_the_other_process_and_equals_the_pipelines(qtbot, sessions, recorded, samples_dir):
    path = samples_dir / "kk-official-visit.txt"
    expected = pipeline.analyse_source(load_file(str(path)), pipeline.Options(translate=False))
    recorded.clear()
    session = sessions()
    shown = open_path(qtbot, session, path)
    assert recorded == []  # not analysed here
    assert session.process is not None and session.process.pid not in (None, os.getpid())
    assert shown == expected  # every field: sentences, quotes, officials, summary, notes
    assert shown.quotes and shown.officials and shown.summary.sentence_ids

    here = sessions(in_process=True)
    assert open_path(qtbot, here, path) == expected
    assert recorded == [str(path)]


def test_an_error_in_the_process_is_the_same_sentence_as_here(qtbot, sessions, tmp_path):
    bad = tmp_path / "photo.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    sentences = {}
    for in_process in (False, True):
        session = sessions(in_process=in_process)
        for path in (bad, tmp_path / "does-not-exist.txt", tmp_path):
            with qtbot.waitSignal(session.openFailed, timeout=TIMEOUT_MS) as failed:
                session.open_path(str(path))
            sentences.setdefault(path, []).append(failed.args[0])
    for path, (there, here) in sentences.items():
        assert there == here, path
        assert "Something went wrong" not in there


def test_a_killed_process_is_one_sentence_and_the_next_open_works(qtbot, sessions, samples_dir, tmp_path):
    long = tmp_path / "long.txt"
    long.write_text(make_long(samples_dir / "kk-official-visit.txt", 120), encoding="utf-8")
    session = sessions()
    open_path(qtbot, session, samples_dir / "ru-briefing.txt")  # the process is up
    process = session.process
    assert process is not None
    first = process.pid
    stages: list[str] = []
    session.openProgress.connect(stages.append)
    failures: list[str] = []
    session.openFailed.connect(failures.append)
    # "Analysing" comes from the child once it has loaded the file: it is busy with it now.
    with qtbot.waitSignal(session.openProgress, timeout=TIMEOUT_MS,
                          check_params_cb=lambda stage: stage == "Analysing"):
        session.open_path(str(long))
    os.kill(first, signal.SIGKILL)
    qtbot.waitUntil(lambda: bool(failures), timeout=TIMEOUT_MS)
    assert failures == [analysis_process.STOPPED]
    assert session.article.source == str(samples_dir / "ru-briefing.txt")  # the previous one stays
    shown = open_path(qtbot, session, samples_dir / "en-summit.txt")
    assert shown.source == str(samples_dir / "en-summit.txt") and shown.summary.sentence_ids
    assert process.pid not in (None, first) and process.is_alive()


def test_a_newer_open_wins_and_a_long_older_one_is_ended(qtbot, sessions, samples_dir):
    session = sessions()
    open_path(qtbot, session, samples_dir / "ru-briefing.txt")
    process = session.process
    assert process is not None
    first = process.pid
    opened = []
    session.opened.connect(opened.append)
    with qtbot.waitSignal(session.openProgress, timeout=TIMEOUT_MS,
                          check_params_cb=lambda stage: stage == "Analysing"):
        session.open_text(make_long(samples_dir / "kk-official-visit.txt", 200))
    qtbot.wait(200)  # the child is analysing the long text now
    short = samples_dir / "en-summit.txt"
    with qtbot.waitSignal(session.opened, timeout=TIMEOUT_MS):
        session.open_path(str(short))
    qtbot.wait(300)
    assert [a.source for a in opened] == [str(short)]
    assert process.pid != first  # the long analysis was not waited for: its process was ended


def test_new_summary_settings_are_ranked_in_the_process_even_after_a_restart(qtbot, sessions, recorded,
                                                                             samples_dir):
    path = samples_dir / "en-summit.txt"
    session = sessions()
    open_path(qtbot, session, path)
    doc = load_file(str(path))
    for length, kill_first in ((2, False), (4, True)):
        options = replace(session.options, length=length)
        expected = pipeline.update_summary(session.analysis, doc, options)
        if kill_first:  # the process forgets the article: the session sends it again
            assert session.process is not None
            os.kill(session.process.pid, signal.SIGKILL)
            qtbot.waitUntil(lambda: not session.process.is_alive(), timeout=10_000)
        with qtbot.waitSignal(session.summaryChanged, timeout=TIMEOUT_MS) as changed:
            session.set_options(options)
        assert changed.args[0] == expected
        assert len(expected.sentence_ids) == length
    assert recorded == []


def test_a_deferred_module_runs_only_when_something_looks_inside_it(tmp_path, monkeypatch):
    import sys

    package = tmp_path / "deferred_pkg"
    package.mkdir()
    (package / "__init__.py").write_text("import builtins\nbuiltins.deferred_runs += 1\nVALUE = 42\n",
                                         encoding="utf-8")
    (package / "part.py").write_text("from . import VALUE\nDOUBLE = 2 * VALUE\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr("builtins.deferred_runs", 0, raising=False)
    import builtins

    try:
        analysis_process._defer_imports(("deferred_pkg", "no_such_module_here"))
        assert "no_such_module_here" not in sys.modules
        import deferred_pkg  # as sumy imports requests: the statement alone runs nothing

        assert builtins.deferred_runs == 0
        assert deferred_pkg.VALUE == 42  # the first look inside imports it, once
        from deferred_pkg import VALUE
        from deferred_pkg.part import DOUBLE

        assert (VALUE, DOUBLE, builtins.deferred_runs) == (42, 84, 1)
        assert type(sys.modules["deferred_pkg"]).__name__ == "module"  # the real one took its place
    finally:
        for name in ("deferred_pkg", "deferred_pkg.part"):
            sys.modules.pop(name, None)


def test_the_warm_up_imports_the_summariser_and_leaves_requests_deferred():
    """In a fresh interpreter, as the analysis process starts: after the warm-up the summariser's
    libraries are in (the first open does not import them), requests is still a placeholder."""
    import json
    import subprocess
    import sys

    probe = ("import json, sys\n"
             "from dragoman.gui import analysis_process as ap\n"
             "ap._defer_imports(); ap._warm_up()\n"
             "print(json.dumps([name in sys.modules for name in "
             "('dragoman.summarize.fast_lexrank', 'sumy', 'numpy')]"
             " + [type(sys.modules.get('requests')).__name__]))\n")
    repo = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=repo,
                          env={**os.environ, "PYTHONPATH": str(repo)}, check=True, timeout=120)
    assert json.loads(done.stdout) == [True, True, True, "_Deferred"]


def test_the_window_process_imports_the_checks_soon_after_a_session_starts():
    """In a fresh interpreter: an ArticleSession (as the window makes one) imports the translation checks'
    modules on a thread of their own within a second, so the first open's worker does not, and
    they were not imported before."""
    import json
    import subprocess
    import sys

    probe = ("import json, sys, time\n"
             "from PySide6.QtWidgets import QApplication\n"
             "app = QApplication([])\n"
             "from dragoman.gui.session import CHECKS_IMPORT_MS, ArticleSession\n"
             "before = 'dragoman.summarize.checks' in sys.modules\n"
             "session = ArticleSession()\n"
             "end = time.monotonic() + CHECKS_IMPORT_MS / 1000 + 1.5\n"
             "while time.monotonic() < end and 'dragoman.summarize.checks' not in sys.modules:\n"
             "    app.processEvents(); time.sleep(0.02)\n"
             "print(json.dumps([before, 'dragoman.summarize.checks' in sys.modules]))\n"
             "session.process.stop()\n")
    repo = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=repo,
                          env={**os.environ, "PYTHONPATH": str(repo), "QT_QPA_PLATFORM": "offscreen"},
                          check=True, timeout=120)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == [False, True]
