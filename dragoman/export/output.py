"""Writing an export: the target checked first, then written to a temporary file beside it and
renamed into place, so a failed or interrupted export never leaves half a file under OUT."""

from __future__ import annotations

import errno
import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from dragoman.errors import UserFacingError

log = logging.getLogger(__name__)


class ExportError(UserFacingError):
    """An export that cannot be written; ``str(error)`` is one sentence a person can act on."""


def check_target(out: Path) -> None:
    """Refuse, in one sentence, an OUT that is a folder or whose folder is missing or not one."""
    if out.is_dir():
        raise ExportError(f"{out} is a folder; give a file name inside it, such as {out / 'article'}.")
    folder = out.parent
    if not folder.exists():
        raise ExportError(f"There is no folder {folder} to write {out.name} in; create it or choose another.")
    if not folder.is_dir():
        raise ExportError(f"{folder} is a file, not a folder; choose another place for {out.name}.")


def _os_message(out: Path, exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"Dragoman cannot write to {out.parent} (permission denied); choose another folder."
    if exc.errno == errno.ENOSPC:
        return f"The disk is full, so {out.name} was not written; free some space and export again."
    return f"{out.name} could not be written ({exc.strerror or exc}); choose another place."


def write_atomically(out: Path, write: Callable[[Path], None]) -> None:
    """Call ``write(temp_path)`` for a temporary file in OUT's folder, then rename it to OUT.

    The temporary file is removed when anything fails; an OSError becomes an ExportError.
    """
    check_target(out)
    try:
        fd, name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".part")
    except OSError as exc:
        raise ExportError(_os_message(out, exc)) from exc
    os.close(fd)
    temp = Path(name)
    try:
        write(temp)
        os.chmod(temp, 0o666 & ~_umask())  # mkstemp makes it 0600; an export is an ordinary file
        os.replace(temp, out)
    except OSError as exc:
        log.info("export to %s failed", out, exc_info=True)
        raise ExportError(_os_message(out, exc)) from exc
    finally:
        temp.unlink(missing_ok=True)


def write_bytes(out: Path, data: bytes) -> None:
    """Write ``data`` to OUT atomically."""
    def write(temp: Path) -> None:
        temp.write_bytes(data)

    write_atomically(out, write)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
