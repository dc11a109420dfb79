"""Key quotes: direct speech in quotation marks or dash dialogue, with the speaker resolved
to a named official where the text allows it (unknown is an honest answer).

Speaker evidence, strongest first: an official named in the attribution
(``– ..., – деді Х.``, ``"...," X said``); an official named beside the reporting verb in the
same sentence; for a reporting verb without a subject (``وتابع قائلا``, ``he added``), the
subject of the latest sentence that named an official.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from article.analysis import Official, Quote
from article.model import Article

from .lexicon import Lexicon
from .officials import Analysed, analyse_officials
from .quotemarks import quoted_spans
from .words import iter_words

MIN_QUOTE_WORDS = 6  # shorter quoted text is a name, a title or a fragment...
MIN_ATTRIBUTED_WORDS = 4  # ...unless a reporting verb or a dash attribution vouches for it
_DASHES = "–—-"
_DIALOGUE_START = re.compile(r"\s*[–—-]\s+")
_ATTRIBUTION = re.compile(r"[,.!?…]\s*[–—]\s+")
_SENTENCE_END = re.compile(r"[.!?…؟](?=\s|$)")


@dataclass
class Candidate:
    start: int
    end: int
    attribution: tuple[int, int] | None = None  # text that names the speaker
    speaker: int | None = None  # official index


def find_quotes(article: Article, officials: list[Official]) -> list[Quote]:
    """Direct-speech quotes in document order, each one span (however many sentences it
    runs over), speaker filled when resolved; ``translation`` is left None."""
    analysed = analyse_officials(article)
    remap = _remap(analysed.officials, officials)
    candidates = _dialogue(article, analysed) 
    taken = [(c.start, c.end) for c in candidates]
    for cand in _marked(article, analysed):
        if not any(a < cand.end and cand.start < b for a, b in taken):
            candidates.append(cand)
    candidates.sort(key=lambda c: c.start)
    _resolve(article, analysed, candidates)
    _carry_in_line(article.text, candidates, analysed)
    return [_quote(article, c, officials, remap) for c in candidates]


def _remap(found: list[Official], given: list[Official]) -> dict[int, int]:
    """Index in our own officials -> index in the list the caller passed (matched by name)."""
    by_name = {o.name: i for i, o in enumerate(given)}
    return {i: by_name[o.name] for i, o in enumerate(found) if o.name in by_name}


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _dialogue(article: Article, analysed: Analysed) -> list[Candidate]:
    """Lines that open with a dash and carry an attribution with a reporting verb
    (``– ..., – деді Х.``); words after the attribution (``— сказал он. — ...``) are the
    same speaker's next quote."""
    text, found = article.text, []
    for start, end in _lines(text):
        opening = _DIALOGUE_START.match(text, start, end)
        if not opening:
            continue
        pos, attributed = opening.end(), None
        for match in _ATTRIBUTION.finditer(text, pos, end):
            if match.start() < pos:
                continue
            attr_end = _sentence_end(text, match.end(), end)
            if not _has_verb(text, match.end(), attr_end, analysed.lex):
                continue
            attributed = (match.end(), attr_end)
            found.append(Candidate(pos, _strip_end(text, pos, match.start() + 1), attributed))
            nxt = _CONTINUATION.match(text, attr_end, end)
            if not nxt:
                pos = end
                break
            pos = nxt.end()
        if attributed and pos < end and text[pos:end].strip():
            found.append(Candidate(pos, end, attributed))
    return found


_CONTINUATION = re.compile(r"[.!?…]?\s*[–—]\s+")


def _sentence_end(text: str, pos: int, end: int) -> int:
    match = _SENTENCE_END.search(text, pos, end)
    return match.start() if match else end


def _strip_end(text: str, start: int, end: int) -> int:
    """End of the quoted words without the comma the attribution dash follows."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",:;"):
        end -= 1
    return end


def _marked(article: Article, analysed: Analysed) -> list[Candidate]:
    """Text in quotation marks that reads as speech, not as a name or a title."""
    text, found = article.text, []
    for start, end in _lines(text):
        previous_end = None  # end of the last quote accepted in this line
        for span_start, span_end, after in _spans_in_line(text, start, end, analysed.lex):
            quoted = text[span_start:span_end]
            words = len(list(iter_words(quoted)))
            attribution = _attribution_after(text, after, end, analysed.lex)
            vouched = attribution or _verb_before(text, start, span_start, analysed.lex) or \
                (previous_end is not None and _ends_sentence(quoted))
            if (words >= MIN_QUOTE_WORDS and not _title_like(quoted)) or (words >= MIN_ATTRIBUTED_WORDS and vouched):
                found.append(Candidate(span_start, span_end, attribution))
                previous_end = span_end
    return found


_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(]))['‘]((?:[^'‘’\n]|['’](?=\w))+?[,.!?])['’](?=[\s)]|$)", re.M)


def _spans_in_line(text: str, start: int, end: int, lex: Lexicon) -> list[tuple[int, int, int]]:
    """(start, end, where the attribution may begin) of each quoted span in the line. A mark
    left open is cut at a dash attribution (``«... жоқ, – деп мәлімдеді Х.``)."""
    spans = []
    for span in quoted_spans(text, start, end):
        if span.close_mark is not None:
            spans.append((span.start, span.end, span.close_mark + 1))
            continue
        cut = next((m for m in _ATTRIBUTION.finditer(text, span.start, end)
                    if _has_verb(text, m.end(), _sentence_end(text, m.end(), end), lex)), None)
        if cut:
            spans.append((span.start, _strip_end(text, span.start, cut.start() + 1), cut.start() + 1))
        else:
            spans.append((span.start, span.end, span.end))
    taken = [(a, b) for a, b, _ in spans]
    for match in _SINGLE.finditer(text, start, end):
        if not any(a < match.end() and match.start() < b for a, b in taken):
            spans.append((match.start(1), match.end(1), match.end()))
    return sorted(spans)


def _ends_sentence(quoted: str) -> bool:
    return quoted.rstrip().endswith((".", "!", "?", "…", "؟"))


def _title_like(quoted: str) -> bool:
    """Every word capitalised and no sentence punctuation: a name, not speech."""
    words = [w for _, _, w in iter_words(quoted)]
    return bool(words) and all(w[:1].isupper() for w in words) and not re.search(r"[.!?]", quoted)


def _attribution_after(text: str, pos: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """``, – деді Х.`` / ``," X said.`` right after a closing mark: a reporting verb within
    the first few words (``бастамасы туралы айтты`` talks about the name, it does not attribute)."""
    match = re.compile(r"\s*[,.!?…]?\s*[–—]?\s*").match(text, pos, end)
    start = match.end() if match else pos
    stop = _sentence_end(text, start, end)
    verb = _verb_position(text, start, stop, lex) if stop > start else None
    if verb is None:
        return None
    between = [w for _, _, w in iter_words(text[start:verb])]
    marked = bool(text[pos:start].strip()) or text[:pos].rstrip().rstrip("\"”»’'").endswith(",")
    if len(between) <= 3 and (marked or all(w[:1].isupper() for w in between)):
        return (start, stop)
    return None


def _verb_before(text: str, line_start: int, mark: int, lex: Lexicon) -> bool:
    sentence_start = max(line_start, max((m.end() for m in _SENTENCE_END.finditer(text, line_start, mark)),
                                         default=line_start))
    return _has_verb(text, sentence_start, mark, lex)


def _has_verb(text: str, start: int, end: int, lex: Lexicon) -> bool:
    return _verb_position(text, start, end, lex) is not None


def _verb_position(text: str, start: int, end: int, lex: Lexicon) -> int | None:
    """Offset of the first reporting verb in ``text[start:end]``."""
    from .words import normalize

    words = [(s, normalize(w)) for s, _, w in iter_words(text[start:end], start)]
    for i in range(len(words)):
        for verb in lex.reporting_verbs:
            if i + len(verb) <= len(words) and all(
                    _verb_word(words[i + k][1], verb[k], lex, k == 0) for k in range(len(verb))):
                return words[i][0]
    return None


def _verb_word(token: str, word: str, lex: Lexicon, first: bool) -> bool:
    if token == word:
        return True
    return first and any(token == c + word for c in lex.clitics)


def _resolve(article: Article, analysed: Analysed, candidates: list[Candidate]) -> None:
    """Fill each candidate's speaker from its attribution, its sentence, or the subject."""
    text = article.text
    for cand in candidates:
        if cand.attribution:
            cand.speaker = _named_in(analysed, *cand.attribution)
            if cand.speaker is None and _pronoun_in(text, *cand.attribution, analysed.lex):
                cand.speaker = _subject_before(analysed, cand.start, text)
            if cand.speaker is not None:
                continue
        sentence_start, sentence_end = _sentence_around(article, cand)
        outside = [(sentence_start, cand.start), (cand.end, sentence_end)]
        named = [_named_in(analysed, a, b) for a, b in outside if b > a]
        named = [n for n in named if n is not None]
        verb = any(_has_verb(text, a, b, analysed.lex) for a, b in outside if b > a)
        if named and verb:
            cand.speaker = named[0]
        elif any(_continues(text, a, b, analysed.lex) for a, b in outside if b > a) or _whole_line(text, cand):
            cand.speaker = _subject_before(analysed, sentence_start, text)


def _carry_in_line(text: str, candidates: list[Candidate], analysed: Analysed) -> None:
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


def _sentence_around(article: Article, cand: Candidate) -> tuple[int, int]:
    first = article.sentence_at(cand.start)
    last = article.sentence_at(max(cand.start, cand.end - 1))
    line_start = article.text.rfind("\n", 0, cand.start) + 1
    line_end = article.text.find("\n", cand.end)
    line_end = len(article.text) if line_end < 0 else line_end
    start = max(first.start, line_start) if first else line_start
    end = min(last.end, line_end) if last else line_end
    return start, max(end, cand.end)


def _whole_line(text: str, cand: Candidate) -> bool:
    """The quote is all its line holds (a quoted paragraph continuing the previous speaker)."""
    line_start = text.rfind("\n", 0, cand.start) + 1
    line_end = text.find("\n", cand.end)
    line_end = len(text) if line_end < 0 else line_end
    return len(text[line_start:cand.start].strip()) <= 1 and len(text[cand.end:line_end].strip()) <= 2


def _named_in(analysed: Analysed, start: int, end: int) -> int | None:
    """The official mentioned first within ``[start, end)``."""
    for s, e, k in analysed.spans:
        if s >= start and e <= end:
            return k
    return None


def _continues(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A verb that goes on with the last speaker (``وتابع``, ``added``) or a pronoun subject."""
    from .lexicon import strip_clitic
    from .words import normalize

    known = lex.continuation_verbs | lex.pronouns
    return any(strip_clitic(normalize(w), lex, known) in known for _, _, w in iter_words(text[start:end]))


def _pronoun_in(text: str, start: int, end: int, lex: Lexicon) -> bool:
    from .words import normalize

    return any(normalize(w) in lex.pronouns for _, _, w in iter_words(text[start:end]))


def _subject_before(analysed: Analysed, pos: int, text: str) -> int | None:
    """The first official named in the nearest earlier sentence that names one."""
    spans = analysed.spans
    idx = bisect.bisect_left(spans, (pos, -1, -1)) - 1
    if idx < 0:
        return None
    last_start = spans[idx][0]
    sentence_start = max(max((m.end() for m in _SENTENCE_END.finditer(text, 0, last_start)), default=0),
                         text.rfind("\n", 0, last_start) + 1)
    for s, _, k in spans:
        if s >= sentence_start:
            return k
    return None


def _quote(article: Article, cand: Candidate, officials: list[Official], remap: dict[int, int]) -> Quote:
    official = remap.get(cand.speaker) if cand.speaker is not None else None
    speaker = officials[official] if official is not None else None
    ids = [s.id for s in article.sentences if s.start < cand.end and cand.start < s.end]
    return Quote(text=article.text[cand.start:cand.end], start=cand.start, end=cand.end,
                 speaker=speaker.name if speaker else None,
                 speaker_en=speaker.name_en if speaker else None,
                 official=official, sentence_ids=ids)
