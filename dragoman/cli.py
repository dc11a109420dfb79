"""Dragoman's entry point: the `dragoman` command (`python main.py` in a source checkout).

    dragoman                       open the window on the bundled sample article
    dragoman FILE                  open the window on FILE
    dragoman analyze FILE_OR_URL [--json] [--no-translate] [--english ENGLISH.txt]
                          [--algorithm A] [--length N] [--rank-on source|english]
    dragoman models list|install FILE|remove ID|download FROM TO
    dragoman install-desktop [--remove]   the desktop menu entry and icon (Linux)
    dragoman batch PATH... [--jobs N] [--no-translate]
    dragoman library search QUERY|official NAME|list [--json]
    dragoman export FILE_OR_ID --format md|html|json|docx|pdf -o OUT [--layout interleaved]

Bad input is one sentence on stderr and exit code 2, never a traceback (that goes to the log).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from dragoman.errors import UserFacingError

EXIT_BAD_INPUT = 2
COMMANDS = ("analyze", "models", "batch", "library", "export", "install-desktop")
EXIT_INTERRUPTED = 130
log = logging.getLogger("dragoman.cli")


def program_name() -> str:
    """How the person ran Dragoman: "dragoman" (the installed command, python -m) or "main.py"."""
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    return "dragoman" if name in ("", "__main__.py", "-c") else name


def _length(value: str) -> int | float:
    """A number of sentences ("3") or a share of the article ("0.2" or "20%")."""
    try:
        if value.endswith("%"):
            share = float(value[:-1]) / 100
        elif "." in value:
            share = float(value)
        else:
            count = int(value)
            if count < 1:
                raise ValueError
            return count
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{value}' is not a number of sentences or a share like 0.2 or 20%") from None
    if not 0 < share < 1:
        raise argparse.ArgumentTypeError(f"a share must be between 0 and 1, not {value}")
    return share


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=program_name(), description="Dragoman: read foreign-language news offline.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    analyze = commands.add_parser("analyze", help="analyse an article and print the result")
    analyze.add_argument("file", help="a .txt, .html/.htm or .docx article, or an http(s):// address")
    analyze.add_argument("--json", action="store_true", help="print the analysis as one JSON object")
    analyze.add_argument("--no-translate", action="store_true", help="skip translation (faster)")
    analyze.add_argument("--english", metavar="ENGLISH.txt",
                         help="use this English (one line per non-empty source line) instead of a "
                              "model's, and check it against the source")
    analyze.add_argument("--algorithm", default="lexrank", help="summariser: lexrank, lsa, textrank, luhn, "
                         "edmundson, sumbasic or kl")
    analyze.add_argument("--length", type=_length, default=None,
                         help="summary length: a number of sentences (3) or a share (0.2, 20%%)")
    analyze.add_argument("--rank-on", choices=("source", "english"), default="source",
                         help="rank summary sentences on the source text (default) or on the English")
    from dragoman.translate.cli import add_models_parser

    add_models_parser(commands)
    desktop = commands.add_parser("install-desktop", help="add Dragoman and its icon to this account's "
                                  "desktop menu (Linux)")
    desktop.add_argument("--remove", action="store_true", help="take them out again")
    from dragoman.export.cli import add_export_parser

    add_export_parser(commands)
    from dragoman.library.cli import add_parsers as add_library_parsers

    add_library_parsers(commands)
    return parser


def run_install_desktop(args: argparse.Namespace) -> int:
    from dragoman import desktop

    if args.remove:
        removed = desktop.uninstall()
        print(f"Removed {', '.join(map(str, removed))}." if removed else "Dragoman was not in the desktop menu.")
        return 0
    entry, icon = desktop.install()
    print(f"Added {entry} and {icon}; Dragoman is in the desktop menu (log out and in if it does not show).")
    return 0


def fail(message: str) -> int:
    print(f"{program_name()}: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def run_analyze(args: argparse.Namespace) -> int:
    from dragoman import article, pipeline

    try:
        from dragoman.summarize.algorithms import ALGORITHMS
    except ImportError:  # pragma: no cover - summarize/ is part of the project
        ALGORITHMS = (args.algorithm,)
    if args.algorithm not in ALGORITHMS:
        return fail(f"unknown summariser '{args.algorithm}'; choose one of {', '.join(ALGORITHMS)}.")
    try:
        doc = article.load(args.file)
    except article.ArticleError as error:
        return fail(str(error))
    options = pipeline.Options(algorithm=args.algorithm, length=args.length, rank_on=args.rank_on,
                               translate=not args.no_translate)
    if args.english:
        try:
            analysis = pipeline.analyze_with_english(doc, args.english, options)
        except article.ArticleError as error:
            return fail(str(error))
    else:
        analysis = pipeline.analyze(doc, options)
    for note in analysis.notes:
        print(f"note: {note}", file=sys.stderr)
    if args.json:
        # One write: json.dump to a text stream makes a write call per token (550,000 at 100k words).
        sys.stdout.write(json.dumps(analysis.to_json(), ensure_ascii=False, indent=2))
        sys.stdout.write("\n")
    else:
        from dragoman.article.report import format_report

        sys.stdout.write(format_report(analysis))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line (the ``dragoman`` command); the exit status.

    An error written for a person is printed as its one sentence; any other error is a bug: one
    sentence on the terminal, its traceback in the log file (``dragoman.log`` in the data folder).
    """
    _log_to_file()
    try:
        return _main(argv)
    except UserFacingError as error:
        log.info("%s", error.sentence, exc_info=True)
        return fail(error.sentence)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # e.g. `dragoman analyze f | head`
        return 0
    except Exception as error:
        where = _log_to_file()
        log.exception("unexpected error in the command line")
        return fail(f"something went wrong ({type(error).__name__}: {error}); "
                    + (f"the details are in {where}." if where else "the details could not be logged."))


def _log_to_file() -> Path | None:
    """The rotating log file in the data folder (the window's too), set up on first use."""
    from dragoman.errors import setup_logging

    return setup_logging()


def _main(argv: Sequence[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
        if len(argv) > 1:
            return fail("give one file to open, or a command: analyze, models, batch, library, export.")
        from dragoman.gui.app import run

        return run(argv[0] if argv else None)
    args = build_parser().parse_args(argv)
    if args.command == "analyze":
        return run_analyze(args)
    if args.command == "install-desktop":
        return run_install_desktop(args)
    if args.command in ("batch", "library"):
        from dragoman.library import cli as library_cli

        return library_cli.run_batch(args) if args.command == "batch" else library_cli.run_library(args)
    if args.command == "export":
        from dragoman.export.cli import run_export

        return run_export(args)
    from dragoman.translate.cli import run_models

    return run_models(args)


if __name__ == "__main__":
    sys.exit(main())
