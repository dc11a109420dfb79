"""``dragoman export``: one article (a file, an address, an ``analyze --json`` file or a library id)
or one official's dossier, written as md, html, json, docx or pdf.

    dragoman export ARTICLE.txt --format pdf -o visit.pdf [--layout interleaved] [--no-translate]
    dragoman export analysis.json -o visit.html
    dragoman export 42 --format docx -o visit.docx          (an article in the library)
    dragoman export --dossier "Kassym-Jomart Tokayev" --format md -o tokayev.md
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from dragoman.article.analysis import Analysis
from dragoman.article.model import Article, ArticleError

from . import FORMATS, LAYOUTS, SIDE_BY_SIDE, ExportError, export_analysis, export_dossier, format_for
from .output import check_target

log = logging.getLogger(__name__)


def add_export_parser(commands: argparse._SubParsersAction) -> None:
    """The ``export`` command's arguments."""
    export = commands.add_parser("export", help="write an article's analysis, or a dossier, as md, html, "
                                                "json, docx or pdf")
    export.add_argument("item", nargs="?", metavar="FILE_OR_ID",
                        help="an article file or address, a .json written by analyze --json, "
                             "or the number of an article in the library")
    export.add_argument("--dossier", metavar="NAME", help="export this official's dossier instead")
    export.add_argument("--format", choices=FORMATS, help="the format (default: from OUT's suffix)")
    export.add_argument("-o", "--output", required=True, metavar="OUT", help="the file to write")
    export.add_argument("--layout", choices=LAYOUTS, default=SIDE_BY_SIDE,
                        help="source and English side by side (a two-column table) or interleaved")
    export.add_argument("--no-translate", action="store_true", help="skip translation (faster)")


def _analysis_from_json(path: Path) -> Analysis:
    from dragoman.library.codec import analysis_from_json

    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
        return analysis_from_json(data)
    except OSError as error:
        raise ArticleError(f"{path} cannot be read ({error.strerror or error}).") from error
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        log.info("%s is not an analysis", path, exc_info=True)
        raise ArticleError(f"{path} is not an analysis written by `analyze --json`; "
                           "export the article file itself.") from error


def _from_library(article_id: int) -> tuple[Article, Analysis]:
    from dragoman.library import Library, LibraryError

    try:
        with Library() as library:
            stored = library.get(article_id)
    except LibraryError as error:
        raise ArticleError(str(error)) from error
    if stored.article is None or stored.analysis is None:  # Library.get always sets both
        raise ArticleError(f"Article {article_id} in the library has no analysis; run the batch again.")
    return stored.article, stored.analysis


def _analysed(item: str, translate: bool) -> tuple[Article | None, Analysis]:
    """The article and analysis FILE_OR_ID names: a library id when it is a number that is no file."""
    from dragoman import article as article_io
    from dragoman import pipeline
    from dragoman.article.fetch import is_address

    path = Path(item)
    if not is_address(item):
        if item.isdigit() and not path.exists():
            return _from_library(int(item))
        if path.suffix.lower() == ".json" and path.is_file():
            return None, _analysis_from_json(path)
    article = article_io.load(item)  # a file, or an address fetched
    return article, pipeline.analyze(article, pipeline.Options(translate=translate))


def _dossier(name: str):  # noqa: ANN202 - a dragoman.library.Dossier
    from dragoman.library import Library, LibraryError

    try:
        with Library() as library:
            return library.dossier(name)
    except LibraryError as error:
        raise ArticleError(str(error)) from error


def run_export(args: argparse.Namespace) -> int:
    """Export what the arguments name; one sentence on stderr and exit 2 when it cannot be done."""
    from dragoman.cli import fail

    if (args.item is None) == (args.dossier is None):
        return fail("give one article (a file, an address, a .json or a library number) or --dossier NAME.")
    out = Path(args.output)
    fmt = args.format or format_for(out)
    if fmt is None:
        return fail(f"say which format to write {out.name} in: --format {'|'.join(FORMATS)}.")
    try:
        check_target(out)  # before any analysis, which can take a while
        if args.dossier is not None:
            export_dossier(_dossier(args.dossier), fmt, out)
        else:
            article, analysis = _analysed(args.item, not args.no_translate)
            for note in analysis.notes:
                print(f"note: {note}", file=sys.stderr)
            export_analysis(article, analysis, fmt, out, layout=args.layout)
    except (ExportError, ArticleError) as error:
        return fail(str(error))
    print(f"Wrote {out}")
    return 0
