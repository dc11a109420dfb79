"""Start-up stays light: the window is built and shown before anything heavy is imported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("ctranslate2", "argostranslate", "sumy", "lingua", "torch", "stanza", "numpy", "trafilatura", "docx")

SCRIPT = r"""
import json, sys
from dragoman.gui.app import create_app
from dragoman.gui.settings import open_settings
from dragoman.gui.window import MainWindow
app = create_app()
window = MainWindow(settings=open_settings(sys.argv[1]))
window.show()
app.processEvents()
print(json.dumps({"visible": window.isVisible(), "modules": sorted(sys.modules)}))
"""


def test_window_shows_without_importing_heavy_modules(repo_root: Path, tmp_path: Path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(repo_root))
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "s.ini")], cwd=repo_root, env=env,
                         capture_output=True, text=True, timeout=60, check=True)
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["visible"]
    loaded = {name.split(".")[0] for name in report["modules"]}
    assert not loaded & set(HEAVY), f"imported before the window showed: {sorted(loaded & set(HEAVY))}"


RUN_CHILD = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from dragoman.gui.app import create_app, run
from dragoman.gui.window import MainWindow

app = create_app()
seen = {}

def check():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    opened = [w for w in windows if w.session.article is not None or w.message_bar.isVisible()]
    if not opened:
        QTimer.singleShot(20, check)
        return
    window = opened[0]
    seen["source"] = window.session.article.source if window.session.article else None
    seen["message"] = window.message_bar.label.text() if window.message_bar.isVisible() else None
    window.close()
    app.exit(0)

QTimer.singleShot(0, check)
seen["code"] = run(sys.argv[1] or None, settings_path=sys.argv[2])
print(json.dumps(seen))
"""


def _run_until_opened(repo_root: Path, path: str | None, tmp_path: Path) -> dict:
    """gui.app.run as main.py calls it, in its own process, stopped once the window shows an article.

    Its own process: once QApplication.exec() has returned, nested event loops in the same
    process return at once, which would break every later test.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(repo_root))
    out = subprocess.run([sys.executable, "-c", RUN_CHILD, path or "", str(tmp_path / "run.ini")], cwd=repo_root,
                         env=env, capture_output=True, text=True, timeout=120, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_run_without_a_file_opens_the_bundled_sample(repo_root, tmp_path):
    from dragoman.gui.app import DEFAULT_SAMPLE

    seen = _run_until_opened(repo_root, None, tmp_path)
    assert seen == {"source": str(DEFAULT_SAMPLE), "message": None, "code": 0}


def test_run_with_a_missing_file_shows_a_message_not_a_crash(repo_root, tmp_path):
    from dragoman.article import ArticleError, load

    missing = tmp_path / "nowhere.txt"
    try:
        load(str(missing))
    except ArticleError as error:
        expected = str(error)
    seen = _run_until_opened(repo_root, str(missing), tmp_path)
    assert seen == {"source": None, "message": expected, "code": 0}
