"""Key quotes: direct speech in quotation marks or dash dialogue, with the speaker resolved
to a named official where the text allows it (unknown is an honest answer).

Speaker evidence, strongest first: an official named in the attribution
(``– ..., – деді Х.``, ``"...," X said``); an official named beside the reporting verb in the
same sentence; for a reporting verb without a subject (``وتابع قائلا``, ``he added``), the
subject of the latest sentence that named an official.
"""

from __future__ import annotations

import re

from dragoman.article.analysis import Official, Quote
from dragoman.article.model import Article

from .lexicon import Lexicon
from .officials import Analysed, analyse_officials
from .quotemarks import quoted_spans
from .reporting import SENTENCE_END, has_verb, sentence_end, verb_position
from .speakers import Candidate, carry_in_line, resolve
from .words import iter_words

MIN_QUOTE_WORDS = 6  # shorter quoted text is a name, a title or a fragment...
MIN_ATTRIBUTED_WORDS = 4  # ...unless a reporting verb or a dash attribution vouches for it
_DIALOGUE_START = re.compile(r"\s*[–—-]\s+")
_ATTRIBUTION = re.compile(r"[,.!?…]\s*[–—]\s+")


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
    resolve(article, analysed, candidates)
    carry_in_line(article.text, candidates, analysed)
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
            attr_end = sentence_end(text, match.end(), end)
            if not has_verb(text, match.end(), attr_end, analysed.lex):
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


def _strip_end(text: str, start: int, end: int) -> int:
    """End of the quoted words without the comma the attribution dash follows."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",:;"):
        end -= 1
    return end


def _marked(article: Article, analysed: Analysed) -> list[Candidate]:
    """Text in quotation marks that reads as speech, not as a name or a title."""
    text, found = article.text, []
    held: Candidate | None = None  # a quote left open at the end of its paragraph
    for start, end in _lines(text):
        if not text[start:end].strip():
            continue
        previous_end = None  # end of the last quote accepted in this line
        for span_start, span_end, after in _spans_in_line(text, start, end, analysed.lex):
            quoted = text[span_start:span_end]
            words = len(list(iter_words(quoted)))
            attribution = _attribution_after(text, after, end, analysed.lex)
            if held is not None and not text[start:span_start].strip(_OPENING_MARKS + " "):
                found[found.index(held)] = Candidate(held.start, span_end, attribution)  # one quote, two paragraphs
                held, previous_end = None, span_end
                continue
            vouched = attribution or _verb_before(text, start, span_start, analysed.lex) or \
                (previous_end is not None and _ends_sentence(quoted))
            if (words >= MIN_QUOTE_WORDS and not _title_like(quoted)) or (words >= MIN_ATTRIBUTED_WORDS and vouched):
                found.append(Candidate(span_start, span_end, attribution))
                previous_end = span_end
        held = found[-1] if found and _left_open(text, found[-1], end) else None
    return found


_OPENING_MARKS = "\"“«„‘'"


def _left_open(text: str, cand: Candidate, line_end: int) -> bool:
    """The quote runs to the end of its paragraph with no closing mark and no attribution:
    news style goes on with the same quote in the next paragraph, which opens with a mark."""
    return cand.attribution is None and cand.end >= len(text[:line_end].rstrip()) and \
        _ends_sentence(text[cand.start:cand.end]) and text[cand.start - 1:cand.start] in _OPENING_MARKS


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
                    if has_verb(text, m.end(), sentence_end(text, m.end(), end), lex)), None)
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
    stop = sentence_end(text, start, end)
    verb = verb_position(text, start, stop, lex) if stop > start else None
    if verb is None:
        return None
    between = [w for _, _, w in iter_words(text[start:verb])]
    marked = bool(text[pos:start].strip()) or text[:pos].rstrip().rstrip("\"”»’'").endswith(",")
    if len(between) <= 3 and (marked or all(w[:1].isupper() for w in between)):
        return (start, stop)
    return None


def _verb_before(text: str, line_start: int, mark: int, lex: Lexicon) -> bool:
    sentence_start = max(line_start, max((m.end() for m in SENTENCE_END.finditer(text, line_start, mark)),
                                         default=line_start))
    return has_verb(text, sentence_start, mark, lex)


def _quote(article: Article, cand: Candidate, officials: list[Official], remap: dict[int, int]) -> Quote:
    official = remap.get(cand.speaker) if cand.speaker is not None else None
    speaker = officials[official] if official is not None else None
    ids = [s.id for s in article.sentences if s.start < cand.end and cand.start < s.end]
    return Quote(text=article.text[cand.start:cand.end], start=cand.start, end=cand.end,
                 speaker=speaker.name if speaker else None,
                 speaker_en=speaker.name_en if speaker else None,
                 official=official, sentence_ids=ids)
