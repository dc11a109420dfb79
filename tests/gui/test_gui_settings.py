"""What a person chose survives a restart: layout, orientation, font size, summary settings."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_layout_orientation_font_and_summary_options_persist(qtbot, make_window, settings_path):
    first = make_window(settings_path)
    first.resize(720, 540)
    first.orientation_action.trigger()  # stack the panes vertically
    for _ in range(3):
        first.zoom_in_action.trigger()
    first.removeDockWidget(first.docks["summary"])
    first.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, first.docks["summary"])
    first.docks["summary"].show()
    first.docks["officials"].hide()
    first.summary_panel.set_algorithms(("lexrank", "lsa", "luhn"), "lexrank")
    first.summary_panel.algorithm.setCurrentText("luhn")
    first.summary_panel.length.setValue(4)
    first.summary_panel.rank_english.setChecked(True)
    first.translate_action.trigger()  # off
    font_size = first.font_size
    first.close()

    second = make_window(settings_path)
    assert second.reader.is_vertical()
    assert second.orientation_action.isChecked()
    assert second.font_size == font_size == 15
    assert second.reader.source.font().pointSize() == font_size
    assert second.dockWidgetArea(second.docks["summary"]) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert not second.docks["officials"].isVisible()
    assert second.size().width() == 720
    assert second.session.options.algorithm == "luhn"
    assert second.session.options.length == 4
    assert second.summary_panel.chosen_length() == 4
    assert second.session.options.rank_on == "english" and second.summary_panel.rank_english.isChecked()
    assert second.session.options.translate is False and not second.translate_action.isChecked()
    second.close()


def test_zoom_stays_within_readable_bounds(window):
    for _ in range(100):
        window.zoom(-1)
    assert window.reader.source.font().pointSize() == 7
    window.zoom(0)
    assert window.reader.english.font().pointSize() == 12


def test_theme_choice_persists_and_changes_the_palette(qtbot, make_window, settings_path):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    first = make_window(settings_path)
    first.theme_actions["dark"].trigger()
    dark_base = QApplication.instance().palette().color(QPalette.ColorRole.Base)
    assert dark_base.lightness() < 80
    first.close()
    second = make_window(settings_path)
    assert second.theme_actions["dark"].isChecked()
    second.theme_actions["light"].trigger()
    assert QApplication.instance().palette().color(QPalette.ColorRole.Base).lightness() > 180
    second.close()


def test_system_theme_follows_the_platform_palette(window):
    from PySide6.QtGui import QGuiApplication, QPalette
    from PySide6.QtWidgets import QApplication

    window.set_theme("dark")
    assert QApplication.instance().palette().color(QPalette.ColorRole.Base).lightness() < 80
    window.set_theme("system")
    dark_system = QGuiApplication.styleHints().colorScheme().name == "Dark"
    base = QApplication.instance().palette().color(QPalette.ColorRole.Base)
    assert (base.lightness() < 128) == dark_system


def test_choices_are_on_disk_as_soon_as_they_are_made_not_only_at_a_clean_quit(make_window, settings_path):
    """A window that is killed (no closeEvent) keeps what the person chose: the ini file is read
    here as another process would read it, while the window is still open."""
    import configparser

    window = make_window(settings_path)
    window.summary_panel.set_algorithms(("lexrank", "lsa", "luhn"), "lexrank")
    window.summary_panel.algorithm.setCurrentText("luhn")
    window.summary_panel.length.setValue(4)
    window.translate_action.trigger()  # off
    window.zoom_in_action.trigger()
    on_disk = configparser.ConfigParser(interpolation=None)
    on_disk.read(settings_path, encoding="utf-8")
    assert on_disk["summary"]["algorithm"] == "luhn" and on_disk["summary"]["length"] == "4"
    assert on_disk["translation"]["enabled"] == "false"
    assert on_disk["view"]["fontSize"] == str(window.font_size)
