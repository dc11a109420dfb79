"""`dragoman install-desktop`: the menu entry and icon of a Linux desktop, for the person's account.

The entry (``resources/desktop/dragoman.desktop``, the one a distribution package installs as is)
is written to ``$XDG_DATA_HOME/applications`` with ``Exec`` pointing at the command that is
running now (a pipx or venv install is not on the desktop's PATH), and the icon to the hicolor
theme, so menus and launchers find both without root.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from dragoman.article.paths import RESOURCES
from dragoman.errors import UserFacingError

ENTRY = RESOURCES / "desktop" / "dragoman.desktop"
ICON = RESOURCES / "icons" / "dragoman.svg"
APP_ID = "dragoman"


class DesktopError(UserFacingError):
    """The entry or the icon could not be written."""


def data_dir() -> Path:
    """Where a desktop looks for the person's own entries and icons (XDG base directories)."""
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def command() -> list[str]:
    """How a launcher starts this installation of Dragoman (an absolute program and its arguments)."""
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == APP_ID and script.is_file():
        return [str(script.resolve())]
    return [sys.executable, "-m", "dragoman"]


def _quoted(arg: str) -> str:
    # The desktop entry spec: an argument with a space or a reserved character is double-quoted.
    if not any(ch in arg for ch in ' \t\n"\'\\><~|&;$*?#()`'):
        return arg
    return '"' + arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$") + '"'


def entry_text(argv: list[str]) -> str:
    """The packaged entry with ``Exec`` running ``argv`` (each argument quoted as the spec says)."""
    lines = []
    for line in ENTRY.read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = f"Exec={' '.join(map(_quoted, argv))} %f"
        elif line.startswith("TryExec="):
            continue  # TryExec takes a bare program, and Exec is already absolute
        lines.append(line)
    return "\n".join(lines) + "\n"


def install(target: Path | None = None) -> tuple[Path, Path]:
    """Write the entry and the icon under ``target`` (default: :func:`data_dir`); their paths."""
    base = target or data_dir()
    entry = base / "applications" / f"{APP_ID}.desktop"
    icon = base / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    try:
        for folder in (entry.parent, icon.parent):
            folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ICON, icon)
        entry.write_text(entry_text(command()), encoding="utf-8")
    except OSError as error:
        raise DesktopError(f"Could not add Dragoman to the desktop menu ({error.strerror or error}); "
                           f"check that {base} can be written.") from error
    return entry, icon


def uninstall(target: Path | None = None) -> list[Path]:
    """Remove what :func:`install` wrote; the paths removed."""
    base = target or data_dir()
    removed = []
    for path in (base / "applications" / f"{APP_ID}.desktop",
                 base / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"):
        if path.is_file():
            path.unlink()
            removed.append(path)
    return removed
