"""The reading library in the real window: every article shown is stored in a real SQLite library
in tmp_path; the Library dock lists and searches it; a stored article opens without analysing;
dossiers, corrections and export go through the real ``dragoman.library`` and ``dragoman.export``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from dragoman import pipeline
from dragoman.gui import messages
from dragoman.gui.library_view import ANY_DATE, DEBOUNCE_MS, MATCHES_ROLE, LibraryModel

TIMEOUT_MS = 60_000


def open_and_wait(qtbot, window, path: Path | str) -> None:
    """Open like a person and wait until translation is over; a failed open fails the test at once."""
    outcome: list[str] = []
    window.session.translationFinished.connect(lambda complete: outcome.append("finished"))
    window.session.openFailed.connect(lambda text: outcome.append(f"failed: {text}"))
    window.open_path(str(path))
    qtbot.waitUntil(lambda: bool(outcome), timeout=TIMEOUT_MS)
    assert outcome[0] == "finished", outcome[0]

SAMPLES = Path(__file__).resolve().parents[2] / "dragoman" / "resources" / "samples"
KK = SAMPLES / "kk-official-visit.txt"
AR = SAMPLES / "ar-talks.txt"


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """Dragoman's data folder (library.sqlite, names.toml) in tmp_path for this test alone."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("DRAGOMAN_HOME", str(folder))
    return folder


def library(home: Path):
    from dragoman.library import Library

    return Library(home / "library.sqlite")


def open_and_store(qtbot, window, path: Path) -> int:
    """Open ``path`` like a person and wait until the window has stored it; its library id."""
    with qtbot.waitSignal(window.library.stored, timeout=TIMEOUT_MS) as stored:
        open_and_wait(qtbot, window, path)
    return int(stored.args[0])


def type_text(edit, text: str) -> None:
    """Type ``text`` one character at a time (QTest's key clicks take Latin-1 only)."""
    for char in text:
        edit.insert(char)


def shown_rows(window) -> list[str]:
    model = window.library.view.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def refresh_and_wait(qtbot, window) -> None:
    with qtbot.waitSignal(window.library.view.resultsShown, timeout=TIMEOUT_MS):
        window.library.view.refresh_now()


def test_an_opened_article_is_stored_with_its_analysis(qtbot, window, home):
    article_id = open_and_store(qtbot, window, KK)
    with library(home) as lib:
        assert lib.count() == 1
        stored = lib.get(article_id)
    assert stored.source == str(KK)
    assert stored.text == window.session.article.text
    shown = window.session.analysis
    assert [s.translation for s in stored.analysis.sentences] == [s.translation for s in shown.sentences]
    assert [o.name_en for o in stored.analysis.officials] == [o.name_en for o in shown.officials]
    assert window.library.current_id == article_id


def test_the_same_article_twice_is_one_row(qtbot, window, home):
    first = open_and_store(qtbot, window, KK)
    second = open_and_store(qtbot, window, KK)
    assert first == second
    with library(home) as lib:
        assert lib.count() == 1


def test_ctrl_l_lists_the_library_and_the_search_box_searches_it(qtbot, window, home):
    open_and_store(qtbot, window, KK)
    open_and_store(qtbot, window, AR)
    with qtbot.waitSignal(window.library.view.resultsShown, timeout=TIMEOUT_MS):
        window.library_action.trigger()
    assert window.library.dock.isVisible()
    view = window.library.view
    assert view.model.rowCount() == 2
    assert view.view.isColumnHidden(LibraryModel.SNIPPET)
    languages = {view.model.row_object(r).language for r in range(2)}
    assert languages == {"kk", "ar"}
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    aligned = {view.model.row_object(r).language: view.model.index(r, 0).data(Qt.ItemDataRole.TextAlignmentRole)
               for r in range(2)}
    assert aligned["ar"] == right and aligned["kk"] != right  # an Arabic title starts at the right
    # Typing a query: one search once typing pauses, and only the Kazakh article matches.
    with qtbot.waitSignal(view.resultsShown, timeout=TIMEOUT_MS) as shown:
        type_text(view.search, "Бианки")
    assert shown.args == [1]
    hit = view.model.row_object(0)
    assert hit.language == "kk" and hit.source == str(KK)
    match = view.model.index(0, LibraryModel.SNIPPET)
    shown, spans = match.data(), match.data(MATCHES_ROLE)
    assert "[" not in shown and "]" not in shown  # the matched words are bold, not bracketed
    assert spans and shown[spans[0][0]:spans[0][1]].startswith("Бианки")
    assert not view.view.isColumnHidden(LibraryModel.SNIPPET)
    assert "1 match" in view.count.text()


def test_typing_is_debounced_and_the_rows_match_the_last_query(qtbot, window, home):
    open_and_store(qtbot, window, KK)
    open_and_store(qtbot, window, AR)
    view = window.library.view
    window.library.show_library()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=TIMEOUT_MS)
    asked: list[int] = []
    original = view.refresh_now

    def recording_refresh():
        asked.append(1)
        return original()

    view._timer.timeout.disconnect()
    view._timer.timeout.connect(recording_refresh)
    type_text(view.search, "Бианки")  # six keys, each well within the pause
    with qtbot.waitSignal(view.resultsShown, timeout=TIMEOUT_MS):
        pass
    qtbot.wait(DEBOUNCE_MS * 2)
    assert len(asked) == 1
    assert [view.model.row_object(r).source for r in range(view.model.rowCount())] == [str(KK)]


def test_the_language_and_date_filters_narrow_the_list(qtbot, window, home):
    open_and_store(qtbot, window, KK)
    open_and_store(qtbot, window, AR)
    view = window.library.view
    refresh_and_wait(qtbot, window)
    view.language.setCurrentIndex(view.language.findData("ar"))
    refresh_and_wait(qtbot, window)
    assert [view.model.row_object(r).language for r in range(view.model.rowCount())] == ["ar"]
    view.language.setCurrentIndex(0)
    assert view.filters()["since"] is None
    view.since.setDate(QDate(2999, 1, 1))  # after every article's date: nothing
    refresh_and_wait(qtbot, window)
    assert view.model.rowCount() == 0
    view.since.setDate(ANY_DATE)
    refresh_and_wait(qtbot, window)
    assert view.model.rowCount() == 2


def test_a_stored_article_opens_at_once_without_analysing(qtbot, window, home, monkeypatch):
    article_id = open_and_store(qtbot, window, KK)
    english = window.reader.english.text()
    open_and_store(qtbot, window, AR)
    assert window.reader.english.text() != english
    calls: list[str] = []
    real = pipeline.analyse_source

    def recording(doc, *args, **kwargs):
        calls.append(doc.source or "")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(pipeline, "analyse_source", recording)
    refresh_and_wait(qtbot, window)
    view = window.library.view
    row = next(r for r in range(view.model.rowCount()) if view.model.article_id(r) == article_id)
    stored: list[int] = []
    window.library.stored.connect(stored.append)
    with qtbot.waitSignal(window.articleShown, timeout=TIMEOUT_MS):
        view.view.doubleClicked.emit(view.model.index(row, 0))
    assert window.reader.source.text() == KK.read_text(encoding="utf-8").replace("\r\n", "\n")
    assert window.reader.english.text() == english
    assert window.officials_panel.model.rowCount() > 0
    qtbot.wait(300)
    assert calls == []  # nothing analysed again
    assert stored == []  # and not stored again either
    assert not window.session.is_translating()


def _official_row(window, name_en: str) -> int:
    model = window.officials_panel.model
    return next(r for r in range(model.rowCount()) if model.row_object(r).name_en == name_en)


def test_the_officials_panel_opens_a_dossier_and_a_companion_s(qtbot, window, home):
    kk_id = open_and_store(qtbot, window, KK)
    panel = window.officials_panel
    row = _official_row(window, panel.model.row_object(0).name_en)
    official = panel.model.row_object(row)
    panel.select_row(row)
    qtbot.waitUntil(panel.dossier.isEnabled, timeout=TIMEOUT_MS)  # once the library said it has them
    qtbot.mouseClick(panel.dossier, Qt.MouseButton.LeftButton)
    dialog = window.library.dossier_dialog
    qtbot.waitUntil(lambda: dialog.dossier is not None, timeout=TIMEOUT_MS)
    assert dialog.dossier.name_en == official.name_en
    assert [a.id for a in dialog.dossier.articles] == [kk_id]
    assert dialog.articles.index(0, 4).data() == official.name
    assert official.name_en in dialog.heading.text()
    assert dialog.companions.rowCount() == len(panel.model.rows()) - 1
    companion = dialog.companions.row_object(0)[0]
    with qtbot.waitSignal(dialog.dossierShown, timeout=TIMEOUT_MS):
        dialog.companions_view.clicked.emit(dialog.companions.index(0, 0))
    assert dialog.dossier.name_en == companion
    assert dialog.back.isEnabled()
    with qtbot.waitSignal(dialog.dossierShown, timeout=TIMEOUT_MS):
        dialog.back.click()
    assert dialog.dossier.name_en == official.name_en
    dialog.close()


def test_opening_an_article_from_a_dossier_shows_it(qtbot, window, home):
    kk_id = open_and_store(qtbot, window, KK)
    name = window.officials_panel.model.row_object(0).name_en
    open_and_store(qtbot, window, AR)
    dialog = window.library.open_dossier(name)
    qtbot.waitUntil(lambda: dialog.dossier is not None, timeout=TIMEOUT_MS)
    dialog.articles_view.selectRow(0)
    with qtbot.waitSignal(window.articleShown, timeout=TIMEOUT_MS):
        dialog.open_button.click()
    assert window.session.article.source == str(KK)
    assert window.library.current_id == kk_id
    dialog.close()


def test_a_correction_shows_at_once_and_reaches_the_library_and_later_analyses(qtbot, window, home):
    article_id = open_and_store(qtbot, window, KK)
    panel = window.officials_panel
    official = panel.model.row_object(0)
    written = official.name
    worker = window.library.correct(written, {"name_en": "Test Corrected Name", "title_en": "Test Title"})
    assert panel.model.index(0, 0).data() == "Test Corrected Name"  # at once
    assert panel.model.index(0, 2).data() == "Test Title"
    qtbot.waitUntil(lambda: not worker.is_running(), timeout=TIMEOUT_MS)
    assert worker.error is None
    assert (home / "names.toml").is_file()
    with library(home) as lib:
        stored = lib.get(article_id)
        assert "Test Corrected Name" in [o.name_en for o in stored.analysis.officials]
        assert [a.id for a in lib.dossier("Test Corrected Name").articles] == [article_id]
    from dragoman.article import load

    later = pipeline.analyze(load(str(KK)), pipeline.Options(translate=False))
    assert "Test Corrected Name" in [o.name_en for o in later.officials]


def test_the_correction_dialog_sends_only_what_changed(qtbot, window, home):
    from dragoman.gui.correct_name import CorrectNameDialog

    open_and_wait(qtbot, window, KK)
    official = window.officials_panel.model.row_object(0)
    dialog = CorrectNameDialog(official, window)
    qtbot.addWidget(dialog)
    save = dialog.buttons.buttons()[0]
    assert not save.isEnabled()  # nothing changed yet
    dialog.title_en.setText("  Acting   Minister ")
    assert dialog.correction() == {"title_en": "Acting Minister"}
    dialog.name_en.clear()
    assert not save.isEnabled()  # an English name cannot be empty


@pytest.mark.parametrize("fmt", ["md", "html", "json", "docx", "pdf"])
def test_export_writes_the_format_chosen(qtbot, window, home, tmp_path, fmt):
    open_and_wait(qtbot, window, KK)
    dialog = window.library.export_current()
    dialog.set_format(fmt)
    target = tmp_path / f"out.{fmt}"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(window.library.exported, timeout=TIMEOUT_MS) as written:
        dialog.accept()
    assert written.args == [str(target)]
    data = target.read_bytes()
    assert len(data) > 200
    if fmt in ("md", "html", "json"):
        assert "Тоқаев" in data.decode("utf-8")
    if fmt == "pdf":
        assert data.startswith(b"%PDF")
    if fmt == "docx":
        assert data.startswith(b"PK")


def test_a_dossier_exports(qtbot, window, home, tmp_path):
    open_and_store(qtbot, window, KK)
    name = window.officials_panel.model.row_object(0).name_en
    dossier = window.library.open_dossier(name)
    qtbot.waitUntil(lambda: dossier.dossier is not None, timeout=TIMEOUT_MS)
    dossier.export_button.click()
    dialog = window.library.export_dialog
    dialog.set_format("md")
    target = tmp_path / "dossier.md"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(window.library.exported, timeout=TIMEOUT_MS):
        dialog.accept()
    assert name in target.read_text(encoding="utf-8")
    dossier.close()


def test_export_needs_an_article(qtbot, window, home):
    assert window.library.export_current() is None
    assert "Open an article first" in messages.bus().history[-1].text


def test_a_damaged_library_is_one_sentence_and_the_article_still_shows(qtbot, window, home):
    (home / "library.sqlite").write_bytes(b"this is not a database" * 200)
    failed: list[bool] = []
    window.library.storeFailed.connect(lambda: failed.append(True))
    open_and_wait(qtbot, window, KK)
    qtbot.waitUntil(lambda: bool(failed), timeout=TIMEOUT_MS)
    message = messages.bus().history[-1]
    assert message.level == messages.ERROR
    assert "Something went wrong" not in message.text
    assert "library" in message.text.lower()
    assert window.message_bar.isVisible()
    assert window.reader.source.text().startswith("Қасым-Жомарт Тоқаев")
    assert list(home.glob("library.sqlite.damaged-*"))  # kept aside, never silently replaced


def test_imported_english_replaces_the_stored_english(qtbot, window, home, tmp_path):
    from dragoman.article.english_file import source_lines

    article_id = open_and_store(qtbot, window, KK)
    lines = [f"Imported English line {n}." for n in range(1, len(source_lines(window.session.article)) + 1)]
    english = tmp_path / "agency-english.txt"
    english.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    with qtbot.waitSignal(window.library.stored, timeout=TIMEOUT_MS) as stored:
        window.import_english(str(english))
    assert stored.args == [article_id]  # the same article, its analysis replaced
    with library(home) as lib:
        assert lib.count() == 1
        again = lib.get(article_id)
    assert again.analysis.translation.english_file == "agency-english.txt"
    assert again.analysis.sentences[0].translation.startswith("Imported English line")
