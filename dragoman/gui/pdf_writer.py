"""Print an export's HTML to PDF with Qt's own writer (QTextDocument → QPdfWriter).

Qt shapes every script with HarfBuzz and embeds the fonts it used, so Kazakh and Arabic come out
as written, Arabic joined and right to left. From the command line there is no window: a
QGuiApplication on the offscreen platform is made on demand (fonts need one), and kept.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

FONT_FAMILY = "DejaVu Sans"  # fonts-dejavu-core has Cyrillic (Kazakh letters too) and Arabic
FONT_POINTS = 10
MARGIN_MM = 15.0
RESOLUTION_DPI = 300

_app = None  # the application this module made, kept alive for later exports


def ensure_gui_application() -> None:
    """A QGuiApplication for fonts and painting; an offscreen one when the process has none."""
    global _app
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        return
    if "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # printing needs no screen
    _app = QGuiApplication([sys.argv[0] if sys.argv else "dragoman"])


def write_pdf(html: str, path: Path, title: str = "") -> None:
    """Lay out ``html`` on A4 pages and write the PDF to ``path``; raises OSError when the file
    cannot be written."""
    ensure_gui_application()
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(title)
    writer.setCreator("Dragoman")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    document.setDefaultFont(QFont(FONT_FAMILY, FONT_POINTS))
    document.setHtml(html)
    document.print_(writer)
    del writer  # the file is complete only once the writer is gone
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"Qt wrote no PDF to {path}")
