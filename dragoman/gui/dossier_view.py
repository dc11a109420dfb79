"""An official's dossier (``Library.dossier``): every stored article that mentions them, their
quotes with English, the officials they appear with. A window of its own beside the reader."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from .library_view import library_task, source_label
from .models import RowsTableModel
from .panels import make_table
from .workers import Worker


class DossierArticlesModel(RowsTableModel):
    """DossierArticle rows: when, where, the article's title and how it wrote the person."""

    HEADERS = ("Date", "Outlet", "Article", "Title as stated", "Written as")

    def cell(self, row: Any, column: int) -> str | None:
        stated = row.title_as_stated or ""
        if row.title_en and row.title_en != stated:
            stated = f"{stated} ({row.title_en})" if stated else row.title_en
        values = (row.date or "", row.outlet or source_label(row.source), row.title, stated, row.name_as_written)
        return values[column]


class DossierQuotesModel(RowsTableModel):
    """DossierQuote rows: the quote as written and its English."""

    HEADERS = ("Date", "Quote", "English")

    def cell(self, row: Any, column: int) -> str | None:
        return (row.date or "", row.text, row.translation or "—")[column]


class CompanionsModel(RowsTableModel):
    """(English name, shared articles) pairs."""

    HEADERS = ("Appears with", "Articles together")

    def cell(self, row: tuple[str, int], column: int) -> str | None:
        return (row[0], str(row[1]))[column]


class DossierDialog(QDialog):
    """One official at a time; a companion's row opens theirs here (Back returns)."""

    articleRequested = Signal(int)
    exportRequested = Signal(object)  # the Dossier shown
    dossierShown = Signal(object)  # the Dossier (tests wait on it)

    def __init__(self, name: str, library_path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierDialog")
        self.setWindowTitle(f"Dossier: {name} — Dragoman")
        self.resize(900, 560)
        self.library_path = library_path
        self.dossier: Any = None
        self.history: list[str] = []  # names shown before, for Back
        self.heading = QLabel(self)
        self.heading.setObjectName("dossierHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.articles = DossierArticlesModel(self)
        self.quotes = DossierQuotesModel(self)
        self.companions = CompanionsModel(self)
        self.tabs = QTabWidget(self)
        self.articles_view = make_table(self.articles, "Dossier articles", self, stretch=(2, 3))
        self.quotes_view = make_table(self.quotes, "Dossier quotes", self, stretch=(1, 2))
        self.companions_view = make_table(self.companions, "Officials they appear with", self, stretch=(0,))
        self.articles_view.setToolTip("Double-click an article to open it")
        self.quotes_view.setToolTip("Double-click a quote to open its article")
        self.companions_view.setToolTip("Click an official to see their dossier")
        self.tabs.addTab(self.articles_view, "Articles")
        self.tabs.addTab(self.quotes_view, "Quotes")
        self.tabs.addTab(self.companions_view, "Appears with")
        buttons = QDialogButtonBox(self)
        self.back = QPushButton("◀ Back", self)
        self.back.setAccessibleName("Back to the previous dossier")
        self.open_button = QPushButton("Open article", self)
        self.export_button = QPushButton("Export…", self)
        self.export_button.setToolTip("Write this dossier to a file (md, html, json, docx, pdf)")
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.back, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.articles_view.activated.connect(self._open_row)
        self.articles_view.doubleClicked.connect(self._open_row)
        self.quotes_view.activated.connect(self._open_quote)
        self.quotes_view.doubleClicked.connect(self._open_quote)
        self.companions_view.clicked.connect(self._companion)
        self.companions_view.activated.connect(self._companion)
        self.open_button.clicked.connect(self._open_selected)
        self.back.clicked.connect(self.go_back)
        self.export_button.clicked.connect(lambda: self.exportRequested.emit(self.dossier))
        self._asked = 0
        self._set_enabled(False)
        self.show_name(name)

    def show_name(self, name: str, remember: bool = True) -> Worker:
        """Load ``name``'s dossier on the worker (the current one stays until it arrives)."""
        if remember and self.dossier is not None:
            self.history.append(self.dossier.name_en)
        self._asked += 1
        number = self._asked
        self.heading.setText(f"Reading the library for {name}…")
        return library_task(self.library_path, lambda library: library.dossier(name), name="dossier",
                            context=self, on_success=lambda dossier: self._show(number, dossier),
                            on_failure=lambda _error: self._failed(number, name))

    def _show(self, number: int, dossier: Any) -> None:
        if number != self._asked:
            return
        self.dossier = dossier
        self.setWindowTitle(f"Dossier: {dossier.name_en} — Dragoman")
        self.heading.setText(dossier_heading(dossier))
        self.articles.set_rows(dossier.articles)
        self.quotes.set_rows(dossier.quotes)
        self.companions.set_rows(dossier.companions)
        self.tabs.setTabText(0, f"Articles ({len(dossier.articles)})")
        self.tabs.setTabText(1, f"Quotes ({len(dossier.quotes)})")
        self.tabs.setTabText(2, f"Appears with ({len(dossier.companions)})")
        self._set_enabled(True)
        self.dossierShown.emit(dossier)

    def _failed(self, number: int, name: str) -> None:
        if number == self._asked:
            self.heading.setText(f"No dossier for {name}: see the message in the main window.")
            self._set_enabled(self.dossier is not None)

    def _set_enabled(self, loaded: bool) -> None:
        self.open_button.setEnabled(loaded)
        self.export_button.setEnabled(loaded)
        self.back.setEnabled(bool(self.history))

    def go_back(self) -> None:
        if self.history:
            self.show_name(self.history.pop(), remember=False)

    def _open_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self.articleRequested.emit(int(self.articles.row_object(index.row()).id))

    def _open_quote(self, index: QModelIndex) -> None:
        if index.isValid():
            self.articleRequested.emit(int(self.quotes.row_object(index.row()).article_id))

    def _open_selected(self) -> None:
        if self.tabs.currentWidget() is self.quotes_view:
            self._open_quote(self.quotes_view.currentIndex())
        else:
            self._open_row(self.articles_view.currentIndex())

    def _companion(self, index: QModelIndex) -> None:
        if index.isValid():
            self.show_name(self.companions.row_object(index.row())[0])


def dossier_heading(dossier: Any) -> str:
    """The dossier's first lines: the English name, every spelling seen, the titles."""
    from html import escape

    lines = [f"<b style='font-size:large'>{escape(dossier.name_en)}</b>"]
    others = [n for n in dossier.names if n != dossier.name_en]
    if others:
        lines.append("Written as: " + ", ".join(escape(n) for n in others))
    if dossier.titles_en:
        lines.append("Titles: " + "; ".join(escape(t) for t in dossier.titles_en))
    count = len(dossier.articles)
    lines.append(f"{count} article{'s' if count != 1 else ''} in the library, {len(dossier.quotes)} "
                 f"quote{'s' if len(dossier.quotes) != 1 else ''}.")
    return "<br>".join(lines)
