"""What a person should know about one machine translation: untranslated, looping, empty, truncated."""

from __future__ import annotations

import re
import unicodedata

from dragoman.article.analysis import FLAG_EMPTY, FLAG_REPEATED, FLAG_TRUNCATED, FLAG_UNTRANSLATED

REPEAT_TIMES = 3  # the same n-gram this many times in a row means the decoder looped
MAX_NGRAM = 6
LONG_OUTPUT_WORDS = 20  # below this an output is never called "much longer"
LONG_OUTPUT_RATIO = 4.0  # output words per input word beyond which it is a runaway


def normalise(text: str) -> str:
    """Case-folded letters and digits only, so "Астана." and "астана" compare equal."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in text if ch.isalnum())


def has_letters(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def repeats_ngram(words: list[str], times: int = REPEAT_TIMES, max_n: int = MAX_NGRAM) -> bool:
    """True when some n-gram (n ≤ max_n) occurs ``times`` times in a row.

    An n-gram repeated k times in a row is a run of (k-1)·n positions where each word equals the
    word n places later, so one pass per n with plain comparisons finds it (no slicing).
    """
    for n in range(1, max_n + 1):
        needed, run = (times - 1) * n, 0
        for i in range(len(words) - n):
            run = run + 1 if words[i] == words[i + n] else 0
            if run >= needed:
                return True
    return False


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def translation_flags(source: str, output: str, *, truncated: bool = False) -> list[str]:
    """The flags of one sentence translation, in a fixed order."""
    flags = []
    if not output.strip():
        flags.append(FLAG_EMPTY)
    elif has_letters(source) and normalise(output) == normalise(source):
        # A line of digits ("1,395") is rightly copied; only words left as they were are untranslated.
        flags.append(FLAG_UNTRANSLATED)
    out_words, in_words = _words(output), _words(source)
    runaway = len(out_words) >= LONG_OUTPUT_WORDS and len(out_words) > LONG_OUTPUT_RATIO * max(len(in_words), 1)
    if out_words and (repeats_ngram(out_words) or runaway):
        flags.append(FLAG_REPEATED)
    if truncated:
        flags.append(FLAG_TRUNCATED)
    return flags
