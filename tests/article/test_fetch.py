"""Opening an article by its address, against real servers on 127.0.0.1: a page, plain text,
redirects and a redirect loop, 404, a huge page, a PNG, a server that never answers, one that
trickles its answer, a refused connection, an unknown server; and ``main.py analyze URL``."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from dragoman.article.fetch import FetchError, fetch_article, is_address
from dragoman.article.model import ArticleError

REPO = Path(__file__).resolve().parents[2]
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Тоқаев Италия министрін қабылдады</title>
<meta property="article:published_time" content="2025-03-14T10:00:00Z"></head>
<body><nav>Басты бет | Жаңалықтар | Спорт</nav>
<article><h1>Тоқаев Италия министрін қабылдады</h1>
<p>Астана қаласында Қасым-Жомарт Тоқаев Италия Сыртқы істер министрі Лоренцо Бианкиді қабылдады.
Тараптар сауда және инвестиция мәселелерін талқылады.</p>
<p>Кездесуде екі ел арасындағы стратегиялық әріптестікті кеңейту мәселелері қаралды.
Министр Қазақстанның өңірдегі рөлін жоғары бағалады.</p></article>
<footer>Барлық құқықтар қорғалған</footer></body></html>"""
TEXT = "Министр провёл пресс-конференцию в Астане.\n\nОн рассказал о новой программе сотрудничества.\n"


class Handler(BaseHTTPRequestHandler):
    """The test site; every path is one kind of answer."""

    protocol_version = "HTTP/1.0"  # the body ends when the connection closes (no length needed)

    def log_message(self, *args: object) -> None:  # quiet test output
        pass

    def _send(self, code: int, content_type: str, body: bytes, length: bool = True) -> None:
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, where: str) -> None:
        self.send_response(302)
        self.send_header("Location", where)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:  # noqa: C901 - one branch per kind of answer, read top to bottom
        path = self.path
        if path == "/page.html":
            self._send(200, "text/html; charset=utf-8", PAGE.encode("utf-8"))
        elif path == "/text":
            self._send(200, "text/plain; charset=windows-1251", TEXT.encode("cp1251"))
        elif path == "/moved":
            self._redirect("/page.html")
        elif path.startswith("/chain/"):
            step = int(path.rsplit("/", 1)[1])
            self._redirect("/page.html" if step == 0 else f"/chain/{step - 1}")
        elif path == "/loop":
            self._redirect("/loop")
        elif path == "/to-ftp":
            self._redirect("ftp://127.0.0.1/file.txt")
        elif path == "/huge-declared":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(500 * 2**20))
            self.end_headers()  # and nothing: the length alone must refuse it
        elif path == "/huge-streamed":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(400):  # 400 × 64 KB = 25 MB, no length given
                    self.wfile.write(b"<p>" + b"x" * 65_530 + b"</p>")
            except OSError:
                pass  # the client stopped reading at its limit
        elif path == "/image.png":
            self._send(200, "image/png", PNG)
        elif path == "/png-as-html":
            self._send(200, "text/html", PNG + b"\x00" * 200)
        elif path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(600):  # one byte every 50 ms for 30 s: never stalls a read
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.05)
            except OSError:
                pass
        else:
            self._send(404, "text/html", b"<h1>Not Found</h1>")


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def silent_server() -> Iterator[tuple[str, socket.socket]]:
    """A server that accepts connections and never says a word."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    accepted: list[socket.socket] = []

    def accept() -> None:
        try:
            while True:
                accepted.append(listener.accept()[0])
        except OSError:
            pass

    threading.Thread(target=accept, daemon=True).start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/article", listener
    listener.close()
    for conn in accepted:
        conn.close()


@pytest.fixture
def header_trickler() -> Iterator[str]:
    """A server that answers one header byte every 50 ms, forever: no single read ever times out."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    stop = threading.Event()

    def serve() -> None:
        try:
            conn, _ = listener.accept()
        except OSError:
            return
        with conn:
            conn.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
            while not stop.is_set():
                try:
                    conn.sendall(b"a")
                except OSError:
                    return
                time.sleep(0.05)

    threading.Thread(target=serve, daemon=True).start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/"
    stop.set()
    listener.close()


def test_a_page_gives_its_article_with_the_address_as_source(site: str) -> None:
    url = f"{site}/page.html"
    article = fetch_article(url)
    assert article.source == url
    assert article.code == "kk"
    assert article.text.startswith("Тоқаев Италия министрін қабылдады")  # the headline first
    assert "Лоренцо Бианкиді қабылдады" in article.text
    assert "Басты бет" not in article.text and "құқықтар" not in article.text  # menus and footer dropped
    assert "2025-03-14" in article.text.split("\n\n")[1]  # the page's date, under the headline
    for sentence in article.sentences:
        assert article.text[sentence.start:sentence.end] == sentence.text


def test_plain_text_is_read_in_the_charset_the_server_names(site: str) -> None:
    article = fetch_article(f"{site}/text")
    assert article.text == TEXT
    assert article.encoding == "windows-1251" and article.code == "ru"


def test_redirects_are_followed_and_the_source_stays_as_given(site: str) -> None:
    url = f"{site}/moved"
    article = fetch_article(url)
    assert article.source == url
    assert "Бианкиді" in article.text
    assert "Бианкиді" in fetch_article(f"{site}/chain/4").text  # 5 redirects: the limit


@pytest.mark.parametrize("path", ["/loop", "/chain/5"])
def test_a_redirect_loop_or_too_many_redirects_is_one_sentence(site: str, path: str) -> None:
    url = site + path
    with pytest.raises(FetchError, match="redirects too many times") as caught:
        fetch_article(url)
    assert url in str(caught.value)


def test_a_redirect_off_the_web_is_refused(site: str) -> None:
    with pytest.raises(FetchError, match="redirects to a ftp address"):
        fetch_article(f"{site}/to-ftp")


def test_404_says_there_is_no_page_at_the_address(site: str) -> None:
    url = f"{site}/gone/article-17"
    with pytest.raises(FetchError) as caught:
        fetch_article(url)
    assert str(caught.value) == (f"There is no page at {url} (the server answered 404 Not Found); "
                                 "check the address.")


def test_a_huge_page_is_refused_by_its_declared_length_without_reading_it(site: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match="is over 10 MB"):
        fetch_article(f"{site}/huge-declared")
    assert time.monotonic() - started < 5


def test_a_huge_page_without_a_length_stops_at_the_limit(site: str) -> None:
    with pytest.raises(FetchError, match=r"is over 1 MB"):
        fetch_article(f"{site}/huge-streamed", max_bytes=2**20)


def test_an_image_is_refused_by_its_type(site: str) -> None:
    url = f"{site}/image.png"
    with pytest.raises(FetchError) as caught:
        fetch_article(url)
    assert str(caught.value) == (f"{url} gives an image (image/png), not an article; "
                                 "Dragoman opens web pages and plain text.")


def test_binary_data_sent_as_html_is_refused(site: str) -> None:
    with pytest.raises(FetchError, match="binary data"):
        fetch_article(f"{site}/png-as-html")


def test_a_server_that_never_answers_stops_at_the_deadline(silent_server) -> None:
    url, _ = silent_server
    started = time.monotonic()
    with pytest.raises(FetchError, match="did not send the page within 1 seconds"):
        fetch_article(url, timeout=1)
    assert time.monotonic() - started < 3


def test_a_body_trickled_forever_stops_at_the_total_deadline(site: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match="within 1.5 seconds"):
        fetch_article(f"{site}/trickle", timeout=1.5)
    assert time.monotonic() - started < 4  # each read gets a byte: only the deadline can stop it


def test_headers_trickled_forever_stop_at_the_total_deadline(header_trickler: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match="within 1 seconds"):
        fetch_article(header_trickler, timeout=1)
    assert time.monotonic() - started < 3


def test_a_refused_connection_is_one_sentence() -> None:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens there now
    url = f"http://127.0.0.1:{port}/news"
    with pytest.raises(FetchError, match="refused the connection") as caught:
        fetch_article(url)
    assert url in str(caught.value)


def test_an_unknown_server_says_to_check_the_address_or_the_connection() -> None:
    url = "https://news.example.invalid/2025/03/visit"  # .invalid never resolves (RFC 6761)
    with pytest.raises(FetchError) as caught:
        fetch_article(url, timeout=5)
    assert str(caught.value) == (f"Dragoman could not find the server of {url}; check the address, "
                                 "or whether this computer is online.")


@pytest.mark.parametrize("where", ["ftp://127.0.0.1/article.txt", "file:///etc/hostname"])
def test_only_web_addresses_are_fetched(where: str) -> None:
    with pytest.raises(FetchError, match="is not a web address") as caught:
        fetch_article(where)
    assert str(caught.value).startswith(where)
    assert isinstance(caught.value, ArticleError)


def test_addresses_are_told_from_paths() -> None:
    assert is_address("https://example.org/a") and is_address("HTTP://x") and is_address("ftp://x")
    assert not is_address("news/https-article.txt") and not is_address("C:\\news\\a.txt")


def _main(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(REPO / "main.py"), *args], capture_output=True, text=True,
                          timeout=120, cwd=REPO, env=os.environ.copy())


def test_analyze_url_prints_the_analysis_with_the_address_as_source(site: str) -> None:
    url = f"{site}/moved"
    result = _main("analyze", url, "--json", "--no-translate")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["source"] == url and data["language"] == "kk"
    assert any(o["name_en"] == "Kassym-Jomart Tokayev" for o in data["officials"])


@pytest.mark.parametrize("url", ["https://news.example.invalid/a//b", "http://127.0.0.1:9/x"])
def test_analyze_a_failing_address_is_one_sentence_with_the_address_as_given(url: str) -> None:
    result = _main("analyze", url)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stdout == ""
    message = result.stderr.strip()
    assert "\n" not in message and url in message, message


def test_article_load_fetches_an_address_and_never_folds_its_slashes(site: str) -> None:
    from dragoman import article

    url = f"{site}/page.html"
    assert article.load(url).source == url
    with pytest.raises(ArticleError) as caught:
        article.load("ftp://archive.example//2025/visit.txt")
    assert str(caught.value).startswith("ftp://archive.example//2025/visit.txt is not a web address")
