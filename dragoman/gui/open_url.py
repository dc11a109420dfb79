"""File ▸ Open URL…: fetch an article by its address on the worker, with a busy state and Cancel.

The fetching and extracting is ``dragoman.article.fetch.fetch_article``'s (timeout, size limit,
offline); a failure is its one sentence, which names the address exactly as typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .messages import describe_exception
from .workers import Worker, run_in_background


def fetch(address: str) -> Any:
    """The article at ``address`` (an ``Article``), or the fetcher's error."""
    from dragoman.article.fetch import fetch_article

    return fetch_article(address)


class OpenUrlDialog(QDialog):
    """An address box; Open fetches on the worker, Cancel stops waiting at once."""

    fetched = Signal(object)  # the Article, then the dialog closes
    failed = Signal(str)  # the sentence shown

    def __init__(self, parent: QWidget | None = None, fetcher: Callable[[str], Any] = fetch) -> None:
        super().__init__(parent)
        self.setObjectName("openUrlDialog")
        self.setWindowTitle("Open an article by its address")
        self.resize(620, 0)
        self.fetcher = fetcher
        self.address = QLineEdit(self)
        self.address.setAccessibleName("Article address")
        self.address.setPlaceholderText("https://…")
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: a page has no size until it has arrived
        self.progress.setAccessibleName("Fetching")
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("openUrlStatus")
        self.status.setWordWrap(True)
        self.open_button = QPushButton("Open", self)
        self.open_button.setDefault(True)
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setToolTip("Stop waiting for the page (or close this dialog)")
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        row = QHBoxLayout()
        row.addWidget(QLabel("Address:", self))
        row.addWidget(self.address, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.open_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.address.textChanged.connect(lambda text: self.open_button.setEnabled(bool(text.strip())))
        self.open_button.setEnabled(False)
        self.worker: Worker | None = None

    def start(self) -> Worker | None:
        """Fetch the address as typed (surrounding spaces aside) on the worker."""
        address = self.address.text().strip()
        if not address or self.worker is not None:
            return None
        self._busy(True, f"Fetching {address}…")
        worker = run_in_background(lambda _cancelled: self.fetcher(address), name=f"fetch {address}", context=self,
                                   on_success=lambda doc: self._done(worker, doc),
                                   on_failure=lambda error: self._failed(worker, error))
        self.worker = worker
        return worker

    def cancel(self) -> None:
        """While fetching: stop waiting (whatever arrives later is dropped). Otherwise close."""
        if self.worker is None:
            self.reject()
            return
        self.worker.abort()
        self.worker = None
        self._busy(False, "Stopped: nothing was opened.")

    def _busy(self, busy: bool, text: str) -> None:
        self.progress.setVisible(busy)
        self.address.setEnabled(not busy)
        self.open_button.setEnabled(not busy and bool(self.address.text().strip()))
        self.cancel_button.setText("Cancel" if busy else "Close")
        self.status.setText(text)

    def _done(self, worker: Worker, doc: Any) -> None:
        if worker is not self.worker:
            return
        self.worker = None
        self._busy(False, "")
        self.fetched.emit(doc)
        self.accept()

    def _failed(self, worker: Worker, error: BaseException) -> None:
        if worker is not self.worker:
            return
        self.worker = None
        text = describe_exception(error)
        self._busy(False, text)
        self.failed.emit(text)

    def reject(self) -> None:
        if self.worker is not None:  # Esc or the window's close button while fetching
            self.worker.abort()
            self.worker = None
        super().reject()
