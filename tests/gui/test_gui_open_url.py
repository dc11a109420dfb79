"""File ▸ Open URL… against a real ``http.server`` on 127.0.0.1: an article page opens and is
analysed; a 404 is one sentence naming the address as typed; Cancel stops waiting at once."""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from dragoman.gui import messages

TIMEOUT_MS = 60_000

# Our own short article in the style of a wire report (never a real outlet's text).
PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Talks in Astana</title></head><body>
<nav>Home | World | Business</nav>
<article><h1>Ministers agree to expand rail freight between the two countries</h1>
<p>ASTANA, 3 June 2025. The foreign ministers of Kazakhstan and Italy met in Astana on Tuesday
and agreed to double the number of freight trains crossing the Caspian route by next spring.</p>
<p>Officials said the new timetable would cut the journey from Europe to Central Asia by four days,
and that customs checks would move to a single shared terminal at the port of Aktau.</p>
<p>"We want goods to move as fast as ideas," the minister told reporters after the meeting,
adding that a business forum would follow in Milan in the autumn.</p></article>
<footer>Contact us</footer></body></html>"""


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.path == "/article":
            body = PAGE.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def silent_server():
    """A server that accepts connections and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/slow"
    listener.close()  # the waiting fetch is reset at once instead of timing out


def test_an_address_opens_and_the_article_is_analysed(qtbot, window, server):
    dialog = window.library.open_url()
    address = f"{server}/article"
    qtbot.keyClicks(dialog.address, address)
    with qtbot.waitSignal(window.articleShown, timeout=TIMEOUT_MS):
        dialog.open_button.click()
    assert not dialog.isVisible()
    assert window.session.article.source == address
    assert "double the number of freight trains" in window.reader.source.text()
    assert "Contact us" not in window.reader.source.text()  # the page's frame is not the article


def test_a_missing_page_is_one_sentence_with_the_address_as_typed(qtbot, window, server):
    dialog = window.library.open_url()
    address = f"{server}/no-such-page?id=7"
    dialog.address.setText(address)
    with qtbot.waitSignal(dialog.failed, timeout=TIMEOUT_MS) as failed:
        dialog.open_button.click()
    text = failed.args[0]
    assert address in text
    assert "Something went wrong" not in text
    assert dialog.status.text() == text
    assert dialog.isVisible() and dialog.address.isEnabled() and not dialog.progress.isVisible()
    assert messages.bus().history[-1].text == text
    assert window.session.article is None


def test_cancel_stops_waiting_for_a_server_that_never_answers(qtbot, window, silent_server):
    dialog = window.library.open_url()
    dialog.address.setText(silent_server)
    dialog.open_button.click()
    assert dialog.progress.isVisible() and not dialog.address.isEnabled()
    assert dialog.cancel_button.text() == "Cancel"
    qtbot.wait(200)
    dialog.cancel_button.click()
    assert not dialog.progress.isVisible()  # at once, not when the fetch times out
    assert dialog.address.isEnabled()
    assert "Stopped" in dialog.status.text()
    assert window.session.article is None
