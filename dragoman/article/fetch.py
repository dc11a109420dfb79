"""Open an article by its address: fetch the page (urllib), pick out the article, build an Article.

Bounded in every way a server can stretch it: http and https only, a total deadline over
connecting, redirects, headers and body (a server that trickles one byte a second is cut off
when the deadline passes, not only when one read stalls), a size limit, at most
``MAX_REDIRECTS`` redirects, and only web pages (HTML) and plain text are read. Every failure is
a ``FetchError`` (an ``ArticleError``): one sentence that gives the address exactly as the
person wrote it. The Article's ``source`` is that address.
"""

from __future__ import annotations

import contextlib
import errno
import http.client
import logging
import re
import socket
import ssl
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from typing import IO

from .model import Article, ArticleError

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 15.0  # seconds for the whole fetch
DEFAULT_MAX_BYTES = 10 * 1024 * 1024  # a news page with its inline scripts is rarely over 3 MB
MAX_REDIRECTS = 5
CHUNK_BYTES = 64 * 1024
USER_AGENT = "Dragoman/0.1 (offline news reader; fetches one article a person asked for)"
HTML_TYPES = {"text/html", "application/xhtml+xml"}
TEXT_TYPES = {"text/plain"}
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_KIND_OF_TYPE = {"image": "an image", "audio": "a sound file", "video": "a video", "font": "a font"}
_NAMED_TYPES = {"application/pdf": "a PDF document", "application/json": "JSON data",
                "application/zip": "a ZIP archive", "application/octet-stream": "binary data"}


class FetchError(ArticleError):
    """An address that could not be opened as an article; ``str(error)`` is one sentence."""


def is_address(where: str) -> bool:
    """True when ``where`` is written as an address (``scheme://...``), not a file path."""
    return bool(_SCHEME.match(where.strip()))


@dataclass
class Page:
    """What the server sent: the body (at most the limit), its type and charset, where it ended."""

    url: str  # the address as given
    final_url: str  # after redirects
    content_type: str
    charset: str | None
    data: bytes


@dataclass
class _Watch:
    """The sockets of one fetch, shut down when its deadline passes, so a blocked read returns."""

    deadline: float
    sockets: list[socket.socket] = field(default_factory=list)
    expired: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, sock: socket.socket) -> None:
        with self.lock:
            self.sockets.append(sock)
            if self.expired:
                _shut(sock)

    def expire(self) -> None:
        with self.lock:
            self.expired = True
            for sock in self.sockets:
                _shut(sock)

    def remaining(self) -> float:
        return self.deadline - time.monotonic()


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed
        sock.shutdown(socket.SHUT_RDWR)


def _watched(base: type[http.client.HTTPConnection], watch: _Watch) -> type[http.client.HTTPConnection]:
    """``base`` whose socket joins ``watch`` once connected (before TLS and any request)."""

    class Watched(base):  # type: ignore[valid-type, misc]
        def connect(self) -> None:
            # mypy cannot see ``timeout`` through a base chosen at run time; it is HTTPConnection's.
            given: float | None = getattr(self, "timeout", None)
            self.timeout = max(0.1, min(given or DEFAULT_TIMEOUT, watch.remaining()))
            super().connect()
            watch.add(self.sock)

    return Watched


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, watch: _Watch) -> None:
        super().__init__()
        self.watch = watch

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_watched(http.client.HTTPConnection, self.watch), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, watch: _Watch) -> None:
        self.context = ssl.create_default_context()
        super().__init__(context=self.context)
        self.watch = watch

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        watched = _watched(http.client.HTTPSConnection, self.watch)
        return self.do_open(watched, req, context=self.context)


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Redirects to http or https only, at most MAX_REDIRECTS (urllib also stops loops)."""

    max_redirections = MAX_REDIRECTS

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url

    def redirect_request(self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
                         headers: http.client.HTTPMessage, newurl: str) -> urllib.request.Request | None:
        scheme = urllib.parse.urlsplit(urllib.parse.urljoin(req.full_url, newurl)).scheme.lower()
        if scheme not in ("http", "https"):
            raise FetchError(f"{self.url} redirects to a {scheme or 'non-web'} address, which "
                             "Dragoman does not follow; open the page in a browser and save it.")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _check_address(url: str) -> None:
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(f"{url} is not a web address; Dragoman opens http:// and https:// "
                         "addresses, or a file saved on disk.")
    if not parts.hostname:
        raise FetchError(f"{url} has no server name; check the address.")


def _http_error(url: str, error: urllib.error.HTTPError) -> FetchError:
    if error.code in (301, 302, 303, 307, 308):
        return FetchError(f"{url} redirects too many times (more than {MAX_REDIRECTS}, or in a loop); "
                          "check the address in a browser.")
    if error.code == 404:
        return FetchError(f"There is no page at {url} (the server answered 404 Not Found); check the address.")
    if error.code in (401, 403):
        return FetchError(f"The server refuses to give {url} to Dragoman ({error.code} {error.reason}); "
                          "open it in a browser, save the page and open the file.")
    return FetchError(f"The server could not give {url} ({error.code} {error.reason}); try again later.")


def _network_error(url: str, reason: object, timeout: float) -> FetchError:
    """One sentence for why the connection failed: offline, unknown server, refused, too slow."""
    if isinstance(reason, socket.gaierror):
        return FetchError(f"Dragoman could not find the server of {url}; check the address, or "
                          "whether this computer is online.")
    if isinstance(reason, ConnectionRefusedError):
        return FetchError(f"The server of {url} refused the connection; check the address or try again later.")
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return _too_slow(url, timeout)
    if isinstance(reason, ssl.SSLError):
        return FetchError(f"The secure connection to {url} failed ({getattr(reason, 'reason', None) or reason}); "
                          "the server's certificate may be wrong.")
    if isinstance(reason, OSError) and reason.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
        return FetchError(f"Dragoman could not reach {url}: this computer seems to be offline.")
    return FetchError(f"Dragoman could not open {url} ({reason}); check the address or your connection.")


def _too_slow(url: str, timeout: float) -> FetchError:
    return FetchError(f"The server of {url} did not send the page within {timeout:g} seconds; try again later.")


def _read_body(url: str, response: http.client.HTTPResponse, watch: _Watch, max_bytes: int,
               timeout: float) -> bytes:
    length = response.headers.get("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise _too_large(url, max_bytes)
    chunks: list[bytes] = []
    total = 0
    while True:
        if watch.remaining() <= 0 or watch.expired:
            raise _too_slow(url, timeout)
        chunk = response.read1(CHUNK_BYTES) if hasattr(response, "read1") else response.read(CHUNK_BYTES)
        if not chunk:
            break
        total += len(chunk)
        if total > max_bytes:
            raise _too_large(url, max_bytes)
        chunks.append(chunk)
    if watch.expired:  # the read ended because the deadline shut the socket
        raise _too_slow(url, timeout)
    return b"".join(chunks)


def _too_large(url: str, max_bytes: int) -> FetchError:
    return FetchError(f"The page at {url} is over {max_bytes / 2**20:g} MB, larger than any article "
                      "Dragoman opens; save the article's text and open the file.")


def fetch_page(url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES) -> Page:
    """The bytes at ``url`` with their type; raises FetchError (one sentence) on any failure."""
    _check_address(url)
    watch = _Watch(deadline=time.monotonic() + timeout)
    timer = threading.Timer(timeout, watch.expire)
    timer.daemon = True
    timer.start()
    opener = urllib.request.build_opener(_HTTPHandler(watch), _HTTPSHandler(watch), _Redirects(url))
    request = urllib.request.Request(url.strip(), headers={"User-Agent": USER_AGENT,
                                                         "Accept": "text/html, text/plain;q=0.9, */*;q=0.1"})
    try:
        with opener.open(request, timeout=timeout) as response:
            data = _read_body(url, response, watch, max_bytes, timeout)
            content_type = response.headers.get_content_type()
            charset = response.headers.get_content_charset()
            final = response.geturl()
    except FetchError:
        raise
    except urllib.error.HTTPError as error:
        raise _http_error(url, error) from error
    except urllib.error.URLError as error:
        raise (_too_slow(url, timeout) if watch.expired else _network_error(url, error.reason, timeout)) from error
    except (OSError, http.client.HTTPException, ValueError) as error:
        log.info("fetching %s failed", url, exc_info=True)
        if watch.expired or isinstance(error, TimeoutError):
            raise _too_slow(url, timeout) from error
        raise FetchError(f"The server of {url} broke off the connection ({error.__class__.__name__}); "
                         "try again later.") from error
    finally:
        timer.cancel()
    return Page(url=url, final_url=final, content_type=content_type, charset=charset, data=data)


def _kind(content_type: str) -> str:
    major = content_type.split("/")[0]
    return _NAMED_TYPES.get(content_type) or _KIND_OF_TYPE.get(major) or f"a {content_type} file"


def _decode_text(page: Page) -> tuple[str, str | None, list[str]]:
    from .encoding import decode_bytes

    if page.charset:
        try:
            return page.data.decode(page.charset).lstrip("\ufeff"), page.charset, []
        except (LookupError, UnicodeDecodeError):
            pass  # the header lies; judge the bytes
    decoded = decode_bytes(page.data, page.url)
    return decoded.text, decoded.encoding, list(decoded.notes)


def _page_text(page: Page) -> tuple[str, str | None, list[str]]:
    """The article's text in a fetched page, the encoding read, and notes."""
    from .sniff import describe_binary

    content_type = page.content_type
    if content_type not in HTML_TYPES | TEXT_TYPES:
        raise FetchError(f"{page.url} gives {_kind(content_type)} ({content_type}), not an article; "
                         "Dragoman opens web pages and plain text.")
    if not page.data.strip():
        raise FetchError(f"The page at {page.url} is empty; there is no article to show.")
    if describe_binary(page.data) is not None:
        raise FetchError(f"{page.url} says it is {content_type} but sends binary data, not an article.")
    if content_type in TEXT_TYPES:
        return _decode_text(page)
    from .html import decode_html, html_text

    decoded = decode_html(page.data, page.url)
    text, notes = html_text(decoded.text, page.url)
    return _with_date(text, _page_date(decoded.text)), decoded.encoding, [*decoded.notes, *notes]


def _page_date(html: str) -> str | None:
    """The page's publication date (ISO day) from its metadata, when trafilatura finds one."""
    try:
        from trafilatura.metadata import extract_metadata

        metadata = extract_metadata(html)
    except Exception:  # a hostile page; the article is still read without its date
        log.info("no date from a page's metadata", exc_info=True)
        return None
    date = getattr(metadata, "date", None) if metadata is not None else None
    return date if isinstance(date, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) else None


def _with_date(text: str, date: str | None) -> str:
    """The date under the headline, as the page shows it, when the text itself does not give it:
    a page's date often sits in its markup, which the article's text loses."""
    if not date or date in text[:1000]:
        return text
    head, sep, rest = text.partition("\n\n")
    return f"{head}\n\n{date}{sep}{rest}" if sep else f"{head}\n\n{date}"


def fetch_article(url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Fetch ``url`` and build its Article (source: ``url`` as given); raises FetchError."""
    from .load import load_text

    page = fetch_page(url, timeout=timeout, max_bytes=max_bytes)
    text, encoding, notes = _page_text(page)
    if "\x00" in text:
        raise FetchError(f"{url} sends binary data, not an article.")
    try:
        article = load_text(text, source=url)
    except ArticleError as error:  # the loader says "The pasted text"; say the address
        raise FetchError(str(error).replace("The pasted text", f"The page at {url}")) from error
    article.encoding = encoding
    article.notes[:0] = notes
    return article
