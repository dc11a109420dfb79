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
from gui.app import create_app
from gui.settings import open_settings
from gui.window import MainWindow
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


def _run_until_opened(qtbot, path, settings_path):
    """gui.app.run as main.py calls it, stopped once the window shows an article."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from gui.app import run
    from gui.window import MainWindow

    seen: dict[str, object] = {}

    def check():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        opened = [w for w in windows if w.session.article is not None or w.message_bar.isVisible()]
        if opened:
            window = opened[0]
            seen["source"] = window.session.article.source if window.session.article else None
            seen["message"] = window.message_bar.label.text() if window.message_bar.isVisible() else None
            window.close()
            QApplication.instance().exit(0)
        else:
            QTimer.singleShot(20, check)

    QTimer.singleShot(0, check)
    seen["code"] = run(path, settings_path=settings_path)
    return seen


def test_run_without_a_file_opens_the_bundled_sample(qtbot, settings_path):
    from gui.app import DEFAULT_SAMPLE

    seen = _run_until_opened(qtbot, None, settings_path)
    assert seen == {"source": str(DEFAULT_SAMPLE), "message": None, "code": 0}


def test_run_with_a_missing_file_shows_a_message_not_a_crash(qtbot, settings_path, tmp_path):
    from article import ArticleError, load

    missing = tmp_path / "nowhere.txt"
    try:
        load(str(missing))
    except ArticleError as error:
        expected = str(error)
    seen = _run_until_opened(qtbot, str(missing), settings_path)
    assert seen == {"source": None, "message": expected, "code": 0}
