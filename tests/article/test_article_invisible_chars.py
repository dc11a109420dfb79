"""Issue 12 item 11: no-break spaces and zero-width joiners are text, not binary data."""

from __future__ import annotations

from pathlib import Path

import pytest

from dragoman.article.load import load_file, load_text
from dragoman.article.model import ArticleError

# Persian-style Arabic script writes ZWNJ inside words; French typography puts a narrow
# no-break space before ; : ! ? and inside « »; numbers and units use U+00A0.
ZWNJ_ARABIC = "قال\u200cالمسؤول\u200cإن\u200cالعمل\u200cمستمر. " * 8
FRENCH = "«\u202fBonjour\u202f!\u202f» dit-il\u202f; il attend\u00a010\u00a0km\u202f? " * 8
NBSP_RUSSIAN = "Министр\u00a0сказал\u00a0в\u00a0понедельник,\u00a0что\u00a0работа\u00a0идёт. " * 8
JOINERS = "Президент\u200d\u2060заявил\u200b\u200e\u200fоб\u200cэтом. " * 8


@pytest.mark.parametrize("text", [ZWNJ_ARABIC, FRENCH, NBSP_RUSSIAN, JOINERS],
                         ids=["zwnj-arabic", "french-nnbsp", "nbsp-russian", "joiners-and-marks"])
def test_invisible_spacing_is_text_when_pasted_and_in_files(text: str, tmp_path: Path) -> None:
    assert load_text(text).text == text
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    assert load_file(path).text == text


def test_control_characters_are_still_binary(tmp_path: Path) -> None:
    noise = "".join(chr(c) for c in (1, 2, 3, 4, 5, 6, 7, 0x1b, 0x7f, 0x85)) * 20
    with pytest.raises(ArticleError, match="binary data"):
        load_text("Текст. " * 5 + noise)
    path = tmp_path / "a.txt"
    path.write_bytes(("Текст. " * 5 + noise).encode("utf-8"))
    with pytest.raises(ArticleError, match="binary data"):
        load_file(path)


def test_english_file_with_no_break_spaces_is_read(tmp_path: Path) -> None:
    from dragoman.article.english_file import _text

    english = "The minister said\u00a0on Monday\u202f: work goes on.\n" * 10
    path = tmp_path / "english.txt"
    path.write_text(english, encoding="utf-8")
    assert _text(path) == english


def _structured_texts(count: int, seed: int = 11) -> list[str]:
    """Sentences of Russian, Kazakh, Arabic and French words joined by ordinary and invisible
    spacing (the mix that was refused as binary data in 76 of 1,200 such texts)."""
    import random

    rng = random.Random(seed)
    words = ["Министр", "сказал", "Қазақстан", "жұмыс", "قال", "الوزير", "Bonjour", "dit-il"]
    gaps = [" ", " ", "\u00a0", "\u202f", "\u200c", " \u200f", "\u2066 ", "\u200b"]
    ends = [".", "\u202f!", "\u00a0?", "؟", "."]
    texts = []
    for _ in range(count):
        sentences = []
        for _ in range(rng.randint(1, 4)):
            sentence = "".join(rng.choice(words) + rng.choice(gaps) for _ in range(rng.randint(2, 9)))
            sentences.append(sentence.strip() + rng.choice(ends))
        texts.append(rng.choice([" ", "\n", "\n\n"]).join(sentences))
    return texts


def test_structured_texts_with_invisible_spacing_are_never_binary() -> None:
    texts = _structured_texts(1200)
    assert sum("\u00a0" in t or "\u200c" in t or "\u202f" in t for t in texts) > 1000
    for text in texts:
        article = load_text(text)
        assert article.sentences, text
        for sentence in article.sentences:
            assert article.text[sentence.start:sentence.end] == sentence.text
