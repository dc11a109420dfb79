"""Fixtures for the window's tests: settings in a temporary ini file, a shown window."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def settings_path(tmp_path: Path) -> str:
    """An ini file in tmp: tests never read or write a person's real settings."""
    return str(tmp_path / "dragoman-test.ini")


@pytest.fixture
def make_window(qtbot):
    """Builds real main windows, shown offscreen, each with the settings file it is given;
    every window's background work is shut down after the test."""
    from dragoman.gui import workers
    from dragoman.gui.settings import open_settings
    from dragoman.gui.window import MainWindow

    made = []

    def make(settings_path: str):
        win = MainWindow(settings=open_settings(settings_path))
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        made.append(win)
        return win

    yield make
    for win in made:
        win.session.shutdown()
    workers.pool().waitForDone(10000)


@pytest.fixture
def window(make_window, settings_path):
    """The real main window, shown offscreen, with its own settings file."""
    return make_window(settings_path)


@pytest.fixture
def samples_dir(repo_root: Path) -> Path:
    folder = repo_root / "dragoman" / "resources" / "samples"
    # The samples are the project's own data: their absence is a failure, not a reason to skip.
    assert any(folder.glob("*.txt")), f"no sample articles in {folder}"
    return folder
