"""Issue 12 item 2: short mixed-script text never crashes language detection.

A seeded generator (no Hypothesis needed) builds a few thousand short strings that mix
Latin, Cyrillic (Russian and Kazakh letters), Arabic, Greek and CJK letters, digits, marks,
zero-width and bidirectional characters, inside words and between them.
"""

from __future__ import annotations

import random

import pytest

from dragoman.article.language import detect_language
from dragoman.article.model import LanguageGuess

SEED = 12
CASES = 3000
PIECES = (
    "abcXYZéß", "кеЖлдіАБВ", "әғқңөұүһі", "ЁёЪъ", "قالكتبيةءآ", "αβγΩ", "中文字", "0123٤٥",
    "\u200c\u200d\u200b\u2060", "\u200e\u200f\u202a\u202b\u202c\u2066\u2069", "\u064b\u0301",
    " ", "  \n", ".,!?«»—-\"'", "\u00a0\u202f",
)


def _mixed(rng: random.Random) -> str:
    return "".join(rng.choice(rng.choice(PIECES)) for _ in range(rng.randint(1, 14)))


def _cases() -> list[str]:
    rng = random.Random(SEED)
    return [_mixed(rng) for _ in range(CASES)]


@pytest.mark.parametrize("text", ["Xкелді", "قالкелді", "abcЖЖЖЖ", "Жabc", "x\u200cЖ", "ЖЖ1abc"])
def test_reported_crashes_give_a_guess(text: str) -> None:
    guess = detect_language(text)
    assert isinstance(guess, LanguageGuess) and 0.0 <= guess.confidence <= 1.0


def test_mostly_kazakh_word_with_a_stray_latin_letter_is_kazakh() -> None:
    assert detect_language("Xкелді").code == "kk"


def test_thousands_of_short_mixed_script_strings() -> None:
    cases = _cases()
    assert len(set(cases)) > CASES * 0.9  # the generator really varies
    failures = []
    for text in cases:
        try:
            guess = detect_language(text)
        except Exception as exc:  # noqa: BLE001 - collected and reported below
            failures.append((text, repr(exc)))
            continue
        if not isinstance(guess, LanguageGuess) or not 0.0 <= guess.confidence <= 1.0:
            failures.append((text, repr(guess)))
    assert not failures, f"{len(failures)} of {len(cases)} failed, e.g. {failures[:3]}"
