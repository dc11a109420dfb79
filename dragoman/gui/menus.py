"""The window's commands: actions with their shortcuts, and the menus that hold them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from dragoman import __version__
from dragoman.article.paths import data_home
from dragoman.errors import log_file, setup_logging

from . import messages, theme

if TYPE_CHECKING:
    from .window import MainWindow


def _action(window: MainWindow, text: str, slot: Any, shortcut: Any = None, tip: str | None = None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
    action.setToolTip(tip or text.replace("&", "").rstrip("…"))
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def build_actions(window: MainWindow) -> None:
    """Every command of the window as a QAction with its shortcut, then the menus that hold them."""
    standard = QKeySequence.StandardKey
    window.open_action = _action(window, "&Open…", window.choose_file, standard.Open,
                                 "Open an article (txt, html, docx)")
    window.paste_action = _action(window, "&Paste as new article", window.paste_article, "Ctrl+Shift+V")
    window.quit_action = _action(window, "&Quit", window.close, standard.Quit)
    window.find_action = _action(window, "&Find in article…", window.find_bar.open, standard.Find)
    window.find_next_action = _action(window, "Find &next", window.find_bar.next, standard.FindNext)
    window.find_prev_action = _action(window, "Find &previous", window.find_bar.previous, standard.FindPrevious)
    window.copy_summary_action = _action(window, "Copy &summary", window.summary_panel.copy_summary, "Ctrl+Shift+S")
    window.copy_quote_action = _action(window, "Copy &quote with speaker", window.quotes_panel.copy_selected,
                                       "Ctrl+Shift+Q")
    window.copy_official_action = _action(window, "Copy &official's name and title",
                                          window.officials_panel.copy_selected, "Ctrl+Shift+C")
    window.next_quote_action = _action(window, "Next quote", lambda: window.quotes_panel.step(1), "F8")
    window.prev_quote_action = _action(window, "Previous quote", lambda: window.quotes_panel.step(-1), "Shift+F8")
    window.zoom_in_action = _action(window, "Zoom &in", lambda: window.zoom(+1), [QKeySequence(standard.ZoomIn),
                                                                              QKeySequence("Ctrl+=")])
    window.zoom_out_action = _action(window, "Zoom &out", lambda: window.zoom(-1), standard.ZoomOut)
    window.zoom_reset_action = _action(window, "&Reset zoom", lambda: window.zoom(0), "Ctrl+0")
    window.orientation_action = _action(window, "Stack panes &vertically", window.toggle_orientation, "Ctrl+Shift+O")
    window.orientation_action.setCheckable(True)
    window.theme_actions = {name: _action(window, f"{name.title()} theme", lambda _=False, n=name: window.set_theme(n))
                          for name in theme.THEMES}
    for action in window.theme_actions.values():
        action.setCheckable(True)
    window.models_action = _action(window, "&Model manager…", window.open_model_manager, "Ctrl+Shift+M")
    window.translate_action = _action(window, "&Translate automatically", window.toggle_translation)
    window.translate_action.setCheckable(True)
    window.cancel_action = _action(window, "&Cancel translation", window.session.cancel_translation, "Esc")
    window.cancel_action.setEnabled(False)
    window.resume_action = _action(window, "&Resume translation", window.resume_translation, None,
                                   "Translate the sentences still without English")
    window.resume_action.setEnabled(False)
    window.import_english_action = _action(window, "&Import English…", window.choose_english_file, None,
                                           "Use an English version you have (one line per source line); "
                                           "it is checked against the source")
    window.next_check_action = _action(window, "Next sentence to check", lambda: window.step_flagged(1), "F7")
    window.prev_check_action = _action(window, "Previous sentence to check", lambda: window.step_flagged(-1),
                                       "Shift+F7")
    _library_actions(window)
    _build_menus(window)


def _library_actions(window: MainWindow) -> None:
    """The reading library's commands (gui/library_view.py)."""
    library = window.library
    window.library_action = _action(window, "&Library", library.show_library, "Ctrl+L",
                                    "Search every article read, by word, language, date or official")
    window.export_action = _action(window, "&Export…", library.export_current, "Ctrl+E",
                                   "Write the article to md, html, json, docx or pdf")
    window.open_url_action = _action(window, "Open &URL…", library.open_url, "Ctrl+Shift+L",
                                     "Fetch an article by its address and open it")

def _build_menus(window: MainWindow) -> None:
    menus = window.menuBar()
    file_menu = menus.addMenu("&File")
    file_menu.addActions([window.open_action, window.open_url_action, window.paste_action])
    window.recent_menu = file_menu.addMenu("Open &recent")
    file_menu.addSeparator()
    file_menu.addAction(window.export_action)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)
    edit = menus.addMenu("&Edit")
    edit.addActions([window.find_action, window.find_next_action, window.find_prev_action])
    edit.addSeparator()
    edit.addActions([window.copy_summary_action, window.copy_quote_action, window.copy_official_action])
    view = menus.addMenu("&View")
    view.addActions([window.next_quote_action, window.prev_quote_action,
                     window.next_check_action, window.prev_check_action])
    view.addSeparator()
    view.addActions([window.zoom_in_action, window.zoom_out_action, window.zoom_reset_action,
                     window.orientation_action])
    view.addSeparator()
    view.addAction(window.library_action)
    for dock in window.docks.values():
        view.addAction(dock.toggleViewAction())
    view.addSeparator()
    view.addActions(list(window.theme_actions.values()))
    tools = menus.addMenu("&Translation")
    tools.addActions([window.translate_action, window.cancel_action, window.resume_action])
    tools.addAction(window.import_english_action)
    tools.addSeparator()
    tools.addAction(window.models_action)
    _build_help_menu(window, menus.addMenu("&Help"))
    window.fill_recent_menu()


def _build_help_menu(window: MainWindow, menu: QMenu) -> None:
    menu.addAction(_action(window, "Open &log file", open_log_file, None,
                           "Open Dragoman's log (what went wrong, in detail) in your text viewer"))
    menu.addAction(_action(window, "Show log &folder", show_log_folder, None,
                           "Open the folder that holds the log, caches and installed models"))
    menu.addSeparator()
    menu.addAction(_action(window, "&About Dragoman", lambda: QMessageBox.about(window, "About Dragoman",
                                                                                about_text())))


def current_log() -> Path | None:
    """The log file the window writes (set up now if it was not), or None when it cannot be written."""
    return log_file() or setup_logging()


def open_log_file() -> bool:
    """Open the log in the person's viewer for text files; False (and a message) when there is none."""
    path = current_log()
    if path is None or not path.is_file():
        messages.bus().warning(f"There is no log file: {data_home()} cannot be written, so nothing is logged.")
        return False
    return _open(path)


def show_log_folder() -> bool:
    """Open the data folder (the log, caches, models) in the file manager."""
    path = current_log()
    return _open(path.parent if path is not None else data_home())


def _open(path: Path) -> bool:
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    messages.bus().warning(f"No program opened {path}; open it yourself from a file manager.")
    return False


def about_text() -> str:
    """What Help → About says: the version, and where the log and the person's data are."""
    path = current_log()
    where = f"The log is {path}" if path is not None else f"Nothing is logged ({data_home()} cannot be written)"
    return (f"<b>Dragoman {__version__}</b><br>Foreign-language news, read offline: the source, its English "
            f"checked sentence by sentence, a summary, key quotes and officials.<br><br>{where}; "
            f"Help → Open log file opens it. Your data (caches, models) is in {data_home()}.")
