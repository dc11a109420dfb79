"""Who said a quote: an official named in its attribution or beside the reporting verb in its
sentence; with a pronoun or a verb that goes on (``وتابع``, ``added``), the subject of the
latest sentence that named an official; otherwise nobody (a wrong speaker is worse than none)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from dragoman.article.model import Article

from .lexicon import Lexicon, strip_clitic
from .officials import Analysed
from .reporting import SENTENCE_END, has_verb
from .words import iter_words, normalize


@dataclass
class Candidate:
    start: int
    end: int
    attribution: tuple[int, int] | None = None  # text that names the speaker
    speaker: int | None = None  # official index


def resolve(article: Article, analysed: Analysed, candidates: list[Candidate]) -> None:
    """Fill each candidate's speaker from its attribution, its sentence, or the subject."""
    previous: Candidate | None = None
    for cand in candidates:
        resolve_one(article, analysed, cand, previous)
        previous = cand


def resolve_one(article: Article, analysed: Analysed, cand: Candidate, previous: Candidate | None) -> None:
    """One quote's speaker; ``previous`` is the quote before it, for a quoted paragraph
    that goes on with the same speaker."""
    text, lex = article.text, analysed.lex
    if cand.attribution:
        cand.speaker = named_in(analysed, *cand.attribution)
        if cand.speaker is None and pronoun_in(text, *cand.attribution, lex):
            gender = pronoun_gender(text, *cand.attribution, lex)
            cand.speaker = subject_before(analysed, cand.start, text, gender)
        if cand.speaker is not None:
            return
    sentence_start, sentence_end = sentence_around(article, cand)
    outside = [(a, b) for a, b in ((sentence_start, cand.start), (cand.end, sentence_end)) if b > a]
    named = [n for n in (named_in(analysed, a, b) for a, b in outside) if n is not None]
    if named and any(has_verb(text, a, b, lex) for a, b in outside):
        cand.speaker = named[0]
    elif any(continues(text, a, b, lex) for a, b in outside):
        cand.speaker = subject_before(analysed, sentence_start, text)
    elif whole_line(text, cand) and previous is not None and previous.speaker is not None and \
            {k for s, e, k in analysed.spans if previous.end <= s and e <= cand.start} <= {previous.speaker}:
        cand.speaker = previous.speaker  # a quoted paragraph goes on with the last speaker


def carry_in_line(text: str, candidates: list[Candidate], analysed: Analysed) -> None:
    """``"...," X said. "..."``: a quote with no speaker of its own, in the same line right
    after an attributed one, with no other official named between, has the same speaker."""
    for previous, cand in zip(candidates, candidates[1:]):
        if cand.speaker is not None or previous.speaker is None:
            continue
        if "\n" in text[previous.end:cand.start]:
            continue
        named = {k for s, e, k in analysed.spans if previous.end <= s and e <= cand.start}
        if named <= {previous.speaker}:
            cand.speaker = previous.speaker


def sentence_around(article: Article, cand: Candidate) -> tuple[int, int]:
    first = article.sentence_at(cand.start)
    last = article.sentence_at(max(cand.start, cand.end - 1))
    line_start = article.text.rfind("\n", 0, cand.start) + 1
    line_end = article.text.find("\n", cand.end)
    line_end = len(article.text) if line_end < 0 else line_end
    start = max(first.start, line_start) if first else line_start
    end = min(last.end, line_end) if last else line_end
    return start, max(end, cand.end)


def whole_line(text: str, cand: Candidate) -> bool:
    """The quote is all its line holds (a quoted paragraph continuing the previous speaker)."""
    line_start = text.rfind("\n", 0, cand.start) + 1
    line_end = text.find("\n", cand.end)
    line_end = len(text) if line_end < 0 else line_end
    return len(text[line_start:cand.start].strip()) <= 1 and len(text[cand.end:line_end].strip()) <= 2


def named_in(analysed: Analysed, start: int, end: int) -> int | None:
    """The official mentioned first within ``[start, end)``."""
    for s, e, k in analysed.spans:
        if s >= start and e <= end:
            return k
    return None


def continues(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A verb that goes on with the last speaker (``وتابع``, ``added``) or a pronoun subject."""

    known = lex.continuation_verbs | lex.pronouns
    return any(strip_clitic(normalize(w), lex, known) in known for _, _, w in iter_words(text[start:end]))


def pronoun_in(text: str, start: int, end: int, lex: Lexicon) -> bool:

    return any(normalize(w) in lex.pronouns for _, _, w in iter_words(text[start:end]))


def pronoun_gender(text: str, start: int, end: int, lex: Lexicon) -> str | None:
    """'f' or 'm' when the pronoun in ``[start, end)`` says (она, she / он, he), else None."""
    words = {normalize(w) for _, _, w in iter_words(text[start:end])}
    if words & lex.feminine_pronouns:
        return "f"
    if words & lex.masculine_pronouns:
        return "m"
    return None


def name_gender(name: str, lex: Lexicon) -> str | None:
    """'f' or 'm' when the family name's ending says (Захарова / Лавров), else None."""
    last = normalize(name.split()[-1]) if name.split() else ""
    if any(last.endswith(e) for e in lex.feminine_name_endings):
        return "f"
    if any(last.endswith(e) for e in lex.masculine_name_endings):
        return "m"
    return None


def subject_before(analysed: Analysed, pos: int, text: str, gender: str | None = None) -> int | None:
    """The first official named in the nearest earlier sentence that names one; with a
    gendered pronoun, only officials whose name does not say the other gender count."""
    spans = analysed.spans
    if gender is not None:
        other = {k for k, o in enumerate(analysed.officials)
                 if name_gender(o.name, analysed.lex) not in (None, gender)}
        spans = [span for span in spans if span[2] not in other]
    idx = bisect.bisect_left(spans, (pos, -1, -1)) - 1
    if idx < 0:
        return None
    last_start = spans[idx][0]
    sentence_start = max(max((m.end() for m in SENTENCE_END.finditer(text, 0, last_start)), default=0),
                         text.rfind("\n", 0, last_start) + 1)
    for s, _, k in spans:
        if s >= sentence_start:
            return k
    return None
