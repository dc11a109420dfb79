"""Text files in every common encoding load to the same text, and say which encoding it was."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from dragoman.article.encoding import decode_bytes, plausibility
from dragoman.article.load import load_file
from dragoman.article.model import ArticleError

RUSSIAN = ("Аким области провёл брифинг.\nОн сообщил, что готовность котельных составляет "
           "96,4%, а оставшиеся работы завершат до 1 октября. «Ни один дом не останется "
           "без тепла», – сказал он.")
RUSSIAN_KOI8 = RUSSIAN.replace("«", '"').replace("»", '"').replace("–", "-")  # KOI8-R lacks « » –
RUSSIAN_SHORT = "Мир, труд, май."
KAZAKH = ("Мемлекет басшысы Италия Сыртқы істер министрін қабылдады. Тараптар сауда, "
          "көлік және білім салаларындағы ынтымақтастықты талқылады.")
ARABIC = ("التقى وزير الخارجية نظيره القازاقي في القاهرة، وبحث الجانبان تعزيز التعاون. "
          "وقال الوزير \"إن العلاقات بين البلدين تشهد تطورا كبيرا\".")
ARABIC_SHORT = "قال الوزير إن المحادثات مثمرة."
ENGLISH_CP1252 = "The minister’s visit — “a success” — ended in Astana. Café talks followed."


def _write(tmp_path: Path, data: bytes, name: str = "article.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("text,encoding", [
    (RUSSIAN, "cp1251"), (RUSSIAN_SHORT, "cp1251"),
    (RUSSIAN_KOI8, "koi8-r"), (RUSSIAN_SHORT, "koi8-r"),
    (KAZAKH, "kz1048"),
    (ARABIC, "cp1256"), (ARABIC_SHORT, "cp1256"),
    (ENGLISH_CP1252, "cp1252"),
])
def test_legacy_code_pages(tmp_path: Path, text: str, encoding: str) -> None:
    article = load_file(_write(tmp_path, text.encode(encoding)))
    assert article.text == text
    # Russian in cp1251 decodes the same as in KZ-1048; what matters is the text
    assert article.encoding == encoding or text.encode(article.encoding) == text.encode(encoding)


@pytest.mark.parametrize("bom,codec", [
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
])
@pytest.mark.parametrize("text", [RUSSIAN, KAZAKH, ARABIC, ENGLISH_CP1252])
def test_unicode_with_byte_order_mark(tmp_path: Path, bom: bytes, codec: str, text: str) -> None:
    article = load_file(_write(tmp_path, bom + text.encode(codec)))
    assert article.text == text  # the mark itself is not part of the text
    assert article.encoding == codec


@pytest.mark.parametrize("text", [RUSSIAN, KAZAKH, ARABIC])
def test_utf8_without_bom_and_utf16_without_bom(tmp_path: Path, text: str) -> None:
    assert load_file(_write(tmp_path, text.encode("utf-8"))).encoding == "utf-8"
    article = load_file(_write(tmp_path, text.encode("utf-16-le"), "le.txt"))
    assert (article.text, article.encoding) == (text, "utf-16-le")


def test_line_ends_are_normalised_and_nothing_else(tmp_path: Path) -> None:
    raw = "Title\r\nFirst line.\rSecond line.\u00a0End\t.\r\n"
    article = load_file(_write(tmp_path, raw.encode("cp1251")))
    assert article.text == "Title\nFirst line.\nSecond line.\u00a0End\t.\n"


def test_damaged_utf16_says_so(tmp_path: Path) -> None:
    data = codecs.BOM_UTF16_LE + "Мир".encode("utf-16-le") + b"\x00\xd8"  # lone surrogate
    with pytest.raises(ArticleError, match="damaged"):
        load_file(_write(tmp_path, data))


def test_undecodable_bytes_are_refused(tmp_path: Path) -> None:
    data = bytes(range(0x80, 0x100)) * 4
    with pytest.raises(ArticleError, match="encoding|binary"):
        load_file(_write(tmp_path, data))


def test_plausibility_prefers_real_prose() -> None:
    text = "Правительство утвердило программу развития."
    assert plausibility(text) == 1.0
    assert plausibility(text.encode("cp1251").decode("koi8-r")) < 0.5
    assert plausibility(text.encode("koi8-r").decode("cp1251")) < 0.5
    kazakh = "Қазақстан үкіметі бағдарламаны бекітті."
    assert plausibility(kazakh.encode("kz1048").decode("cp1251")) < plausibility(kazakh)


def test_decode_bytes_reports_the_codec() -> None:
    decoded = decode_bytes(ARABIC_SHORT.encode("cp1256"))
    assert (decoded.text, decoded.encoding) == (ARABIC_SHORT, "cp1256")


def _encodable(words: list[str], encodings: list[str]) -> list[tuple[str, str]]:
    pairs = []
    for word in words:
        for encoding in encodings:
            try:
                word.encode(encoding)
            except UnicodeEncodeError:
                continue
            pairs.append((word, encoding))
    return pairs


@pytest.mark.parametrize("word,encoding", _encodable(
    ["Қазақстан", "Ақорда", "Мир", "мир", "Да.", "Съезд состоится в мае.", "Ёлка и ель",
     "شكرا", "نعم", "الرياض", "Café"],
    ["cp1251", "koi8-r", "kz1048", "cp1256", "cp1252"]))
def test_single_words_in_every_code_page_that_can_hold_them(word: str, encoding: str) -> None:
    assert decode_bytes(word.encode(encoding)).text == word
