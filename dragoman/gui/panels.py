"""The dockable panels: summary, key quotes, officials. Views over gui/models.py; no computing.

Each panel emits what a person asked for (show this sentence, highlight this official) and the
window decides what that means; panels never reach into each other.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPoint, QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dragoman.article.analysis import Analysis, Official, Quote

from .models import OfficialsModel, QuotesModel, SummaryModel

AUTO_LENGTH = 0  # the spin box's "auto" value: the summariser's default length
# Past this many rows a table stops measuring every row to fit its wrapped text (Qt asks the
# model for every cell of every row, on every layout: 500 quotes stalled the window ~0.5 s) and
# gives each row three lines; the tooltip holds the whole text.
MEASURED_ROWS = 80
FIXED_ROW_LINES = 3
# Columns fit their contents from this many rows, not all of them.
MEASURE_PRECISION = 100


def _copy_to_clipboard(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


def _button(text: str, tip: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    return button


def make_table(model: QAbstractItemModel, name: str, parent: QWidget, stretch: tuple[int, ...] = ()) -> QTableView:
    """A read-only, row-selecting table view; ``stretch`` columns share the spare width."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:  # long text columns share the width; short ones fit their contents
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    header.setResizeContentsPrecision(MEASURE_PRECISION)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


def fit_rows(view: QTableView) -> None:
    """Rows fit their wrapped text in a short table; a long one gets fixed three-line rows."""
    rows = view.verticalHeader()
    if view.model().rowCount() > MEASURED_ROWS:
        rows.setDefaultSectionSize(view.fontMetrics().lineSpacing() * FIXED_ROW_LINES + 6)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    else:
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


def not_analysed_note(panel_what: str, analysis: Analysis | None) -> str:
    """ "Quotes are not analysed for Ukrainian ..." when Dragoman has no analysis data for the
    article's language, else ""."""
    if analysis is None or analysis.language_supported:
        return ""
    return (f"{panel_what} are not analysed for {analysis.language_name}: Dragoman has no analysis data "
            "for it. The translation and the summary still work when a model covers the language.")


def _note_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("notAnalysedNote")
    label.setWordWrap(True)
    label.hide()
    return label


def _list_layout(panel: QWidget, count: QLabel, buttons: tuple[QPushButton, ...], note: QLabel,
                 view: QTableView) -> None:
    """The quotes and officials panels' layout: the count and buttons in a row, a note, the table."""
    row = QHBoxLayout()
    row.addWidget(count)
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.addLayout(row)
    layout.addWidget(note)
    layout.addWidget(view)


class SummaryPanel(QWidget):
    """The summary, with algorithm and length controls that ask for a new one at once."""

    optionsChanged = Signal(str, object, str)  # algorithm, length (sentences, or None: auto), rank_on
    sentenceActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryPanel")
        self.model = SummaryModel(self)
        self.algorithm = QComboBox(self)
        self.algorithm.setAccessibleName("Summary algorithm")
        self.algorithm.setToolTip("How sentences are ranked for the summary")
        self.length = QSpinBox(self)
        self.length.setRange(AUTO_LENGTH, 30)
        self.length.setSpecialValueText("auto")
        self.length.setSuffix(" sentences")
        self.length.setAccessibleName("Summary length in sentences")
        self.length.setToolTip("Number of summary sentences (auto: the summariser's choice)")
        self.rank_english = QCheckBox("Rank the English", self)
        self.rank_english.setToolTip("Choose summary sentences by their English translation instead of the source")
        self.rank_english.setAccessibleName("Rank summary sentences on the English translation")
        self.language = QLabel(self)
        self.copy = _button("Copy", "Copy the summary", self)
        self.view = QListView(self)
        self.view.setObjectName("summaryList")
        self.view.setAccessibleName("Summary sentences")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setSpacing(3)
        self.view.setIconSize(QSize(16, 16))  # the check mark beside a line, not a dialog-sized icon
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setToolTip("Click a sentence to show it in the article")
        controls = QHBoxLayout()  # two short rows keep the dock narrow enough to sit beside the article
        controls.addWidget(self.algorithm)
        controls.addWidget(self.length)
        controls.addStretch(1)
        controls.addWidget(self.copy)
        choices = QHBoxLayout()
        choices.addWidget(self.rank_english)
        choices.addStretch(1)
        choices.addWidget(self.language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(controls)
        layout.addLayout(choices)
        layout.addWidget(self.view)
        self.algorithm.currentTextChanged.connect(self._emit_options)
        self.length.valueChanged.connect(self._emit_options)
        self.rank_english.toggled.connect(self._emit_options)
        self.view.clicked.connect(self._activate)
        self.view.activated.connect(self._activate)
        self.copy.clicked.connect(self.copy_summary)
        self.analysis: Analysis | None = None  # what the copy describes (model, notes)

    def set_algorithms(self, algorithms: tuple[str, ...], current: str) -> None:
        """Offer ``algorithms`` without announcing a change."""
        self.algorithm.blockSignals(True)
        self.algorithm.clear()
        self.algorithm.addItems(list(algorithms))
        self.algorithm.setCurrentText(current)
        self.algorithm.blockSignals(False)

    def set_length(self, length: int | float | None) -> None:
        self.length.blockSignals(True)
        self.length.setValue(int(length) if isinstance(length, int) else AUTO_LENGTH)
        self.length.blockSignals(False)

    def set_rank_on(self, rank_on: str) -> None:
        self.rank_english.blockSignals(True)
        self.rank_english.setChecked(rank_on == "english")
        self.rank_english.blockSignals(False)

    def chosen_length(self) -> int | None:
        value = self.length.value()
        return None if value == AUTO_LENGTH else value

    def show_summary(self, sentence_ids: list[int], sentences: list, english: bool,
                     analysis: Analysis | None = None) -> None:
        self.model.set_summary(sentence_ids, sentences, english)
        self.analysis = analysis
        self.language.setText("English" if english else "Source language (no translation yet)")

    def copy_summary(self) -> str:
        """Copy the summary with who wrote its English and the note (article/report.py)."""
        if self.analysis is None:
            text = self.model.plain_text()
        else:
            from dragoman.article.report import summary_for_copy

            text = summary_for_copy(self.analysis)
        if text:
            _copy_to_clipboard(text)
        return text

    def _emit_options(self, *_: object) -> None:
        self.optionsChanged.emit(self.algorithm.currentText(), self.chosen_length(),
             "english" if self.rank_english.isChecked() else "source")

    def _activate(self, index: QModelIndex) -> None:
        sentence = self.model.data(index, Qt.ItemDataRole.UserRole + 2)
        if sentence is not None:
            self.sentenceActivated.emit(int(sentence))


class QuotesPanel(QWidget):
    """Key quotes with their English and speaker; a jump to each; copy with the speaker."""

    quoteActivated = Signal(int)  # row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quotesPanel")
        self.model = QuotesModel(self)
        self.view = make_table(self.model, "Key quotes", self, stretch=(1, 2))
        self.jump = _button("Show in article", "Show the selected quote in the article", self)
        self.copy = _button("Copy", "Copy the selected quote with its speaker", self)
        self.count = QLabel(self)
        self.note = _note_label(self)
        self.analysis: Analysis | None = None
        _list_layout(self, self.count, (self.jump, self.copy), self.note, self.view)
        self.view.activated.connect(lambda index: self.quoteActivated.emit(index.row()))
        self.view.clicked.connect(lambda index: self.quoteActivated.emit(index.row()))
        self.jump.clicked.connect(self._jump)
        self.copy.clicked.connect(self.copy_selected)

    def set_quotes(self, quotes: list[Quote], analysis: Analysis | None = None) -> None:
        """Show ``quotes``; ``analysis`` gives the sentence checks that mark their English, the
        copy's model and notes, and whether quotes are analysed for the language at all."""
        self.analysis = analysis
        self.model.set_rows(quotes)
        fit_rows(self.view)
        self.model.set_sentences(analysis.sentences if analysis else [])
        self.count.setText(f"{len(quotes)} quote{'s' if len(quotes) != 1 else ''}")
        note = not_analysed_note("Quotes", analysis)
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def english_changed(self) -> None:
        """The quotes' English arrived: their rows repaint, the selection stays."""
        self.model.english_changed()

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        """Select quote ``row`` and ask the window to show it."""
        if 0 <= row < self.model.rowCount():
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
            self.quoteActivated.emit(row)

    def step(self, delta: int) -> None:
        """Go to the next (+1) or previous (-1) quote, wrapping around."""
        count = self.model.rowCount()
        if count:
            self.select_row((self.current_row() + delta) % count if self.current_row() >= 0 else 0)

    def copy_selected(self) -> str:
        row = self.current_row()
        if row < 0:
            return ""
        from dragoman.article.report import quote_for_copy

        quote = self.model.row_object(row)
        text = quote_for_copy(self.analysis, quote) if self.analysis else f"“{quote.text}”"
        _copy_to_clipboard(text)
        return text

    def _jump(self) -> None:
        row = self.current_row()
        self.select_row(row if row >= 0 else 0)


class OfficialsPanel(QWidget):
    """Named officials; selecting one asks the window to highlight all its mentions."""

    officialSelected = Signal(int)  # row, or -1 when the selection is cleared
    dossierRequested = Signal(int)  # row: open this official's dossier (gui/dossier_view.py)
    correctionRequested = Signal(int)  # row: correct the English name or title (gui/correct_name.py)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("officialsPanel")
        self.model = OfficialsModel(self)
        self.view = make_table(self.model, "Officials", self, stretch=(2, 3))
        self.copy = _button("Copy", "Copy the selected official's name and title", self)
        self.dossier = _button("Dossier…", "Every stored article, quote and companion of the selected official", self)
        self.count = QLabel(self)
        self.note = _note_label(self)
        self.analysis: Analysis | None = None
        _list_layout(self, self.count, (self.dossier, self.copy), self.note, self.view)
        self.view.selectionModel().currentRowChanged.connect(lambda now, _: self.officialSelected.emit(now.row()))
        self.copy.clicked.connect(self.copy_selected)
        self._library_hooks()

    def _library_hooks(self) -> None:
        """Dossier… (button, double-click, context menu) and Correct… (context menu)."""
        self._in_library: set[str] | None = None  # officials the library has articles for; None: not known yet
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_dossier())
        self._update_dossier()
        self.dossier.clicked.connect(lambda: self._dossier(self.current_row()))
        self.view.doubleClicked.connect(lambda index: self._dossier(index.row()))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

    def _request(self, signal: SignalInstance, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            signal.emit(row)

    def _context_menu(self, point: QPoint) -> None:
        row = self.view.indexAt(point).row()
        if row < 0:
            return
        self.select_row(row)
        menu = QMenu(self)
        menu.addAction("Dossier…", lambda: self._dossier(row)).setEnabled(self.dossier_available(row))
        menu.addAction("Correct English name or title…", lambda: self._request(self.correctionRequested, row))
        menu.addAction("Copy", self.copy_selected)
        menu.popup(self.view.viewport().mapToGlobal(point))

    # ---- the Dossier… button: enabled only when there is a dossier to show ------------------
    @staticmethod
    def dossier_name(official: Official) -> str:
        """The name a dossier is looked up by: the English one when there is one."""
        return official.name_en or official.name

    def set_in_library(self, names: set[str]) -> None:
        """The officials (by :meth:`dossier_name`) the library has at least one article for."""
        self._in_library = set(names)
        self._update_dossier()

    def dossier_available(self, row: int) -> bool:
        return 0 <= row < self.model.rowCount() and self._in_library is not None \
            and self.dossier_name(self.model.row_object(row)) in self._in_library

    def _dossier(self, row: int) -> None:
        if self.dossier_available(row):
            self.dossierRequested.emit(row)

    def _update_dossier(self) -> None:
        """Enable Dossier… for a selected official the library knows; the tooltip says why not."""
        row = self.current_row()
        if self.model.rowCount() == 0:
            why = "No officials in this article, so there is no dossier to show."
        elif row < 0:
            why = "Select an official to see their dossier."
        elif self._in_library is None:
            why = "Looking for this official in the library…"
        elif not self.dossier_available(row):
            name = self.dossier_name(self.model.row_object(row))
            why = f"The library has no article that mentions {name} yet."
        else:
            why = ""
        self.dossier.setEnabled(not why)
        self.dossier.setToolTip(why or "Every stored article, quote and companion of the selected official")

    def set_officials(self, officials: list[Official], analysis: Analysis | None = None) -> None:
        self.analysis = analysis
        self._in_library = None  # asked anew for these officials (gui/library_view.py)
        self.model.set_rows(officials)
        self._update_dossier()
        fit_rows(self.view)
        self.count.setText(f"{len(officials)} official{'s' if len(officials) != 1 else ''}")
        note = not_analysed_note("Officials", analysis)
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.selectRow(row)

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def copy_selected(self) -> str:
        row = self.current_row()
        if row < 0:
            return ""
        from dragoman.article.report import official_for_copy

        official = self.model.row_object(row)
        text = official_for_copy(self.analysis, official) if self.analysis else official.name_en
        _copy_to_clipboard(text)
        return text
