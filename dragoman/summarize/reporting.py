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


MIN_DASH_VERB = 5  # letters of a past tense that reports by its place alone (пожаловался, not был)


def dash_attributes(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """The attribution right after a dialogue dash (``, — пожаловался он.``) reports: a listed
    reporting verb in it, or its first word a lower-case past tense by the profile's
    ``dash_verb_endings`` (the dash has already said that speech ends there)."""
    if has_verb(text, start, end, lex):
        return True
    first = next(iter_words(text[start:end]), None)
    if first is None or text[start:start + first[0]].strip():
        return False
    return past_tense(first[2], lex)


def past_tense(word: str, lex: Lexicon) -> bool:
    """A lower-case past tense by the profile's ``dash_verb_endings`` (пожаловался, одобрил; not был)."""
    return bool(lex.dash_verb_endings) and word[:1].islower() and len(word) >= MIN_DASH_VERB \
        and normalize(word).endswith(lex.dash_verb_endings)


def verb_position(text: str, start: int, end: int, lex: Lexicon) -> int | None:
    """Offset of the first reporting verb in ``text[start:end]`` (a clitic may precede it: وقال)."""
    words = [(s, normalize(w)) for s, _, w in iter_words(text[start:end], start)]
    by_first = _verbs_by_first_word(lex)
    for i, (offset, word) in enumerate(words):
        heads = [word] + [word[len(c):] for c in lex.clitics if word.startswith(c) and len(word) > len(c)]
        for head in heads:
            for verb in by_first.get(head, ()):
                if i + len(verb) <= len(words) and all(words[i + k][1] == verb[k] for k in range(1, len(verb))):
                    return offset
    return None


_BY_FIRST: dict[str, dict[str, tuple[tuple[str, ...], ...]]] = {}


def _verbs_by_first_word(lex: Lexicon) -> dict[str, tuple[tuple[str, ...], ...]]:
    index = _BY_FIRST.get(lex.language)
    if index is None:
        grouped: dict[str, list[tuple[str, ...]]] = {}
        for verb in lex.reporting_verbs:
            grouped.setdefault(verb[0], []).append(verb)
        index = _BY_FIRST[lex.language] = {k: tuple(v) for k, v in grouped.items()}
    return index
