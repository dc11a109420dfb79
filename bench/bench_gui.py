"""Window benchmarks; prints its figures (targets from the issue in brackets).

    .venv/bin/python bench/bench_gui.py [--launches 7]

1. cold start: process launch → window shown, through main.py's own entry (median of launches)
2. open → panels filled (source, summary, quotes, officials), translation excluded:
   the first open in a fresh window (cold imports) and warm opens of the other samples
3. longest event-loop stall during a full open-translate-analyse run, measured by a 5 ms QTimer probe
4. resident memory after translating with the demo models
Runs offscreen (QT_QPA_PLATFORM=offscreen) unless a platform is set, with a fresh temporary data
folder (empty translation cache, only the bundled demo models).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A fresh data folder and package folder: the translation cache starts empty, only the bundled
# demo models are there, and nothing of the person's own set-up changes the figures.
_HOME = Path(tempfile.mkdtemp(prefix="dragoman-bench-gui-"))
for _name in ("DRAGOMAN_HOME", "ARGOS_PACKAGES_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    os.environ[_name] = str(_HOME / _name.lower())
    (_HOME / _name.lower()).mkdir()

# Child process: the real entry point (main.main with no file), stopped at its first event-loop turn.
COLD_CHILD = r"""
import sys, time, json
sys.path.insert(0, sys.argv[1])
from dragoman.gui.app import create_app
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = create_app()
def shown():
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.objectName() == "dragomanWindow"]
    heavy = sorted(m for m in ("ctranslate2", "sumy", "lingua", "argostranslate", "torch") if m in sys.modules)
    print(json.dumps({"t": time.time(), "visible": bool(windows), "heavy": heavy}), flush=True)
    app.exit(0)
QTimer.singleShot(0, shown)   # runs at the first turn of the event loop, i.e. after window.show()
import main
main.main([])
"""


def cold_start(launches: int) -> None:
    times, heavy = [], set()
    env = dict(os.environ, DRAGOMAN_SETTINGS=str(Path(tempfile.mkdtemp()) / "bench.ini"))
    for _ in range(launches):
        start = time.time()
        out = subprocess.run([sys.executable, "-c", COLD_CHILD, str(REPO)], env=env, cwd=REPO,
                             capture_output=True, text=True, timeout=120)
        lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
        if not lines:
            raise SystemExit(f"the child did not report: {out.stderr[-2000:]}")
        report = json.loads(lines[-1])
        assert report["visible"], "the window was not visible"
        times.append(report["t"] - start)
        heavy.update(report["heavy"])
    print(f"cold start to window shown: median {statistics.median(times):.3f} s, min {min(times):.3f}, "
          f"max {max(times):.3f} over {launches} launches  [target <= 1.0 s]")
    print(f"  heavy modules imported before show: {sorted(heavy) or 'none'}")


def in_window_figures() -> None:
    import psutil
    from PySide6.QtCore import QElapsedTimer, QTimer

    from dragoman.gui.app import create_app
    from dragoman.gui.settings import open_settings
    from dragoman.gui.window import MainWindow

    app = create_app()
    window = MainWindow(settings=open_settings(str(Path(tempfile.mkdtemp()) / "bench.ini")))
    window.show()
    app.processEvents()

    # Event-loop stall probe: a 5 ms timer; the longest gap between two ticks is the worst stall.
    clock, gaps = QElapsedTimer(), []
    probe = QTimer()
    probe.setInterval(5)
    probe.timeout.connect(lambda: (gaps.append(clock.restart())))
    clock.start()
    probe.start()

    samples = REPO / "dragoman" / "resources" / "samples"
    paths = [samples / n for n in ("kk-official-visit.txt", "ar-talks.txt", "ru-briefing.txt", "en-summit.txt")]
    fills, fulls, stalls = [], [], []
    for path in paths:
        gaps.clear()
        shown_at, finished_at = [], []
        started = time.perf_counter()
        on_shown = lambda shown_at=shown_at: shown_at.append(time.perf_counter())  # noqa: E731
        on_finished = lambda _c, finished_at=finished_at: finished_at.append(time.perf_counter())  # noqa: E731
        window.articleShown.connect(on_shown)
        window.session.translationFinished.connect(on_finished)
        window.open_path(str(path))
        deadline = time.perf_counter() + 120
        while not finished_at and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.001)
        window.articleShown.disconnect(on_shown)
        window.session.translationFinished.disconnect(on_finished)
        fills.append(shown_at[0] - started)
        fulls.append(finished_at[0] - started)
        stalls.append(max(gaps, default=0))
    probe.stop()
    print(f"open -> panels filled (translation excluded): first open {fills[0]:.3f} s (cold imports), "
          f"warm median {statistics.median(fills[1:]):.3f} s over {len(fills) - 1} samples  [target <= 0.5 s]")
    print("open -> translated and re-analysed: " + ", ".join(f"{p.stem} {t:.2f} s" for p, t in zip(paths, fulls)))
    print(f"longest event-loop stall during open+translate+analyse: first article (cold imports) {stalls[0]} ms, "
          f"then {', '.join(f'{p.stem} {s} ms' for p, s in zip(paths[1:], stalls[1:]))}  [target <= 100 ms]")
    long_article_stall(app, window, samples / "kk-official-visit.txt", copies=12)
    rss = psutil.Process().memory_info().rss / 2**20
    print(f"resident memory after translating with the demo models: {rss:.0f} MB  [target <= 300 MB]")
    window.close()


def long_article_stall(app, window, sample: Path, copies: int) -> None:
    """A long pasted article (``copies`` of a sample): the longest stall while it opens and translates."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    text = "\n\n".join([sample.read_text(encoding="utf-8")] * copies)
    clock, gaps, finished = QElapsedTimer(), [], []
    probe = QTimer()
    probe.setInterval(5)
    probe.timeout.connect(lambda: gaps.append(clock.restart()))
    on_finished = finished.append
    window.session.translationFinished.connect(on_finished)
    started = time.perf_counter()
    clock.start()
    probe.start()
    window.open_text(text)
    while not finished and time.perf_counter() - started < 300:
        app.processEvents()
        time.sleep(0.001)
    probe.stop()
    window.session.translationFinished.disconnect(on_finished)
    count = len(window.session.analysis.sentences)
    print(f"long article ({count} sentences, pasted): opened, translated and analysed in "
          f"{time.perf_counter() - started:.1f} s; longest event-loop stall {max(gaps)} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--launches", type=int, default=7)
    args = parser.parse_args()
    cold_start(args.launches)
    in_window_figures()


if __name__ == "__main__":
    main()
