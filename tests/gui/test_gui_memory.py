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
    # ``finished`` can arrive while the pool thread still unwinds its frame (a loaded machine):
    # once ``wait`` returns, that thread holds nothing either.
    assert worker.wait(5)
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


# The window checks a Russian translation with the Russian Snowball stemmer; NLTK's own package
# import would bring all of NLTK and numpy (~40 MB) into the window's process for it.
_ANALYSE_CHILD = r"""
import pickle, sys
from dragoman import article, pipeline
doc = article.load(sys.argv[1])
analysis = pipeline.analyse_text(doc, pipeline.Options(translate=False))
for sentence in analysis.sentences:  # English for the checks to compare (places, names, numbers)
    sentence.translation = "The minister said in Moscow on 12 May that Russia and Kazakhstan agreed."
with open(sys.argv[2], "wb") as handle:
    pickle.dump((doc, analysis), handle)
"""
# As in the window: the analysis arrives by pickle, the checks run here.
_CHECKER_CHILD = r"""
import json, pickle, sys
from dragoman import pipeline
with open(sys.argv[2], "rb") as handle:
    doc, analysis = pickle.load(handle)
checker = pipeline.make_checker(doc, analysis)
checker.check_all()
from dragoman.summarize.words import stemmer_for
words = sorted({w for s in doc.text.split() if (w := s.strip(".,:;«»()\"")) and w.isalpha()})
stem = stemmer_for("ru")
light = [stem(w) for w in words]
heavy_before = sorted({m.split(".")[0] for m in sys.modules} & {"nltk", "numpy"})
import nltk.stem.snowball  # the real package, afterwards: untouched by the light load
from dragoman.summarize.words import normalize
real = [nltk.stem.snowball.RussianStemmer().stem(normalize(w)) for w in words]
print(json.dumps({"heavy": heavy_before, "same": light == real, "words": len(words),
                  "real_nltk": hasattr(sys.modules["nltk"], "__version__")}))
"""


def test_checking_a_russian_translation_loads_neither_nltk_nor_numpy(repo_root: Path, tmp_path: Path):
    import json
    import os
    import subprocess
    import sys

    sample = repo_root / "dragoman" / "resources" / "samples" / "ru-briefing.txt"
    env = dict(os.environ, PYTHONPATH=str(repo_root), DRAGOMAN_HOME=str(tmp_path))
    pickled = tmp_path / "analysis.pickle"
    for script in (_ANALYSE_CHILD, _CHECKER_CHILD):
        out = subprocess.run([sys.executable, "-c", script, str(sample), str(pickled)], cwd=repo_root,
                             env=env, capture_output=True, text=True, timeout=120, check=True)
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["words"] > 50
    assert report["heavy"] == [], "the Russian checks imported NLTK's package or numpy"
    assert report["same"], "the light Snowball stems differ from NLTK's own"
    assert report["real_nltk"], "a later real import of NLTK got a placeholder package"


_SOURCES_CHILD = r"""
import importlib, json, linecache, sys
sys.path.insert(0, sys.argv[1])
import dragoman.gui.app
if sys.argv[2] == "keep":  # as PySide6 does by itself
    dragoman.gui.app.forget_module_sources = lambda: None
app = dragoman.gui.app.create_app()
import dragoman.gui.window  # what the window imports, and a module of the test's own
module = importlib.import_module("freshly_imported")
import traceback
try:
    module.fail()
except ZeroDivisionError:
    trace = traceback.format_exc()  # a traceback still shows the module's source lines
import PySide6.support.feature as feature
print(json.dumps({"cached": sorted(n for n in linecache.cache if "freshly_imported" in n),
                  "all_cached": len(linecache.cache), "trace": trace,
                  "features": feature.pyside_feature_dict}))
"""


def test_the_window_keeps_no_source_lines_of_the_modules_it_imports(repo_root: Path, tmp_path: Path):
    import json
    import os
    import subprocess
    import sys

    (tmp_path / "freshly_imported.py").write_text(
        "from PySide6.QtCore import QObject\n\n\ndef fail():\n    return 1 / 0  # the line a traceback shows\n",
        encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(repo_root), QT_QPA_PLATFORM="offscreen")
    reports = {}
    for mode in ("keep", "forget"):
        out = subprocess.run([sys.executable, "-c", _SOURCES_CHILD, str(tmp_path), mode], cwd=repo_root,
                             env=env, capture_output=True, text=True, timeout=120, check=True)
        reports[mode] = json.loads(out.stdout.strip().splitlines()[-1])
    kept, forgot = reports["keep"], reports["forget"]
    assert kept["all_cached"] > 50  # PySide6 alone keeps the lines of every module it checked
    assert forgot["all_cached"] <= 5, "imported modules' source lines are kept in linecache"
    assert forgot["features"] == kept["features"], "PySide6's feature check decided otherwise"
    assert "the line a traceback shows" in forgot["trace"]
