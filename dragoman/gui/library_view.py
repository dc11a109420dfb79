"""The reading library in the window: the Library dock (View ▸ Library, Ctrl+L) and the controller
that stores every article the window shows, opens stored ones, dossiers, corrections, export and
Open URL.

Every library call runs on the worker (gui/workers.py) through :func:`library_task`, which opens
the library for that one call: SQLite connections belong to the thread that made them, and the
pool's threads change from call to call. Nothing here computes; ``dragoman.library`` does.
"""

from __future__ import annotations

from collections.abc import Callable
from copy import deepcopy
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .messages import bus
from .models import Index, RowsTableModel
from .panels import make_table
from .workers import Worker, run_in_background

if TYPE_CHECKING:
    from .window import MainWindow

DEBOUNCE_MS = 250  # typing pauses this long before the library is asked
ROW_LIMIT = 500  # rows shown at most; a search narrows it
ANY_DATE = QDate(1900, 1, 1)  # a date edit at this value means "no bound" (shown as "any")
# Languages offered in the filter before the library has shown which ones it holds.
COMMON_LANGUAGES = ("kk", "ar", "ru", "en")


def library_task(path: Path | None, call: Callable[[Any], Any], *, name: str, context: QObject,
                 **callbacks: Any) -> Worker:
    """Run ``call(library)`` on the worker with the library at ``path`` (None: the default one),
    opened for this call alone and closed after it; callbacks as in ``run_in_background``."""
    def op(_cancelled: Callable[[], bool]) -> Any:
        from dragoman.library import Library

        with Library(path) as library:
            return call(library)

    return run_in_background(op, name=name, context=context, **callbacks)


def language_label(code: str) -> str:
    from dragoman.translate.languages import language_name

    return language_name(code) if code else ""


def source_label(source: str) -> str:
    """A file's name, or an address as it is (a person recognises it)."""
    if "://" in source or not source:
        return source
    return Path(source).name


def right_to_left(text: str) -> bool:
    """True when the first letter with a direction in ``text`` is written right to left."""
    import unicodedata

    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


MATCHES_ROLE = Qt.ItemDataRole.UserRole + 40  # the Match cell's matched words: [(start, end)]


def split_snippet(snippet: str) -> tuple[str, list[tuple[int, int]]]:
    """A library snippet ("… the [Minister] met …") as the text a person reads, without the
    brackets, and where each matched word is in that text."""
    text: list[str] = []
    spans: list[tuple[int, int]] = []
    length, start = 0, None
    for char in snippet:
        if char == "[" and start is None:
            start = length
        elif char == "]" and start is not None:
            if length > start:
                spans.append((start, length))
            start = None
        else:
            text.append(char)
            length += 1
    return "".join(text), spans


class SnippetDelegate(QStyledItemDelegate):
    """Paints the Match column: the snippet's matched words bold, on one line, ending in "…" when
    the column is too narrow (right-aligned for right-to-left text)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text, item.text = item.text, ""  # the style draws the background and focus, we the words
        style = item.widget.style() if item.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        spans = index.data(MATCHES_ROLE) or []
        rect = item.rect.adjusted(4, 0, -4, 0)
        shown = _elided(text, spans, item.font, rect.width())
        layout = QTextLayout(shown, item.font)
        layout.setFormats([_bold_range(start, end, item.font) for start, end in spans if start < len(shown)])
        rtl = right_to_left(text)
        option_ = QTextOption(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        option_.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        option_.setWrapMode(QTextOption.WrapMode.NoWrap)
        layout.setTextOption(option_)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(rect.width())
        layout.endLayout()
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setClipRect(item.rect)
        painter.setPen(item.palette.color(role))
        layout.draw(painter, QPointF(rect.left(), rect.top() + (rect.height() - line.height()) / 2))
        painter.restore()


def _bold_range(start: int, end: int, font: QFont) -> QTextLayout.FormatRange:
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold)
    found = QTextLayout.FormatRange()
    found.start, found.length, found.format = start, end - start, bold
    return found


def _elided(text: str, spans: list[tuple[int, int]], font: QFont, width: int) -> str:
    """``text`` cut at a character boundary with "…" so it fits ``width`` even with its matched
    words bold (measured bold throughout when any is: never wider than the cell)."""
    measure = QFont(font)
    if spans:
        measure.setWeight(QFont.Weight.Bold)
    return QFontMetrics(measure).elidedText(text, Qt.TextElideMode.ElideRight, max(0, width))


class LibraryModel(RowsTableModel):
    """Stored articles (ArticleRow) or search hits (SearchHit): one table for both."""

    HEADERS = ("Title", "Language", "Date", "Outlet", "Source", "Match")
    SNIPPET = 5

    def cell(self, row: Any, column: int) -> str | None:
        if column == self.SNIPPET:
            return getattr(row, "snippet", "") or ""
        values = (row.title, language_label(row.language), row.date or "", row.outlet or "",
                  source_label(row.source))
        return values[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == 4:
            return self._rows[index.row()].source  # the whole path or address
        if index.isValid() and index.column() == self.SNIPPET and role in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, MATCHES_ROLE):
            text, spans = split_snippet(self.cell(self._rows[index.row()], self.SNIPPET) or "")
            return spans if role == MATCHES_ROLE else text
        # Arabic (or any right-to-left) text starts at the right edge, as it is read.
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid() and index.column() in (0, 3, 5) \
                and right_to_left(self.cell(self._rows[index.row()], index.column()) or ""):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)

    def article_id(self, row: int) -> int:
        return int(self._rows[row].id)


def _clearable(edit: QLineEdit, name: str) -> None:
    """A clear button in ``edit``, named for assistive technology."""
    edit.setClearButtonEnabled(True)
    for button in edit.findChildren(QToolButton):
        button.setAccessibleName(name)


def _date_edit(parent: QWidget, name: str) -> QDateEdit:
    """A date with an "any" state (its minimum), so a range can be open on either side."""
    edit = QDateEdit(parent)
    edit.setAccessibleName(name)
    edit.setToolTip(f"{name} (the article's own date; “any” for no limit)")
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    edit.setMinimumDate(ANY_DATE)
    edit.setSpecialValueText("any")
    edit.setDate(ANY_DATE)
    return edit


def _iso(edit: QDateEdit) -> str | None:
    date = edit.date()
    return None if date == ANY_DATE else date.toString("yyyy-MM-dd")


class LibraryView(QWidget):
    """The searchable list of everything read: a search box, filters, and the articles.

    An empty search box lists the library (newest read first); a query searches it. Every
    change waits ``DEBOUNCE_MS`` and then asks the worker; an older answer arriving after a newer
    question is dropped, so the rows always match what the boxes say."""

    articleRequested = Signal(int)  # an article id to open
    resultsShown = Signal(int)  # rows now shown (tests and the status line wait on it)

    def __init__(self, library_path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryView")
        self.library_path = library_path
        self.search = QLineEdit(self)
        self.search.setObjectName("librarySearch")
        self.search.setPlaceholderText("Search every article read: words in any script, or an official's name")
        self.search.setAccessibleName("Search the library")
        _clearable(self.search, "Clear the search")
        self.language = QComboBox(self)
        self.language.setAccessibleName("Language filter")
        self.language.setToolTip("Only articles in this language")
        self.language.addItem("All languages", "")
        for code in COMMON_LANGUAGES:
            self.language.addItem(language_label(code), code)
        self.since = _date_edit(self, "From date")
        self.until = _date_edit(self, "To date")
        self.official = QLineEdit(self)
        self.official.setPlaceholderText("Official")
        self.official.setAccessibleName("Official filter")
        self.official.setToolTip("Only articles that mention this official (English name)")
        _clearable(self.official, "Clear the official filter")
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.official.setCompleter(completer)
        self.model = LibraryModel(self)
        self.view = make_table(self.model, "Library articles", self, stretch=(0, 5))
        self.view.setWordWrap(False)
        self._snippets = SnippetDelegate(self.view)
        self.view.setItemDelegateForColumn(LibraryModel.SNIPPET, self._snippets)
        self.view.setToolTip("Double-click or press Enter to open the article")
        self.count = QLabel(self)
        self.count.setObjectName("libraryCount")
        self.open_button = QPushButton("Open", self)
        self.open_button.setToolTip("Open the selected article as it was stored (nothing is analysed again)")
        self.open_button.setAccessibleName("Open the selected article")
        self._layout()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh_now)
        self._query = 0  # the newest question's number; older answers are dropped
        self._running: Worker | None = None
        self._names_asked: str | None = None
        for signal in (self.search.textChanged, self.official.textChanged, self.since.dateChanged,
                       self.until.dateChanged, self.language.currentIndexChanged):
            signal.connect(self.schedule)
        self.official.textEdited.connect(self._complete_officials)
        self.view.activated.connect(self._activate)
        self.view.doubleClicked.connect(self._activate)
        self.open_button.clicked.connect(lambda: self._activate(self.view.currentIndex()))

    def _layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.language)
        filters.addWidget(QLabel("From", self))
        filters.addWidget(self.since)
        filters.addWidget(QLabel("to", self))
        filters.addWidget(self.until)
        filters.addWidget(self.official, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.count)
        footer.addStretch(1)
        footer.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(footer)

    # ---- asking ---------------------------------------------------------------------------
    def schedule(self, *_: object) -> None:
        """Ask again once typing pauses."""
        self._timer.start()

    def filters(self) -> dict[str, Any]:
        """The filter boxes as ``Library.list``/``search`` keywords."""
        return {"language": self.language.currentData() or None, "since": _iso(self.since),
                "until": _iso(self.until), "official": self.official.text().strip() or None}

    def refresh_now(self) -> Worker:
        """Ask the library for what the boxes say, now (on the worker)."""
        self._timer.stop()
        self._query += 1
        number, query, filters = self._query, self.search.text().strip(), self.filters()
        if self._running is not None:
            self._running.abort()  # its answer would be dropped anyway

        def call(library: Any) -> tuple[list[Any], int]:
            if query:
                return library.search(query, limit=ROW_LIMIT, **filters), -1
            return library.list(limit=ROW_LIMIT, **filters), library.count()

        self.count.setText("Searching…" if query else "Reading the library…")
        self._running = library_task(self.library_path, call, name="library query", context=self,
                                     on_success=lambda result: self._show(number, query, *result),
                                     on_failure=lambda _error: self._failed(number))
        return self._running

    def _show(self, number: int, query: str, rows: list[Any], total: int) -> None:
        if number != self._query:
            return
        self._running = None
        self.model.set_rows(rows)
        self.view.setColumnHidden(LibraryModel.SNIPPET, not query)
        self._offer_languages(rows)
        if query:
            self.count.setText(f"{len(rows)} match{'es' if len(rows) != 1 else ''} for “{query}”")
        elif total == 0 and not any(self.filters().values()):
            self.count.setText("The library is empty: every article you open is kept here.")
        else:
            shown = f"{len(rows)} article{'s' if len(rows) != 1 else ''}"
            self.count.setText(shown if len(rows) == total else f"{shown} of {total} in the library")
        if rows and not self.view.currentIndex().isValid():
            self.view.selectRow(0)
        self.resultsShown.emit(len(rows))

    def _failed(self, number: int) -> None:
        if number == self._query:
            self._running = None
            self.count.setText("The library could not be read (see the message above the article).")

    def _offer_languages(self, rows: list[Any]) -> None:
        """Add the languages the library holds to the filter, keeping the current choice."""
        known = {self.language.itemData(i) for i in range(self.language.count())}
        for code in sorted({row.language for row in rows if row.language} - known):
            self.language.addItem(language_label(code), code)

    def _complete_officials(self, text: str) -> None:
        prefix = text.strip()[:1]
        if prefix == self._names_asked:
            return
        self._names_asked = prefix

        def done(names: list[tuple[str, int]]) -> None:
            self._names.setStringList([name for name, _count in names])

        library_task(self.library_path, lambda library: library.officials(prefix, limit=200),
                     name="library officials", context=self, on_success=done)

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.articleRequested.emit(self.model.article_id(index.row()))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()


class LibraryController(QObject):
    """Ties the window to the library: stores what it shows, opens what a person picks.

    ``library_path`` None means ``Library()``'s default (``data_home()/library.sqlite``)."""

    stored = Signal(int)  # an article was stored (its id)
    storeFailed = Signal()
    exported = Signal(str)  # the file written

    def __init__(self, window: MainWindow, library_path: Path | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.library_path = library_path
        self.current_id: int | None = None  # the shown article's id in the library, once stored
        self._opening_stored = False
        self.view = LibraryView(library_path, window)
        self.dock = QDockWidget("Library", window)
        self.dock.setObjectName("libraryDock")
        self.dock.setAccessibleName("Library panel")
        self.dock.setWidget(self.view)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        if "officials" in getattr(window, "docks", {}):
            window.tabifyDockWidget(window.docks["officials"], self.dock)
        self.dock.hide()  # until View ▸ Library; the window's saved state may show it again
        self.dock.visibilityChanged.connect(self._dock_visibility)
        self.view.articleRequested.connect(self.open_article)
        session = window.session
        session.translationFinished.connect(self._analysis_complete)
        session.englishImported.connect(self._analysis_complete)
        panel = window.officials_panel
        panel.dossierRequested.connect(self.dossier_of_row)
        panel.correctionRequested.connect(self.correct_row)
        self._dossier_check = 0  # the newest "which officials are stored" question; older answers dropped
        panel.model.modelReset.connect(self.check_dossiers)
        self.stored.connect(self.check_dossiers)
        self.dossier_dialog: Any = None
        self.export_dialog: Any = None
        self.url_dialog: Any = None

    def use_library(self, path: Path | None) -> None:
        """Keep the library at ``path`` from now on (None: the default one)."""
        self.library_path = self.view.library_path = path

    # ---- the Library dock -----------------------------------------------------------------
    def show_library(self) -> None:
        """View ▸ Library (Ctrl+L): show the dock in front, search box focused, rows fresh."""
        self.dock.show()
        self.dock.raise_()
        self.view.focus_search()
        self.view.refresh_now()

    def _dock_visibility(self, visible: bool) -> None:
        if visible and self.view.model.rowCount() == 0:
            self.view.schedule()

    # ---- storing ----------------------------------------------------------------------------
    def _analysis_complete(self, *_: object) -> None:
        """The shown analysis is as complete as it gets (translated, stopped, or English
        imported): keep it. An article just opened from the library is not stored again."""
        if self._opening_stored:
            return
        self.store_current()

    def store_current(self) -> Worker | None:
        """Store the shown article and analysis on the worker; a failure is one sentence in the
        message bar (the worker posts it) and the article stays shown."""
        session = self.window.session
        doc, analysis = session.article, session.analysis
        if doc is None or analysis is None:
            return None

        translate = session.options.translate

        def call(library: Any) -> int:
            from dragoman.library import keys

            # A copy taken on the worker: the window keeps reading the shown analysis meanwhile.
            copy = deepcopy(analysis)
            info = copy.translation
            # The keys the batch uses too, so a batch skips what the window has read.
            return library.store(doc, copy, source=doc.source or "", data_version=keys.data_version(),
                                 models_key=keys.models_key(info.model, info.family, translate=translate))

        def done(article_id: int) -> None:
            if session.analysis is analysis:
                self.current_id = article_id
            self.stored.emit(article_id)
            if self.dock.isVisible():
                self.view.schedule()

        return library_task(self.library_path, call, name="store in the library", context=self,
                            on_success=done, on_failure=lambda _error: self.storeFailed.emit())

    # ---- opening a stored article -----------------------------------------------------------
    def open_article(self, article_id: int) -> Worker:
        """Show a stored article at once from its stored analysis (nothing analysed again)."""
        self.window.statusBar().showMessage("Opening the stored article…")
        return library_task(self.library_path, lambda library: library.get(article_id),
                            name="open a stored article", context=self, on_success=self.show_stored)

    def show_stored(self, stored: Any) -> None:
        window = self.window
        # Not a file being opened: the window must not put the previous file in Open recent.
        window._pending_path = None
        window.session.cancel_translation()  # a translation under way: what it did is stored first
        self._opening_stored = True
        try:
            window.session.open_stored(stored.article, stored.analysis)
        finally:
            self._opening_stored = False
        self.current_id = stored.id
        when = stored.read_at[:10] if stored.read_at else ""
        window.statusBar().showMessage(f"Opened “{stored.title}” from the library (read {when}).", 8000)


    # ---- officials: dossier and corrections --------------------------------------------------
    def open_dossier(self, name: str) -> Any:
        """A dossier window for ``name`` (any script or English); opening an article from it shows
        that article in the main window."""
        from .dossier_view import DossierDialog

        dialog = DossierDialog(name, self.library_path, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.articleRequested.connect(self.open_article)
        dialog.exportRequested.connect(self.export_dossier)
        dialog.show()
        self.dossier_dialog = dialog
        return dialog

    def check_dossiers(self, *_: object) -> Worker | None:
        """Ask the library (on the worker) which of the shown officials it has an article for,
        so the officials panel enables Dossier… only for them."""
        panel = self.window.officials_panel
        names = list(dict.fromkeys(panel.dossier_name(o) for o in panel.model.rows()))
        self._dossier_check += 1
        number = self._dossier_check
        if not names:
            panel.set_in_library(set())
            return None

        path = self.library_path

        def op(_cancelled: Callable[[], bool]) -> set[str]:
            from dragoman.library import Library
            from dragoman.library.library import default_path
            from dragoman.library.store import header_problem

            # Only a look: a missing library is not made, a damaged one is left for storing to
            # set aside and report (a second report of the same damage would only confuse).
            where = path if path is not None else default_path()
            if not where.exists() or header_problem(where):
                return set()
            with Library(where) as library:
                return {name for name in names if library.list(official=name, limit=1)}

        def done(found: set[str]) -> None:
            if number == self._dossier_check:
                panel.set_in_library(found)

        return run_in_background(op, name="find officials in the library", context=self,
                                 on_success=done, on_failure=lambda _error: done(set()))

    def dossier_of_row(self, row: int) -> Any:
        official = self.window.officials_panel.model.row_object(row)
        return self.open_dossier(official.name_en or official.name)

    def correct_row(self, row: int) -> Worker | None:
        """Officials ▸ Correct English name or title…: ask, then correct on the worker."""
        from .correct_name import CorrectNameDialog

        official = self.window.officials_panel.model.row_object(row)
        dialog = CorrectNameDialog(official, self.window)
        if dialog.exec() != CorrectNameDialog.DialogCode.Accepted:
            return None
        return self.correct(official.name, dialog.correction())

    def correct(self, name: str, changes: dict[str, str | None]) -> Worker | None:
        """Apply a correction: the shown analysis and its panels at once, then the person's
        names.toml and every stored analysis (``Library.correct_official``) on the worker."""
        from .correct_name import apply_to_analysis

        if not changes:
            return None
        window = self.window
        analysis = window.session.analysis
        if analysis is not None and apply_to_analysis(analysis, name, changes):
            window.officials_panel.set_officials(analysis.officials, analysis)
            window.quotes_panel.set_quotes(analysis.quotes, analysis)

        def call(library: Any) -> int:
            # writes names.toml and has this process's name tables read it again; the analysis
            # process sees the file's new time (summarize/names.py), so later analyses use it
            return int(library.correct_official(name, **changes))

        def done(count: int) -> None:
            shown = changes.get("name_en") or name
            window.statusBar().showMessage(f"Corrected {shown}: {count} stored article"
                                           f"{'s' if count != 1 else ''} updated; later analyses use it.", 10000)
            if self.dock.isVisible():
                self.view.schedule()

        return library_task(self.library_path, call, name="correct an official", context=self, on_success=done)

    # ---- export -------------------------------------------------------------------------------
    def export_current(self) -> Any:
        """File ▸ Export…: the shown article in the format and layout a person picks."""
        from .export_dialog import ExportDialog

        session = self.window.session
        if session.article is None or session.analysis is None:
            bus().warning("Open an article first; then export it.")
            return None
        doc, analysis = session.article, session.analysis
        stem = Path(doc.source).stem if doc.source and "://" not in doc.source else "article"
        dialog = ExportDialog(self._export_folder(), stem, title="Export the article", parent=self.window)
        dialog.accepted.connect(lambda: self.write_export(dialog.choice(), doc, analysis))
        dialog.open()
        self.export_dialog = dialog
        return dialog

    def write_export(self, choice: Any, doc: Any, analysis: Any) -> Worker:
        def op(_cancelled: Callable[[], bool]) -> Path:
            from dragoman.export import export_analysis

            return export_analysis(doc, analysis, choice.format, choice.path, layout=choice.layout)

        return self._run_export(op, choice)

    def export_dossier(self, dossier: Any) -> Any:
        """A dossier window's Export…: the dossier in the format a person picks."""
        from .export_dialog import ExportDialog

        if dossier is None:
            return None
        dialog = ExportDialog(self._export_folder(), f"dossier {dossier.name_en}", layouts=False,
                              title=f"Export the dossier of {dossier.name_en}", parent=self.window)

        def write() -> None:
            choice = dialog.choice()

            def op(_cancelled: Callable[[], bool]) -> Path:
                from dragoman.export import export_dossier

                return export_dossier(dossier, choice.format, choice.path)

            self._run_export(op, choice)

        dialog.accepted.connect(write)
        dialog.open()
        self.export_dialog = dialog
        return dialog

    def _run_export(self, op: Callable[[Callable[[], bool]], Path], choice: Any) -> Worker:
        from . import settings as keys

        self.window.settings.setValue(keys.LAST_DIR, str(choice.path.parent))
        self.window.statusBar().showMessage(f"Writing {choice.path.name}…")

        def done(path: Path) -> None:
            self.window.statusBar().showMessage(f"Exported to {path}.", 10000)
            self.exported.emit(str(path))

        return run_in_background(op, name=f"export {choice.path}", context=self, on_success=done)

    def _export_folder(self) -> Path:
        from . import settings as keys

        return Path(str(self.window.settings.value(keys.LAST_DIR, str(Path.home()))))

    # ---- Open URL -----------------------------------------------------------------------------
    def open_url(self) -> Any:
        """File ▸ Open URL…: fetch on the worker, then analyse like any article."""
        from .open_url import OpenUrlDialog

        dialog = OpenUrlDialog(self.window)
        dialog.fetched.connect(self._fetched)
        dialog.open()
        self.url_dialog = dialog
        return dialog

    def _fetched(self, doc: Any) -> None:
        window = self.window
        window._pending_path = None  # an address is not a file for Open recent
        window.statusBar().showMessage(f"Analysing {doc.source}…")
        window.session.open_article(doc, name=f"open {doc.source}")
