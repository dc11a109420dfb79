"""`python main.py analyze` as a person runs it: a real process, real files, the JSON contract."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "dragoman" / "resources" / "samples"


def run_main(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(REPO / "main.py"), *args], capture_output=True,
                          text=True, timeout=timeout, env=os.environ.copy(), cwd=REPO)


def assert_one_sentence_error(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    message = result.stderr.strip()
    assert message and "\n" not in message, message
    assert result.stdout == ""


@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLES.glob("*.txt")))
def test_analyze_json_has_the_contract_keys_with_their_meanings(sample: str) -> None:
    path = SAMPLES / sample
    text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    result = run_main("analyze", str(path), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    for key in ("language", "sentences", "translation", "summary", "quotes", "officials"):
        assert key in data
    assert data["language"] == sample[:2]
    ids = [s["id"] for s in data["sentences"]]
    assert ids == list(range(len(ids))) and ids
    for s in data["sentences"]:
        assert text[s["start"]:s["end"]] == s["text"]
        assert "translation" in s
    assert {"model", "demo", "complete"} <= set(data["translation"])
    assert set(data["summary"]["sentence_ids"]) <= set(ids)
    assert data["summary"]["sentence_ids"] == sorted(data["summary"]["sentence_ids"])
    for quote in data["quotes"]:
        assert text[quote["start"]:quote["end"]] == quote["text"]
        assert {"speaker", "speaker_en", "translation"} <= set(quote)
    for official in data["officials"]:
        assert official["name"] and official["name_en"]
        for mention in official["mentions"]:
            assert text[mention["start"]:mention["end"]] == mention["text"]


def test_analyze_without_json_prints_a_readable_report() -> None:
    result = run_main("analyze", str(SAMPLES / "en-summit.txt"), "--no-translate")
    assert result.returncode == 0, result.stderr
    assert "Language: English (en)" in result.stdout
    assert "Summary (lexrank" in result.stdout
    assert "Key quotes (" in result.stdout and "Officials (" in result.stdout


def test_without_a_model_translations_are_null_and_the_rest_still_works(tmp_path: Path) -> None:
    # Kazakh has only the bundled demo model; --no-translate stands for "no model" without
    # touching the bundled packages, and must leave every other part of the analysis intact.
    result = run_main("analyze", str(SAMPLES / "kk-official-visit.txt"), "--json", "--no-translate")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert all(s["translation"] is None for s in data["sentences"])
    assert data["translation"]["complete"] is False
    assert data["summary"]["sentence_ids"]
    assert data["officials"]


def test_unsupported_language_is_analysed_as_far_as_possible_and_said(tmp_path: Path) -> None:
    path = tmp_path / "uk.txt"
    path.write_text(
        "Міністр закордонних справ України провів переговори з колегою з Польщі у Варшаві. "
        "Сторони обговорили питання енергетичної безпеки та розвиток транспортних коридорів. "
        "Після зустрічі міністри підписали спільну заяву про співпрацю.\n", encoding="utf-8")
    result = run_main("analyze", str(path), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["language"] == "uk"
    assert data["language_supported"] is False
    assert data["sentences"] and all(s["translation"] is None for s in data["sentences"])
    assert "Ukrainian" in result.stderr


def _png(path: Path) -> Path:
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    return path


def _zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.bin", bytes(range(256)))
    return path


@pytest.mark.parametrize("make", [
    lambda d: d / "missing.txt",
    lambda d: d,
    lambda d: (d / "empty.txt").write_bytes(b"") or d / "empty.txt",
    lambda d: (d / "blank.txt").write_text(" \n\t\n") or d / "blank.txt",
    lambda d: _png(d / "photo.txt"),
    lambda d: _zip(d / "archive.zip"),
], ids=["missing", "directory", "empty", "whitespace", "png", "zip"])
def test_bad_input_is_one_sentence_and_exit_2(tmp_path: Path, make) -> None:
    assert_one_sentence_error(run_main("analyze", str(make(tmp_path)), "--json"))


def test_a_file_over_the_size_limit_is_refused_but_a_1_mb_article_is_read(tmp_path: Path) -> None:
    from dragoman.article.load import MAX_FILE_BYTES

    paragraph = (SAMPLES / "en-summit.txt").read_text(encoding="utf-8").strip() + "\n\n"
    big = tmp_path / "big.txt"
    big.write_text(paragraph * (1_000_000 // len(paragraph.encode()) + 1), encoding="utf-8")
    assert big.stat().st_size >= 1_000_000
    ok = run_main("analyze", str(big), "--no-translate", timeout=300)
    assert ok.returncode == 0, ok.stderr
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)
    assert_one_sentence_error(run_main("analyze", str(huge)))


def test_bad_options_are_one_sentence_too() -> None:
    sample = str(SAMPLES / "en-summit.txt")
    assert_one_sentence_error(run_main("analyze", sample, "--algorithm", "magic"))
    result = run_main("analyze", sample, "--length", "0")
    assert result.returncode == 2 and "Traceback" not in result.stderr
