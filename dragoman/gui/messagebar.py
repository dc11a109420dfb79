"""The message bar: problems a person should see, above the article, closable (not a modal box)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from . import messages


class MessageBar(QFrame):
    """A closable bar above the article for problems a person should see (not a modal box)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton(self)
        close.setText("✕")
        close.setAccessibleName("Close the message")
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.hide()

    def show_message(self, message: messages.Message) -> None:
        color = "#d1242f" if message.level == messages.ERROR else "#bf8700"
        self.setStyleSheet(f"QFrame#messageBar {{ border: 1px solid {color}; border-left: 4px solid {color}; }}")
        self.label.setText(message.text)
        self.show()
