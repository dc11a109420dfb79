"""The window's library, timed: storing an article (worker), listing and searching from the
Library dock (question to rows shown), and opening a stored article (request to the article
shown, and the part of it spent on the UI thread).

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. .venv/bin/python bench/bench_gui_library.py [--rounds 20]

Uses a library and settings in a temporary folder; the four bundled samples are opened once each.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
SAMPLES = ("kk-official-visit.txt", "ar-talks.txt", "ru-briefing.txt", "en-summit.txt")


def wait(app, condition, seconds: float = 120.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("bench_gui_library: timed out")
        app.processEvents()
        time.sleep(0.0005)


def figures(name: str, values: list[float]) -> None:
    values = sorted(values)
    p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
    median = statistics.median(values)
    print(f"{name:<34} median {median * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms   (n={len(values)})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="bench-gui-library-"))
    os.environ["DRAGOMAN_HOME"] = str(folder / "home")
    from dragoman.gui.app import create_app
    from dragoman.gui.settings import open_settings
    from dragoman.gui.window import MainWindow

    app = create_app()
    window = MainWindow(settings=open_settings(str(folder / "bench.ini")))
    window.library.use_library(folder / "library.sqlite")
    window.show()
    ids: list[int] = []
    store_times: list[float] = []
    for name in SAMPLES:
        stored: list[int] = []
        started: list[float] = []
        mark = lambda _complete, s=started: s.append(time.perf_counter())  # noqa: E731
        window.session.translationFinished.connect(mark)
        window.library.stored.connect(stored.append)
        window.open_path(str(REPO / "dragoman" / "resources" / "samples" / name))
        wait(app, lambda stored=stored: bool(stored))
        store_times.append(time.perf_counter() - started[0])
        window.library.stored.disconnect(stored.append)
        window.session.translationFinished.disconnect(mark)
        ids.append(stored[0])
    figures("store (finished → stored)", store_times)
    view = window.library.view
    window.library.show_library()
    for label, query in (("list (ask → rows shown)", ""), ("search (ask → rows shown)", "Тоқаев")):
        times = []
        for _ in range(args.rounds):
            shown: list[int] = []
            view.resultsShown.connect(shown.append)
            view.search.blockSignals(True)
            view.search.setText(query)
            view.search.blockSignals(False)
            began = time.perf_counter()
            view.refresh_now()
            wait(app, lambda shown=shown: bool(shown))
            times.append(time.perf_counter() - began)
            view.resultsShown.disconnect(shown.append)
        figures(label, times)
    total, ui = [], []
    for round_ in range(args.rounds):
        shown = []
        seen = lambda s=shown: s.append(time.perf_counter())  # noqa: E731
        window.articleShown.connect(seen)
        real = window.library.show_stored
        spent: list[float] = []

        def timed(stored, real=real, spent=spent):
            began = time.perf_counter()
            real(stored)
            spent.append(time.perf_counter() - began)

        window.library.show_stored = timed
        began = time.perf_counter()
        window.library.open_article(ids[round_ % len(ids)])
        wait(app, lambda shown=shown: bool(shown))
        total.append(shown[0] - began)
        wait(app, lambda spent=spent: bool(spent))
        ui.append(spent[0])
        window.library.show_stored = real
        window.articleShown.disconnect(seen)
    figures("open stored (ask → shown)", total)
    figures("open stored: UI thread part", ui)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
