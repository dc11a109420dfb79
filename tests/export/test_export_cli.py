"""``main.py export`` as a person runs it: real processes, real files, a real library; every
refusal one sentence and exit 2, and a failed export never leaves a broken or partial OUT."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dragoman.article.paths import RESOURCES
from dragoman.export import ExportError
from dragoman.export.output import write_atomically

REPO = Path(__file__).resolve().parents[2]
KAZAKH = RESOURCES / "samples" / "kk-official-visit.txt"
ARABIC = RESOURCES / "samples" / "ar-talks.txt"


def run_main(*args: str, home: Path | None = None, env: dict[str, str] | None = None):
    environment = {**os.environ, **(env or {})}
    if home is not None:
        environment["DRAGOMAN_HOME"] = str(home)
    return subprocess.run([sys.executable, str(REPO / "main.py"), *args], capture_output=True, text=True,
                          timeout=180, cwd=REPO, env=environment)


def assert_one_sentence(result, *, says: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if not line.startswith("note: ")]
    assert len(lines) == 1 and says in lines[0], result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("fmt", ["md", "html", "json", "docx", "pdf"])
def test_export_writes_each_format(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"visit.{fmt}"
    # No QT_QPA_PLATFORM: the command makes its own offscreen application to print the PDF.
    environment = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    result = subprocess.run([sys.executable, str(REPO / "main.py"), "export", str(KAZAKH), "--format", fmt,
                             "-o", str(out)], capture_output=True, text=True, timeout=180, cwd=REPO,
                            env=environment)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote {out}"
    data = out.read_bytes()
    magic = {"pdf": b"%PDF-", "docx": b"PK\x03\x04", "json": b"{", "html": b"<!DOCTYPE html>", "md": b"# "}
    assert data.startswith(magic[fmt])
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left beside it
    if fmt in ("md", "html"):
        assert "Қасым-Жомарт Тоқаев" in data.decode("utf-8")


def test_the_format_follows_the_suffix_and_the_layout_is_chosen(tmp_path: Path) -> None:
    out = tmp_path / "talks.md"
    result = run_main("export", str(ARABIC), "-o", str(out), "--layout", "interleaved", "--no-translate")
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "| Source | English |" not in text and "مصر وقازاقستان" in text
    assert "— source language, not translated" in text


def test_export_reads_an_analysis_written_by_analyze_json(tmp_path: Path) -> None:
    analysed = run_main("analyze", str(KAZAKH), "--json")
    assert analysed.returncode == 0, analysed.stderr
    saved = tmp_path / "visit.json"
    saved.write_text(analysed.stdout, encoding="utf-8")
    out = tmp_path / "again.json"
    result = run_main("export", str(saved), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(analysed.stdout)
    md = tmp_path / "visit.md"
    assert run_main("export", str(saved), "-o", str(md)).returncode == 0
    text = md.read_text(encoding="utf-8")
    assert text.startswith("# Қасым-Жомарт Тоқаев Италия Сыртқы істер министрі Лоренцо Бианкиді қабылдады")
    assert json.loads(analysed.stdout)["sentences"][3]["text"] in text


def test_export_by_library_number_and_a_dossier(tmp_path: Path) -> None:
    home = tmp_path / "home"
    stored = run_main("batch", str(KAZAKH), str(ARABIC), home=home)
    assert stored.returncode == 0, stored.stderr
    listed = json.loads(run_main("library", "list", "--json", home=home).stdout)
    kazakh_id = next(row["id"] for row in listed if row["language"] == "kk")
    out = tmp_path / "stored.md"
    result = run_main("export", str(kazakh_id), "-o", str(out), home=home)
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("# Қасым-Жомарт Тоқаев")
    dossier = tmp_path / "tokayev.html"
    result = run_main("export", "--dossier", "Kassym-Jomart Tokayev", "-o", str(dossier), home=home)
    assert result.returncode == 0, result.stderr
    assert "Тоқаев" in dossier.read_text(encoding="utf-8")
    assert_one_sentence(run_main("export", "99999", "-o", str(tmp_path / "x.md"), home=home),
                        says="There is no article 99999 in the library")
    assert_one_sentence(run_main("export", "--dossier", "Nobody Atall", "-o", str(tmp_path / "x.md"), home=home),
                        says="Nobody Atall")


def test_a_missing_folder_is_one_sentence_and_nothing_is_analysed(tmp_path: Path) -> None:
    out = tmp_path / "no" / "such" / "visit.pdf"
    assert_one_sentence(run_main("export", str(KAZAKH), "-o", str(out)),
                        says=f"There is no folder {out.parent} to write visit.pdf in")


def test_out_that_is_a_folder_or_under_a_file_is_one_sentence(tmp_path: Path) -> None:
    assert_one_sentence(run_main("export", str(KAZAKH), "--format", "md", "-o", str(tmp_path)),
                        says=f"{tmp_path} is a folder")
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x", encoding="utf-8")
    assert_one_sentence(run_main("export", str(KAZAKH), "-o", str(a_file / "visit.md")),
                        says=f"{a_file} is a file, not a folder")


def test_an_unwritable_folder_is_one_sentence() -> None:
    # /sys refuses new files even to root, where a chmod'ed folder would not
    assert_one_sentence(run_main("export", str(KAZAKH), "-o", "/sys/visit.md"),
                        says="Dragoman cannot write to /sys (permission denied); choose another folder.")


def test_bad_arguments_are_one_sentence(tmp_path: Path) -> None:
    assert_one_sentence(run_main("export", str(KAZAKH), "-o", str(tmp_path / "visit")),
                        says="say which format to write visit in")
    assert_one_sentence(run_main("export", "-o", str(tmp_path / "a.md")), says="give one article")
    assert_one_sentence(run_main("export", str(KAZAKH), "--dossier", "X", "-o", str(tmp_path / "a.md")),
                        says="give one article")
    broken = tmp_path / "broken.json"
    broken.write_text('{"sentences": [', encoding="utf-8")
    assert_one_sentence(run_main("export", str(broken), "-o", str(tmp_path / "a.md")),
                        says="is not an analysis written by `analyze --json`")
    assert_one_sentence(run_main("export", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "a.md")),
                        says=f"There is no file at {tmp_path / 'missing.txt'}")
    assert list(p.name for p in tmp_path.iterdir()) == ["broken.json"]


def test_a_write_that_fails_midway_keeps_the_old_file_and_leaves_no_part(tmp_path: Path) -> None:
    out = tmp_path / "visit.md"
    out.write_text("the export of last week\n", encoding="utf-8")

    def half_then_full_disk(temp: Path) -> None:
        temp.write_text("# half an exp", encoding="utf-8")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(ExportError, match="The disk is full, so visit.md was not written"):
        write_atomically(out, half_then_full_disk)
    assert out.read_text(encoding="utf-8") == "the export of last week\n"
    assert [p.name for p in tmp_path.iterdir()] == ["visit.md"]
