"""The batch in-process: its progress on a terminal and in a log, and threads sharing one library."""

from __future__ import annotations

import io
import threading

from batch_corpus import write_corpus
from library_fixtures import AR_XI, KK_XI, analysed

from dragoman.library import Library
from dragoman.library.batch import Progress, collect, run_batch


class Terminal(io.StringIO):
    """Records what is written, and answers as a terminal does."""

    def isatty(self) -> bool:
        return True


def test_progress_is_one_bar_on_a_terminal_and_lines_otherwise():
    terminal, log = Terminal(), io.StringIO()
    for stream in (terminal, log):
        progress = Progress(4, stream)
        for name in ("a.txt", "b.txt", "c.txt", "d.txt"):
            progress.step(f"/news/{name}", "analysed")
        progress.finish()
    assert terminal.getvalue().count("\r[") == 4 and terminal.getvalue().count("\n") == 1
    assert "[" + "#" * 30 + "] 4/4 d.txt" in terminal.getvalue()
    assert log.getvalue().splitlines() == [f"batch: {i}/4 analysed /news/{n}.txt" for i, n in
                                           zip(range(1, 5), "abcd")]


def test_collect_recurses_sorts_and_skips_hidden(tmp_path):
    write_corpus(tmp_path / "b", 2)
    write_corpus(tmp_path / "a" / ".hidden", 1)
    (tmp_path / "a" / "page.HTML").write_text("<html><body><p>Text.</p></body></html>", encoding="utf-8")
    (tmp_path / "a" / "image.png").write_bytes(b"\x89PNG")
    files, refused = collect([str(tmp_path), str(tmp_path / "b"), str(tmp_path / "nope")])
    assert [f.relative_to(tmp_path).as_posix() for f in files] == [
        "a/page.HTML", "b/article-000.txt", "b/article-001.txt"]
    assert refused == [(str(tmp_path / "nope"), f"There is no file or folder at {tmp_path / 'nope'}.")]


def test_run_batch_counts(tmp_path):
    write_corpus(tmp_path / "news", 3)
    (tmp_path / "news" / "empty.txt").write_text(" \n", encoding="utf-8")
    with Library(tmp_path / "library.sqlite") as lib:
        first = run_batch([str(tmp_path / "news")], translate=False, library=lib, stream=io.StringIO())
        assert (first.analysed, first.skipped, len(first.refused)) == (3, 0, 1)
        second = run_batch([str(tmp_path / "news")], translate=False, library=lib, stream=io.StringIO())
        assert (second.analysed, second.skipped, len(second.refused)) == (0, 3, 1)
        assert lib.count() == 3


def test_threads_share_one_library(tmp_path):
    with Library(tmp_path / "library.sqlite") as lib:
        pairs = [analysed(text.replace("2025", str(2000 + i)), f"{i}.txt") for i in range(6)
                 for text in (KK_XI, AR_XI)][:8]
        errors: list[BaseException] = []

        def store(part):
            try:
                for doc, analysis in part:
                    lib.store(doc, analysis, source=doc.source)
                    lib.search("Xi Jinping")
            except BaseException as error:  # noqa: BLE001 - reported below
                errors.append(error)

        threads = [threading.Thread(target=store, args=(pairs[i::2],)) for i in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert errors == [] and lib.count() == 8
