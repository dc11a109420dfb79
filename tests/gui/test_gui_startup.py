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
