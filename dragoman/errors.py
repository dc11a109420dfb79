"""The one base class of every error a person can meet.

An error raised for a person (a file that cannot be read, a model that cannot be installed)
subclasses :class:`UserFacingError`; its text is already the sentence to show. The command line
prints that sentence, the window shows it, and neither shows a traceback (it goes to the log).
Anything else that escapes is a bug, and is reported as one in general terms, with its traceback
in the rotating log file in Dragoman's data folder (:func:`setup_logging`).
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path


class UserFacingError(Exception):
    """An error whose message is one sentence a person can act on (``.sentence``)."""

    @property
    def sentence(self) -> str:
        """The message on one line, ending with a full stop (or ? or !)."""
        text = " ".join(str(self).split())
        if not text:
            return f"{type(self).__name__} (no details were given)."
        return text if text.endswith((".", "!", "?")) else text + "."


LOG_FILE = "dragoman.log"
LOG_BYTES = 1024**2  # a few thousand messages; three older files are kept beside it
LOG_BACKUPS = 3


def _ours(handler: logging.Handler) -> bool:
    return bool(getattr(handler, "dragoman", False))


def setup_logging() -> Path | None:
    """Send Dragoman's log to a rotating file in its data folder (never to the terminal, where
    Python would otherwise print every logged error's traceback); the file, or None when the data
    folder cannot be written (then the log is dropped, and messages still reach the person).

    The window and the command line share the file; calling this again changes nothing."""
    from dragoman.article.paths import data_home

    root = logging.getLogger()
    for existing in root.handlers:
        if _ours(existing):
            return Path(existing.baseFilename) if isinstance(existing, RotatingFileHandler) else None
    path: Path | None = data_home() / LOG_FILE
    handler: logging.Handler
    try:
        handler = RotatingFileHandler(str(path), maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    except OSError:
        handler, path = logging.NullHandler(), None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    setattr(handler, "dragoman", True)  # noqa: B010 - how a second call finds it
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def log_file() -> Path | None:
    """The log file in use (None when logging is not set up or the data folder is not writable)."""
    for handler in logging.getLogger().handlers:
        if _ours(handler) and isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)
    return None
