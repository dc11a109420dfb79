"""The demo packages shipped in resources/models/, unpacked (validated) on first use.

They are never installed into the person's argos folder: a real package should never be
shadowed or confused with a demo. They live in ``data_home()/demo-packages/`` and are
re-extracted only when the bundled file changes (its SHA-256 is kept beside the folder).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import threading
from pathlib import Path

from dragoman.article.paths import RESOURCES, data_home

from .package_file import PackageFileError, check_package_file, extract_package

BUNDLED_DIR = RESOURCES / "models"
_lock = threading.Lock()
_seen: dict[tuple[str, int, int, str], Path] = {}  # (file, size, mtime, root) -> folder, per process


def demo_root() -> Path:
    """Where bundled demo packages are unpacked."""
    root = data_home() / "demo-packages"
    root.mkdir(parents=True, exist_ok=True)
    return root


def bundled_files(bundled_dir: Path | None = None) -> list[Path]:
    """The .argosmodel files shipped with Dragoman, sorted by name."""
    folder = bundled_dir or BUNDLED_DIR
    return sorted(folder.glob("*.argosmodel")) if folder.is_dir() else []


def ensure_demo_packages(bundled_dir: Path | None = None) -> list[Path]:
    """Unpack every bundled package not yet unpacked (or changed); return their folders.

    A damaged bundled file is skipped rather than stopping the application.
    """
    folders = []
    with _lock:
        for file in bundled_files(bundled_dir):
            try:
                folders.append(_ensure_one(file))
            except (PackageFileError, OSError):
                continue
    return folders


def _ensure_one(file: Path) -> Path:
    stat = file.stat()
    root = demo_root()
    key = (str(file), stat.st_size, stat.st_mtime_ns, str(root))
    if key in _seen and _seen[key].is_dir():
        return _seen[key]
    digest = hashlib.sha256(file.read_bytes()).hexdigest()
    checked = check_package_file(file)
    folder = root / checked.top
    stamp = root / f"{checked.top}.sha256"
    if not (folder.is_dir() and stamp.is_file() and stamp.read_text().strip() == digest):
        fresh = extract_package(file, checked, root)
        _replace(folder, fresh)
        stamp.write_text(digest + "\n")
    _seen[key] = folder
    return folder


def _replace(folder: Path, fresh: Path) -> None:
    """Swap ``fresh`` in as ``folder`` with renames, so a reader never sees a half folder."""
    old = folder.with_name(f".old-{folder.name}-{os.getpid()}")
    if folder.exists():
        folder.rename(old)
    fresh.rename(folder)
    shutil.rmtree(old, ignore_errors=True)
    shutil.rmtree(fresh.parent, ignore_errors=True)  # the emptied staging folder
