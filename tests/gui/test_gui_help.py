"""Help menu: the log file and the data folder open in the person's programs; About says where."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from dragoman.gui import messages


class _Opened(QObject):
    """Receives the file:// URLs Qt would hand to the desktop (QDesktopServices' own URL handler hook)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def record(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("DRAGOMAN_HOME", str(tmp_path / "home"))
    handler = _Opened()
    QDesktopServices.setUrlHandler("file", handler, "record")
    yield handler
    QDesktopServices.unsetUrlHandler("file")
    root = logging.getLogger()
    for h in [h for h in root.handlers if getattr(h, "dragoman", False)]:
        root.removeHandler(h)
        h.close()


def _help_action(window, text: str):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def test_open_log_file_opens_the_log_in_the_data_folder(window, opened, tmp_path):
    _help_action(window, "Open log file").trigger()
    assert [Path(u.toLocalFile()) for u in opened.urls] == [tmp_path / "home" / "dragoman.log"]
    assert (tmp_path / "home" / "dragoman.log").is_file()
    _help_action(window, "Show log folder").trigger()
    assert Path(opened.urls[-1].toLocalFile()) == tmp_path / "home"


def test_about_says_where_the_log_is(window, opened, tmp_path):
    from dragoman.gui.menus import about_text

    assert str(tmp_path / "home" / "dragoman.log") in about_text() and "Open log file" in about_text()


def test_an_unwritable_data_folder_is_one_message_not_a_crash(window, opened, tmp_path, monkeypatch):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("a file where the data folder should be", encoding="utf-8")
    monkeypatch.setenv("DRAGOMAN_HOME", str(blocked))
    posted: list[messages.Message] = []
    messages.bus().posted.connect(posted.append)
    try:
        _help_action(window, "Open log file").trigger()
    finally:
        messages.bus().posted.disconnect(posted.append)
    assert opened.urls == []
    assert [m.level for m in posted] == [messages.WARNING] and "cannot be written" in posted[0].text
