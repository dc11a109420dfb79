"""Window benchmarks; prints its figures (targets from the issue in brackets).

    .venv/bin/python bench/bench_gui.py [--launches 7]
    .venv/bin/python bench/bench_gui.py --article FILE [--limit 600]
    .venv/bin/python bench/bench_gui.py --make-words 50000 --out long.txt   (or --make-chars 2000000)
    .venv/bin/python bench/bench_gui.py --reopen 10

``--article``: open FILE in the window with the demo translation streaming and print the longest
UI-thread stall (a 10 ms heartbeat; stall = gap - period), the stalls over 100 ms, the time until
the panels are filled and resident memory. ``--make-*`` writes a long article from the Kazakh
sample's paragraphs. ``--reopen N``: resident memory after opening N articles one after another (both processes:
the window's and its analysis process).

1. cold start: process launch → window shown, through main.py's own entry (median of launches)
2. open → panels filled (source, summary, quotes, officials), translation excluded:
   the first open in a fresh window, 2 s after it showed (as a person picks a file), and warm
   opens of the other samples
3. longest event-loop stall during a full open-translate-analyse run, measured by a 5 ms QTimer probe
4. resident memory after translating with the demo models
Runs offscreen (QT_QPA_PLATFORM=offscreen) unless a platform is set, with a fresh temporary data
folder (empty translation cache, only the bundled demo models).
"""

from __future__ import annotations

import argparse
import contextlib
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


IDLE_BEFORE_FIRST_OPEN = 2.0  # seconds between the window showing and the first open


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
    # A person picks a file a moment after the window appears; meanwhile the analysis process
    # starts and imports the analysis (sumy, numpy). Opened at once, the first article waits for that.
    idle_until = time.perf_counter() + IDLE_BEFORE_FIRST_OPEN
    while time.perf_counter() < idle_until:
        app.processEvents()
        time.sleep(0.005)

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
    print(f"open -> panels filled (translation excluded): first open {fills[0]:.3f} s "
          f"({IDLE_BEFORE_FIRST_OPEN:.0f} s after the window showed), "
          f"warm median {statistics.median(fills[1:]):.3f} s over {len(fills) - 1} samples  [target <= 0.5 s]")
    print("open -> translated and re-analysed: " + ", ".join(f"{p.stem} {t:.2f} s" for p, t in zip(paths, fulls)))
    print(f"longest event-loop stall during open+translate+analyse: first article (cold imports) {stalls[0]} ms, "
          f"then {', '.join(f'{p.stem} {s} ms' for p, s in zip(paths[1:], stalls[1:]))}  [target <= 100 ms]")
    long_article_stall(app, window, samples / "kk-official-visit.txt", copies=12)
    rss = psutil.Process().memory_info().rss / 2**20
    print(f"resident memory after translating with the demo models: {rss:.0f} MB, "
          f"{_resident_mb(psutil):.0f} MB with the analysis process  [target <= 300 MB]")
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


def make_long(words: int = 0, chars: int = 0) -> str:
    """The Kazakh sample's paragraphs repeated until ``words`` words or ``chars`` characters."""
    sample = REPO / "dragoman" / "resources" / "samples" / "kk-official-visit.txt"
    paragraphs = [p for p in sample.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    out, count, length = [], 0, 0
    while (words and count < words) or (chars and length < chars):
        paragraph = paragraphs[len(out) % len(paragraphs)]
        out.append(paragraph)
        count += len(paragraph.split())
        length += len(paragraph) + 2
    text = "\n\n".join(out)
    return text[:chars] if chars else text


class Heartbeat:
    """A 10 ms timer on the UI thread; a gap longer than the period is a stall."""

    PERIOD = 10

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.clock, self.stalls, self.when = QElapsedTimer(), [], []
        self.started = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(self.PERIOD)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        stall = max(0, self.clock.restart() - self.PERIOD)
        self.stalls.append(stall)
        if stall > 100:
            self.when.append((time.perf_counter() - self.started - stall / 1000, stall))

    def start(self) -> None:
        self.stalls.clear()
        self.when.clear()
        self.started = time.perf_counter()
        self.clock.start()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def report(self) -> str:
        over = [s for s in self.stalls if s > 100]
        return f"longest stall: {max(self.stalls, default=0)} ms; stalls over 100 ms: {len(over)}"


class StallSampler:
    """A watchdog thread: while the UI thread has not ticked for 80 ms, sample its stack every
    20 ms; ``report`` names the code those samples were in (what the stalls are made of)."""

    def __init__(self) -> None:
        import threading

        self.main = threading.main_thread().ident
        self.last = time.perf_counter()
        self.samples: dict[str, int] = {}
        self.running = True
        self.thread = threading.Thread(target=self._watch, daemon=True)

    def tick(self) -> None:
        self.last = time.perf_counter()

    def start(self) -> None:
        self.thread.start()

    def _watch(self) -> None:
        import threading
        import traceback

        while self.running:
            time.sleep(0.02)
            if time.perf_counter() - self.last > 0.08:
                for ident, frame in sys._current_frames().items():
                    if ident == threading.get_ident():
                        continue
                    stack = traceback.extract_stack(frame)[-12:]
                    ours = [f for f in stack if "dragoman" in f.filename] or stack
                    where = " < ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(ours[-3:]))
                    key = ("UI: " if ident == self.main else "worker: ") + where
                    self.samples[key] = self.samples.get(key, 0) + 1

    def report(self, top: int = 14) -> str:
        self.running = False
        ranked = sorted(self.samples.items(), key=lambda item: -item[1])[:top]
        return "\n".join(f"    {count:4d}  {key}" for key, count in ranked) or "    (no samples)"


class _GcTimer:
    """The garbage collector's long collections (they hold the GIL, so every thread waits)."""

    def __init__(self) -> None:
        import gc

        self.began = 0.0
        self.long: list[tuple[float, int, float]] = []  # (when, generation, ms)
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict) -> None:
        now = time.perf_counter()
        if phase == "start":
            self.began = now
        elif now - self.began > 0.02:
            self.long.append((self.began, info["generation"], 1000 * (now - self.began)))

    def report(self, since: float) -> str:
        return "garbage collections over 20 ms (s from open: generation, ms): " + (", ".join(
            f"{t - since:.1f}: gen{g} {ms:.0f}" for t, g, ms in self.long) or "none")


def _run_until(app, done, seconds: float) -> bool:
    deadline = time.perf_counter() + seconds
    while not done() and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)
    return bool(done())


def article_figures(path: Path, limit: float, profile: bool = False) -> None:
    """Open ``path`` in the window, stream the demo translation, print stalls, fill time and memory."""
    import psutil

    from dragoman.gui.app import create_app
    from dragoman.gui.settings import open_settings
    from dragoman.gui.window import MainWindow

    app = create_app()
    window = MainWindow(settings=open_settings(str(Path(tempfile.mkdtemp()) / "bench.ini")))
    window.show()
    app.processEvents()
    shown, finished = [], []
    window.articleShown.connect(lambda: shown.append(time.perf_counter()))
    window.session.translationFinished.connect(lambda _c: finished.append(time.perf_counter()))
    beat = Heartbeat()
    sampler = StallSampler() if profile else None
    if sampler is not None:
        beat.timer.timeout.connect(sampler.tick)
        sampler.start()
    collections = _GcTimer() if profile else None
    started = time.perf_counter()
    beat.start()
    window.open_path(str(path))
    _run_until(app, lambda: bool(shown), limit)
    if not shown:  # still analysing: how the window fared meanwhile is the figure that matters
        beat.stop()
        raise SystemExit(f"the article did not show within {limit:.0f} s; meanwhile {beat.report()}")
    panels = _panels_filled_after(app, window, shown[0])
    complete = _run_until(app, lambda: bool(finished), max(1.0, limit - (time.perf_counter() - started)))
    if not complete:
        window.session.cancel_translation()
        _run_until(app, lambda: bool(finished), 30)
    beat.stop()
    analysis = window.session.analysis
    words = len(path.read_text(encoding="utf-8").split())
    done = sum(1 for s in analysis.sentences if s.translation is not None)
    print(f"{path.name}: {path.stat().st_size / 1e6:.2f} MB, {words} words, {len(analysis.sentences)} sentences")
    print(f"  article shown after {shown[0] - started:.2f} s; panels filled {panels:.2f} s after it showed")
    print(f"  translation {'finished' if complete else f'stopped at the {limit:.0f} s limit'} after "
          f"{time.perf_counter() - started:.1f} s ({done} of {len(analysis.sentences)} sentences)")
    print(f"  {beat.report()}  [target <= 100 ms]")
    print(f"  resident memory: {psutil.Process().memory_info().rss / 2**20:.0f} MB here, "
          f"{_resident_mb(psutil):.0f} MB with the analysis process")
    if profile:
        print("  stalls over 100 ms (s from open: ms): " + ", ".join(f"{t:.1f}: {ms}" for t, ms in beat.when))
    if collections is not None:
        print("  " + collections.report(started))
    if sampler is not None:
        print("  where the UI thread was during stalls (samples every 20 ms):\n" + sampler.report())
    window.close()


def _panels_filled_after(app, window, since: float) -> float:
    """Seconds from ``since`` until the summary, quotes and officials show rows (or 10 s pass)."""
    panels = (window.summary_panel.model, window.quotes_panel.model, window.officials_panel.model)
    _run_until(app, lambda: all(m.rowCount() > 0 for m in panels), 10)
    return time.perf_counter() - since


def _resident_mb(psutil) -> float:
    """Resident memory of this process and its children (the window's analysis process), in MB."""
    me = psutil.Process()
    total = me.memory_info().rss
    for child in me.children(recursive=True):
        with contextlib.suppress(psutil.NoSuchProcess):  # ended (restarted) meanwhile
            total += child.memory_info().rss
    return total / 2**20


def reopen_figures(count: int, words: int = 0) -> None:
    """Resident memory after the first and after ``count`` articles opened one after another
    (the samples, or ``words``-word articles from the Kazakh sample when ``words``)."""
    import gc

    import psutil

    from dragoman.gui.app import create_app
    from dragoman.gui.settings import open_settings
    from dragoman.gui.window import MainWindow

    app = create_app()
    window = MainWindow(settings=open_settings(str(Path(tempfile.mkdtemp()) / "bench.ini")))
    window.show()
    samples = sorted((REPO / "dragoman" / "resources" / "samples").glob("*.txt"))
    folder = Path(tempfile.mkdtemp(prefix="dragoman-reopen-"))
    figures, windows = [], []
    for number in range(count):
        path = folder / f"article-{number}.txt"  # a distinct file each time, as a person would open
        text = (make_long(words=words + 97 * number) if words else
                samples[number % len(samples)].read_text(encoding="utf-8") * (1 + number % 3))
        path.write_text(text, encoding="utf-8")
        finished: list[bool] = []
        on_finished = finished.append
        window.session.translationFinished.connect(on_finished)
        window.open_path(str(path))
        _run_until(app, lambda finished=finished: bool(finished), 600)
        window.session.translationFinished.disconnect(on_finished)
        for _ in range(20):
            app.processEvents()
        gc.collect()
        figures.append(_resident_mb(psutil))
        windows.append(psutil.Process().memory_info().rss / 2**20)
    print(f"resident memory (window and analysis processes) after opening {count} articles in turn: "
          f"first {figures[0]:.0f} MB, last {figures[-1]:.0f} MB, "
          f"growth {figures[-1] - figures[0]:+.0f} MB  [target <= +50 MB]")
    print("  after each: " + ", ".join(f"{f:.0f}" for f in figures))
    print("  after each, window / analysis process: " + ", ".join(
        f"{p.stem if not words else 'kk'} {w:.0f}/{f - w:.0f}" for p, w, f in zip(
            [samples[n % len(samples)] for n in range(count)], windows, figures)))
    window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--launches", type=int, default=7)
    parser.add_argument("--article", type=Path, help="open this file and measure stalls while it translates")
    parser.add_argument("--limit", type=float, default=600, help="seconds before the translation is cancelled")
    parser.add_argument("--make-words", type=int, default=0)
    parser.add_argument("--make-chars", type=int, default=0)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--reopen", type=int, default=0)
    parser.add_argument("--reopen-words", type=int, default=0, help="with --reopen: articles this long")
    parser.add_argument("--profile", action="store_true", help="sample the UI thread's stack in stalls")
    args = parser.parse_args()
    if args.make_words or args.make_chars:
        out = args.out or Path(tempfile.mkdtemp()) / "long.txt"
        out.write_text(make_long(args.make_words, args.make_chars), encoding="utf-8")
        print(out)
    elif args.article:
        article_figures(args.article, args.limit, args.profile)
    elif args.reopen:
        reopen_figures(args.reopen, args.reopen_words)
    else:
        cold_start(args.launches)
        in_window_figures()


if __name__ == "__main__":
    main()
