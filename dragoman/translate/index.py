"""The Argos package index over HTTP: reading it and downloading one package, with progress and cancel.

Nothing here runs unless a person asks for a download. Every network failure becomes a
``PackageError`` whose text says what happened and what to do (e.g. install a file instead).
"""

from __future__ import annotations

import json
import os
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.client import HTTPResponse
from pathlib import Path
from typing import Any

from .errors import DownloadCancelled, PackageError
from .languages import language_name

DEFAULT_INDEX_URL = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json"
INDEX_ENV = "DRAGOMAN_PACKAGE_INDEX"  # a person (or a test) can point Dragoman at another index
MAX_INDEX_BYTES = 16 * 1024**2
MAX_DOWNLOAD_BYTES = 2 * 1024**3
USER_AGENT = "Dragoman/0.1 (argos package manager)"
_CHUNK = 256 * 1024
# A server that trickles (a byte every few seconds) never trips the socket timeout, which is per
# read: a download must also move STALL_BYTES within every STALL_SECONDS and end by its deadline.
# 2 GB (MAX_DOWNLOAD_BYTES) at 1 MB/s takes 35 minutes; the deadline leaves room for slower lines.
DOWNLOAD_DEADLINE = 3 * 3600.0
INDEX_DEADLINE = 60.0
STALL_SECONDS = 60.0
STALL_BYTES = 16 * 1024


@dataclass(frozen=True)
class Clock:
    """The time limits of one transfer: an overall deadline and a least rate (monotonic seconds)."""

    deadline: float = DOWNLOAD_DEADLINE
    stall_seconds: float = STALL_SECONDS
    stall_bytes: int = STALL_BYTES


@dataclass
class AvailablePackage:
    """One package the index offers."""

    from_code: str
    to_code: str
    from_name: str
    to_name: str
    version: str
    links: list[str] = field(default_factory=list)
    name: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)


def index_url(explicit: str | None = None) -> str:
    """The index address: ``explicit``, else $DRAGOMAN_PACKAGE_INDEX, else argos' own
    $ARGOS_PACKAGE_INDEX (a folder URL holding index.json), else the public Argos index."""
    if explicit or os.environ.get(INDEX_ENV):
        return explicit or os.environ[INDEX_ENV]
    argos_folder = os.environ.get("ARGOS_PACKAGE_INDEX")
    if argos_folder:
        return argos_folder.rstrip("/") + "/index.json"
    return DEFAULT_INDEX_URL


def fetch_index(index_url_: str | None = None, timeout: float = 10.0,
                clock: Clock = Clock(deadline=INDEX_DEADLINE)) -> list[AvailablePackage]:
    """Download the index and return its translation packages; raise PackageError when it cannot."""
    url = index_url(index_url_)
    data = _read_url(url, timeout, "the package index", MAX_INDEX_BYTES, clock)
    try:
        entries = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise PackageError(f"The package index at {url} is not valid JSON; check the index address.") from error
    if not isinstance(entries, list):
        raise PackageError(f"The package index at {url} is not a list of packages; check the index address.")
    return [p for p in (_available(e) for e in entries) if p is not None]


def _available(entry: Any) -> AvailablePackage | None:
    if not isinstance(entry, dict) or entry.get("type", "translate") != "translate":
        return None
    from_code, to_code = entry.get("from_code"), entry.get("to_code")
    if not isinstance(from_code, str) or not isinstance(to_code, str):
        return None
    links = entry.get("links")
    links = [link for link in links if isinstance(link, str)] if isinstance(links, list) else []
    names = [entry.get(key) if isinstance(entry.get(key), str) else None for key in ("from_name", "to_name")]
    return AvailablePackage(
        from_code=from_code,
        to_code=to_code,
        from_name=names[0] or language_name(from_code),
        to_name=names[1] or language_name(to_code),
        version=str(entry.get("package_version", "")),
        links=links,
        name=str(entry.get("name", "")),
        metadata=entry,
    )


def _read_url(url: str, timeout: float, what: str, limit: int, clock: Clock) -> bytes:
    parts, size = [], 0
    with _open(url, timeout, what) as response:
        for chunk in _chunks(response, url, what, clock):
            parts.append(chunk)
            size += len(chunk)
            if size > limit:
                raise PackageError(
                    f"{what.capitalize()} at {url} is larger than {limit // 1024**2} MB; check the address.")
    return b"".join(parts)


def _chunks(response: HTTPResponse, url: str, what: str, clock: Clock) -> Iterator[bytes]:
    """The body's chunks as they arrive; PackageError when a read fails, the transfer stalls (less
    than ``clock.stall_bytes`` in ``clock.stall_seconds``) or outlives ``clock.deadline``.

    read1 returns what has arrived instead of waiting for a whole chunk, so the clocks are looked at
    after every packet: a limit is overrun by at most one socket timeout."""
    started = window_start = time.monotonic()
    in_window = 0
    while True:
        try:
            chunk = response.read1(_CHUNK)
        except (TimeoutError, OSError) as error:
            raise PackageError(f"Reading {what} from {url} stopped ({_reason(error)}); try again.") from error
        if not chunk:
            return
        now = time.monotonic()
        if now - started > clock.deadline:
            raise PackageError(f"Reading {what} from {url} took longer than {_duration(clock.deadline)}; "
                               "the connection is too slow, try again later.")
        in_window += len(chunk)
        if now - window_start >= clock.stall_seconds:
            if in_window < clock.stall_bytes:
                raise PackageError(f"Reading {what} from {url} stalled (under {clock.stall_bytes // 1024} KB in "
                                   f"{_duration(clock.stall_seconds)}); try again later.")
            window_start, in_window = now, 0
        yield chunk


def _duration(seconds: float) -> str:
    return f"{seconds / 60:.0f} minutes" if seconds >= 120 else f"{seconds:.0f} seconds"


def _open(url: str, timeout: float, what: str) -> HTTPResponse:
    if not url.startswith(("http://", "https://")):
        raise PackageError(f"{url} is not an http(s) address; give the index as http://... or https://...")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        response: HTTPResponse = urllib.request.urlopen(request, timeout=timeout)
        return response
    except urllib.error.HTTPError as error:
        if 300 <= error.code < 400:  # urllib's own text for this is three lines long
            raise PackageError(f"Could not get {what}: {url} redirects in a loop or too many times; "
                               "check the address.") from error
        reason = " ".join(str(error.reason).split())
        raise PackageError(f"Could not get {what}: {url} answered {error.code} {reason}.") from error
    except (TimeoutError, urllib.error.URLError, ConnectionError, OSError) as error:
        raise PackageError(
            f"Could not reach {url} ({_reason(error)}): you seem to be offline; "
            "connect, or install a .argosmodel file instead."
        ) from error


def _reason(error: BaseException) -> str:
    reason = getattr(error, "reason", None) or error
    if isinstance(reason, (socket.timeout, TimeoutError)):
        return "timed out"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    return str(reason) or type(reason).__name__


def download_file(
    links: list[str],
    target: Path,
    *,
    timeout: float = 30.0,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    clock: Clock = Clock(),
) -> None:
    """Download the first link that works into ``target``; ``progress(done, total)`` after each chunk.

    ``total`` is 0 when the server does not say. Raises DownloadCancelled when ``cancel()`` turns
    True and PackageError when no link works, stalls or outlives ``clock``; on any of these, and on
    any other exception (SystemExit from SIGTERM, KeyboardInterrupt), the partial file is removed.
    """
    if not links:
        raise PackageError("The index gives no download address for this package.")
    last: PackageError | None = None
    for link in links:
        try:
            _download_one(link, target, timeout, progress, cancel, clock)
            return
        except DownloadCancelled:
            target.unlink(missing_ok=True)
            raise
        except PackageError as error:
            target.unlink(missing_ok=True)
            last = error
        except BaseException:
            target.unlink(missing_ok=True)
            raise
    assert last is not None
    raise last


def _download_one(
    link: str,
    target: Path,
    timeout: float,
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
    clock: Clock,
) -> None:
    with _open(link, timeout, "the package") as response, open(target, "wb") as sink:
        total = int(response.headers.get("Content-Length") or 0)
        done = 0
        if progress:
            progress(0, total)
        if cancel and cancel():
            raise DownloadCancelled("The download was cancelled; nothing was installed.")
        for chunk in _chunks(response, link, "the package", clock):
            if cancel and cancel():
                raise DownloadCancelled("The download was cancelled; nothing was installed.")
            done += len(chunk)
            if done > MAX_DOWNLOAD_BYTES:
                raise PackageError(f"The package at {link} is larger than any Argos package should be.")
            sink.write(chunk)
            if progress:
                progress(done, total)
    if total and done != total:
        raise PackageError(f"The download from {link} ended early ({done} of {total} bytes); try again.")
