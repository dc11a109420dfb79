"""Where Dragoman keeps what it writes for a person: caches, user name tables, bundled models."""

from __future__ import annotations

import contextlib
import os
from importlib import resources
from pathlib import Path

# The data Dragoman ships (lexicons, name tables, samples, demo models) is package data of
# `dragoman`, found through importlib.resources: the same in a source checkout, an installed
# wheel or a pipx venv. Installed as files (never zipped), so it is a real folder.
RESOURCES = Path(str(resources.files("dragoman") / "resources"))
# The source checkout's root (tests, bench and scripts use it; the program never does).
REPO_ROOT = Path(__file__).resolve().parent.parent.parent


def data_home() -> Path:
    """Dragoman's own data folder ($DRAGOMAN_HOME, else $XDG_DATA_HOME/dragoman), created on demand.

    It is returned even when it cannot be created (a read-only disk, a path through a file): what
    reads from it finds nothing, and what writes to it meets the error where it can say what failed
    (the translation cache then works without its file). An analysis never stops here.
    """
    explicit = os.environ.get("DRAGOMAN_HOME")
    if explicit:
        home = Path(explicit)
    else:
        xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        home = Path(xdg) / "dragoman"
    with contextlib.suppress(OSError):  # see the docstring: the writers report it
        home.mkdir(parents=True, exist_ok=True)
    return home
