"""Downloads against a real HTTP server on 127.0.0.1: index, package, progress, cancel, 404, offline."""

from __future__ import annotations

import json
import socket
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from dragoman.translate import manager
from dragoman.translate.errors import DownloadCancelled, PackageError


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep test output clean
        pass


@pytest.fixture
def server(tmp_path: Path, make_variant):
    """Serves index.json (an ar→en package at two versions, and a dead link) and the package files."""
    root = tmp_path / "www"
    root.mkdir()
    newer = make_variant("ar-en", top="translate-ar_en-1_9", package_version="1.9", dragoman_demo=None)
    newer.replace(root / "ar_en.argosmodel")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(root)))
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    index = [
        {"type": "translate", "from_code": "ar", "to_code": "en", "from_name": "Arabic", "to_name": "English",
         "package_version": "1.0", "links": [f"{base}/old.argosmodel"]},
        {"type": "translate", "from_code": "ar", "to_code": "en", "from_name": "Arabic", "to_name": "English",
         "package_version": "1.9", "links": [f"{base}/ar_en.argosmodel"]},
        {"type": "translate", "from_code": "de", "to_code": "en", "package_version": "1.0",
         "links": [f"{base}/gone.argosmodel"]},
        {"type": "sbd", "from_code": "xx", "package_version": "1.0", "links": []},
    ]
    (root / "index.json").write_text(json.dumps(index))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base
    httpd.shutdown()
    httpd.server_close()


def test_fetch_index_lists_translation_packages(server, argos_dir):
    offers = manager.fetch_index(f"{server}/index.json")
    assert [(p.from_code, p.to_code, p.version) for p in offers] == [
        ("ar", "en", "1.0"), ("ar", "en", "1.9"), ("de", "en", "1.0")]
    assert offers[2].from_name == "German"  # named from our language table when the index does not say


def test_download_installs_the_newest_with_progress(server, argos_dir):
    seen: list[tuple[int, int]] = []
    info = manager.download_package("ar", "en", index_url=f"{server}/index.json",
                                    progress=lambda d, t: seen.append((d, t)))
    assert (info.from_code, info.to_code, info.version) == ("ar", "en", "1.9")
    assert not info.demo
    assert info.path.parent == argos_dir
    done, total = seen[-1]
    assert seen[0][0] == 0 and done == total > 1_000_000  # the last call: every byte of a known total
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_index_address_from_the_environment(server, argos_dir, monkeypatch):
    monkeypatch.setenv("DRAGOMAN_PACKAGE_INDEX", f"{server}/index.json")
    assert manager.download_package("ar", "en").version == "1.9"


def test_argos_own_index_setting_is_honoured(server, argos_dir, monkeypatch):
    monkeypatch.delenv("DRAGOMAN_PACKAGE_INDEX", raising=False)
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", f"{server}/")
    assert [p.version for p in manager.fetch_index()][:2] == ["1.0", "1.9"]


def test_cancel_leaves_nothing(server, argos_dir):
    calls = []

    def progress(done: int, total: int) -> None:
        calls.append(done)

    with pytest.raises(DownloadCancelled, match="cancelled"):
        manager.download_package("ar", "en", index_url=f"{server}/index.json", progress=progress,
                                 cancel=lambda: len(calls) >= 2)
    assert manager.list_packages(include_demo=False) == []
    assert not [p for p in argos_dir.parent.iterdir() if p.name.startswith(".dragoman-")]


def test_a_404_names_the_address(server, argos_dir):
    with pytest.raises(PackageError, match="404"):
        manager.download_package("de", "en", index_url=f"{server}/index.json")
    with pytest.raises(PackageError, match="404"):
        manager.fetch_index(f"{server}/no-such-index.json")
    assert list(argos_dir.iterdir()) == []


def test_a_pair_the_index_lacks(server, argos_dir):
    with pytest.raises(PackageError, match="has no Kazakh→English package"):
        manager.download_package("kk", "en", index_url=f"{server}/index.json")


def test_offline_is_said_quickly(argos_dir):
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    started = time.monotonic()
    with pytest.raises(PackageError) as caught:
        manager.fetch_index(f"http://127.0.0.1:{port}/index.json")
    assert time.monotonic() - started < 3
    assert "offline" in str(caught.value) and "connection refused" in str(caught.value)


def test_a_server_that_never_answers_times_out(argos_dir):
    with socket.socket() as silent:  # listens, never replies
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        started = time.monotonic()
        with pytest.raises(PackageError, match="timed out"):
            manager.fetch_index(f"http://127.0.0.1:{silent.getsockname()[1]}/index.json", timeout=1.0)
        assert time.monotonic() - started < 5


def test_index_that_is_not_json(server, argos_dir):
    with pytest.raises(PackageError, match="not valid JSON"):
        manager.fetch_index(f"{server}/ar_en.argosmodel")


def test_models_download_command(server, argos_dir, capsys):
    import argparse

    from dragoman.translate.cli import add_models_parser, run_models

    parser = argparse.ArgumentParser()
    add_models_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["models", "download", "ar", "en", "--index", f"{server}/index.json"])
    assert run_models(args) == 0
    out, err = capsys.readouterr()
    assert "Installed Arabic → English 1.9 as translate-ar_en-1_9." in out
    assert "Downloading:" in err and err.endswith("\n")


class LoopingHandler(QuietHandler):
    """Every address redirects to itself."""

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.send_response(302)
        self.send_header("Location", self.path)
        self.end_headers()


def test_a_redirect_loop_is_one_sentence():
    from dragoman.translate.index import fetch_index

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), LoopingHandler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{httpd.server_address[1]}/index.json"
        with pytest.raises(PackageError) as raised:
            fetch_index(url)
        message = str(raised.value)
        assert "\n" not in message and "redirects in a loop" in message and url in message
    finally:
        httpd.shutdown()
        httpd.server_close()
