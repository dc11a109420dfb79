"""What a new user sees first in the library and officials panels and the English header: the
Library's Match column shows matched words bold (no raw brackets), Dossier… is enabled only when
there is a dossier to show, and a long model label is elided with "…" (the whole as tooltip)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from dragoman.gui.library_view import MATCHES_ROLE, LibraryModel, SnippetDelegate, split_snippet
from dragoman.gui.panels import make_table
from dragoman.library.models import SearchHit

TIMEOUT_MS = 60_000
KK = Path(__file__).resolve().parents[2] / "dragoman" / "resources" / "samples" / "kk-official-visit.txt"


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """Dragoman's data folder (the library) in tmp_path for this test alone."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("DRAGOMAN_HOME", str(folder))
    return folder


def open_and_store(qtbot, window, path: Path) -> int:
    """Open ``path`` like a person; wait until it is translated and stored; its library id."""
    with qtbot.waitSignal(window.library.stored, timeout=TIMEOUT_MS) as stored, \
            qtbot.waitSignal(window.session.translationFinished, timeout=TIMEOUT_MS):
        window.open_path(str(path))
    return int(stored.args[0])


def test_a_snippet_loses_its_brackets_and_keeps_where_the_matches_are():
    text, spans = split_snippet("…министрі [Лоренцо] [Бианкиді] қабылдады…")
    assert text == "…министрі Лоренцо Бианкиді қабылдады…"
    assert [text[a:b] for a, b in spans] == ["Лоренцо", "Бианкиді"]
    assert split_snippet("no match here") == ("no match here", [])


def _hit(snippet: str) -> SearchHit:
    return SearchHit(1, "/tmp/a.txt", "A title", "kk", None, None, snippet, 0.0)


def _paint_cell(qtbot, snippet: str, width: int = 420) -> tuple[QImage, str, list]:
    """The Match cell of one search hit, painted by the Library's delegate into an image."""
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    model = LibraryModel(parent)
    view = make_table(model, "hits", parent)
    delegate = SnippetDelegate(view)
    view.setItemDelegateForColumn(LibraryModel.SNIPPET, delegate)
    model.set_rows([_hit(snippet)])
    index = model.index(0, LibraryModel.SNIPPET)
    option = QStyleOptionViewItem()
    option.initFrom(view.viewport())
    option.rect = QRect(0, 0, width, 28)
    option.widget = view
    image = QImage(width, 28, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    return image, index.data(), index.data(MATCHES_ROLE)


def _ink(image: QImage) -> int:
    """How many pixels are not background (a bold word inks more of them)."""
    white = QColor("white").rgb()
    return sum(image.pixel(x, y) != white for x in range(image.width()) for y in range(image.height()))


def test_the_match_column_shows_matched_words_bold_without_brackets(qtbot):
    bold, shown, spans = _paint_cell(qtbot, "the [Foreign] [Minister] of Kazakhstan met")
    plain, plain_shown, plain_spans = _paint_cell(qtbot, "the Foreign Minister of Kazakhstan met")
    assert shown == plain_shown == "the Foreign Minister of Kazakhstan met"
    assert [shown[a:b] for a, b in spans] == ["Foreign", "Minister"] and plain_spans == []
    assert _ink(bold) > _ink(plain) > 0  # the same words, the matched ones drawn heavier


def test_a_long_snippet_ends_in_an_ellipsis_not_mid_letter(qtbot):
    long = "word " * 10 + "[match] " + "tail " * 40
    narrow, _shown, _spans = _paint_cell(qtbot, long, width=160)
    wide, _shown, _spans = _paint_cell(qtbot, long, width=1600)
    right_edge = [narrow.pixel(x, y) != QColor("white").rgb() for x in range(150, 160) for y in range(28)]
    assert not any(right_edge)  # inside the padding: the text stopped (with "…") before the edge
    assert _ink(narrow) < _ink(wide)


def _panel_tip(window) -> str:
    return window.officials_panel.dossier.toolTip()


def test_dossier_is_disabled_without_officials_or_selection(qtbot, window, home):
    panel = window.officials_panel
    panel.set_officials([])
    assert not panel.dossier.isEnabled()
    assert "No officials" in _panel_tip(window)
    open_and_store(qtbot, window, KK)
    assert panel.model.rowCount() > 0
    panel.view.selectionModel().clearCurrentIndex()
    panel.view.clearSelection()
    qtbot.waitUntil(lambda: "Looking" not in _panel_tip(window), timeout=TIMEOUT_MS)
    assert not panel.dossier.isEnabled()
    assert "Select an official" in _panel_tip(window)
    panel.select_row(0)
    qtbot.waitUntil(panel.dossier.isEnabled, timeout=TIMEOUT_MS)  # the article was stored: a dossier
    requested: list[int] = []
    panel.dossierRequested.connect(requested.append)
    panel.view.doubleClicked.emit(panel.model.index(0, 0))
    assert requested == [0]
    window.library.dossier_dialog.close()


def test_dossier_is_disabled_when_the_library_has_no_article_for_them(qtbot, window, home, tmp_path):
    from dragoman.library import Library

    open_and_store(qtbot, window, KK)
    panel = window.officials_panel
    officials = panel.model.rows()
    empty = tmp_path / "other-library.sqlite"
    Library(empty).close()  # a real library, with no article in it
    window.library.use_library(empty)
    panel.set_officials(officials, window.session.analysis)
    panel.select_row(0)
    qtbot.waitUntil(lambda: "Looking" not in _panel_tip(window), timeout=TIMEOUT_MS)
    assert not panel.dossier.isEnabled()
    name = officials[0].name_en or officials[0].name
    assert _panel_tip(window) == f"The library has no article that mentions {name} yet."
    requested: list[int] = []
    panel.dossierRequested.connect(requested.append)
    panel.view.doubleClicked.emit(panel.model.index(0, 0))
    assert requested == []  # a double-click does not open an empty dossier either


def test_a_narrow_english_header_elides_the_model_text_with_the_whole_as_tooltip(qtbot, window, home):
    open_and_store(qtbot, window, KK)
    detail = window.reader.english_header.detail
    full = detail.full_text()
    assert "Kazakh → English" in full
    splitter = window.reader.splitter
    splitter.setSizes([sum(splitter.sizes()) - 470, 470])
    qtbot.waitUntil(lambda: detail.shown_text() != full, timeout=TIMEOUT_MS)
    shown = detail.shown_text()
    assert shown.endswith("…") and full.startswith(shown[:-1])
    assert detail.fontMetrics().horizontalAdvance(shown) <= detail.contentsRect().width()
    assert detail.toolTip() == full
    window.resize(2600, window.height())  # room enough: the whole text, no "…"
    qtbot.waitUntil(lambda: detail.shown_text() == full, timeout=TIMEOUT_MS)

