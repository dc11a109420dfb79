"""Screenshots of the real window under Xvfb: Kazakh and Arabic samples, light and dark; a
flagged sentence's tooltip; a Ukrainian article (no analysis data, no model: the first-run card).

    bash scripts/screenshots.sh            (installs Xvfb and Qt's X11 libraries first, as root)
    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Without a display it re-runs itself under ``xvfb-run``. The window runs on the
X11 (xcb) platform exactly as on a desktop; each picture is taken from the X screen after the
translation has finished and an official is selected (its mentions highlighted).
Settings go to a temporary ini file, so a person's own settings are never touched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
SIZE = (1440, 900)
ARTICLES = {"kk": "kk-official-visit.txt", "ar": "ar-talks.txt"}


def rerun_under_xvfb() -> int:
    if not shutil.which("xvfb-run"):
        print("screenshots: xvfb-run is missing; install it with `apt-get install -y xvfb`.", file=sys.stderr)
        return 2
    command = ["xvfb-run", "-a", "-s", f"-screen 0 {SIZE[0]}x{SIZE[1]}x24", sys.executable, *sys.argv]
    return subprocess.call(command, env=dict(os.environ, DRAGOMAN_SCREENSHOTS_XVFB="1"))


def wait(app, condition, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("screenshots: timed out waiting for the window")
        app.processEvents()
        time.sleep(0.01)


def settle(app, seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def take(out: Path) -> None:
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    from dragoman.gui.app import create_app
    from dragoman.gui.settings import open_settings
    from dragoman.gui.window import MainWindow

    app = create_app()
    settings = open_settings(str(Path(tempfile.mkdtemp()) / "screenshots.ini"))
    window = MainWindow(settings=settings)
    # The articles opened here go to a library of their own, not the person's.
    window.library.use_library(Path(tempfile.mkdtemp()) / "screenshots-library.sqlite")
    window.setGeometry(0, 0, *SIZE)
    window.show()
    settle(app)
    out.mkdir(parents=True, exist_ok=True)
    for code, name in ARTICLES.items():
        finished: list[bool] = []
        record = finished.append
        window.session.translationFinished.connect(record)
        window.open_path(str(REPO / "dragoman" / "resources" / "samples" / name))
        wait(app, lambda finished=finished: bool(finished))
        window.session.translationFinished.disconnect(record)
        _select_busiest_official(window)
        window.quotes_panel.select_row(0) if window.quotes_panel.model.rowCount() else None
        _select_busiest_official(window)
        for theme in ("light", "dark"):
            window.set_theme(theme, save=False)
            settle(app)
            target = out / f"{code}-{theme}.png"
            window.screen().grabWindow(0, 0, 0, *SIZE).save(str(target))
            print(f"wrote {target.relative_to(REPO) if target.is_relative_to(REPO) else target}")
    _flag_tooltip_shot(app, window, out)
    _unanalysed_language_shot(app, window, out)
    _model_manager_shot(app, window, out)
    _library_shots(app, window, out)
    window.close()


def _open_and_wait(app, window, path: str | None = None, text: str | None = None) -> None:
    finished: list[bool] = []
    window.session.translationFinished.connect(finished.append)
    window.open_path(path) if path else window.open_text(text or "")
    wait(app, lambda: bool(finished))
    window.session.translationFinished.disconnect(finished.append)
    settle(app)


def _flag_tooltip_shot(app, window, out: Path) -> None:
    """The Kazakh sample with its first flagged sentence selected (F7) and its tooltip shown."""
    from PySide6.QtWidgets import QToolTip

    window.set_theme("light", save=False)
    _open_and_wait(app, window, str(REPO / "dragoman" / "resources" / "samples" / ARTICLES["kk"]))
    sentence = window.reader.step_flagged(1)
    if sentence < 0:
        print("screenshots: no flagged sentence in the Kazakh sample; no tooltip picture")
        return
    pane = window.reader.english
    span = pane.span_of(sentence)
    rect = pane.cursorRect(pane.cursor_for_span(span.start, span.start))
    QToolTip.showText(pane.viewport().mapToGlobal(rect.bottomRight()), pane.flag_reason(sentence) or "", pane)
    settle(app, 0.8)
    _save(window, out / "kk-flag-tooltip.png")
    QToolTip.hideText()


def _unanalysed_language_shot(app, window, out: Path) -> None:
    """A Ukrainian article: no analysis data, no model; the card says which model to get."""
    text = ("Міністр закордонних справ провів у Києві зустріч із делегацією сусідньої країни.\n\n"
            "Сторони обговорили торгівлю зерном і нові маршрути вантажних потягів.\n\n"
            "Наступна зустріч відбудеться восени у столиці партнера.")
    _open_and_wait(app, window, text=text)
    _save(window, out / "uk-light.png")


def _save(window, target: Path) -> None:
    window.screen().grabWindow(0, 0, 0, *SIZE).save(str(target))
    print(f"wrote {target.relative_to(REPO) if target.is_relative_to(REPO) else target}")


def _model_manager_shot(app, window, out: Path) -> None:
    """The model manager dialog alone (no window manager draws a frame under Xvfb), light theme."""
    window.set_theme("light", save=False)
    window.open_model_manager()
    dialog = window.model_manager
    wait(app, lambda: dialog.installed.rowCount() > 0)
    dialog.move(window.x() + 300, window.y() + 150)
    settle(app)
    target = out / "models-light.png"
    dialog.grab().save(str(target))
    print(f"wrote {target.relative_to(REPO) if target.is_relative_to(REPO) else target}")
    dialog.close()


def _library_shots(app, window, out: Path) -> None:
    """library.png: the Library dock over every sample (dark theme, a search by an English name);
    dossier.png: the dossier of the Kazakh sample's busiest official (light theme)."""
    from PySide6.QtCore import Qt

    samples = REPO / "dragoman" / "resources" / "samples"
    for name in ("ru-briefing.txt", "en-summit.txt", ARTICLES["kk"]):
        stored: list[int] = []
        window.library.stored.connect(stored.append)
        _open_and_wait(app, window, str(samples / name))
        wait(app, lambda stored=stored: bool(stored))
        window.library.stored.disconnect(stored.append)
    _select_busiest_official(window)
    official = window.officials_panel.model.row_object(window.officials_panel.current_row())
    window.set_theme("dark", save=False)
    view = window.library.view
    shown: list[int] = []
    view.resultsShown.connect(shown.append)
    window.library.show_library()
    wait(app, lambda: bool(shown))
    window.resizeDocks([window.library.dock], [SIZE[1] // 3], Qt.Orientation.Vertical)
    shown.clear()
    view.search.setText(official.name_en)
    wait(app, lambda: bool(shown))
    settle(app, 0.6)
    _save(window, out / "library.png")
    window.set_theme("light", save=False)
    dialog = window.library.open_dossier(official.name_en)
    wait(app, lambda: dialog.dossier is not None)
    dialog.move(window.x() + 240, window.y() + 120)
    settle(app)
    target = out / "dossier.png"
    dialog.grab().save(str(target))
    print(f"wrote {target.relative_to(REPO) if target.is_relative_to(REPO) else target}")
    dialog.close()


def _select_busiest_official(window) -> None:
    model = window.officials_panel.model
    if model.rowCount():
        row = max(range(model.rowCount()), key=lambda r: len(model.row_object(r).mentions))
        window.docks["officials"].raise_()
        window.officials_panel.select_row(row)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        if os.environ.get("DRAGOMAN_SCREENSHOTS_XVFB"):
            print("screenshots: Xvfb started but DISPLAY is not set.", file=sys.stderr)
            return 2
        return rerun_under_xvfb()
    take(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
