"""A seeded generator of hostile article texts for the fuzz suite (tests/test_fuzz_analysis.py).

Mixed scripts (Cyrillic with Kazakh letters, Arabic, Latin), quote marks of every kind, dashes,
bidirectional controls and zero-width characters, unbalanced quotes and odd line breaks. Only
``random.Random(seed)``: the same seed gives the same texts on every machine, so a failure names
its seed and can be replayed.
"""

from __future__ import annotations

import random

CYRILLIC = "абвгдежзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ"
KAZAKH = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي" + "ءآأؤإئةى" + "\u064b\u064e\u0650\u0651"
LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèçñ"
DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩"
QUOTES = "\"'«»„“”‘’‚‹›「」『』〝〞＂"
DASHES = "-‐‑‒–—―−"
PUNCT = ".!?…,;:()[]%" + "،؛؟"
BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
SPACES = [" "] * 24 + ["  ", "\t", "\u00a0", "\u202f", "\u2009", "\u3000"]
BREAKS = ["\n", "\n\n", "\r\n", "\r", "\n \n", "\n\n\n"] * 3 + ["\u2028", "\u2029", "\x0b", "\x0c", "\x85"]
WORDS = ["Президент", "Тоқаев", "Астана", "сөйледі", "министрі", "заң", "Путин", "сказал",
         "الرئيس", "قال", "وزير", "Biden", "said", "Minister", "Қасым-Жомарт", "ҚР", "т.б.", "г.",
         "Mr.", "U.S.", "Х.", "د."]


def _word(rng: random.Random) -> str:
    if rng.random() < 0.35:
        return rng.choice(WORDS)
    alphabet = rng.choice([CYRILLIC, CYRILLIC + KAZAKH, KAZAKH, ARABIC, LATIN, CYRILLIC + LATIN,
                           ARABIC + CYRILLIC, DIGITS])
    word = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 10)))
    return word.capitalize() if rng.random() < 0.3 else word


def _token(rng: random.Random) -> str:
    """A word, or one of the hostile characters that sit between words."""
    roll = rng.random()
    # Bidi and zero-width characters are a few in a hundred tokens: dense enough to sit inside
    # quotes, names and numbers, as they do in pasted Arabic and Persian text.
    if roll < 0.66:
        return _word(rng)
    if roll < 0.78:
        return rng.choice(QUOTES)
    if roll < 0.86:
        return rng.choice(DASHES)
    if roll < 0.93:
        return rng.choice(PUNCT)
    if roll < 0.955:
        return rng.choice(BIDI)
    if roll < 0.98:
        return rng.choice(ZERO_WIDTH)
    return rng.choice(BREAKS)


def _sentence(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 14)):
        parts.append(_token(rng))
        parts.append(rng.choice(SPACES) if rng.random() < 0.8 else "")
    if rng.random() < 0.3:  # a quotation, balanced or not
        opening, closing = rng.choice([("«", "»"), ("„", "“"), ("“", "”"), ('"', '"'), ("‹", "›"), ("«", "")])
        parts = [opening, *parts, closing if rng.random() < 0.8 else ""]
    parts.append(rng.choice([".", "!", "?", "…", "؟", "", ".»", "».", '."', "!..", " —"]))
    return "".join(parts)


def fuzz_text(rng: random.Random) -> str:
    """One text of a few sentences and paragraphs (occasionally empty or a single character)."""
    if rng.random() < 0.02:
        return rng.choice(["", " ", "\n", "\u200b", "«", "—", ".", "\ufeff"])
    pieces = []
    for _ in range(rng.randint(1, 8)):
        pieces.append(_sentence(rng))
        pieces.append(rng.choice(BREAKS) if rng.random() < 0.3 else rng.choice(SPACES))
    return "".join(pieces)


def fuzz_texts(seed: int, count: int) -> list[str]:
    """``count`` texts from ``seed``."""
    rng = random.Random(seed)
    return [fuzz_text(rng) for _ in range(count)]
