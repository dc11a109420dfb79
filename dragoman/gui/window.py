"""The main window: the reader (source | English), dockable panels, menus, status and progress.

The window only wires things together: it asks :class:`ArticleSession` for work, shows what comes
back, and persists what a person chose. Messages from anywhere reach the person through the
message bus (gui/messages.py): the status bar for news, the message bar for problems.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from . import messages, theme
from . import settings as keys
from .findbar import FindBar
from .library_view import LibraryController
from .menus import build_actions
from .messagebar import MessageBar
from .panels import OfficialsPanel, QuotesPanel, SummaryPanel
from .reader import ReaderView
from .session import ArticleSession
from .trust import model_line

if TYPE_CHECKING:  # annotations only: the window starts without the pipeline or the engine
    from PySide6.QtCore import QSettings

    from dragoman.article.analysis import Analysis
    from dragoman.pipeline import Options
    from dragoman.translate.engine import Engine

OPEN_FILTER = "Articles (*.txt *.html *.htm *.docx);;All files (*)"
ENGLISH_FILTER = "English text (*.txt);;All files (*)"
DEFAULT_FONT_SIZE = 12
MIN_FONT_SIZE, MAX_FONT_SIZE = 7, 40


class MainWindow(QMainWindow):
    """Dragoman's window. ``settings`` defaults to the platform store (see gui/settings.py);
    ``engine`` to the pipeline's process-wide translation engine."""

    articleShown = Signal()

    # Commands, made by gui/menus.py (tests and shortcuts reach them by these names).
    open_action: QAction
    paste_action: QAction
    quit_action: QAction
    find_action: QAction
    find_next_action: QAction
    find_prev_action: QAction
    copy_summary_action: QAction
    copy_quote_action: QAction
    copy_official_action: QAction
    next_quote_action: QAction
    prev_quote_action: QAction
    zoom_in_action: QAction
    zoom_out_action: QAction
    zoom_reset_action: QAction
    orientation_action: QAction
    theme_actions: dict[str, QAction]
    models_action: QAction
    translate_action: QAction
    cancel_action: QAction
    resume_action: QAction
    import_english_action: QAction
    # ... and by menus.py from the library's commands (gui/library_view.py).
    library_action: QAction
    export_action: QAction
    open_url_action: QAction
    next_check_action: QAction
    prev_check_action: QAction
    recent_menu: QMenu

    def __init__(self, settings: QSettings | None = None, engine: Engine | None = None) -> None:
        super().__init__()
        self.setObjectName("dragomanWindow")
        self.setWindowTitle("Dragoman")
        self.setAcceptDrops(True)
        self.settings = settings if settings is not None else keys.open_settings()
        self.session = ArticleSession(self._read_options(), self, engine=engine)
        self.reader = ReaderView(self)
        self.message_bar = MessageBar(self)
        self.find_bar = FindBar(self.reader, self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.reader, 1)
        layout.addWidget(self.find_bar)
        self.setCentralWidget(central)
        self.summary_panel = SummaryPanel(self)
        self.quotes_panel = QuotesPanel(self)
        self.officials_panel = OfficialsPanel(self)
        self.docks = {
            "summary": self._dock("Summary", self.summary_panel, Qt.DockWidgetArea.RightDockWidgetArea),
            "quotes": self._dock("Key quotes", self.quotes_panel, Qt.DockWidgetArea.BottomDockWidgetArea),
            "officials": self._dock("Officials", self.officials_panel, Qt.DockWidgetArea.BottomDockWidgetArea),
        }
        self.tabifyDockWidget(self.docks["quotes"], self.docks["officials"])
        self.docks["quotes"].raise_()
        self._build_status_bar()
        self.library = LibraryController(self)  # the reading library: store, Library dock, dossiers
        build_actions(self)
        self._connect()
        self._pending_path: str | None = None  # the file being opened (for the recent list)
        self._restore()

    # ---- construction --------------------------------------------------------------------
    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(widget.objectName() + "Dock")
        dock.setAccessibleName(f"{title} panel")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("translationProgress")
        self.progress.setAccessibleName("Translation progress")
        self.progress.setMaximumWidth(220)
        self.progress.setFormat("Translating %v/%m")
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setAccessibleName("Cancel the translation")
        self.cancel_button.setToolTip("Stop translating (Esc); what is translated stays")
        self.model_label = QLabel(self)
        self.model_label.setObjectName("modelLabel")
        # A gap between a long status message and the model's name (they ran into each other).
        self.model_label.setContentsMargins(16, 0, 4, 0)
        bar.addPermanentWidget(self.model_label)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        self.progress.hide()
        self.cancel_button.hide()

    def _connect(self) -> None:
        bus = messages.bus()
        bus.posted.connect(self._show_message)
        s = self.session
        s.opened.connect(self._show_analysis)
        s.openProgress.connect(self._open_progress)
        s.document.sentencesChanged.connect(self._sentences_changed)
        s.checksChanged.connect(self._checks_changed)
        s.englishImported.connect(self._english_imported)
        s.translationProgress.connect(self._progress)
        s.translationFinished.connect(self._translation_finished)
        s.summaryChanged.connect(lambda _s: self._show_summary())
        s.quotesTranslated.connect(self.quotes_panel.english_changed)
        self.cancel_button.clicked.connect(s.cancel_translation)
        self.reader.sentenceActivated.connect(lambda i: self.reader.show_sentences([i], scroll=False))
        self.reader.modelManagerRequested.connect(self.open_model_manager)
        self.summary_panel.optionsChanged.connect(self._summary_options_changed)
        self.summary_panel.sentenceActivated.connect(lambda i: self.reader.show_sentences([i]))
        self.quotes_panel.quoteActivated.connect(self._show_quote)
        self.officials_panel.officialSelected.connect(self._show_official)

    # ---- settings ------------------------------------------------------------------------
    def _read_options(self) -> Options:
        from dragoman import pipeline

        length = keys.read_int(self.settings, keys.LENGTH, None)
        return pipeline.Options(
            algorithm=str(self.settings.value(keys.ALGORITHM, "lexrank")),
            length=length if length else None,
            rank_on=str(self.settings.value(keys.RANK_ON, "source")),
            translate=keys.read_bool(self.settings, keys.TRANSLATE, True),
        )

    def _restore(self) -> None:
        s = self.settings
        geometry = s.value(keys.GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
        state = s.value(keys.STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        else:  # first start: once laid out, most of the width and height go to the article itself
            QTimer.singleShot(0, self._default_dock_sizes)
        self.reader.set_vertical(keys.read_bool(s, keys.VERTICAL, False))
        self.orientation_action.setChecked(self.reader.is_vertical())
        splitter = s.value(keys.SPLITTER)
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.reader.splitter.restoreState(splitter)
        self.font_size = keys.read_int(s, keys.FONT_SIZE, DEFAULT_FONT_SIZE) or DEFAULT_FONT_SIZE
        self._apply_font_size()
        self.summary_panel.set_algorithms((self.session.options.algorithm,), self.session.options.algorithm)
        self.summary_panel.set_length(self.session.options.length)
        self.summary_panel.set_rank_on(self.session.options.rank_on)
        self.translate_action.setChecked(self.session.options.translate)
        self.set_theme(str(s.value(keys.DARK, os.environ.get("DRAGOMAN_THEME", "system"))), save=False)
        # A bound method of this window: Qt drops the connection when the window is destroyed.
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)

    def _default_dock_sizes(self) -> None:
        self.resizeDocks([self.docks["summary"]], [max(300, self.width() // 4)], Qt.Orientation.Horizontal)
        self.resizeDocks([self.docks["quotes"]], [max(200, self.height() // 4)], Qt.Orientation.Vertical)

    def save_settings(self) -> None:
        s = self.settings
        s.setValue(keys.GEOMETRY, self.saveGeometry())
        s.setValue(keys.STATE, self.saveState())
        s.setValue(keys.SPLITTER, self.reader.splitter.saveState())
        s.setValue(keys.VERTICAL, self.reader.is_vertical())
        s.setValue(keys.FONT_SIZE, self.font_size)
        options = self.session.options
        s.setValue(keys.ALGORITHM, options.algorithm)
        s.setValue(keys.LENGTH, options.length if isinstance(options.length, int) else 0)
        s.setValue(keys.RANK_ON, options.rank_on)
        s.setValue(keys.TRANSLATE, options.translate)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.session.shutdown()
        super().closeEvent(event)

    # ---- opening -------------------------------------------------------------------------
    def open_path(self, path: str) -> None:
        """Open a file in the background; the current article stays until the new one is ready."""
        self._pending_path = path
        self.statusBar().showMessage(f"Opening {Path(path).name}…")
        self.session.open_path(path)

    def _open_progress(self, stage: str) -> None:
        """Loading → analysing → (the article shows): a long file says what it is doing."""
        name = Path(self._pending_path).name if self._pending_path else "the pasted text"
        self.statusBar().showMessage(f"{stage} {name}…")

    def open_text(self, text: str) -> None:
        self._pending_path = None
        self.statusBar().showMessage("Opening the pasted text…")
        self.session.open_text(text)

    def choose_file(self) -> None:
        start = str(self.settings.value(keys.LAST_DIR, str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(self, "Open an article", start, OPEN_FILTER)
        if path:
            self.settings.setValue(keys.LAST_DIR, str(Path(path).parent))
            self.open_path(path)

    def paste_article(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            messages.bus().warning("The clipboard has no text to paste; copy an article's text first.")
            return
        self.open_text(text)

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = keys.read_list(self.settings, keys.RECENT)
        for number, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{number % 10} {Path(path).name}")
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(recent))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.open_path(files[0])

    # ---- showing results -----------------------------------------------------------------
    def _analysis(self) -> Analysis | None:
        return self.session.analysis

    def _show_analysis(self, analysis: Analysis) -> None:
        doc = self.session.article
        assert doc is not None
        self.message_bar.hide()
        self.reader.translation_enabled = self.session.options.translate
        self.reader.show_analysis(doc.text, analysis)
        self._show_summary()
        self.quotes_panel.set_quotes(analysis.quotes, analysis)
        self.officials_panel.set_officials(analysis.officials, analysis)
        self._offer_algorithms()
        name = Path(doc.source).name if doc.source else "Pasted text"
        self.setWindowTitle(f"{name} — Dragoman")
        path = self._pending_path
        if path and doc.source:
            keys.remember_file(self.settings, path)
            self.fill_recent_menu()
        self._show_model_label()
        opened = f"Opened {name}: {len(analysis.sentences)} sentences."
        self.statusBar().showMessage(" ".join([opened, *analysis.notes]), 10000)
        self.find_bar.refresh()
        self.articleShown.emit()

    def _sentences_changed(self, ids: list[int]) -> None:
        """The document says which sentences changed (one event-loop turn's worth): the panels
        repaint those rows; the English pane writes them in batches (reader.english_changed)."""
        self.reader.english_changed(ids)
        self.summary_panel.model.refresh(ids)
        self.quotes_panel.model.refresh(ids)

    def _refresh_marks(self) -> None:
        self.summary_panel.model.refresh()
        self.quotes_panel.model.refresh()

    def _checks_changed(self) -> None:
        """The final recheck (or imported English) changed the checks: mark everything again."""
        self.reader.flush_english()
        self.reader.refresh_checks()
        self._refresh_marks()

    def _english_imported(self, analysis: Analysis) -> None:
        self._show_analysis(analysis)
        self._update_resume()
        name = analysis.translation.english_file or "the file"
        count = sum(1 for s in analysis.sentences if s.flags)
        self.statusBar().showMessage(f"English from {name}: {count} of {len(analysis.sentences)} sentences "
                                     "need checking.", 10000)

    def choose_english_file(self) -> None:
        """Translation ▸ Import English…: a file with one English line per line of the source."""
        if self.session.article is None:
            messages.bus().warning("Open an article first; then import its English.")
            return
        start = str(self.settings.value(keys.LAST_DIR, str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(self, "Import the English of this article", start, ENGLISH_FILTER)
        if path:
            self.import_english(path)

    def import_english(self, path: str) -> None:
        self.statusBar().showMessage(f"Reading the English in {Path(path).name}…")
        self.session.import_english(path)

    def resume_translation(self) -> None:
        """Translation ▸ Resume: translate what a cancel left without English."""
        if self.session.resume_translation():
            self.statusBar().showMessage("Resuming the translation…", 4000)
        self._update_resume()

    def _update_resume(self) -> None:
        self.resume_action.setEnabled(self.session.can_resume())

    def step_flagged(self, delta: int) -> None:
        """F7 / Shift+F7: go to the next / previous sentence whose English needs checking."""
        sentence = self.reader.step_flagged(delta)
        if sentence < 0:
            self.statusBar().showMessage("No sentence needs checking.", 4000)
            return
        reason = self.reader.english.flag_reason(sentence) or ""
        self.statusBar().showMessage(f"Sentence {sentence + 1}: {reason.splitlines()[0] if reason else ''}", 8000)

    def _offer_algorithms(self) -> None:
        try:
            from dragoman.summarize.algorithms import ALGORITHMS as algorithms
        except ImportError:  # summarize/ not there: offer what we have
            algorithms = (self.session.options.algorithm,)
        self.summary_panel.set_algorithms(tuple(algorithms), self.session.options.algorithm)

    def _show_model_label(self) -> None:
        analysis = self._analysis()
        if analysis is None:
            return
        info = analysis.translation
        if info.family == "file":
            self.model_label.setText(model_line(info))
        elif info.model:
            demo = " (demo model)" if info.demo and "demo" not in info.model.lower() else ""
            self.model_label.setText(f"Model: {info.model}{demo}")
        elif not self.session.options.translate:
            self.model_label.setText("Translation off")  # switched off, not missing
        else:
            self.model_label.setText("No translation model" if analysis.language != "en" else "")

    def _show_summary(self) -> None:
        analysis = self._analysis()
        if analysis is not None:
            summary = analysis.summary
            self.summary_panel.show_summary(summary.sentence_ids, analysis.sentences, summary.english, analysis)

    def _progress(self, done: int, total: int) -> None:
        if self.progress.maximum() != max(total, 1):
            self.progress.setMaximum(max(total, 1))
        # Repainting the bar costs ~0.7 ms: for a long article, move it by half-percent steps.
        if done in (0, total) or abs(done - self.progress.value()) >= max(1, total // 200):
            self.progress.setValue(done)
        translating = self.session.is_translating()
        self.progress.setVisible(translating)
        self.cancel_button.setVisible(translating)
        self.cancel_action.setEnabled(translating)
        self._update_resume()

    def _translation_finished(self, complete: bool) -> None:
        self.progress.setValue(self.session.translated)  # exact, for Resume to go on from
        self.progress.hide()
        self.cancel_button.hide()
        self.cancel_action.setEnabled(False)
        self._update_resume()
        self.reader.flush_english()
        self.reader.show_translation_info()
        self._show_model_label()  # a model that failed mid-run: the fallback that wrote the English
        self._show_summary()
        analysis = self._analysis()
        if analysis is not None and analysis.translation.model and not complete:
            done = sum(1 for s in analysis.sentences if s.translation is not None)
            self.statusBar().showMessage(
                f"Translation stopped: {done} of {len(analysis.sentences)} sentences are in English "
                "(Translation ▸ Resume goes on).", 8000)

    def _summary_options_changed(self, algorithm: str, length: int | None, rank_on: str) -> None:
        self.session.set_options(replace(self.session.options, algorithm=algorithm, length=length, rank_on=rank_on))
        self.save_settings()  # on every change: a killed window once lost the summary settings

    def toggle_translation(self, enabled: bool) -> None:
        """Translate automatically or not; the open article is analysed again either way."""
        self.session.set_options(replace(self.session.options, translate=enabled))
        self.save_settings()
        if enabled and self.session.article is not None:
            self.session.reanalyse()

    def _show_quote(self, row: int) -> None:
        quote = self.quotes_panel.model.row_object(row)
        ids = list(quote.sentence_ids) or self.reader.sentences_of([quote])
        self.reader.show_sentences(ids)

    def _show_official(self, row: int) -> None:
        if row < 0:
            self.reader.show_mentions([])
            return
        official = self.officials_panel.model.row_object(row)
        self.reader.show_mentions(official.mentions, official.name_en)

    def _show_message(self, message: messages.Message) -> None:
        if message.level == messages.INFO:
            self.statusBar().showMessage(message.text, 6000)
        else:
            self.statusBar().showMessage(message.text, 10000)
            self.message_bar.show_message(message)

    # ---- view ----------------------------------------------------------------------------
    def zoom(self, step: int) -> None:
        """Bigger (+1), smaller (-1) or default (0) text in the panes."""
        self.font_size = DEFAULT_FONT_SIZE if step == 0 else min(MAX_FONT_SIZE, max(MIN_FONT_SIZE,
                                                                                   self.font_size + step))
        self._apply_font_size()
        self.save_settings()

    def _apply_font_size(self) -> None:
        for pane in (self.reader.source, self.reader.english):
            font = QFont(pane.font())
            font.setPointSize(self.font_size)
            pane.setFont(font)

    def toggle_orientation(self) -> None:
        self.reader.set_vertical(self.orientation_action.isChecked())
        self.save_settings()

    def set_theme(self, name: str, save: bool = True) -> None:
        name = name if name in theme.THEMES else "system"
        self.theme = name
        theme.apply_theme(name)
        for key, action in self.theme_actions.items():
            action.setChecked(key == name)
        if save:
            self.settings.setValue(keys.DARK, name)
            self.settings.sync()

    def _system_scheme_changed(self, *_: object) -> None:
        if self.theme == "system":
            self.set_theme("system", save=False)

    def open_model_manager(self) -> None:
        """Show the model manager (one at a time; a second request brings it to the front)."""
        from .model_manager import ModelManagerDialog

        existing = getattr(self, "model_manager", None)
        if existing is not None and existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return
        dialog = ModelManagerDialog(self)
        dialog.packagesChanged.connect(self._models_changed)
        dialog.show()
        self.model_manager = dialog

    def _models_changed(self) -> None:
        """A package was installed or removed: plan the open article's translation again."""
        QTimer.singleShot(0, self.session.reanalyse)
