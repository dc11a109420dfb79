"""Issue 12 item 7: no silent wrong decoding. A stray byte in UTF-8 keeps the text UTF-8
(with a note); a page's declared charset is checked against its bytes."""

from __future__ import annotations

from pathlib import Path

from dragoman.article.encoding import decode_bytes
from dragoman.article.html import decode_html
from dragoman.article.load import load_file

RUSSIAN = ("Министр сказал в понедельник, что работа над проектом идёт по плану. "
           "Строительство завершится к осени, добавил он журналистам.\n") * 3
ARABIC = "قال الوزير يوم الاثنين إن العمل في المشروع يسير وفق الخطة.\n" * 3
KAZAKH = "Министр дүйсенбі күні жоба бойынша жұмыс жоспарға сай жүріп жатқанын айтты.\n" * 3


def _with_stray_byte(text: str | bytes, stray: bytes = b"\xff", after: int = 40) -> bytes:
    data = text.encode("utf-8") if isinstance(text, str) else text
    cut = data.index(b" ", after)  # between two words, not inside a character
    return data[:cut] + stray + data[cut:]


def test_one_stray_byte_keeps_russian_utf8_and_says_so(tmp_path: Path) -> None:
    decoded = decode_bytes(_with_stray_byte(RUSSIAN), "news.txt")
    assert decoded.encoding == "utf-8"
    assert decoded.text.replace("\ufffd", "") == RUSSIAN
    assert len(decoded.notes) == 1 and "1 damaged byte" in decoded.notes[0]
    path = tmp_path / "news.txt"
    path.write_bytes(_with_stray_byte(RUSSIAN))
    article = load_file(path)
    assert article.encoding == "utf-8" and article.code == "ru"
    assert any("damaged byte" in note for note in article.notes)


def test_a_few_stray_bytes_in_arabic_and_kazakh() -> None:
    for text in (ARABIC, KAZAKH):
        data = _with_stray_byte(_with_stray_byte(text, b"\x80"), b"\xc3", after=120)
        decoded = decode_bytes(data)
        assert decoded.encoding == "utf-8" and decoded.text.replace("\ufffd", "") == text
        assert "2 damaged byte sequences" in decoded.notes[0]


def test_legacy_code_pages_are_still_found() -> None:
    assert decode_bytes(RUSSIAN.encode("cp1251")).encoding == "cp1251"
    assert decode_bytes(RUSSIAN.encode("koi8-r")).encoding == "koi8-r"
    assert decode_bytes(ARABIC.encode("cp1256")).encoding == "cp1256"
    assert decode_bytes(RUSSIAN.encode("cp1251")).notes == ()


def _page(charset: str, body: str, title: str = "Новости") -> str:
    return (f'<html><head><meta charset="{charset}"><title>{title}</title></head>'
            f"<body><article><p>{body}</p></article></body></html>")


def test_declared_windows_1256_over_utf8_russian_is_read_as_utf8(tmp_path: Path) -> None:
    data = _page("windows-1256", RUSSIAN).encode("utf-8")
    decoded = decode_html(data, "page.html")
    assert decoded.encoding == "utf-8" and RUSSIAN.strip() in decoded.text
    assert "windows-1256" in decoded.notes[0] and "UTF-8" in decoded.notes[0]
    path = tmp_path / "page.html"
    path.write_bytes(data)
    article = load_file(path)
    assert article.code == "ru" and "Министр сказал" in article.text
    assert any("windows-1256" in note for note in article.notes)


def test_declared_latin_charset_over_cp1251_russian_gives_way_to_the_bytes() -> None:
    decoded = decode_html(_page("windows-1252", RUSSIAN).encode("cp1251"), "page.html")
    assert decoded.encoding == "cp1251" and RUSSIAN.strip() in decoded.text
    assert "windows-1252" in decoded.notes[0]


def test_a_true_declaration_is_believed_without_a_note() -> None:
    decoded = decode_html(_page("windows-1256", ARABIC, "أخبار").encode("cp1256"))
    assert decoded.encoding == "windows-1256" and ARABIC.strip() in decoded.text
    assert decoded.notes == ()
    assert decode_html(_page("utf-8", RUSSIAN).encode("utf-8")).notes == ()
