"""Bring your own English: read_english, apply_english and `main.py analyze --english`, with English
written for the Russian sample by hand (tests/data/english/) and real files of every bad kind."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dragoman import article, pipeline

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "dragoman" / "resources" / "samples"
RU = SAMPLES / "ru-briefing.txt"
RU_ENGLISH = REPO / "tests" / "data" / "english" / "ru-briefing.en.txt"


def english_lines() -> list[str]:
    return [line.strip() for line in RU_ENGLISH.read_text(encoding="utf-8").split("\n") if line.strip()]


def imported(tmp_path: Path, lines: list[str], name: str = "mine.txt"):
    doc = article.load(str(RU))
    path = tmp_path / name
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return doc, pipeline.analyze_with_english(doc, str(path))


def test_the_english_fills_sentences_quotes_and_summary(tmp_path: Path) -> None:
    doc, analysis = imported(tmp_path, english_lines())
    info = analysis.translation
    assert (info.model, info.family, info.english_file) == ("English from mine.txt", "file", "mine.txt")
    assert info.demo is False and info.complete is True
    assert all(s.translation for s in analysis.sentences)
    assert analysis.sentences[0].translation == english_lines()[0]
    # "Pavlodar, 12 September 2025. Press service of the akimat" splits as its source line does.
    assert analysis.sentences[1].translation == "Pavlodar, 12 September 2025."
    assert analysis.sentences[2].translation == "Press service of the akimat"
    assert analysis.summary.english
    assert analysis.summary.text == " ".join(analysis.sentences[i].translation for i in analysis.summary.sentence_ids)
    assert analysis.quotes
    for quote in analysis.quotes:
        assert quote.english_source == "sentences"
        assert quote.translation == " ".join(analysis.sentences[i].translation for i in quote.sentence_ids)
    assert not any("model" in note for note in analysis.notes)


def test_a_line_whose_english_splits_differently_goes_to_its_first_sentence(tmp_path: Path) -> None:
    lines = english_lines()
    lines[1] = "Pavlodar, 12 September 2025, from the akimat's press service"  # one English sentence
    doc, analysis = imported(tmp_path, lines)
    first, second = analysis.sentences[1], analysis.sentences[2]
    assert first.translation == lines[1] and first.english_with is None
    assert second.translation == "" and second.english_with == 1
    assert second.flags == [] and second.checks == []
    assert analysis.translation.complete is True


def test_the_summary_uses_a_neighbours_english_once(tmp_path: Path) -> None:
    lines = english_lines()
    lines[2] = lines[2].replace(". According", "; according")  # two source sentences, one English
    doc = article.load(str(RU))
    path = tmp_path / "e.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    options = pipeline.Options(length=1.0 - 1e-9)  # every content sentence
    analysis = pipeline.analyze_with_english(doc, str(path), options)
    assert analysis.sentences[4].english_with == 3
    assert {3, 4} <= set(analysis.summary.sentence_ids)
    assert analysis.summary.text.count(lines[2]) == 1


@pytest.mark.parametrize("content, message", [
    (lambda: "\n".join(english_lines()[:-1]).encode(), "has 10 non-empty lines; the article has 11."),
    (lambda: "\n".join(english_lines() + ["One more."]).encode(), "has 12 non-empty lines; the article has 11."),
    (lambda: b"", "is empty"),
    (lambda: b" \n\n\t\n", "is empty"),
    (lambda: b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "a PNG image"),
    (lambda: b"\xef\xbb\xbf" + "\n".join(english_lines()).encode()[:-3] + b"\xff\xfe\xfa", "damaged"),
], ids=["fewer", "more", "empty", "blank", "png", "bad-utf8"])
def test_a_bad_english_file_is_one_sentence(tmp_path: Path, content, message: str) -> None:
    path = tmp_path / "english.txt"
    path.write_bytes(content())
    with pytest.raises(pipeline.EnglishFileError) as caught:
        pipeline.read_english(path, article.load(str(RU)))
    text = str(caught.value)
    assert message in text and "\n" not in text
    assert isinstance(caught.value, article.ArticleError)


def test_missing_or_folder_english_is_one_sentence(tmp_path: Path) -> None:
    doc = article.load(str(RU))
    for path in (tmp_path / "nothing.txt", tmp_path):
        with pytest.raises(pipeline.EnglishFileError, match="English|folder"):
            pipeline.read_english(path, doc)


def test_english_in_utf16_or_cp1252_is_read_as_articles_are(tmp_path: Path) -> None:
    doc = article.load(str(RU))
    lines = english_lines()
    lines[0] = "The akim’s café — preparations for the heating season"
    for encoding in ("utf-16", "cp1252"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes("\r\n".join(lines).encode(encoding))
        assert pipeline.read_english(path, doc) == lines


def run_main(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(REPO / "main.py"), *args], capture_output=True, text=True,
                          timeout=120, env=os.environ.copy(), cwd=REPO)


def test_cli_english_json_and_report() -> None:
    result = run_main("analyze", str(RU), "--english", str(RU_ENGLISH), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["translation"]["model"] == "English from ru-briefing.en.txt"
    assert data["translation"]["family"] == "file" and data["translation"]["english_file"] == "ru-briefing.en.txt"
    assert data["translation"]["demo"] is False and data["translation"]["complete"] is True
    assert [s["translation"] for s in data["sentences"]][0] == english_lines()[0]
    assert all("checks" in s and "english_with" in s for s in data["sentences"])
    report = run_main("analyze", str(RU), "--english", str(RU_ENGLISH), "--no-translate")
    assert report.returncode == 0, report.stderr
    assert "Translation: English from ru-briefing.en.txt" in report.stdout
    assert "sentences need checking" in report.stdout


@pytest.mark.parametrize("make, message", [
    (lambda d: (d / "short.txt").write_text("\n".join(english_lines()[:5]), encoding="utf-8") and d / "short.txt",
     "main.py: short.txt has 5 non-empty lines; the article has 11."),
    (lambda d: (d / "empty.txt").write_bytes(b"") or d / "empty.txt", "main.py: empty.txt is empty"),
    (lambda d: (d / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(256)) and d / "photo.txt",
     "main.py: photo.txt looks like a PNG image"),
    (lambda d: d / "nowhere.txt", "main.py: There is no English file at"),
], ids=["count", "empty", "png", "missing"])
def test_cli_bad_english_exits_2_with_one_sentence(tmp_path: Path, make, message: str) -> None:
    result = run_main("analyze", str(RU), "--english", str(make(tmp_path)), "--json")
    assert result.returncode == 2 and result.stdout == "" and "Traceback" not in result.stderr
    assert result.stderr.startswith(message) and result.stderr.count("\n") == 1, result.stderr


def test_a_shared_line_is_checked_against_all_its_sentences(tmp_path: Path) -> None:
    lines = english_lines()
    lines[2] = lines[2].replace(". According", "; according")  # sentences 3 and 4 share one English
    doc, analysis = imported(tmp_path, lines)
    owner = analysis.sentences[3]
    assert analysis.sentences[4].english_with == 3
    number_checks = [c for c in owner.checks if c.kind.startswith("number")]
    assert number_checks == []  # 96.4% and 1 October are sentence 4's, not added
    lines[2] = lines[2].replace("96.4%", "90%")
    doc, analysis = imported(tmp_path, lines, name="changed.txt")
    details = [c.detail for c in analysis.sentences[3].checks]
    assert any("96,4" in d and "not in the English" in d for d in details), details
    assert any("90" in d and "not in the source" in d for d in details), details
    assert analysis.sentences[4].checks == []


def test_a_quote_over_a_sentence_sharing_its_line_gets_that_lines_english(tmp_path: Path) -> None:
    from dragoman.article.analysis import Quote

    lines = english_lines()
    lines[2] = lines[2].replace(". According", "; according")
    doc, analysis = imported(tmp_path, lines)
    second = analysis.sentences[4]
    quote = Quote(text=second.text, start=second.start, end=second.end)
    assert pipeline.quote_english(doc, [quote], analysis=analysis) == [(lines[2], "sentences")]
