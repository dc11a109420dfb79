"""`python main.py models list|install PATH|remove ID|prefer ID|download FROM TO` (no Qt, no heavy imports)."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import ModuleType

    from .manager import PackageInfo

    _Handler = Callable[[int, FrameType | None], Any] | int | signal.Handlers | None

from .errors import PackageError


def add_models_parser(subparsers: Any) -> None:
    """Register the ``models`` command and its four subcommands on an argparse subparsers object."""
    models = subparsers.add_parser("models", help="list, install, remove or download translation packages")
    actions = models.add_subparsers(dest="models_action", metavar="ACTION")
    actions.required = True
    actions.add_parser("list", help="list installed and bundled demo packages")
    install = actions.add_parser("install", help="install a .argosmodel file, or a CTranslate2 model folder "
                                 "(NLLB-200, M2M-100, OPUS-MT) or a .zip / .tar.gz of one")
    install.add_argument("file", metavar="PATH", help="a .argosmodel file, a model folder, or a .zip / .tar.gz of one")
    install.add_argument("--languages", default="", metavar="CODES",
                         help="source languages of an OPUS-MT model whose files do not name them, e.g. kk,tr")
    prefer = actions.add_parser("prefer", help="use this model first when several real ones cover a language")
    prefer.add_argument("package_id", metavar="ID")
    remove = actions.add_parser("remove", help="remove an installed package by id (see `models list`)")
    remove.add_argument("package_id", metavar="ID")
    download = actions.add_parser("download", help="download and install a package from the Argos index")
    download.add_argument("from_code", metavar="FROM", help="source language code, e.g. ar")
    download.add_argument("to_code", metavar="TO", help="target language code, e.g. en")
    download.add_argument("--index", default=None,
                          help="package index URL (default: $DRAGOMAN_PACKAGE_INDEX or Argos')")
    models.set_defaults(func=run_models)


def run_models(args: argparse.Namespace) -> int:
    """Run a parsed ``models`` command; exit code 0, or 2 with one sentence on stderr."""
    from . import manager

    previous = _stop_on_sigterm()
    try:
        if args.models_action == "list":
            _print_packages(manager.list_packages())
        elif args.models_action == "install":
            languages = tuple(c.strip() for c in args.languages.split(",") if c.strip())
            info = manager.install_package_file(args.file, languages)
            print(f"Installed {info.name} as {info.id} ({info.languages()}{_licence_note(info)}).")
        elif args.models_action == "prefer":
            _prefer(manager, args.package_id)
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
        print(f"{_prog()}: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{_prog()}: Interrupted; nothing was installed.", file=sys.stderr)
        return 2
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _prog() -> str:
    """The command's name in messages: "dragoman", or "main.py" in a source checkout."""
    from dragoman.cli import program_name

    return program_name()


def _stop_on_sigterm() -> _Handler:
    # The previous handler, or None when none was set.
    """Turn SIGTERM into KeyboardInterrupt, so a download or install stopped by ``kill`` unwinds
    through its cleanup (partial file, staging folder) instead of dying with them on disk."""
    if threading.current_thread() is not threading.main_thread():
        return None

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    return signal.signal(signal.SIGTERM, interrupt)


def _prefer(manager: ModuleType, package_id: str) -> None:
    from .preferences import prefer

    match = [p for p in manager.list_packages() if p.id == package_id]
    if not match:
        raise PackageError(f"No model has the id {package_id}; `dragoman models list` shows them.")
    if match[0].demo:
        raise PackageError(f"{package_id} is a demo model; a real model is always used before it.")
    prefer(package_id)
    print(f"{match[0].name} is now used first for {match[0].languages()}.")


def _licence_note(info: PackageInfo) -> str:
    """", CC-BY-NC-4.0: non-commercial use only" where the licence restricts use."""
    if not info.licence:
        return ""
    restricted = "-NC" in info.licence.upper()
    return f", {info.licence}" + (": non-commercial use only" if restricted else "")


def _print_packages(packages: list[PackageInfo]) -> None:
    if not packages:
        print("No translation packages installed.")
        return
    print(f"{'ID':40} {'FAMILY':8} {'LANGUAGES':30} {'SIZE':>8}  {'LICENCE':30} KIND")
    for p in packages:
        kind = "demo, bundled" if p.bundled else ("demo" if p.demo else "installed")
        languages = p.languages() if (p.from_codes or p.to_codes) else f"{p.from_code}→{p.to_code} ({p.from_name})"
        licence = (p.licence or "not stated") + (" (non-commercial)" if "-NC" in p.licence.upper() else "")
        print(f"{p.id:40} {p.family:8} {languages:30} {p.size_bytes / 1024**2:7.1f}M  {licence:30} {kind}")


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
    """Stand-alone entry (``python -m dragoman.translate.cli list``) for when main.py is not at hand."""
    parser = argparse.ArgumentParser(prog="dragoman")
    add_models_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["models", *(argv if argv is not None else sys.argv[1:])])
    return run_models(args)


if __name__ == "__main__":
    sys.exit(main())
