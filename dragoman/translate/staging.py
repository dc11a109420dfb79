"""Staging folders for installs, removals and downloads, and swapping a package into place so that a
kill at any step leaves the old package or the new one usable.

Every staging folder is named ``.dragoman-<kind>-<pid>-<random>``: a folder whose process is gone
was left by a kill, and ``clean_stale`` removes it at the next start or install. Before an upgrade
moves an old package aside it writes a journal (``replaced.json``: aside name → original path) into
the staging folder; ``clean_stale`` puts back any old package whose place is still empty, so a kill
between the two renames of an upgrade no longer leaves the language without its package.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import signal
import tempfile
import time
from pathlib import Path

log = logging.getLogger(__name__)
JOURNAL = "replaced.json"
FAULT_VARIABLE = "DRAGOMAN_FAULT_AT"  # tests: the step at which the process kills itself
_STALE = re.compile(r"^\.dragoman-(install|remove|download)-(\d+)-")
# Names from before the pid (tempfile's 8 random characters): whose they are is unknown, so only
# ones older than any install takes are removed.
_LEGACY = re.compile(r"^\.dragoman-(install|remove|download)-[a-z0-9_]{8}$")
LEGACY_AGE = 6 * 3600.0


def new_staging(kind: str, parent: Path) -> Path:
    """A fresh staging folder under ``parent``, its name carrying this process's id."""
    return Path(tempfile.mkdtemp(prefix=f".dragoman-{kind}-{os.getpid()}-", dir=parent))


def fault_point(step: str) -> None:
    """Kill this process here when $DRAGOMAN_FAULT_AT names ``step`` (the fault-injection tests)."""
    if os.environ.get(FAULT_VARIABLE) == step:
        os.kill(os.getpid(), signal.SIGKILL)


def swap_into_place(fresh: Path, target: Path, replaced: list[Path]) -> None:
    """Rename ``fresh`` to ``target`` and move the ``replaced`` folders into fresh's staging folder.

    A replaced folder at ``target`` itself must leave first; any other stays until the new one is in
    place (for a moment both are installed, which is harmless). The journal written first lets
    clean_stale undo a move aside that a kill stranded. Raises OSError, with the old folders back.
    """
    staging = fresh.parent
    asides = {old: staging / f"replaced-{index}-{old.name}" for index, old in enumerate(replaced)}
    _write_journal(staging, {aside.name: str(old) for old, aside in asides.items()})
    fault_point("journal")
    moved: list[Path] = []
    try:
        for old in [o for o in replaced if o == target]:
            old.rename(asides[old])
            moved.append(old)
        fault_point("old-aside")
        fresh.rename(target)
    except OSError:
        for old in moved:
            asides[old].rename(old)
        raise
    fault_point("new-in")
    for old in [o for o in replaced if o != target]:
        try:
            old.rename(asides[old])
        except OSError as error:  # the new one is in place: an old one left beside it only costs disk
            log.warning("Could not move the replaced package %s aside: %s", old, error)
    (staging / JOURNAL).unlink()  # done: what is aside may now be deleted, even half
    fault_point("done")


def _write_journal(staging: Path, entries: dict[str, str]) -> None:
    partial = staging / f"{JOURNAL}.part"
    partial.write_text(json.dumps(entries), encoding="utf-8")
    os.replace(partial, staging / JOURNAL)  # whole or absent, never half written


def clean_stale(parents: list[Path]) -> list[Path]:
    """Remove the staging folders of processes that are gone, first putting back any package an
    interrupted upgrade left aside; return the folders removed."""
    removed = []
    for folder in _children(parents):
        match = _STALE.match(folder.name)
        if match and folder.is_dir() and not _alive(int(match.group(2))):
            _restore(folder)
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _children(parents: list[Path]) -> list[Path]:
    """Everything in each of ``parents`` (each once); a folder that cannot be listed has nothing."""
    found: list[Path] = []
    for parent in dict.fromkeys(parents):
        try:
            found.extend(parent.iterdir())
        except OSError:
            continue
    return found


def clean_legacy(parents: list[Path], homes: dict[bool, Path], older_than: float = LEGACY_AGE) -> list[Path]:
    """Remove staging folders named before they carried a pid (``.dragoman-install-<random>``) once
    they are ``older_than`` seconds old, first putting back a package an interrupted upgrade left in
    one as ``replaced-<name>``. ``homes`` maps "is an Argos package" to where such a folder belongs."""
    removed = []
    for folder in _children(parents):
        if _LEGACY.match(folder.name) and folder.is_dir() and _age(folder) > older_than:
            if folder.name.startswith(".dragoman-install-"):
                for aside in folder.glob("replaced-*"):
                    home = homes[(aside / "metadata.json").is_file()]
                    _put_back(aside, home / aside.name[len("replaced-"):])
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _age(folder: Path) -> float:
    """Seconds since ``folder`` last changed; 0 when it is gone (another process cleaned it)."""
    try:
        return time.time() - folder.stat().st_mtime
    except OSError:
        return 0.0


def _put_back(aside: Path, original: Path) -> None:
    if aside.is_dir() and not original.exists():
        try:
            aside.rename(original)
            log.warning("Put back %s, which an interrupted upgrade had left aside.", original)
        except OSError as error:
            log.warning("Could not put back %s: %s", original, error)


def _restore(staging: Path) -> None:
    """Put back each package the journal lists whose original place is still empty."""
    try:
        entries = json.loads((staging / JOURNAL).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return  # no journal: the swap had not begun, or it finished
    for aside_name, original in entries.items() if isinstance(entries, dict) else ():
        _put_back(staging / str(aside_name), Path(str(original)))


def _alive(pid: int) -> bool:
    """Whether a process with this id exists (one of another user counts as alive)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
