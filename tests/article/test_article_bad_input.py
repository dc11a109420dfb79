"""Inputs that are not articles get one clear sentence; an unsupported language is not an error."""

from __future__ import annotations

import gzip
import io
import zipfile
from pathlib import Path

import pytest
from article_fixtures import own_articles

from dragoman import article
from dragoman.article.load import MAX_FILE_BYTES, MAX_TEXT_CHARS, load_file, load_text
from dragoman.article.model import ArticleError

MAGIC_FILES = {
    "png": (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "PNG image"),
    "jpeg": (b"\xff\xd8\xff\xe0" + b"\x00" * 64, "JPEG image"),
    "gif": (b"GIF89a" + b"\x01\x00" * 32, "GIF image"),
    "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF document"),
    "elf": (b"\x7fELF\x02\x01\x01" + b"\x00" * 64, "ELF"),
    "rtf": (b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Hello}", "RTF document"),
}


def _one_sentence(message: str) -> bool:
    return message.endswith(".") and message.count(". ") == 0 and "\n" not in message


def _error(path: Path) -> str:
    with pytest.raises(ArticleError) as caught:
        load_file(path)
    message = str(caught.value)
    assert _one_sentence(message), message
    return message


def test_missing_file(tmp_path: Path) -> None:
    assert "no file" in _error(tmp_path / "nowhere.txt")


def test_directory(tmp_path: Path) -> None:
    assert "folder" in _error(tmp_path)


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", "\ufeff \n".encode("utf-8")])
def test_empty_or_blank_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert "empty" in _error(path)


@pytest.mark.parametrize("kind", sorted(MAGIC_FILES))
def test_binary_files_are_named_by_their_magic(tmp_path: Path, kind: str) -> None:
    data, name = MAGIC_FILES[kind]
    path = tmp_path / "article.txt"  # the extension does not fool the check
    path.write_bytes(data)
    message = _error(path)
    assert name in message and message.startswith("This looks like")


def test_png_message_is_exactly_the_promised_sentence(tmp_path: Path) -> None:
    path = tmp_path / "picture.txt"
    path.write_bytes(MAGIC_FILES["png"][0])
    assert _error(path) == "This looks like a PNG image, not a text article."


def test_zip_that_is_not_docx(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "hello")
    path = tmp_path / "bundle.zip"
    path.write_bytes(buffer.getvalue())
    assert "ZIP archive" in _error(path)


def test_gzip(tmp_path: Path) -> None:
    path = tmp_path / "article.txt.gz"
    path.write_bytes(gzip.compress("Мир".encode()))
    assert "gzip" in _error(path)


def test_nul_bytes_mean_binary(tmp_path: Path) -> None:
    path = tmp_path / "data.bin"
    path.write_bytes(b"some text\x00\x01\x02\x00\x00 more \x00 text\x00\x00\x03")
    assert "binary" in _error(path)


def test_mostly_control_characters_mean_binary(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes([0x01, 0x02, 0x03, 0x04, 0x05, 0x41]) * 50)
    assert "binary" in _error(path)


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: nothing is really written
        handle.truncate(MAX_FILE_BYTES + 1)
    assert "MB" in _error(path)


def test_a_one_megabyte_article_loads(tmp_path: Path) -> None:
    chunk = "\n\n".join(p.read_text(encoding="utf-8") for p in own_articles())
    text = (chunk + "\n\n") * (1_050_000 // len(chunk.encode("utf-8")) + 1)
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size > 1_000_000
    article = load_file(path)
    assert article.text == text and len(article.sentences) > 5000


def test_pasted_text_over_the_text_limit() -> None:
    with pytest.raises(ArticleError, match="characters"):
        load_text("а" * (MAX_TEXT_CHARS + 1))


@pytest.mark.parametrize("text", ["", "  \n \t ", "\ufeff"])
def test_empty_paste(text: str) -> None:
    with pytest.raises(ArticleError, match="empty"):
        load_text(text)


def test_unsupported_language_loads_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "uk.txt"
    path.write_text("Міністр закордонних справ України провів переговори зі своїм колегою "
                    "в Астані. Сторони обговорили торгівлю та транспорт.", encoding="utf-8")
    article = load_file(path)
    assert (article.language.code, article.language.name) == ("uk", "Ukrainian")
    assert article.language.supported is False
    assert any("Ukrainian" in note for note in article.notes)
    assert len(article.sentences) == 2


def test_text_without_letters_is_unknown_not_an_error() -> None:
    article = load_text("1,395\n2 418\n")
    assert article.language.code == "und" and article.notes
    assert [s.text for s in article.sentences] == ["1,395", "2 418"]


def test_package_entry_point_survives_the_submodule_of_the_same_name(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("The talks ended. A statement followed.", encoding="utf-8")
    for _ in range(2):  # article/load.py must not shadow article.load()
        assert article.load(str(path)).sentences[1].text == "A statement followed."
