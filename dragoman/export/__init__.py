"""Export an analysed article, or an official's dossier, as Markdown, HTML, JSON, Word or PDF.

    export_analysis(article, analysis, "pdf", Path("visit.pdf"), layout="interleaved")
    export_dossier(dossier, "md", Path("tokayev.md"))

Every format says the same things (``document.article_elements``): title, source, who wrote the
English, the text with its English side by side or interleaved, summary, quotes, officials and
the checks. Files are written atomically; a bad target is an ``ExportError`` (one sentence).
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from dragoman.article.analysis import Analysis
from dragoman.article.model import Article

from . import docx_file, html_page, markdown, pdf_file
from .document import INTERLEAVED, LAYOUTS, SIDE_BY_SIDE, article_elements, build
from .dossier import dossier_elements
from .elements import Element, Table, plain
from .output import ExportError, check_target, write_bytes

FORMATS = ("md", "html", "json", "docx", "pdf")
SUFFIXES = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".json": "json",
            ".docx": "docx", ".pdf": "pdf"}


def format_for(out: Path) -> str | None:
    """The format OUT's suffix names, if any."""
    return SUFFIXES.get(out.suffix.lower())


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ExportError(f"Dragoman cannot export '{fmt}'; choose one of {', '.join(FORMATS)}.")


def _write(elements: list[Element], fmt: str, out: Path, data: Any) -> None:
    first = elements[0] if elements else None
    title = plain(first.text) if first is not None and not isinstance(first, Table) else ""
    if fmt == "md":
        write_bytes(out, markdown.render(elements).encode("utf-8"))
    elif fmt == "html":
        write_bytes(out, html_page.render(elements, title).encode("utf-8"))
    elif fmt == "json":
        write_bytes(out, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    elif fmt == "docx":
        write_bytes(out, docx_file.render(elements, title))
    else:
        pdf_file.write(elements, title, out)


def export_analysis(article: Article | None, analysis: Analysis, fmt: str, out_path: str | Path, *,
                    layout: str = SIDE_BY_SIDE) -> Path:
    """Write one article's analysis to ``out_path`` in ``fmt``; returns the path written.

    ``article`` gives the text between sentences; None (an analysis read from JSON) rebuilds the
    paragraphs from the sentences. JSON is exactly ``analyze --json``'s object.
    """
    out = Path(out_path)
    if layout not in LAYOUTS:
        raise ExportError(f"There is no layout '{layout}'; choose {' or '.join(LAYOUTS)}.")
    _check_format(fmt)
    check_target(out)
    elements = article_elements(build(article, analysis, layout)) if fmt != "json" else []
    _write(elements, fmt, out, analysis.to_json())
    return out


def export_dossier(dossier: Any, fmt: str, out_path: str | Path) -> Path:
    """Write an official's dossier (a ``dragoman.library.Dossier``) to ``out_path`` in ``fmt``."""
    out = Path(out_path)
    _check_format(fmt)
    check_target(out)
    data = dataclasses.asdict(dossier) if fmt == "json" else None
    _write(dossier_elements(dossier) if fmt != "json" else [], fmt, out, data)
    return out


__all__ = ["ExportError", "FORMATS", "LAYOUTS", "SIDE_BY_SIDE", "INTERLEAVED", "export_analysis",
           "export_dossier", "format_for"]
