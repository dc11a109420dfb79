"""Read a file's bytes safely: only regular files, never more than a limit.

A FIFO, a device (``/dev/zero``, ``/dev/urandom``) or a socket says its size is 0 and never
ends, so the size a file reports is not trusted: at most ``limit + 1`` bytes are read, in
chunks, and only from a regular file. Opening uses ``O_NONBLOCK`` so that a FIFO swapped in
after the check cannot block the open; the opened file is checked again with ``fstat``.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

from .model import ArticleError

CHUNK_BYTES = 1 << 20


def read_regular_file(path: Path, limit: int, error: type[ArticleError] = ArticleError,
                      what: str = "an article file", label: str = "file") -> bytes:
    """The bytes of the regular file at ``path``; raises ``error`` (one sentence) when there is
    no such file, it is a folder, a FIFO, a device or a socket, it is over ``limit`` bytes, or it
    cannot be read. ``what`` names what the person should choose instead ("an article file"),
    ``label`` what is missing ("There is no file at ...")."""
    info = _stat(path, error, label)
    _refuse_irregular(path, info.st_mode, error, what)
    if info.st_size > limit:  # refused without reading; the bounded read catches a size that lies
        raise _too_large(path, info.st_size, limit, error)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise _os_error(path, exc, error, label) from exc
    with os.fdopen(fd, "rb", buffering=0) as handle:
        _refuse_irregular(path, os.fstat(fd).st_mode, error, what)  # swapped since the check
        return _read_bounded(path, handle, limit, error)


def _stat(path: Path, error: type[ArticleError], label: str) -> os.stat_result:
    try:
        return os.stat(path)
    except OSError as exc:
        raise _os_error(path, exc, error, label) from exc


def _os_error(path: Path, exc: OSError, error: type[ArticleError], label: str) -> ArticleError:
    """One sentence for an OSError met while finding or opening ``path``."""
    if exc.errno == errno.ELOOP:
        return error(f"{path} is a symbolic link that leads back to itself (a link loop); "
                     "open the file it was meant to point to.")
    if exc.errno == errno.ENOENT:
        if os.path.islink(path):
            return error(f"{path} is a link to a file that no longer exists; "
                         "open the file itself.")
        return error(f"There is no {label} at {path}; check the name and folder.")
    if exc.errno == errno.ENOTDIR:
        return error(f"There is no {label} at {path}, because part of that path is a file, "
                     "not a folder; check the path.")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return error(f"You do not have permission to read {path.name}; "
                     "change its permissions or ask its owner for a copy.")
    return error(f"{path.name} cannot be read ({exc.strerror or exc}).")


def _refuse_irregular(path: Path, mode: int, error: type[ArticleError], what: str) -> None:
    if stat.S_ISDIR(mode):
        raise error(f"{path} is a folder; choose {what} inside it.")
    if stat.S_ISREG(mode):
        return
    kind = ("a named pipe (FIFO)" if stat.S_ISFIFO(mode) else
            "a socket" if stat.S_ISSOCK(mode) else
            "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a special file")
    raise error(f"{path} is not a regular file but {kind}, which Dragoman does not read; "
                f"choose {what} saved on disk.")


def _read_bounded(path: Path, handle: BinaryIO, limit: int, error: type[ArticleError]) -> bytes:
    """At most ``limit`` bytes; one more byte means the file is too large."""
    chunks: list[bytes] = []
    total = 0
    try:
        while total <= limit:
            chunk = handle.read(min(CHUNK_BYTES, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise error(f"{path.name} cannot be read ({exc.strerror or exc}).") from exc
    if total > limit:
        raise _too_large(path, None, limit, error)
    return b"".join(chunks)


def _too_large(path: Path, size: int | None, limit: int, error: type[ArticleError]) -> ArticleError:
    amount = f"{size / 2**20:.0f} MB" if size is not None else f"over {limit // 2**20} MB"
    return error(f"{path.name} is {amount}; Dragoman opens files up to {limit // 2**20} MB.")
