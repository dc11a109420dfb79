"""`python main.py models list|install FILE|remove ID|download FROM TO` (no Qt, no heavy imports)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from .errors import PackageError


def add_models_parser(subparsers: Any) -> None:
    """Register the ``models`` command and its four subcommands on an argparse subparsers object."""
    models = subparsers.add_parser("models", help="list, install, remove or download translation packages")
    actions = models.add_subparsers(dest="models_action", metavar="ACTION")
    actions.required = True
    actions.add_parser("list", help="list installed and bundled demo packages")
    install = actions.add_parser("install", help="install a .argosmodel file")
    install.add_argument("file", help="path to a .argosmodel package")
    remove = actions.add_parser("remove", help="remove an installed package by id (see `models list`)")
    remove.add_argument("package_id", metavar="ID")
    download = actions.add_parser("download", help="download and install a package from the Argos index")
    download.add_argument("from_code", metavar="FROM", help="source language code, e.g. ar")
    download.add_argument("to_code", metavar="TO", help="target language code, e.g. en")
    download.add_argument("--index", default=None, help="package index URL (default: $DRAGOMAN_PACKAGE_INDEX or Argos')")
    models.set_defaults(func=run_models)


def run_models(args: argparse.Namespace) -> int:
    """Run a parsed ``models`` command; exit code 0, or 2 with one sentence on stderr."""
    from . import manager

    try:
        if args.models_action == "list":
            _print_packages(manager.list_packages())
        elif args.models_action == "install":
            info = manager.install_package_file(args.file)
            print(f"Installed {info.name} as {info.id}.")
        elif args.models_action == "remove":
            manager.remove_package(args.package_id)
            print(f"Removed {args.package_id}.")
        elif args.models_action == "download":
            info = manager.download_package(args.from_code, args.to_code, index_url=args.index,
                                            progress=_show_progress)
            _end_progress_line()
            print(f"Installed {info.name} as {info.id}.")
        return 0
    except PackageError as error:
        _end_progress_line()
        print(f"main.py: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("main.py: Interrupted; nothing was installed.", file=sys.stderr)
        return 2


def _print_packages(packages: list) -> None:
    if not packages:
        print("No translation packages installed.")
        return
    print(f"{'ID':44} {'LANGUAGES':24} {'VERSION':10} {'SIZE':>8}  KIND")
    for p in packages:
        kind = "demo, bundled" if p.bundled else ("demo" if p.demo else "installed")
        languages = f"{p.from_code}→{p.to_code} ({p.from_name})"
        print(f"{p.id:44} {languages:24} {p.version:10} {p.size_bytes / 1024**2:7.1f}M  {kind}")


_progress_shown = False


def _show_progress(done: int, total: int) -> None:
    global _progress_shown
    _progress_shown = True
    of = f" of {total / 1024**2:.1f}" if total else ""
    print(f"\rDownloading: {done / 1024**2:.1f}{of} MB", end="", file=sys.stderr, flush=True)


def _end_progress_line() -> None:
    """Finish a progress line, so what follows starts on a line of its own."""
    global _progress_shown
    if _progress_shown:
        print(file=sys.stderr)
        _progress_shown = False


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry (``python -m translate.cli list``) for when main.py is not at hand."""
    parser = argparse.ArgumentParser(prog="dragoman")
    add_models_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["models", *(argv if argv is not None else sys.argv[1:])])
    return run_models(args)


if __name__ == "__main__":
    sys.exit(main())
