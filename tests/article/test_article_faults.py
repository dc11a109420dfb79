"""Issue 12: files that are not regular files, links that lead nowhere, messages on one line.

Every case runs in a worker thread with a deadline, so a regression shows as a failure
("did not finish") instead of hanging the suite.
"""

from __future__ import annotations

import os
import socket
import threading
from pathlib import Path

import pytest

from dragoman.article.english_file import EnglishFileError
from dragoman.article.load import load_file
from dragoman.article.model import ArticleError
from dragoman.article.reading import read_regular_file

DEADLINE_S = 10


def _outcome(call, *args):
    """What ``call(*args)`` raised or returned, within DEADLINE_S (else the test fails)."""
    result: dict[str, object] = {}

    def run() -> None:
        try:
            result["value"] = call(*args)
        except BaseException as exc:  # noqa: BLE001 - the test inspects it
            result["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(DEADLINE_S)
    assert not worker.is_alive(), f"{call.__name__}{args} did not finish in {DEADLINE_S} s"
    return result


def _refusal(path: Path) -> str:
    outcome = _outcome(load_file, path)
    error = outcome.get("error")
    assert isinstance(error, ArticleError), outcome
    message = str(error)
    assert "\n" not in message and message.endswith("."), message
    return message


def test_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)
    message = _refusal(fifo)
    assert "is not a regular file" in message and "FIFO" in message


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_devices_are_refused(device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"{device} does not exist on this system")
    message = _refusal(Path(device))
    assert "is not a regular file" in message and "device" in message


def test_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(path))
        assert "socket" in _refusal(path)
    finally:
        server.close()


def test_a_file_whose_size_lies_is_read_only_up_to_the_limit() -> None:
    """/proc files are regular and say they hold 0 bytes, whatever they hold."""
    maps = Path("/proc/self/maps")
    if not maps.exists() or maps.stat().st_size != 0:
        pytest.skip("no /proc file that reports size 0 on this system")
    outcome = _outcome(read_regular_file, maps, 16)
    assert isinstance(outcome.get("error"), ArticleError), outcome
    assert "is over" in str(outcome["error"])
    assert len(read_regular_file(maps, 1 << 20)) > 16  # under the limit it is read whole


def test_symlink_loop_says_what_it_is(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.symlink_to(second)
    second.symlink_to(first)
    message = _refusal(first)
    assert "link" in message and "loop" in message and "There is no file" not in message


def test_dangling_link_says_what_it_is(tmp_path: Path) -> None:
    link = tmp_path / "article.txt"
    link.symlink_to(tmp_path / "gone.txt")
    assert "link to a file that no longer exists" in _refusal(link)


def test_missing_file_and_folder_keep_their_sentences(tmp_path: Path) -> None:
    assert _refusal(tmp_path / "nowhere.txt").startswith("There is no file at")
    assert "is a folder" in _refusal(tmp_path)


def test_english_file_is_read_the_same_safe_way(tmp_path: Path) -> None:
    from dragoman.article.english_file import _text

    fifo = tmp_path / "english.txt"
    os.mkfifo(fifo)
    outcome = _outcome(_text, fifo)
    assert isinstance(outcome.get("error"), EnglishFileError), outcome
    assert "is not a regular file" in str(outcome["error"])
    assert "English" in str(_outcome(_text, tmp_path / "none.txt")["error"])


def test_file_name_with_line_breaks_still_gives_one_line(tmp_path: Path) -> None:
    path = tmp_path / "line one\nline two\r\nthree.txt"
    path.write_bytes(b"")
    message = _refusal(path)
    assert "empty" in message and "\r" not in message


def test_every_article_error_is_one_line() -> None:
    urllib_style = ("The HTTP server returned a redirect error that would lead to an infinite loop.\n"
                    "The last 30x error message was:\nFound")
    message = str(ArticleError(urllib_style))
    assert "\n" not in message and message.startswith("The HTTP server") and message.endswith("Found")
    assert str(EnglishFileError("a\n\n  b")) == "a b"


def test_unreadable_file_says_permission(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("running as root, which reads files whatever their permissions")
    path = tmp_path / "secret.txt"
    path.write_text("Министр сказал.", encoding="utf-8")
    path.chmod(0)
    try:
        assert "permission" in _refusal(path)
    finally:
        path.chmod(0o600)
