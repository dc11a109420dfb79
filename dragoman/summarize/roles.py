"""The ``role`` sieve: an attribution that calls the speaker by what they are, in words the
title lexicon may not know (``– деді ресми өкілдің орынбасары``, ``сказал глава киргизского
правительства``, ``the national leader told``), resolved to the official the article
described with those words when it named them (``ресми өкілінің орынбасары Әлия ...``).

Words are compared by their stems (a common beginning), so case endings and the Arabic
article and clitics do not matter; function words are too short to count.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .document import Document, SpanIndex
from .lexicon import Lexicon, strip_clitic
from .reporting import verb_position
from .words import iter_words, normalize

ROLE_WINDOW = 6  # words beside a name that may describe the person (the title before or after it)
ROLE_REACH = 3  # words beside the reporting verb that may name the speaker
MIN_STEM = 4  # shorter words (of, the, и, мен) carry no role
PARAGRAPHS_BACK = 3  # the described official was named this recently
_BOUNDARY = re.compile(r"[,،.;:!?()«»\"“”„{}\[\]–—]")


def describing_words(doc: Document, mentions: SpanIndex, indices: list[int],
                     in_quote: Callable[[tuple[int, int, int]], bool]) -> set[str]:
    """The stems of the words next to the mentions ``mentions.spans[i]`` for ``i`` in
    ``indices`` (one official's, outside quotes), in the same clause."""
    text, lex = doc.text, doc.lex
    words: set[str] = set()
    spans = mentions.spans
    for i in indices:
        start, end, k = spans[i]
        if in_quote(spans[i]):
            continue
        line_start, line_end = doc.line_at(start)
        previous = _other_before(spans, i, line_start)
        following = _other_after(spans, i, line_end)
        before = _clause_words(text, previous, start, lex, last=True, across_commas=True)
        # words after a name describe it in an appositive, or where the title follows the name,
        # never when they run up to another person's name (that person's title)
        appositive = text[end:end + 2].lstrip().startswith(",")  # "Nurtleu, the Kazakh minister,"
        if appositive:
            after = _clause_words(text, text.index(",", end) + 1, following, lex, last=False)
        elif lex.described_after_name:  # منال عوض وزيرة التنمية المحلية، ...
            boundary = _BOUNDARY.search(text, end, line_end)
            stop = boundary.start() if boundary else line_end
            after = _clause_words(text, end, stop, lex, last=False) if following >= stop else []
        else:
            after = []
        words.update(before + after)
    return words


def _other_before(spans: list[tuple[int, int, int]], i: int, line_start: int) -> int:
    """Where the nearest mention of someone else before ``spans[i]`` in its line ends."""
    start, _, k = spans[i]
    for s, e, j in reversed(spans[:i]) if i < 64 else reversed(spans[i - 64:i]):
        if s < line_start:
            break
        if j != k and e <= start:
            return e
    return line_start


def _other_after(spans: list[tuple[int, int, int]], i: int, line_end: int) -> int:
    """Where the nearest mention of someone else after ``spans[i]`` in its line starts."""
    _, end, k = spans[i]
    for s, _, j in spans[i + 1:i + 65]:
        if s >= line_end:
            break
        if j != k and s >= end:
            return s
    return line_end


def role_words(text: str, start: int, end: int, lex: Lexicon) -> list[str]:
    """The stems beside the first reporting verb of the attribution ``[start, end)``."""
    verb = verb_position(text, start, end, lex)
    if verb is None:
        return []
    verb_end = next((e for s, e, _ in iter_words(text[verb:end], verb)), verb)
    words = _clause_words(text, start, verb, lex, last=True, limit=ROLE_REACH)
    words += _clause_words(text, verb_end, end, lex, last=False, limit=ROLE_REACH)
    if any(normalize(w) in lex.indefinite_words for _, _, w in iter_words(text[start:end])):
        return []  # "an OPEC+ delegate said", "один из жителей": someone unnamed
    verbs = _verb_words(lex)
    return [w for w in words if w not in verbs]


def role_head(text: str, start: int, end: int, lex: Lexicon) -> str | None:
    """The office word of the role the attribution names: the last title word of the words
    before its first reporting verb, else of the words after it (``the national leader told
    officials``: leader; ``– деді мемлекеттік хатшы``: хатшы; ``сказал глава регулятора``: глава)."""
    verb = verb_position(text, start, end, lex)
    if verb is None:
        return None
    verb_end = next((e for s, e, _ in iter_words(text[verb:end], verb)), verb)
    vocabulary = _title_words(lex)
    for words in (_clause_words(text, start, verb, lex, last=True, limit=ROLE_REACH),
                  _clause_words(text, verb_end, end, lex, last=False, limit=ROLE_REACH)):
        offices = [w for w in words if any(same_stem(w, v) for v in vocabulary.get(w[:MIN_STEM], ()))]
        if offices:
            return offices[-1]
    return None


def clause_stems(text: str, start: int, end: int, lex: Lexicon, *, last: bool) -> list[str]:
    """The stems of the clause of ``[start, end)`` nearest its end (``last``) or its start, up
    to ``ROLE_WINDOW`` of them: the words that may say what a speaker is."""
    return _clause_words(text, start, end, lex, last=last)


def best_described(words: list[str], described: Callable[[int], set[str]], candidates: Iterable[int],
                   lex: Lexicon, head: str | None = None) -> int | None:
    """Of ``candidates``, the one whose describing words share the most stems with ``words``;
    None when none shares one or two share as many (two deputy ministers: "the deputy minister").
    A word of a title of the lexicon must be among them: a name or a place alone is no role.
    ``head`` (``role_head``): the office word of the role, which the one chosen must share."""
    vocabulary = _title_words(lex)
    if not any(any(same_stem(w, v) for v in vocabulary.get(w[:MIN_STEM], ())) for w in words):
        return None
    if head is not None:  # "деді мемлекеттік хатшы" is no "Мемлекет басшысы": the office itself must fit
        candidates = [k for k in candidates if any(same_stem(head, d) for d in described(k))]
    scores = sorted(((sum(1 for w in words if any(same_stem(w, d) for d in described(k))), k)
                     for k in candidates), reverse=True)
    if not scores or scores[0][0] == 0 or (len(scores) > 1 and scores[1][0] == scores[0][0]):
        return None
    return scores[0][1]


_TITLE_WORDS: dict[str, dict[str, tuple[str, ...]]] = {}


def _title_words(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """The words of the lexicon's titles (министр, орынбасары, leader), bare of the article,
    by their first ``MIN_STEM`` letters (a common stem starts with them)."""
    found = _TITLE_WORDS.get(lex.language)
    if found is None:
        grouped: dict[str, set[str]] = {}
        for entry in lex.titles:
            for word in entry.words:
                if len(bare := _bare(word, lex)) >= MIN_STEM:
                    grouped.setdefault(bare[:MIN_STEM], set()).add(bare)
        found = _TITLE_WORDS[lex.language] = {k: tuple(v) for k, v in grouped.items()}
    return found


def is_title_word(word: str, lex: Lexicon) -> bool:
    """``word`` (normalised) has the stem of a word of a title of the lexicon (Министр, Вице-министр)."""
    bare = _bare(word, lex)
    return any(same_stem(bare, v) for v in _title_words(lex).get(bare[:MIN_STEM], ()))


def same_stem(a: str, b: str) -> bool:
    """Two words with a common beginning long enough to be one stem (өкілдің / өкілінің)."""
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    return common >= max(MIN_STEM, min(len(a), len(b)) - 3)


def _clause_words(text: str, start: int, end: int, lex: Lexicon, *, last: bool, limit: int = ROLE_WINDOW,
                  across_commas: bool = False) -> list[str]:
    """Up to ``limit`` stems of ``text[start:end]`` within one clause: the last ones (before a
    name or verb) or the first ones (after it). ``across_commas``: a comma does not end it (one
    person's titles in a row: ``Ұлттық көшбасшысы, Халық Маслахатының Төрағасы Гурбангулы``)."""
    if end - start > _SCAN:  # the clause ends long before: only the stretch beside the name counts
        start, end = (end - _SCAN, end) if last else (start, start + _SCAN)
    span = text[start:end]
    cuts = [m.start() for m in _BOUNDARY.finditer(span) if not (across_commas and m.group() in ",،")]
    if cuts:
        span = span[cuts[-1] + 1:] if last else span[:cuts[0]]
    verbs = _verb_words(lex)
    words = [strip_clitic(normalize(w), lex, verbs) for _, _, w in iter_words(span)]
    cut = [i for i, w in enumerate(words) if w in verbs]  # a verb ends what describes the name
    if cut:
        words = words[cut[-1] + 1:] if last else words[:cut[0]]
    stems = [b for b in (_bare(w, lex) for w in words) if len(b) >= MIN_STEM]
    return stems[-limit:] if last else stems[:limit]


_VERB_WORDS: dict[str, frozenset[str]] = {}
_SCAN = 240  # characters beside a name or verb looked at (ROLE_WINDOW words fit well inside)


def _verb_words(lex: Lexicon) -> frozenset[str]:
    found = _VERB_WORDS.get(lex.language)
    if found is None:
        found = _VERB_WORDS[lex.language] = frozenset(
            w for phrase in lex.reporting_verbs for w in phrase) | lex.continuation_verbs | lex.source_verbs
    return found


def _bare(word: str, lex: Lexicon) -> str:
    """Without a clitic and the definite article glued to the front (والوزيرة -> وزيرة)."""
    for clitic in ("", *lex.clitics):
        rest = word[len(clitic):] if word.startswith(clitic) else None
        if rest is None:
            continue
        if lex.article and rest.startswith(lex.article) and len(rest) - len(lex.article) >= 3:
            return rest[len(lex.article):]
        if lex.article_after_lam and clitic == "" and rest.startswith(lex.article_after_lam) \
                and len(rest) - len(lex.article_after_lam) >= 3:
            return rest[len(lex.article_after_lam):]
    return word
