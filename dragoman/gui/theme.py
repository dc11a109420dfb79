"""Light and dark: follow the system's colour scheme, or a person's explicit choice.

Fusion draws every control from the palette, so one palette switch re-colours the whole window;
panes re-derive their highlight tints from the palette (gui/panes.py), so they stay readable.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

THEMES = ("system", "light", "dark")


def dark_palette() -> QPalette:
    """A calm dark palette with enough contrast for long reading."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#25272b",
        QPalette.ColorRole.WindowText: "#e4e6ea",
        QPalette.ColorRole.Base: "#1b1d20",
        QPalette.ColorRole.AlternateBase: "#23262a",
        QPalette.ColorRole.ToolTipBase: "#30343a",
        QPalette.ColorRole.ToolTipText: "#e4e6ea",
        QPalette.ColorRole.PlaceholderText: "#8b9098",
        QPalette.ColorRole.Text: "#e4e6ea",
        QPalette.ColorRole.Button: "#2e3136",
        QPalette.ColorRole.ButtonText: "#e4e6ea",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Link: "#6cb6ff",
        QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Light: "#3a3e44",
        QPalette.ColorRole.Midlight: "#33363b",
        QPalette.ColorRole.Mid: "#2a2d31",
        QPalette.ColorRole.Dark: "#141517",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6f747c"))
    return palette


_CHECK_BOXES = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck)


class ReadableStyle(QProxyStyle):
    """Fusion, with an outline on check boxes in a dark palette.

    Fusion outlines a check box with the window colour made darker, which on a dark window is
    the colour of the box itself: "Rank the English" showed a label and no box at all.
    """

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        palette = option.palette
        if element in _CHECK_BOXES and palette.color(QPalette.ColorRole.Window).lightness() < 128:
            rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.PlaceholderText), 1.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 2, 2)
            painter.restore()


def make_style() -> QProxyStyle:
    """The style the application uses (Fusion underneath, so light and dark palettes both work)."""
    return ReadableStyle("Fusion")


def system_is_dark() -> bool:
    """True when the desktop asks for a dark colour scheme."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(theme: str) -> bool:
    """Use ``theme`` ("system", "light" or "dark"); returns True when the result is dark."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    dark = theme == "dark" or (theme == "system" and system_is_dark())
    if dark:
        app.setPalette(dark_palette())
    elif theme == "system":
        app.setPalette(QPalette())  # an empty palette: back to what the platform and style give
    else:
        app.setPalette(app.style().standardPalette())
    return dark

