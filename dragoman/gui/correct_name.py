"""Correct an official's English name or title: a small dialog, then ``Library.correct_official``,
which writes the person's names.toml and updates every stored analysis of that official."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget


class CorrectNameDialog(QDialog):
    """The official's name as written (read-only), their English name and English title."""

    def __init__(self, official: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctNameDialog")
        self.setWindowTitle("Correct English name or title")
        self.official = official
        written = QLabel(official.name, self)
        written.setObjectName("writtenName")
        stated = QLabel(official.title or "—", self)
        self.name_en = QLineEdit(official.name_en, self)
        self.name_en.setAccessibleName("English name")
        self.title_en = QLineEdit(official.title_en or "", self)
        self.title_en.setAccessibleName("English title")
        self.title_en.setPlaceholderText("e.g. Minister of Foreign Affairs of Kazakhstan")
        self.title_en.setMinimumWidth(420)  # a whole title stays in view, not its tail
        self.title_en.setCursorPosition(0)
        form = QFormLayout()
        form.addRow("Written in the article:", written)
        form.addRow("Title in the article:", stated)
        form.addRow("English &name:", self.name_en)
        form.addRow("English &title:", self.title_en)
        note = QLabel("Saved in your own name table (names.toml); every stored article with this "
                      "official and every later analysis use it.", self)
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_en.textChanged.connect(self._validate)
        self.title_en.textChanged.connect(self._validate)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self._validate()

    def correction(self) -> dict[str, str | None]:
        """What changed, as ``Library.correct_official`` keywords (only the fields edited)."""
        changes: dict[str, str | None] = {}
        name = " ".join(self.name_en.text().split())
        title = " ".join(self.title_en.text().split())
        if name != self.official.name_en:
            changes["name_en"] = name
        if title != (self.official.title_en or ""):
            changes["title_en"] = title or None
        return changes

    def _validate(self, *_: object) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(self.name_en.text().strip()) and bool(self.correction()))


def apply_to_analysis(analysis: Any, name: str, changes: dict[str, str | None]) -> int:
    """Write the correction into the shown analysis (its officials and their quotes' speakers)
    so the panels show it at once; returns how many officials changed."""
    changed = 0
    for index, official in enumerate(analysis.officials):
        if official.name != name:
            continue
        old_en = official.name_en
        if "name_en" in changes and changes["name_en"]:
            official.name_en = changes["name_en"]
            official.name_en_by_rule = False  # the person's own spelling now
        if "title_en" in changes:
            official.title_en = changes["title_en"]
        for quote in analysis.quotes:
            if quote.official == index or (quote.official is None and quote.speaker_en == old_en):
                quote.speaker_en = official.name_en
        changed += 1
    return changed
