"""File ▸ Export…: the format, the layout and the file name; the writing itself is
``dragoman.export``'s, on the worker."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

FORMATS = {"md": "Markdown (.md)", "html": "Web page (.html)", "json": "JSON (.json)",
           "docx": "Word document (.docx)", "pdf": "PDF (.pdf)"}
LAYOUTS = {"side-by-side": "Side by side", "interleaved": "Interleaved (each sentence, then its English)"}


@dataclass(frozen=True)
class ExportChoice:
    """What a person chose: a format key of FORMATS, a layout key of LAYOUTS, the file."""

    format: str
    layout: str
    path: Path


def default_name(stem: str, fmt: str) -> str:
    """``stem`` made safe for a file name, with the format's extension."""
    safe = "".join(c if c.isalnum() or c in " -_." else "_" for c in stem).strip(" ._") or "article"
    return f"{safe[:80]}.{fmt}"


class ExportDialog(QDialog):
    """Format, layout (articles only: a dossier has no source beside English), file name."""

    def __init__(self, folder: Path, stem: str, *, layouts: bool = True, title: str = "Export",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(title)
        self.resize(560, 0)
        self.stem = stem
        self.format = QComboBox(self)
        self.format.setAccessibleName("Export format")
        for key, label in FORMATS.items():
            self.format.addItem(label, key)
        self.layout_group = QButtonGroup(self)
        layout_row = QVBoxLayout()
        for number, (key, label) in enumerate(LAYOUTS.items()):
            button = QRadioButton(label, self)
            button.setProperty("layoutKey", key)
            button.setChecked(number == 0)
            button.setEnabled(layouts)
            self.layout_group.addButton(button, number)
            layout_row.addWidget(button)
        self.path = QLineEdit(str(folder / default_name(stem, "md")), self)
        self.path.setAccessibleName("File to write")
        browse = QPushButton("Browse…", self)
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow("&Format:", self.format)
        form.addRow("Layout:", layout_row)
        form.addRow("File:", file_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.path.textChanged.connect(self._validate)
        self.format.currentIndexChanged.connect(self._format_changed)
        main = QVBoxLayout(self)
        main.addLayout(form)
        main.addWidget(self.buttons)
        self._validate()

    def choice(self) -> ExportChoice:
        checked = self.layout_group.checkedButton()
        layout = str(checked.property("layoutKey")) if checked else "side-by-side"
        return ExportChoice(str(self.format.currentData()), layout, Path(self.path.text().strip()).expanduser())

    def set_format(self, fmt: str) -> None:
        self.format.setCurrentIndex(max(0, self.format.findData(fmt)))

    def _format_changed(self, *_: object) -> None:
        """Keep the file's extension in step with the format."""
        fmt = str(self.format.currentData())
        text = self.path.text().strip()
        if text:
            current = Path(text)
            if current.suffix.lstrip(".").lower() in FORMATS or not current.suffix:
                self.path.setText(str(current.with_suffix(f".{fmt}")))

    def _browse(self) -> None:
        fmt = str(self.format.currentData())
        path, _ = QFileDialog.getSaveFileName(self, "Export to", self.path.text(), f"{FORMATS[fmt]} (*.{fmt})")
        if path:
            self.path.setText(path)

    def _validate(self, *_: object) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(self.path.text().strip()))
