"""What a new user saw wrong in the window (issue 13): translation off, an unsupported language,
the status bar, the dark theme's check boxes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton

from dragoman.gui import theme

TIMEOUT_MS = 60_000
UKRAINIAN = ("Міністр закордонних справ провів у Києві зустріч із делегацією сусідньої країни.\n\n"
             "Сторони обговорили торгівлю зерном і нові маршрути вантажних потягів.\n")


def _open(qtbot, window, *, path: Path | None = None, text: str | None = None) -> None:
    with qtbot.waitSignal(window.articleShown, timeout=TIMEOUT_MS):
        window.open_path(str(path)) if path else window.open_text(text or "")


def test_translation_off_says_off_not_missing_and_the_card_fills_the_english_column(qtbot, window, samples_dir):
    window.translate_action.setChecked(False)
    window.toggle_translation(False)
    _open(qtbot, window, path=samples_dir / "kk-official-visit.txt")
    assert window.model_label.text() == "Translation off"
    card, column = window.reader.notice, window.reader.notice.parentWidget()
    assert card.isVisible() and not window.reader.english.isVisible()
    # No short card over an empty grey gap: the card is the column, less the header above it.
    qtbot.waitUntil(lambda: card.height() >= column.height() - window.reader.english_header.height() - 12,
                    timeout=5000)
    assert "quotes and officials are still shown" in card.text.text()  # Kazakh is analysed


def test_an_unsupported_language_with_translation_off_does_not_promise_quotes(qtbot, window):
    window.toggle_translation(False)
    _open(qtbot, window, text=UKRAINIAN)
    card = window.reader.notice.text.text()
    assert "The summary is still shown" in card and "quotes" not in card  # as the status bar says
    assert "not analysed for Ukrainian" in window.statusBar().currentMessage()
    assert window.summary_panel.model.rowCount() > 0  # the summary is there, in Ukrainian


def test_with_a_real_english_pane_the_card_is_as_tall_as_its_text(qtbot, window):
    _open(qtbot, window, text=UKRAINIAN)  # translation on, no Ukrainian model: no English pane
    window.toggle_translation(True)
    window.reader.notice.fill_column(False)
    qtbot.waitUntil(lambda: window.reader.notice.height() <= window.reader.notice.sizeHint().height() + 2)


def test_the_model_label_keeps_a_gap_from_the_status_message(window):
    margins = window.model_label.contentsMargins()
    assert margins.left() >= 12


def _indicator_lightness(box: QCheckBox) -> tuple[int, int]:
    """(lightest, darkest) lightness of the pixels in the check box's indicator."""
    option = QStyleOptionButton()
    box.initStyleOption(option)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    values = [QColor(image.pixel(x, y)).lightness()
              for x in range(rect.left(), rect.right() + 1) for y in range(rect.top(), rect.bottom() + 1)]
    assert values
    return max(values), min(values)


def test_the_dark_themes_check_box_has_a_visible_box(qtbot):
    style = theme.make_style()
    box = QCheckBox("Rank the English")
    box.setStyle(style)
    box.setPalette(theme.dark_palette())
    qtbot.addWidget(box)
    box.resize(box.sizeHint())
    lightest, _darkest = _indicator_lightness(box)
    window_lightness = theme.dark_palette().color(QPalette.ColorRole.Window).lightness()
    assert lightest - window_lightness >= 60  # an outline a person can see on the dark window
