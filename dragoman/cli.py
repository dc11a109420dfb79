"""Dragoman's entry point.

    python main.py                      open the window on the bundled sample article
    python main.py FILE                 open the window on FILE
    python main.py analyze FILE_OR_URL [--json] [--no-translate] [--english ENGLISH.txt]
                               [--algorithm A] [--length N] [--rank-on source|english]
    python main.py models list|install FILE|remove ID|download FROM TO
    python main.py export FILE_OR_ID --format md|html|json|docx|pdf -o OUT [--layout interleaved]

Bad input is one sentence on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Sequence

EXIT_BAD_INPUT = 2
COMMANDS = ("analyze", "models", "export")


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
        raise argparse.ArgumentTypeError(f"'{value}' is not a number of sentences or a share like 0.2 or 20%")
    if not 0 < share < 1:
        raise argparse.ArgumentTypeError(f"a share must be between 0 and 1, not {value}")
    return share


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description="Dragoman: read foreign-language news offline.")
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
    from dragoman.export.cli import add_export_parser

    add_export_parser(commands)
    return parser


def fail(message: str) -> int:
    print(f"main.py: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def run_analyze(args: argparse.Namespace) -> int:
    from dragoman import article
    from dragoman import pipeline
    from dragoman.article.fetch import load_article

    try:
        from dragoman.summarize.summary import ALGORITHMS
    except ImportError:  # pragma: no cover - summarize/ is part of the project
        ALGORITHMS = (args.algorithm,)
    if args.algorithm not in ALGORITHMS:
        return fail(f"unknown summariser '{args.algorithm}'; choose one of {', '.join(ALGORITHMS)}.")
    try:
        doc = load_article(args.file)  # a file, or an address fetched
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
        json.dump(analysis.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        from dragoman.article.report import format_report

        sys.stdout.write(format_report(analysis))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
        if len(argv) > 1:
            return fail("give one file to open, or a command: analyze, models, export.")
        from dragoman.gui.app import run

        return run(argv[0] if argv else None)
    args = build_parser().parse_args(argv)
    if args.command == "analyze":
        return run_analyze(args)
    if args.command == "export":
        from dragoman.export.cli import run_export

        return run_export(args)
    from dragoman.translate.cli import run_models

    return run_models(args)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:  # e.g. `main.py analyze f | head`
        sys.exit(0)
