"""`dragoman batch` and `dragoman library ...` as a person runs them (real processes)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from batch_corpus import write_corpus
from library_fixtures import AR_XI, KK_XI

REPO = Path(__file__).resolve().parents[2]


def run(home: Path, *args: str, timeout: float = 240) -> subprocess.CompletedProcess:
    env = dict(os.environ, DRAGOMAN_HOME=str(home), PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, str(REPO / "main.py"), *args], capture_output=True, text=True,
                          env=env, timeout=timeout, cwd=REPO)


@pytest.fixture
def home(tmp_path):
    return tmp_path / "home"


def test_batch_stores_refuses_and_skips(tmp_path, home):
    folder = tmp_path / "news"
    write_corpus(folder / "deep" / "er", 4)
    (folder / "kk-xi.txt").write_text(KK_XI, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4 not read by batch")  # not a type batch reads
    first = run(home, "batch", str(folder), str(tmp_path / "missing.txt"), "--no-translate")
    assert first.returncode == 1, first.stderr
    assert "empty.txt" in first.stderr and "is empty" in first.stderr
    assert "missing.txt" in first.stderr and "There is no file or folder" in first.stderr
    assert "notes.pdf" not in first.stderr
    assert "batch: analysed 5, refused 2." in first.stderr
    assert "Traceback" not in first.stderr
    listing = json.loads(run(home, "library", "list", "--json").stdout)
    assert len(listing) == 5
    again = run(home, "batch", str(folder / "deep"), str(folder / "kk-xi.txt"), "--no-translate")
    assert again.returncode == 0, again.stderr
    assert "batch: analysed 0, skipped 5 unchanged." in again.stderr
    # Translating is another models key: everything is analysed again, nothing duplicated.
    translated = run(home, "batch", str(folder / "kk-xi.txt"))
    assert translated.returncode == 0 and "analysed 1" in translated.stderr
    assert len(json.loads(run(home, "library", "list", "--json").stdout)) == 5


def test_batch_bad_arguments_exit_2(home):
    for args in (["batch"], ["batch", "x", "--jobs", "0"], ["batch", "x", "--jobs", "many"]):
        result = run(home, *args)
        assert result.returncode == 2 and "Traceback" not in result.stderr


def test_jobs_two_gives_the_same_library(tmp_path):
    folder = tmp_path / "news"
    write_corpus(folder, 6)
    one, two = tmp_path / "one", tmp_path / "two"
    assert run(one, "batch", str(folder), "--no-translate").returncode == 0
    result = run(two, "batch", str(folder), "--no-translate", "--jobs", "2")
    assert result.returncode == 0, result.stderr
    rows = [sorted((r["source"], r["title"], r["date"], r["officials"])
                   for r in json.loads(run(h, "library", "list", "--json").stdout)) for h in (one, two)]
    assert rows[0] == rows[1] and len(rows[0]) == 6


def test_library_search_official_and_list(tmp_path, home):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "kk.txt").write_text(KK_XI, encoding="utf-8")
    (folder / "ar.txt").write_text(AR_XI, encoding="utf-8")
    write_corpus(folder, 3)
    assert run(home, "batch", str(folder), "--no-translate").returncode == 0
    hits = json.loads(run(home, "library", "search", "Xi", "Jinping", "--json").stdout)
    assert sorted(Path(h["source"]).name for h in hits) == ["ar.txt", "kk.txt"]
    human = run(home, "library", "search", "Xi Jinping", "--language", "kk")
    assert human.returncode == 0
    lines = human.stdout.strip().splitlines()
    assert len(lines) == 1 and str(folder / "kk.txt") in lines[0] and "2025-04-05" in lines[0]
    assert "[Си] [Цзиньпин]" in lines[0]
    none = run(home, "library", "search", "Xi Jinping", "--since", "2030-01-01")
    assert none.returncode == 1 and none.stdout == "" and "no article" in none.stderr
    assert run(home, "library", "search", "x", "--since", "soon").returncode == 2
    dossier = json.loads(run(home, "library", "official", "شي جين بينغ", "--json").stdout)
    assert dossier["name_en"] == "Xi Jinping" and len(dossier["articles"]) == 2
    human = run(home, "library", "official", "Xi Jinping").stdout
    assert "Си Цзиньпин" in human and "appears with: Kassym-Jomart Tokayev (1)" in human
    stranger = run(home, "library", "official", "Nobody Atall")
    assert stranger.returncode == 1 and "No article in the library mentions Nobody Atall" in stranger.stderr
    listing = run(home, "library", "list").stdout.strip().splitlines()
    assert len(listing) == 5 and any("Қытай Төрағасы Астанаға келді" in line for line in listing)


def test_a_damaged_library_is_one_sentence_and_exit_2(tmp_path, home):
    home.mkdir(parents=True)
    (home / "library.sqlite").write_bytes(b"this is not a database at all, just words" * 10)
    result = run(home, "library", "list")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "damaged" in result.stderr and "library.sqlite.damaged-" in result.stderr
    assert len(list(home.glob("library.sqlite.damaged-*"))) == 1
