"""The model manager dialog: installed packages, import a file, remove, download from the index.

Every step runs through gui/workers.py; the dialog only shows results. Offline, downloading
fails fast with the manager's own one-sentence message, shown in the dialog and the status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from . import messages
from .models import AvailableModel, PackagesModel
from .panels import make_table
from .workers import Control, Worker, run_in_background

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from dragoman.translate.index import AvailablePackage
    from dragoman.translate.manager import PackageInfo

_T = TypeVar("_T")


def _manager() -> ModuleType:
    from dragoman.translate import manager

    return manager


class ModelManagerDialog(QDialog):
    """Lists, imports, removes and downloads translation packages."""

    packagesChanged = Signal()  # something was installed or removed
    listed = Signal()  # the installed list was (re)loaded
    operationFinished = Signal(bool)  # an import/remove/download ended: True when it succeeded

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelManager")
        self.setWindowTitle("Translation models")
        self.resize(760, 520)
        self.installed = PackagesModel(self)
        self.available = AvailableModel(self)
        self.installed_view = make_table(self.installed, "Installed packages", self, stretch=(1,))
        self.available_view = make_table(self.available, "Packages in the index", self, stretch=(2,))
        self.import_button = QPushButton("Import .argosmodel file…", self)
        # A CTranslate2 model folder (NLLB-200, M2M-100, OPUS-MT) as the converter wrote it.
        self.import_folder_button = QPushButton("Import folder…", self)
        self.remove_button = QPushButton("Remove", self)
        # Several real models for one language: the person says which one writes the English.
        self.prefer_button = QPushButton("Use first", self)
        self.prefer_button.setToolTip("Translate with this model before any other real model for its languages")
        self.fetch_button = QPushButton("Fetch the package index", self)
        self.download_button = QPushButton("Download and install", self)
        self.cancel_button = QPushButton("Cancel download", self)
        for button in (self.import_button, self.import_folder_button, self.remove_button, self.prefer_button,
                       self.fetch_button,
                       self.download_button, self.cancel_button):
            button.setAccessibleName(button.text().rstrip("…"))
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName("Download progress")
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("managerStatus")
        self._build_layout()
        self._busy: Worker | None = None
        self._download: Worker | None = None
        self.import_button.clicked.connect(self.choose_file)
        self.import_folder_button.clicked.connect(self.choose_folder)
        self.remove_button.clicked.connect(self.remove_selected)
        self.prefer_button.clicked.connect(self.prefer_selected)
        self.fetch_button.clicked.connect(self.fetch_index)
        self.download_button.clicked.connect(self.download_selected)
        self.cancel_button.clicked.connect(self.cancel_download)
        self.installed_view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.available_view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._set_downloading(False)
        self.refresh()

    def _build_layout(self) -> None:
        installed_box = QGroupBox("Installed", self)
        installed_buttons = QHBoxLayout()
        installed_buttons.addWidget(self.import_button)
        installed_buttons.addWidget(self.import_folder_button)
        installed_buttons.addWidget(self.remove_button)
        installed_buttons.addWidget(self.prefer_button)
        installed_buttons.addStretch(1)
        box_layout = QVBoxLayout(installed_box)
        box_layout.addWidget(self.installed_view)
        box_layout.addLayout(installed_buttons)
        index_box = QGroupBox("Download (needs a network connection)", self)
        index_buttons = QHBoxLayout()
        index_buttons.addWidget(self.fetch_button)
        index_buttons.addWidget(self.download_button)
        index_buttons.addWidget(self.progress, 1)
        index_buttons.addWidget(self.cancel_button)
        index_layout = QVBoxLayout(index_box)
        index_layout.addWidget(self.available_view)
        index_layout.addLayout(index_buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(installed_box, 3)
        layout.addWidget(index_box, 2)
        layout.addWidget(self.status)
        layout.addWidget(close)

    # ---- helpers -------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _selected(self, view: QTableView, model: Any) -> Any:
        index = view.currentIndex()
        rows = view.selectionModel().selectedRows()
        row = rows[0].row() if rows else (index.row() if index.isValid() else -1)
        return model.row_object(row) if 0 <= row < model.rowCount() else None

    def _update_buttons(self) -> None:
        package = self._selected(self.installed_view, self.installed)
        self.remove_button.setEnabled(package is not None and not package.bundled and self._busy is None)
        self.prefer_button.setEnabled(package is not None and not package.demo and self._busy is None)
        downloading = self._download is not None
        self.download_button.setEnabled(not downloading and self._selected(self.available_view,
                                                                          self.available) is not None)

    def _run(self, op: Callable[[Control], _T], done: Callable[[_T], None], busy_text: str | None) -> Worker:
        if busy_text is not None:
            self._say(busy_text)

        # Idle before the outcome is announced: whoever reacts to it (a person clicking, a test
        # waiting on listed/operationFinished) finds the buttons already enabled again.
        def succeeded(value: _T) -> None:
            self._idle(worker)
            done(value)

        def failed(error: BaseException) -> None:
            self._idle(worker)
            self._say(messages.describe_exception(error))
            self.operationFinished.emit(False)

        worker = run_in_background(op, on_success=succeeded, on_failure=failed, context=self,
                                   on_finished=lambda: self._idle(worker))
        self._busy = worker
        self._update_buttons()
        return worker

    def _idle(self, worker: Worker) -> None:
        if self._busy is worker:
            self._busy = None
        self._update_buttons()

    # ---- installed packages --------------------------------------------------------------
    def refresh(self, *, announce: bool = True) -> Worker:
        """Reload the installed list in the background; ``announce`` False keeps the status line
        (the outcome of an install, a removal or a choice stays readable)."""
        def done(packages: list[PackageInfo]) -> None:
            self.installed.set_rows(packages)
            if not self.status.text() or self.status.text().startswith("Reading"):
                self._say(f"{len(packages)} package{'s' if len(packages) != 1 else ''} available for translation.")
            self._update_buttons()
            self.listed.emit()

        return self._run(lambda _c: _manager().list_packages(), done,
                         "Reading the installed packages…" if announce else None)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Import a translation model", "",
            "Models (*.argosmodel *.zip *.tar.gz *.tgz);;Argos packages (*.argosmodel);;All files (*)")
        if path:
            self.import_file(path)

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, "Import a CTranslate2 model folder (NLLB-200, OPUS-MT)")
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> Worker:
        """Validate and install a .argosmodel file, a model folder or an archive of one, in the background."""
        def done(info: PackageInfo) -> None:
            self._say(f"Installed {info.name}.")
            messages.bus().info(f"Installed the translation model {info.name}.")
            self._changed()

        return self._run(lambda _c: _manager().install_package_file(path), done, f"Installing {path}…")

    def remove_selected(self) -> Worker | None:
        package = self._selected(self.installed_view, self.installed)
        if package is None:
            return None
        return self.remove(package.id, f"{package.name} ({package.languages()})")

    def remove(self, package_id: str, shown: str | None = None) -> Worker:
        """Remove an installed package in the background; ``shown`` is how the person knows it (its
        name and languages: the id is the folder's internal name)."""
        what = shown or package_id

        def done(_none: None) -> None:
            self._say(f"Removed {what}.")
            messages.bus().info(f"Removed the translation model {what}.")
            self._changed()

        return self._run(lambda _c: _manager().remove_package(package_id), done, f"Removing {what}…")

    def prefer_selected(self) -> Worker | None:
        package = self._selected(self.installed_view, self.installed)
        if package is None or package.demo:  # a real model always beats a demo one anyway
            return None
        return self.prefer(package.id, package.languages(), package.name)

    def prefer(self, package_id: str, languages: str = "its languages", shown: str | None = None) -> Worker:
        """Use this real model first for its languages (translate/preferences.py), in the background;
        ``shown`` is its name for the person (the id is internal)."""
        what = shown or package_id

        def done(_none: None) -> None:
            self._say(f"{what} is now used first for {languages}.")
            messages.bus().info(f"{what} now writes the English for {languages}.")
            self._changed()

        def op(_cancelled: Control) -> None:
            from dragoman.translate.preferences import prefer

            prefer(package_id)

        return self._run(op, done, f"Choosing {what}…")

    def _changed(self) -> None:
        self.packagesChanged.emit()
        self.operationFinished.emit(True)
        self.refresh(announce=False)

    # ---- the index -----------------------------------------------------------------------
    def fetch_index(self) -> Worker:
        def done(packages: list[AvailablePackage]) -> None:
            self.available.set_rows(packages)
            self._say(f"The index offers {len(packages)} packages.")
            self._update_buttons()

        return self._run(lambda _c: _manager().fetch_index(timeout=10.0), done, "Fetching the package index…")

    def download_selected(self) -> Worker | None:
        offer = self._selected(self.available_view, self.available)
        if offer is None:
            return None
        return self.download(offer.from_code, offer.to_code)

    def download(self, from_code: str, to_code: str) -> Worker:
        """Download and install the index's from→to package, with progress and cancel."""
        def op(cancelled: Control) -> PackageInfo:
            info: PackageInfo = _manager().download_package(
                from_code, to_code, cancel=cancelled, progress=lambda done, total: cancelled.report((done, total)))
            return info

        def done(info: PackageInfo) -> None:
            self._say(f"Downloaded and installed {info.name}.")
            self._changed()

        worker = self._run(op, done, f"Downloading the {from_code}→{to_code} package…")
        self._download = worker
        worker.yielded.connect(self._show_progress)
        worker.finished.connect(lambda: self._set_downloading(False))
        self._set_downloading(True)
        return worker

    def _show_progress(self, numbers: tuple[int, int]) -> None:
        done, total = numbers
        self.progress.setMaximum(total if total > 0 else 0)
        self.progress.setValue(done if total > 0 else 0)
        self.progress.setFormat(f"{done / 1e6:.1f} MB" + (f" of {total / 1e6:.1f} MB" if total else ""))

    def cancel_download(self) -> None:
        if self._download is not None:
            self._download.abort()
            self._say("Download cancelled; nothing was installed.")
            self.operationFinished.emit(False)

    def _set_downloading(self, downloading: bool) -> None:
        if not downloading:
            self._download = None
        self.progress.setVisible(downloading)
        self.cancel_button.setVisible(downloading)
        self.fetch_button.setEnabled(not downloading)
        self._update_buttons()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_download()
        super().closeEvent(event)

    def reject(self) -> None:
        self.cancel_download()
        super().reject()
