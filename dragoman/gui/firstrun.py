"""The card above the English pane when no real model covers the article's language.

It says why there is no real English (no model, only a demo, translation switched off), which
model to get for the language (translate/catalog.py: name, size, licence, the non-commercial
note), how to install it, and offers the model manager. It can be closed; it never shows when a
real model wrote the English.
"""

from __future__ import annotations

from html import escape as _escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from dragoman.article.analysis import Analysis

if TYPE_CHECKING:
    from dragoman.translate.catalog import Suggestion


def escape(text: str) -> str:
    return _escape(text, quote=False)


DEMO_NOTE = ("The English below is from a demo model: it knows a few hundred template sentences, "
             "so it is not a translation of this article.")


def size_text(size_bytes: int) -> str:
    """ "about 0.6 GB", "about 100 MB": a download size as a person reads it."""
    if size_bytes >= 500_000_000:
        return f"about {size_bytes / 1e9:.1f} GB"
    return f"about {max(1, round(size_bytes / 1e6))} MB"


def _suggestions(code: str) -> list[Suggestion]:
    from dragoman.translate.catalog import suggestions  # here: the window starts without translate/

    return suggestions(code)


def suggestion_html(code: str, language: str, details: bool = False, limit: int = 2) -> str:
    """What to get for ``code`` and how to install it, as rich text; "" when the catalog has nothing.
    Without ``details`` one short line per model, so the card leaves room for the English."""
    items = []
    for model in _suggestions(code)[:limit]:
        note = f" — <b>{escape(model.licence_note)}</b>" if model.licence_note else ""
        line = f"<b>{escape(model.name)}</b>, {size_text(model.size_bytes)}, licence {escape(model.licence)}{note}"
        if details:
            line += f"<br>{escape(model.get)}<br>Install: <code>{escape(model.install)}</code>"
        items.append(line)
    if not items:
        return ""
    more = "<a href='less'>Fewer details</a>" if details else "<a href='more'>How to get it…</a>"
    return (f"For real {escape(language)} English, get " + "; or ".join(items) + ". Install it with "
            "Model manager… (Import folder… or Import package…). " + more)


def card_text(analysis: Analysis, translation_enabled: bool, details: bool = False) -> str:
    """The card's text for this analysis, or "" when no card is needed (a real model, English)."""
    info = analysis.translation
    if analysis.language == "en" or (info.model and not info.demo) or info.family == "file":
        return ""
    # What is still shown is what the status bar says is analysed: quotes and officials only for
    # a language with analysis data (the two used to contradict each other).
    still = "summary, quotes and officials are" if analysis.language_supported else "summary is"
    if not info.model and not translation_enabled:
        return ("Translation is off (Translation ▸ Translate automatically). "
                f"The {still} still shown, in the source language.")
    head = (escape(DEMO_NOTE) if info.model else
            f"{escape(info.message or 'No translation model is installed.')} "
            f"The {still} still shown, in the source language.")
    # Beside demo English one model is enough; with no English at all, the two smallest.
    more = suggestion_html(analysis.language, analysis.language_name, details, limit=1 if info.model else 2)
    return head + (f"<br>{more}" if more else "")


class FirstRunCard(QFrame):
    """The notice/card; ``text`` is its label, ``button`` opens the model manager."""

    modelManagerRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("missingModelNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # The amber stripe has the style sheet, not the card: a style sheet on the card would pin
        # its labels to the palette of the moment, and the text went dim after a switch to dark.
        stripe = QFrame(self)
        stripe.setObjectName("cardStripe")
        stripe.setFixedWidth(4)
        stripe.setStyleSheet("QFrame#cardStripe { background: #bf8700; }")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        # A long rich-text line must wrap, not widen the English column past the window.
        self.text.setMinimumWidth(220)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.button = QPushButton("Model manager…", self)
        self.button.setAccessibleName("Open the model manager")
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAccessibleName("Close this card")
        self.close_button.setToolTip("Close this card")
        side = QVBoxLayout()
        side.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        side.addWidget(self.button)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 4)
        layout.addWidget(stripe)
        layout.addWidget(self.text, 1)
        layout.addLayout(side)
        # As tall as its text, at the top, also when there is no English pane below it.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.closed: set[tuple[str, bool]] = set()  # (language, demo) cards the person closed
        self._key: tuple[str, bool] | None = None
        self._shown: tuple[Analysis, bool] | None = None
        self.details = False  # the long how-to (conversion command, install line) is shown
        self.text.linkActivated.connect(self._toggle_details)
        self.button.clicked.connect(self.modelManagerRequested)
        self.close_button.clicked.connect(self._close)
        self.hide()

    def show_for(self, analysis: Analysis, translation_enabled: bool) -> None:
        """Show the card this analysis needs, or hide it (also when the person closed it)."""
        self._shown = (analysis, translation_enabled)
        text = card_text(analysis, translation_enabled, self.details)
        self._key = (analysis.language, bool(analysis.translation.model))
        self.text.setText(text)
        offer = bool(text) and translation_enabled and (bool(_suggestions(analysis.language))
                                                         or analysis.language_supported)
        self.button.setVisible(offer)
        self.setVisible(bool(text) and self._key not in self.closed)

    def fill_column(self, fill: bool) -> None:
        """With no English pane below it, the card is the English column: as tall as the column,
        its text at the top, instead of a short card over an empty grey gap. Else as tall as its text."""
        vertical = QSizePolicy.Policy.Expanding if fill else QSizePolicy.Policy.Maximum
        self.setSizePolicy(QSizePolicy.Policy.Preferred, vertical)
        column = self.parentWidget()
        layout = column.layout() if column is not None else None
        if isinstance(layout, QVBoxLayout):
            layout.setStretchFactor(self, 1 if fill else 0)  # over the column's trailing stretch

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # rich text keeps the link colour it was laid out with
            text = self.text.text()
            self.text.clear()
            self.text.setText(text)

    def _toggle_details(self, link: str) -> None:
        self.details = link == "more"
        if self._shown is not None:
            self.show_for(*self._shown)

    def _close(self) -> None:
        if self._key is not None:
            self.closed.add(self._key)
        self.hide()
