"""The model manager dialog on the real manager: import, remove, a bad file, offline, download, cancel.

Packages go to the test run's temporary ARGOS_PACKAGES_DIR (tests/conftest.py); downloads come from
an http.server on 127.0.0.1 that this test starts and stops.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from dragoman.gui.model_manager import ModelManagerDialog
from dragoman.translate import manager

TIMEOUT_MS = 30_000


@pytest.fixture
def demo_package(repo_root: Path) -> Path:
    files = sorted((repo_root / "dragoman" / "resources" / "models").glob("kk-en*.argosmodel"))
    assert files, "the bundled kk-en demo package is missing from resources/models"
    return files[0]


@pytest.fixture
def dialog(qtbot):
    before = user_packages()
    dlg = ModelManagerDialog()
    dlg.packages_before = before  # what the person had installed before the test
    qtbot.addWidget(dlg)
    with qtbot.waitSignal(dlg.listed, timeout=TIMEOUT_MS):
        dlg.show()
    yield dlg
    for package in manager.list_packages(include_demo=False):  # leave the folder as we found it
        if package.id not in before:
            manager.remove_package(package.id)


def user_packages() -> set[str]:
    """Ids of the packages installed in the argos folder (not the bundled demo ones)."""
    return {p.id for p in manager.list_packages(include_demo=False)}


def _rows(dlg: ModelManagerDialog) -> list:
    return dlg.installed.rows()


def _select(qtbot, view, row: int) -> None:
    index = view.model().index(row, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def test_lists_what_the_manager_lists(dialog):
    assert [(p.id, p.version, p.demo) for p in _rows(dialog)] == \
        [(p.id, p.version, p.demo) for p in manager.list_packages()]


def test_import_then_remove_a_package_through_the_dialog(qtbot, dialog, demo_package):
    # Wait for the list reloaded after the import (``listed``), not for a row to appear: a row can be
    # there before the reload ends (another user package), and while it runs Remove is disabled.
    outcomes: list[bool] = []
    dialog.operationFinished.connect(outcomes.append)
    with qtbot.waitSignals([dialog.operationFinished, dialog.listed], order="strict", timeout=TIMEOUT_MS):
        dialog.import_file(str(demo_package))
    assert outcomes == [True]
    new = [p for p in manager.list_packages(include_demo=False) if p.id not in dialog.packages_before]
    assert [(p.from_code, p.to_code) for p in new] == [("kk", "en")]
    row = next(i for i, p in enumerate(_rows(dialog)) if p.id == new[0].id)
    _select(qtbot, dialog.installed_view, row)
    assert dialog.remove_button.isEnabled()
    with qtbot.waitSignals([dialog.operationFinished, dialog.listed], order="strict", timeout=TIMEOUT_MS):
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert outcomes == [True, True]
    # The person is told the model's name and languages, not the folder's internal id.
    assert dialog.status.text() == f"Removed {new[0].name} (kk→en)."
    assert all(p.id != new[0].id for p in _rows(dialog)) and _rows(dialog)
    assert user_packages() == dialog.packages_before


def test_bundled_demo_packages_cannot_be_removed(qtbot, dialog):
    row = next(i for i, p in enumerate(_rows(dialog)) if p.bundled)
    _select(qtbot, dialog.installed_view, row)
    assert not dialog.remove_button.isEnabled()


def test_a_bad_file_is_one_sentence_and_installs_nothing(qtbot, dialog, tmp_path):
    bad = tmp_path / "not-a-model.argosmodel"
    bad.write_text("this is not a zip file", encoding="utf-8")
    with pytest.raises(manager.PackageError) as expected:
        manager.install_package_file(bad)
    with qtbot.waitSignal(dialog.operationFinished, timeout=TIMEOUT_MS) as done:
        dialog.import_file(str(bad))
    assert done.args == [False]
    assert dialog.status.text() == str(expected.value)
    assert user_packages() == dialog.packages_before


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_offline_fetch_says_so_quickly(qtbot, dialog, monkeypatch):
    monkeypatch.setenv("DRAGOMAN_PACKAGE_INDEX", f"http://127.0.0.1:{_closed_port()}/index.json")
    with pytest.raises(manager.PackageError) as expected:
        manager.fetch_index(timeout=5)
    started = time.monotonic()
    with qtbot.waitSignal(dialog.operationFinished, timeout=TIMEOUT_MS) as done:
        qtbot.mouseClick(dialog.fetch_button, Qt.MouseButton.LeftButton)
    assert done.args == [False]
    assert time.monotonic() - started < 5
    assert dialog.status.text() == str(expected.value)
    assert "offline" in dialog.status.text()


class _Server:
    """An index and one package on 127.0.0.1; ``delay`` seconds between 64 KB chunks."""

    def __init__(self, package: Path, delay: float = 0.0) -> None:
        payload, server_ref = package.read_bytes(), self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                if self.path == "/index.json":
                    body = json.dumps([{"type": "translate", "from_code": "kk", "to_code": "en",
                                        "package_version": "9.9", "name": "Kazakh test package",
                                        "links": [f"{server_ref.base}/kk-en.argosmodel"]}]).encode()
                    self._send(body)
                elif self.path == "/kk-en.argosmodel":
                    self._send(payload, delay)
                else:
                    self.send_error(404)

            def _send(self, body: bytes, pause: float = 0.0) -> None:
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    for start in range(0, len(body), 65536):
                        self.wfile.write(body[start:start + 65536])
                        time.sleep(pause)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client cancelled

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _fetch(qtbot, dialog) -> None:
    with qtbot.waitSignal(dialog.available.modelReset, timeout=TIMEOUT_MS):
        qtbot.mouseClick(dialog.fetch_button, Qt.MouseButton.LeftButton)
    assert dialog.available.rowCount() == 1
    _select(qtbot, dialog.available_view, 0)
    assert dialog.download_button.isEnabled()


def test_download_from_the_index_with_progress(qtbot, dialog, demo_package, monkeypatch):
    server = _Server(demo_package)
    monkeypatch.setenv("DRAGOMAN_PACKAGE_INDEX", f"{server.base}/index.json")
    try:
        _fetch(qtbot, dialog)
        progress: list[tuple[int, int]] = []
        with qtbot.waitSignal(dialog.operationFinished, timeout=TIMEOUT_MS) as done:
            worker = dialog.download_selected()
            worker.yielded.connect(progress.append)
        assert done.args == [True]
    finally:
        server.close()
    size = demo_package.stat().st_size
    assert progress[-1] == (size, size)
    assert [d for d, _ in progress] == sorted(d for d, _ in progress)
    new = [p for p in manager.list_packages(include_demo=False) if p.id not in dialog.packages_before]
    assert [(p.from_code, p.to_code) for p in new] == [("kk", "en")]
    qtbot.waitUntil(lambda: any(not p.bundled for p in _rows(dialog)), timeout=TIMEOUT_MS)


def test_cancel_a_download_installs_nothing(qtbot, dialog, demo_package, monkeypatch):
    server = _Server(demo_package, delay=0.2)  # ~5 s for the whole package: time to cancel
    monkeypatch.setenv("DRAGOMAN_PACKAGE_INDEX", f"{server.base}/index.json")
    try:
        _fetch(qtbot, dialog)
        worker = dialog.download_selected()
        qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=TIMEOUT_MS)
        assert dialog.cancel_button.isVisible()
        with qtbot.waitSignal(dialog.operationFinished, timeout=TIMEOUT_MS) as done:
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        assert done.args == [False]
        assert worker.wait(10)
    finally:
        server.close()
    assert "cancelled" in dialog.status.text()
    assert user_packages() == dialog.packages_before
    qtbot.waitUntil(lambda: not dialog.cancel_button.isVisible(), timeout=TIMEOUT_MS)


def _tiny_nllb(folder: Path) -> Path:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "translate"))
    from tiny_models import build_nllb  # the tiny-model builder the translate tests use

    return build_nllb(folder / "nllb-200-tiny", folder / "work")


def test_import_folder_button_installs_a_model_folder_with_its_family_and_licence(qtbot, dialog, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    folder = _tiny_nllb(tmp_path)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kwargs: str(folder)))
    with qtbot.waitSignal(dialog.operationFinished, timeout=TIMEOUT_MS) as done:
        qtbot.mouseClick(dialog.import_folder_button, Qt.MouseButton.LeftButton)
    assert done.args == [True], dialog.status.text()
    qtbot.waitUntil(lambda: any(p.id == folder.name for p in _rows(dialog)), timeout=TIMEOUT_MS)
    row = next(i for i, p in enumerate(_rows(dialog)) if p.id == folder.name)
    headers = [dialog.installed.headerData(c, Qt.Orientation.Horizontal) for c in range(dialog.installed.columnCount())]
    cells = dict(zip(headers, (dialog.installed.index(row, c).data() for c in range(len(headers)))))
    assert cells["Family"] == "NLLB-200"
    assert cells["Licence"] == "CC-BY-NC-4.0 (non-commercial use only)"
    assert "kk" in cells["Languages"] and cells["Languages"].endswith("→ en")
    demo_row = next(i for i, p in enumerate(_rows(dialog)) if p.demo)
    assert dialog.installed.index(demo_row, headers.index("Family")).data() == "Argos"


def test_a_folder_that_is_no_model_is_one_sentence(qtbot, dialog, tmp_path):
    empty = tmp_path / "holiday-photos"
    empty.mkdir()
    (empty / "photo.jpg").write_bytes(b"\xff\xd8")
    with qtbot.waitSignal(dialog.operationFinished, timeout=TIMEOUT_MS) as done:
        dialog.import_file(str(empty))
    assert done.args == [False]
    assert "not a model folder Dragoman knows" in dialog.status.text() and "\n" not in dialog.status.text()
    assert user_packages() == dialog.packages_before


def test_use_first_saves_the_preference_for_a_real_model_only(qtbot, dialog, tmp_path):
    from copied_package import copy_demo_package  # tests/ is on sys.path through its conftest.py

    from dragoman.translate import preferences

    real = copy_demo_package("ru", manager.packages_dir())
    try:
        with qtbot.waitSignal(dialog.listed, timeout=TIMEOUT_MS):
            dialog.refresh()
        rows = _rows(dialog)
        _select(qtbot, dialog.installed_view, next(i for i, p in enumerate(rows) if p.demo))
        assert not dialog.prefer_button.isEnabled()  # a demo never wins, so it cannot be chosen
        _select(qtbot, dialog.installed_view, next(i for i, p in enumerate(rows) if p.id == real.id))
        assert dialog.prefer_button.isEnabled()
        with qtbot.waitSignal(dialog.packagesChanged, timeout=TIMEOUT_MS):
            qtbot.mouseClick(dialog.prefer_button, Qt.MouseButton.LeftButton)
        assert preferences.preferred()[0] == real.id
        status = dialog.status.text()
        assert real.name in status and real.id not in status and "used first" in status
    finally:
        manager.remove_package(real.id)
        preferences._file().unlink(missing_ok=True)
