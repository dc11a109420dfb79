"""Start the window: show it first, then open the article in the background.

Only PySide6 and the window's own small modules are imported before the window is shown; the
translation engine, the summariser and the language detector load later, on worker threads.
"""

from __future__ import annotations

import linecache
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from dragoman.article.paths import RESOURCES

# The log file lives with the errors it records (no Qt there: the command line uses it too).
from dragoman.errors import log_file, setup_logging  # noqa: F401 - re-exported for the window

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

DEFAULT_SAMPLE = RESOURCES / "samples" / "kk-official-visit.txt"
# The analysis runs as pure Python on a worker thread; every time the UI thread comes back from Qt
# it waits up to one switch interval for the GIL. 0.5 ms instead of CPython's 5 ms took the
# longest event-loop stall on a 192-sentence article from ~200 ms to ~110 ms (bench/bench_gui.py).
GIL_SWITCH_INTERVAL = 0.0005


def default_article() -> str | None:
    """The sample article the window opens when no file is given (None if it is missing)."""
    return str(DEFAULT_SAMPLE) if DEFAULT_SAMPLE.is_file() else None


def create_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), styled with Fusion so light and dark palettes both work."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    sys.setswitchinterval(GIL_SWITCH_INTERVAL)
    forget_module_sources()
    app = QApplication(argv if argv is not None else sys.argv[:1])
    from .theme import make_style

    app.setStyle(make_style())
    app.setApplicationName("Dragoman")
    app.setOrganizationName("Dragoman")
    app.setApplicationDisplayName("Dragoman")
    icon = RESOURCES / "icons" / "dragoman.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def forget_module_sources() -> None:
    """Keep PySide6 from holding the source of every module imported after it (~8 MB, 90,000 lines,
    in the window). To honour ``from __feature__ import ...``, PySide6 reads each newly imported
    module's source with ``inspect.getsource``, and ``linecache`` keeps those lines for good.
    The check is kept as it is; the lines it read are dropped right after it."""
    feature = sys.modules.get("PySide6.support.feature")
    check = getattr(feature, "_mod_uses_pyside", None)
    if check is None or getattr(check, "forgets_sources", False):
        return

    def uses_pyside(module: object) -> bool:
        try:
            return bool(check(module))
        finally:
            name = getattr(module, "__file__", None)
            if name:
                linecache.cache.pop(name, None)

    uses_pyside.forgets_sources = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
    linecache.clearcache()  # what it read before now (tracebacks read their lines again)


def run(path: str | None = None, settings_path: str | None = None) -> int:
    """Show the window, open ``path`` (or the default sample) in the background, run the event loop."""
    from PySide6.QtCore import QTimer

    from . import workers
    from .window import MainWindow

    setup_logging()
    app = create_app()
    window = MainWindow(settings=None if settings_path is None else _settings(settings_path))
    window.show()
    target = path or default_article()
    if target:
        # After the first paint: the window is on screen before any loading starts.
        QTimer.singleShot(0, lambda: window.open_path(str(Path(target))))
    code = app.exec()
    workers.shutdown()
    return int(code)


def _settings(path: str) -> QSettings:
    from .settings import open_settings

    return open_settings(path)
