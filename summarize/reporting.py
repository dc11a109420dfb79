"""Reporting verbs (деді, сказал, قال, said) found in a stretch of text, and sentence ends."""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .words import iter_words, normalize

SENTENCE_END = re.compile(r"[.!?…؟](?=\s|$)")


def sentence_end(text: str, pos: int, end: int) -> int:
    match = SENTENCE_END.search(text, pos, end)
    return match.start() if match else end


def has_verb(text: str, start: int, end: int, lex: Lexicon) -> bool:
    return verb_position(text, start, end, lex) is not None


def verb_position(text: str, start: int, end: int, lex: Lexicon) -> int | None:
    """Offset of the first reporting verb in ``text[start:end]``."""

    words = [(s, normalize(w)) for s, _, w in iter_words(text[start:end], start)]
    for i in range(len(words)):
        for verb in lex.reporting_verbs:
            if i + len(verb) <= len(words) and all(
                    verb_word(words[i + k][1], verb[k], lex, k == 0) for k in range(len(verb))):
                return words[i][0]
    return None


def verb_word(token: str, word: str, lex: Lexicon, first: bool) -> bool:
    if token == word:
        return True
    return first and any(token == c + word for c in lex.clitics)
