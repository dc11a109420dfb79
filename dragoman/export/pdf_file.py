"""PDF export: the HTML export printed by Qt (Qt stays in dragoman/gui/)."""

from __future__ import annotations

from pathlib import Path

from . import html_page
from .elements import Element
from .output import write_atomically


def write(elements: list[Element], title: str, out: Path) -> None:
    """Print the elements' HTML to OUT, atomically."""
    from dragoman.gui.pdf_writer import write_pdf

    page = html_page.render(elements, title)
    write_atomically(out, lambda temp: write_pdf(page, temp, title))
