"""One message object for the whole window (qutebrowser's ``utils/message``).

Any part of ``gui/`` reports through :func:`bus` (``info``/``warning``/``error``) without knowing
where messages are shown; the main window connects the bus to its status bar and message boxes.
Background errors arrive here too (gui/workers.py routes every exception to :func:`error`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

log = logging.getLogger("dragoman.gui")

INFO = "info"
WARNING = "warning"
ERROR = "error"


@dataclass(frozen=True)
class Message:
    """A sentence for a person, its level, and (for errors) optional technical detail."""

    level: str
    text: str
    detail: str | None = None


class MessageBus(QObject):
    """Emits ``posted(Message)`` for every message; keeps the last few for tests and the log."""

    posted = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.history: list[Message] = []

    def post(self, level: str, text: str, detail: str | None = None) -> Message:
        message = Message(level, text, detail)
        self.history = (self.history + [message])[-50:]
        # Only an error with a traceback is a fault; an expected one (a bad file) is an event.
        log.log(logging.ERROR if level == ERROR and detail else logging.INFO, "%s%s", text,
                f"\n{detail}" if detail else "")
        self.posted.emit(message)
        return message

    def info(self, text: str) -> Message:
        return self.post(INFO, text)

    def warning(self, text: str) -> Message:
        return self.post(WARNING, text)

    def error(self, text: str, detail: str | None = None) -> Message:
        return self.post(ERROR, text, detail)


_bus: MessageBus | None = None


def bus() -> MessageBus:
    """The process-wide message bus (created on first use, in the UI thread)."""
    global _bus
    if _bus is None:
        _bus = MessageBus()
    return _bus


# Errors whose text is one sentence for a person (the library, export and fetch ones included).
PEOPLES_ERRORS = {"ArticleError", "PackageError", "DownloadCancelled", "LibraryError", "ExportError", "FetchError"}


def written_for_people(exc: BaseException) -> bool:
    """True for the errors a person can meet and whose text is already the sentence to show:
    ArticleError, PackageError (and their subclasses), a cancelled download, an OSError about a file."""
    people = any(cls.__name__ in PEOPLES_ERRORS for cls in type(exc).__mro__)
    return people or isinstance(exc, OSError)


def describe_exception(exc: BaseException) -> str:
    """A sentence for a person: the error's own text when it was written for people, else a hint.

    ArticleError and PackageError carry one sentence meant for a person, and so does an OSError
    about a file (permission denied, disk full). Anything else is a bug or an environment problem:
    say so in general terms; the traceback goes to the log with the message's detail.
    """
    if written_for_people(exc):  # subclasses count too (EnglishFileError is an ArticleError)
        text = " ".join(str(exc).split())
        if text:
            return text if text.endswith((".", "!", "?")) else text + "."
    return f"Something went wrong ({type(exc).__name__}: {exc}). The article you had open is unchanged."
