"""The library's commands: ``batch`` and ``library search|official|list`` (see dragoman/cli.py).

Human output is one line per hit or article; ``--json`` prints one JSON value. Messages are one
sentence on stderr. Exit codes: batch 0 every file analysed, 1 some refused, 2 bad arguments or
no usable library; library 0 found, 1 nothing matched, 2 bad arguments or no usable library.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import Any

EXIT_SOME_REFUSED = 1
EXIT_NOTHING_FOUND = 1
EXIT_BAD_INPUT = 2


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if not 1 <= jobs <= 64:
        raise argparse.ArgumentTypeError(f"--jobs takes a number of processes from 1 to 64, not '{value}'")
    return jobs


def _day(value: str) -> str:
    from datetime import date

    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a day like 2025-03-14") from None


def add_parsers(commands: Any) -> None:
    """Register ``batch`` and ``library`` on the main parser's subcommands."""
    batch = commands.add_parser("batch", help="analyse files and folders into the library")
    batch.add_argument("paths", nargs="+", metavar="PATH", help="files, or folders searched recursively")
    batch.add_argument("--jobs", type=_jobs, default=1, help="worker processes (default 1)")
    batch.add_argument("--no-translate", action="store_true", help="skip translation (faster)")

    library = commands.add_parser("library", help="search the library of articles read")
    sub = library.add_subparsers(dest="library_command", metavar="SUBCOMMAND", required=True)
    search = sub.add_parser("search", help="ranked matches in any script")
    search.add_argument("query", nargs="+")
    search.add_argument("--json", action="store_true")
    search.add_argument("--language", help="only articles in this language (kk, ar, ru, en, ...)")
    search.add_argument("--since", type=_day, help="only articles of this day or later (2025-03-01)")
    search.add_argument("--until", type=_day, help="only articles of this day or earlier")
    search.add_argument("--official", help="only articles that mention this official (any script)")
    search.add_argument("--limit", type=int, default=50)
    official = sub.add_parser("official", help="the dossier of one official")
    official.add_argument("name", nargs="+")
    official.add_argument("--json", action="store_true")
    listing = sub.add_parser("list", help="the articles in the library, last read first")
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--language")
    listing.add_argument("--limit", type=int, default=200)


def _fail(message: str) -> int:
    print(f"dragoman: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def run_batch(args: argparse.Namespace) -> int:
    from dragoman.library import LibraryError
    from dragoman.library.batch import run_batch as batch

    try:
        outcome = batch(args.paths, jobs=args.jobs, translate=not args.no_translate)
    except LibraryError as error:
        return _fail(str(error))
    parts = [f"analysed {outcome.analysed}"]
    if outcome.skipped:
        parts.append(f"skipped {outcome.skipped} unchanged")
    if outcome.refused:
        parts.append(f"refused {len(outcome.refused)}")
    print(f"batch: {', '.join(parts)}.", file=sys.stderr)
    return EXIT_SOME_REFUSED if outcome.refused else 0


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _line(*parts: str | None) -> str:
    return "  ".join(p for p in parts if p)


def run_library(args: argparse.Namespace) -> int:
    from dragoman.library import Library, LibraryError

    try:
        with Library() as lib:
            return _COMMANDS[args.library_command](lib, args)
    except LibraryError as error:
        return _fail(str(error))


def _search(lib: Any, args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    hits = lib.search(query, language=args.language, since=args.since, until=args.until,
                      official=args.official, limit=max(1, args.limit))
    if args.json:
        _print_json([asdict(h) for h in hits])
    for hit in [] if args.json else hits:
        print(_line(hit.source, hit.title, hit.date or "no date", hit.snippet))
    if not hits:
        print(f"dragoman: no article in the library matches {query}.", file=sys.stderr)
        return EXIT_NOTHING_FOUND
    return 0


def _official(lib: Any, args: argparse.Namespace) -> int:
    from dragoman.library import LibraryError

    name = " ".join(args.name)
    try:
        dossier = lib.dossier(name)
    except LibraryError as error:
        print(f"dragoman: {error}", file=sys.stderr)
        return EXIT_NOTHING_FOUND
    if args.json:
        _print_json(asdict(dossier))
        return 0
    print(dossier.name_en)
    print(f"written: {', '.join(dossier.names)}")
    if dossier.titles_en:
        print(f"titles: {'; '.join(dossier.titles_en)}")
    print(f"\narticles ({len(dossier.articles)}):")
    for a in dossier.articles:
        print("  " + _line(a.date or "no date", a.outlet, a.title, a.title_as_stated and f"({a.title_as_stated})",
                           a.source))
    if dossier.quotes:
        print(f"\nquotes ({len(dossier.quotes)}):")
    for q in dossier.quotes:
        print("  " + _line(q.date or "no date", q.text, q.translation and f"— {q.translation}"))
    if dossier.companions:
        print("\nappears with: " + ", ".join(f"{n} ({k})" for n, k in dossier.companions))
    return 0


def _list(lib: Any, args: argparse.Namespace) -> int:
    rows = lib.list(language=args.language, limit=max(1, args.limit))
    if args.json:
        _print_json([asdict(r) for r in rows])
        return 0
    for row in rows:
        print(_line(row.source, row.title, row.date or "no date", row.language, row.outlet))
    if not rows:
        print("dragoman: the library is empty; `dragoman batch FOLDER` fills it.", file=sys.stderr)
    return 0


_COMMANDS = {"search": _search, "official": _official, "list": _list}
