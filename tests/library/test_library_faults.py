"""Faults: a damaged or locked library, a kill mid-batch, two writers at once, a full disk."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from batch_corpus import write_corpus
from library_fixtures import AR_XI, EN_WIRE, KK_XI, RU_PLAIN, analysed

from dragoman.library import Library, LibraryError

REPO = Path(__file__).resolve().parents[2]


def _filled(path: Path) -> Library:
    lib = Library(path)
    for i, text in enumerate((KK_XI, AR_XI, RU_PLAIN, EN_WIRE)):
        doc, analysis = analysed(text, f"{i}.txt")
        lib.store(doc, analysis, source=f"{i}.txt")
    return lib


def _consistent(path: Path) -> int:
    """The number of articles, after checking every one is whole (row, index row, officials)."""
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        articles = db.execute("SELECT id, officials, quotes FROM articles").fetchall()
        fts = {r[0] for r in db.execute("SELECT rowid FROM fts")}
        assert fts == {a[0] for a in articles}
        for article_id, officials, quotes in articles:
            count = db.execute("SELECT count(*) FROM officials WHERE article_id = ?", (article_id,)).fetchone()[0]
            assert count == officials
            assert db.execute("SELECT count(*) FROM quotes WHERE article_id = ?", (article_id,)).fetchone()[0] == quotes
        return len(articles)
    finally:
        db.close()


def test_garbage_file_is_set_aside_not_replaced(tmp_path):
    path = tmp_path / "library.sqlite"
    garbage = os.urandom(5000)
    path.write_bytes(garbage)
    with pytest.raises(LibraryError) as raised:
        Library(path)
    message = str(raised.value)
    assert "damaged" in message and "moved it to library.sqlite.damaged-" in message and "\n" not in message
    aside = list(tmp_path.glob("library.sqlite.damaged-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == garbage
    assert not path.exists()  # nothing silently put in its place; the next open starts anew
    with Library(path) as fresh:
        assert fresh.count() == 0


def test_truncated_library_is_set_aside(tmp_path):
    path = tmp_path / "library.sqlite"
    lib = _filled(path)
    lib.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    lib.close()
    data = path.read_bytes()
    assert len(data) > 8 * 4096
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(LibraryError, match="cut short"):
        Library(path)
    aside = list(tmp_path.glob("library.sqlite.damaged-*"))
    assert [p.read_bytes() for p in aside if not p.name.endswith(("-wal", "-shm"))] == [data[: len(data) // 2]]


def test_library_mid_checkpoint_is_not_set_aside(tmp_path):
    # Another connection is checkpointing: the file's header already counts pages the file does
    # not hold yet, while the log still holds them all. A second opening (the window's test, the
    # command line) must not call the library cut short.
    path = tmp_path / "library.sqlite"
    writer = _filled(path)
    assert path.with_name("library.sqlite-wal").stat().st_size > 0  # the latest pages are in the log
    data = bytearray(path.read_bytes())
    pages = int.from_bytes(data[28:32], "big")
    data[28:32] = (pages + 4).to_bytes(4, "big")
    path.write_bytes(bytes(data))
    with Library(path) as reader:
        assert reader.count() == 4
    assert not list(tmp_path.glob("library.sqlite.damaged-*"))
    writer.close()


def test_locked_library_waits_then_says_so(tmp_path):
    path = tmp_path / "library.sqlite"
    _filled(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        lib = Library(path, timeout=0.5)
        doc, analysis = analysed(KK_XI.replace("келді", "оралды"), "new.txt")
        started = time.monotonic()
        with pytest.raises(LibraryError, match="in use by another program") as raised:
            lib.store(doc, analysis, source="new.txt")
        waited = time.monotonic() - started
        assert 0.4 <= waited < 5 and "\n" not in str(raised.value)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert lib.count() == 4
    lib.store(doc, analysis, source="new.txt")  # once free, the same store goes through
    assert lib.count() == 5
    lib.close()


def test_full_disk_stores_nothing_half(tmp_path):
    path = tmp_path / "library.sqlite"
    lib = _filled(path)
    pages = lib.db.query("PRAGMA page_count")[0][0]
    lib.db.conn.execute(f"PRAGMA max_page_count = {pages}")
    doc, analysis = analysed(RU_PLAIN + ("Аким области Даурен Серикбаев открыл ещё одну школу. " * 400), "big.txt")
    with pytest.raises(LibraryError, match="disk is full"):
        lib.store(doc, analysis, source="big.txt")
    assert lib.count() == 4 and lib.find(source="big.txt") is None
    lib.db.conn.execute("PRAGMA max_page_count = 1073741823")
    assert lib.get(lib.store(doc, analysis, source="big.txt")).text == doc.text
    lib.close()
    assert _consistent(path) == 5


def _batch(home: Path, *paths: Path) -> subprocess.Popen:
    env = dict(os.environ, DRAGOMAN_HOME=str(home), PYTHONPATH=str(REPO))
    return subprocess.Popen([sys.executable, str(REPO / "main.py"), "batch", *map(str, paths), "--no-translate"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)


def _count(path: Path) -> int:
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            return db.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            db.close()
    except sqlite3.Error:
        return 0  # not created yet


def test_kill_mid_batch_loses_nothing_and_the_rerun_completes(tmp_path):
    home, folder = tmp_path / "home", tmp_path / "news"
    write_corpus(folder, 40)
    path = home / "library.sqlite"
    child = _batch(home, folder)
    deadline = time.monotonic() + 180
    while _count(path) < 3 and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.02)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    stored = _consistent(path)
    assert 3 <= stored < 40, "the batch should have been killed midway"
    rerun = _batch(home, folder)
    _, err = rerun.communicate(timeout=240)
    assert rerun.returncode == 0, err
    assert f"skipped {stored} unchanged" in err
    assert _consistent(path) == 40


def test_two_writers_at_once_lose_and_duplicate_nothing(tmp_path):
    home = tmp_path / "home"
    first, second = tmp_path / "a", tmp_path / "b"
    write_corpus(first, 16, start=0)
    write_corpus(second, 16, start=8)  # 8 articles in both folders
    path = home / "library.sqlite"
    Library(path).close()
    writers = [_batch(home, first), _batch(home, second)]
    # and a third writer in this process, as the window would be
    with Library(path) as window:
        for i, text in enumerate((KK_XI, AR_XI)):
            doc, analysis = analysed(text, f"window-{i}.txt")
            window.store(doc, analysis, source=f"window-{i}.txt")
    for writer in writers:
        _, err = writer.communicate(timeout=240)
        assert writer.returncode == 0, err
    assert _consistent(path) == 24 + 2
