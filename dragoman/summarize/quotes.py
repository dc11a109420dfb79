"""Key quotes: direct speech in quotation marks or dash dialogue, with the speaker resolved
to a named official where the text allows it (unknown is an honest answer).

Stages: quoted and dash-dialogue spans are found here (over one ``document.Document``),
then speakers.resolve runs the speaker sieves over them, with the officials the caller passes.
"""

from __future__ import annotations

import bisect
import re

from dragoman.article.analysis import SIEVE_CONTINUING, SIEVE_FAMILY, SIEVE_NAME, Official, Quote
from dragoman.article.model import Article

from . import interview as qa
from .document import Document
from .lexicon import Lexicon, strip_clitic
from .quotemarks import quoted_spans
from .reporting import SENTENCE_END, dash_attributes, has_verb, sentence_end, verb_position
from .speakers import _SIEVE_OF_KIND, Candidate, Speech, resolve
from .words import iter_words, normalize

MIN_QUOTE_WORDS = 6  # shorter quoted text is a name, a title or a fragment...
MIN_ATTRIBUTED_WORDS = 4  # ...unless a reporting verb or a dash attribution vouches for it
MAX_WORDS_AFTER_VERB = 3  # a very short quote needs its reporting verb this close before it (replied: "No.")
_DIALOGUE_START = re.compile(r"\s*[–—-]\s+")
# A hyphen typed for the dash counts when spaces set it apart (``, - деді ол``, Qamshy, AKIpress).
_ATTRIBUTION = re.compile(r"[,.!?…]\s*(?:[–—]|-(?=\s))\s+")


def find_quotes(article: Article, officials: list[Official]) -> list[Quote]:
    """Direct-speech quotes in document order, each one span (however many sentences it
    runs over), speaker filled from ``officials`` (find_officials of the same article) when a
    sieve resolves it; ``translation`` is left None."""
    doc = Document.of(article, with_tokens=False)
    people = list(officials) + list(getattr(officials, "voices", ()))  # private people speak too
    found = qa.find_interview(doc)
    turns = found.turns if found else ()
    candidates = _dialogue(doc, {doc.line_at(t.start) for t in turns}) + _answers(doc, found, people)
    taken = [(c.start, c.end) for c in candidates if not c.holds_quotes]
    runs: list[list[Candidate]] = []  # quotes that run over paragraphs: one speaker each
    named = sorted((m.start, m.end) for person in people for m in person.mentions)
    overlaps = _Overlaps(taken)
    for cand in _marked(doc, runs, named):
        if not overlaps.any_with(cand.start, cand.end):
            candidates.append(cand)
    _headline_single(doc, candidates)
    if found:
        _headline_words(doc, found, candidates)
    _headline_speaker(doc, candidates, people)
    candidates.sort(key=lambda c: c.start)
    resolve(Speech.of(doc, people), candidates)
    _headline_echo(doc, candidates)
    candidates = [c for c in candidates if c.vouched or c.speaker is not None]
    if found and found.dashed:
        candidates = _named_inside_answers(doc, candidates, people)
    share_speakers([r for r in runs if all(c in candidates for c in r)])
    return [_quote(doc, c, people, len(officials)) for c in candidates]


def _answers(doc: Document, found: qa.Interview | None, people: list[Official]) -> list[Candidate]:
    """An interview's answers, each a quote by the interviewee (``interview.py``); the
    questions are the outlet's words and give none."""
    if found is None:
        return []
    who = qa.speakers(doc, found, people)
    return [Candidate(t.start, _strip_end(doc.text, t.start, t.end) if found.dashed else t.end,
                      answer=True, interviewee=who.get(t.start), holds_quotes=True)
            for t in found.answers if t.end > t.start]


def _named_inside_answers(doc: Document, candidates: list[Candidate], people: list[Official]) -> list[Candidate]:
    """Words in marks inside a dash answer are a quote of their own when the answer says whose
    they are in the quote's own sentence (``Президент сказал: «...»``, ``Аида Балаева ... «...»
    деді``: a sieve found the speaker, and a mention of them is in that sentence); the words of
    an unnamed side (``жапон әріптестеріміз маған «...» деді``) are the interviewee's retelling,
    part of the answer only."""
    answers = [(c.start, c.end) for c in candidates if c.answer]

    def named_beside(cand: Candidate) -> bool:
        if cand.speaker is None:
            return False
        line_start, line_end = doc.line_at(cand.start)
        opening = max(line_start, cand.start - 1)
        start = max((m.end() for m in SENTENCE_END.finditer(doc.text, line_start, opening)), default=line_start)
        end = sentence_end(doc.text, cand.end + 1, line_end)
        return any(start <= m.start and m.end <= end for m in people[cand.speaker].mentions)
    return [c for c in candidates if c.answer or named_beside(c) or
            not any(a <= c.start and c.end <= b for a, b in answers)]


MIN_HEADLINE_WORDS = 3


def _headline(doc: Document) -> tuple[int, int] | None:
    """The headline's line: the first line of three words or more, so a time and date line
    (``10:42 / 01.12.2026``, ``15:20, 30 November 2026``) or a rubric above it is not taken."""
    text = doc.text
    return next(((a, b) for a, b in doc.lines
                 if sum(1 for _, _, w in iter_words(text[a:b]) if not w.isdigit()) >= MIN_HEADLINE_WORDS), None)


def _headline_words(doc: Document, found: qa.Interview, candidates: list[Candidate]) -> None:
    """Words in marks in an interview's headline are the interviewee's (``«Коридор должен
    работать как часы»`` over the interview with the deputy minister), even when short."""
    text = doc.text
    head = _headline(doc)
    if head is None or head[1] > found.intro_end:
        return
    who = next((c.interviewee for c in candidates if c.answer and c.interviewee is not None), None)
    inside = [c for c in candidates if head[0] <= c.start and c.end <= head[1]]
    for span in quoted_spans(text, head[0], head[1], doc.lex.quote_pairs):
        quoted = text[span.start:span.end]
        if len(list(iter_words(quoted))) < MIN_ATTRIBUTED_WORDS - 1 or _title_like(quoted):
            continue
        cand = next((c for c in inside if c.start == span.start), None)
        if cand is None:
            cand = Candidate(span.start, span.end)
            candidates.append(cand)
        cand.answer, cand.interviewee = True, who


# Single marks that open the headline or follow its colon, closed before a colon, a comma or the
# headline's end: ``'Nobody came for forty minutes'``, ``'...': parliament splits``, ``'...', says X``.
_HEADLINE_SINGLE = re.compile(r"(?:^|(?<=:\s))['‘]((?:[^'‘’\n]|['’](?=\w))+?)['’](?=\s*(?:[:,]|$))", re.M)


def _headline_single(doc: Document, candidates: list[Candidate]) -> None:
    """Words in single marks that open the headline or follow its colon (the BBC's, RFE/RL's,
    Al Jazeera's headline quotes) are speech, even with no sentence mark of their own; two
    words at least, so a quoted term is not taken."""
    head = _headline(doc)
    if head is None:
        return
    for match in _HEADLINE_SINGLE.finditer(doc.text, head[0], head[1]):
        start, end = match.start(1), match.end(1)
        if len(list(iter_words(doc.text[start:end]))) >= 2 and \
                not any(c.start < end and start < c.end for c in candidates):
            candidates.append(Candidate(start, _strip_end(doc.text, start, end)))


def _headline_echo(doc: Document, candidates: list[Candidate]) -> None:
    """A headline quote no sieve resolved echoes the body quote that shares most of its words
    (``'Nobody Came'`` over ``"... nobody came," Temirkhanova told ...``): that quote's speaker,
    when at least half of its words are in that one quote and no other shares as many."""
    head = _headline(doc)
    if head is None:
        return
    text = doc.text
    body = [c for c in candidates if c.start >= head[1] and c.speaker is not None]
    for cand in candidates:
        if not (head[0] <= cand.start and cand.end <= head[1]) or cand.speaker is not None or cand.answer:
            continue
        words = {normalize(w) for _, _, w in iter_words(text[cand.start:cand.end]) if len(w) > 2}
        shared = sorted(((len(words & {normalize(w) for _, _, w in iter_words(text[c.start:c.end])}), k)
                         for k, c in enumerate(body)), reverse=True)
        if not words or not shared or shared[0][0] * 2 < len(words) or \
                (len(shared) > 1 and shared[1][0] == shared[0][0]):
            continue
        echoed = body[shared[0][1]]
        cand.speaker, cand.sieve = echoed.speaker, echoed.sieve


def _headline_speaker(doc: Document, candidates: list[Candidate], people: list[Official]) -> None:
    """A quote in the headline that a colon introduces or a dash follows (``Сапарбаев: «...»``,
    ``«...» — Ахмедов``, ``وزير الكهرباء لـ«الراي»: «...»``) is the person the headline names
    outside its marks, by a mention or by the family name alone (the headline's short form),
    even when it is short; one person only, else the sieves decide."""
    text = doc.text
    head = _headline(doc)
    if head is None:
        return
    spans = quoted_spans(text, head[0], head[1], doc.lex.quote_pairs)
    marks = [(s.open_mark, (s.close_mark if s.close_mark is not None else s.end) + 1) for s in spans]
    outside = [(s, e, normalize(w)) for s, e, w in iter_words(text[head[0]:head[1]], head[0])
               if not any(a <= s < b for a, b in marks)]
    who = _named_in_headline(people, outside) if outside else None
    for span, (opened, closed) in zip(spans, marks):
        quoted = text[span.start:span.end]
        if len(list(iter_words(quoted))) < MIN_ATTRIBUTED_WORDS - 1 or _title_like(quoted):
            continue
        after = text[closed:head[1]].lstrip()[:1]
        colon = text[head[0]:opened].rstrip().endswith((":", "："))
        cand = next((c for c in candidates if c.start == span.start), None)
        if who is None:  # «...» — вице-министр торговли: the role sieve reads the words outside
            role = _role_outside(text, head, opened, closed, colon)
            if cand is None and role is not None:  # kept only if the role names a speaker
                cand = Candidate(span.start, span.end, vouched=False)
                candidates.append(cand)
            if cand is not None and not cand.answer and cand.attribution is None:
                cand.headline_role = role
            continue
        if not (colon or (after and after in "–—-:")):
            continue  # (Сапарбаев: «...», «...» — Ахмедов, «...»: вице-министр о ваучерах)
        if cand is None:
            cand = Candidate(span.start, span.end)
            candidates.append(cand)
        if cand.answer:
            cand.interviewee = who[0]
        else:
            cand.speaker, cand.sieve = who


def _role_outside(text: str, head: tuple[int, int], opened: int, closed: int, colon: bool) -> tuple[int, int] | None:
    """Where the headline says who speaks its quote without a name: before a colon that
    introduces it (``ونائب الوزير: "..."``), or after a dash or a colon that follows it (``«...»
    — вице-министр торговли``, ``«...»: вице-министр о ваучерах``); None in any other form."""
    if colon:
        return head[0], head[0] + len(text[head[0]:opened].rstrip()) - 1
    rest = text[closed:head[1]]
    if rest.lstrip()[:1] not in ("–", "—", "-", ":"):
        return None
    return closed + len(rest) - len(rest.lstrip()) + 1, head[1]


def _named_in_headline(people: list[Official], words: list[tuple[int, int, str]]) -> tuple[int, str] | None:
    """The one person a mention, the full name or the family name in ``words`` names, with the
    sieve that says how; None for none or several."""
    said = {w for _, _, w in words}
    found: dict[int, str] = {}
    for k, person in enumerate(people):
        name = [normalize(w) for w in person.name.split()]
        mention = next((m for m in person.mentions if words[0][0] <= m.start and m.end <= words[-1][1] and
                        all(normalize(w) in said for _, _, w in iter_words(m.text))), None)
        if mention is not None:
            found[k] = _SIEVE_OF_KIND.get(mention.kind, SIEVE_NAME)
        if name and all(w in said for w in name):
            found[k] = SIEVE_NAME
        elif name and name[-1] in said and len(name[-1]) > 3:
            found.setdefault(k, SIEVE_FAMILY)
    return next(iter(found.items())) if len(found) == 1 else None


def _dialogue(doc: Document, skip: set[tuple[int, int]] = frozenset()) -> list[Candidate]:  # type: ignore[assignment]
    """Lines that open with a dash and carry an attribution with a reporting verb
    (``– ..., – деді Х.``); words after the attribution (``— сказал он. — ...``) are the
    same speaker's next quote. Lines in ``skip`` (an interview's turns) are left alone."""
    text, lex = doc.text, doc.lex
    found: list[Candidate] = []
    for start, end in doc.lines:
        if (start, end) in skip:
            continue
        opening = _DIALOGUE_START.match(text, start, end)
        if not opening:
            found.extend(_dashless(doc, start, end))
            continue
        pos, attributed = opening.end(), None
        for match in _ATTRIBUTION.finditer(text, pos, end):
            if match.start() < pos:
                continue
            attr_end = sentence_end(text, match.end(), end)
            if not dash_attributes(text, match.end(), attr_end, lex):
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
        elif not attributed and _unattributed_turn(doc, pos, end):
            introduction = _introduction(doc, start)
            found.append(Candidate(pos, _strip_end(text, pos, end), introduction, introduced=introduction is not None))
    return found


def _unattributed_turn(doc: Document, start: int, end: int) -> bool:
    """A dash paragraph with no attribution, whole sentences of someone's words
    (``– Тұрғындардың табысы өскен жоқ. ...``), not an item of a dashed list (its
    neighbours end in ``;``) and not a name or a heading. A short one is a turn when the
    paragraph before introduces it with a colon (``ответила коротко:`` | ``– Нет.``) or it
    exclaims or asks beside another dash paragraph (``– Былтыр да осылай уәде бергенсіздер!``)."""
    text = doc.text
    words = text[start:end].rstrip()
    if any(mark in words for mark in _QUOTE_MARKS) or not words.endswith((".", "!", "?", "…", "؟")):
        return False
    count = len(list(iter_words(words)))
    neighbours = [text[a:b].strip() for a, b in (_previous_line(doc, doc.line_at(start)[0]), _next_line(doc, end))]
    if any(line[:1] in "–—-" and line.endswith((";", ",")) for line in neighbours):
        return False
    if count >= MIN_QUOTE_WORDS:
        return True
    return count >= 1 and (_introduction(doc, doc.line_at(start)[0]) is not None or
                           (words.endswith(("!", "?", "؟")) and any(line[:1] in "–—" for line in neighbours)))


def _introduction(doc: Document, line_start: int) -> tuple[int, int] | None:
    """The last sentence of the paragraph before, when it ends with a colon that introduces
    the dash paragraph (``Т.Байжанова ответила коротко:``): the words that say who speaks."""
    start, end = _previous_line(doc, line_start)
    if start >= line_start or not doc.text[start:end].rstrip().endswith(":"):
        return None
    stop = start + len(doc.text[start:end].rstrip()) - 1
    opening = max((m.end() for m in SENTENCE_END.finditer(doc.text, start, stop)), default=start)
    return (opening, stop)


def _previous_line(doc: Document, start: int) -> tuple[int, int]:
    pos = start - 1
    while pos > 0 and doc.text[pos] == "\n":
        pos -= 1
    return doc.line_at(max(0, pos))


def _next_line(doc: Document, end: int) -> tuple[int, int]:
    pos = end + 1
    while pos < len(doc.text) and doc.text[pos] == "\n":
        pos += 1
    return doc.line_at(min(pos, max(0, len(doc.text) - 1)))


_CONTINUATION = re.compile(r"[.!?…]?\s*(?:[–—]|-(?=\s))\s+")
_QUOTE_MARKS = "«»“”„\"{}"


def _dashless(doc: Document, start: int, end: int) -> list[Candidate]:
    """Dash dialogue whose opening dash was dropped (``Құрылыс кешікпейді, – деді әкім.``):
    a line with no quote marks that ends in a dash attribution with a reporting verb; the
    words before the dash are the quote."""
    text, lex = doc.text, doc.lex
    if any(mark in text[start:end] for mark in _QUOTE_MARKS):
        return []
    for match in _ATTRIBUTION.finditer(text, start, end):
        attr_end = sentence_end(text, match.end(), end)
        if text[attr_end:end].strip(" .!?…") or not dash_attributes(text, match.end(), attr_end, lex):
            continue  # the attribution must close the line
        quote_end = _strip_end(text, start, match.start() + 1)
        if len(list(iter_words(text[start:quote_end]))) >= MIN_ATTRIBUTED_WORDS:
            return [Candidate(start, quote_end, (match.end(), attr_end))]
    return []


def _strip_end(text: str, start: int, end: int) -> int:
    """End of the quoted words without the comma the attribution dash follows."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",:;"):
        end -= 1
    return end


class _Overlaps:
    """Spans to test others against: does any of them overlap ``[start, end)``? By bisection over
    the spans sorted by start, with the farthest end among each prefix (a long article has
    hundreds of dialogue lines and thousands of marked spans)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]
        self.reach: list[int] = []
        for _, b in self.spans:
            self.reach.append(max(b, self.reach[-1]) if self.reach else b)

    def any_with(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self.starts, end)  # the spans that start before ``end``
        return k > 0 and self.reach[k - 1] > start


def _marked(doc: Document, runs: list[list[Candidate]], named: list[tuple[int, int]] = []) -> list[Candidate]:  # noqa: B006
    """Text in quotation marks that reads as speech, not as a name or a title. A quote left
    open at the end of its paragraph goes on in the next one (with an opening mark, or with
    only the closing mark and the attribution): one quote per paragraph, and each such run of
    quotes is added to ``runs`` so that they share one speaker."""
    text, lex = doc.text, doc.lex
    found: list[Candidate] = []
    held: Candidate | None = None  # a quote left open at the end of its paragraph
    for start, end in doc.lines:
        if not text[start:end].strip():
            continue
        previous_end = None  # end of the last quote accepted in this line
        going_on = _goes_on_unopened(doc, start, end) if held is not None else None
        closed_at = -1  # the closing mark of a quote going on without its opening mark
        if going_on is not None and held is not None:
            (cand, closed_at) = going_on
            found.append(cand)
            _join(runs, held, cand)
            held, previous_end = None, cand.end
        for span_start, span_end, after in _spans_in_line(text, start, end, lex):
            if closed_at >= 0 and not text[closed_at + 1:span_start].strip(_OPENING_MARKS + " "):
                continue  # the mark that closed that quote opens nothing
            quoted = text[span_start:span_end]
            words = len(list(iter_words(quoted)))
            attribution = _attribution_after(text, after, end, lex)
            if held is not None and not text[start:span_start].strip(_OPENING_MARKS + " "):
                cand = Candidate(span_start, span_end, attribution)  # the same quote, its next paragraph
                found.append(cand)
                _join(runs, held, cand)
                held, previous_end = None, span_end
                continue
            line, span = (start, end), (span_start, span_end)
            introduction = None if attribution else _answer_after_colon(text, line, span, named)
            if introduction or _speech(text, line, span, words, attribution, previous_end, lex):
                cand = Candidate(span_start, span_end, attribution or introduction)
                if previous_end is not None and not any(c in _ALL_MARKS for c in text[previous_end:span_start]):
                    _join(runs, found[-1], cand)  # «A, — заявил он. — B»: one pair of marks, one speaker
                found.append(cand)
                previous_end = span_end
        held = found[-1] if found and _left_open(text, found[-1], end) else None
    return found


def _join(runs: list[list[Candidate]], held: Candidate, cand: Candidate) -> None:
    run = next((r for r in runs if r[-1] is held), None)
    if run is None:
        runs.append([held, cand])
    else:
        run.append(cand)


_CLOSING_MARKS = "»”\""
_ALL_MARKS = "«»“”„\"‘’{}"


def _goes_on_unopened(doc: Document, start: int, end: int) -> tuple[Candidate, int] | None:
    """The paragraph after an open quote goes on with it without an opening mark and ends it
    with a closing mark and the attribution (``... жеңілдетеміз», – деді вице-министр.``)."""
    text, lex = doc.text, doc.lex
    first = start + len(text[start:end]) - len(text[start:end].lstrip())
    if first >= end or text[first] in _OPENING_MARKS or text[first] in "–—-":
        return None
    closers = _CLOSING_MARKS + "".join(b for _, b in lex.quote_pairs)
    openers = _OPENING_MARKS + "".join(a for a, _ in lex.quote_pairs)
    close = next((k for k in range(first, end) if text[k] in closers), None)
    if close is None or any(c in openers for c in text[first:close] if c != '"'):
        return None
    attribution = _attribution_after(text, close + 1, end, lex)
    if attribution is None and text[close + 1:end].strip(" .!?…،"):
        return None
    return Candidate(first, _strip_end(text, first, close), attribution), close


def share_speakers(runs: list[list[Candidate]]) -> None:
    """A quote that runs over several paragraphs has one speaker: the one its attribution
    gives (the last paragraph's, as a rule), else the first any paragraph of it found by its
    own evidence (a name, a back-reference after the run: «...» | «...». | بهذه الكلمات لخصت X),
    not by going on from the quote before the run, else the first found at all."""
    for run in runs:
        if any(c.unnamed_after for c in run):
            for cand in run:  # the words are of someone the paragraph after names, no official
                cand.speaker, cand.sieve = None, None
            continue
        decider = next((c for c in reversed(run) if c.attribution and c.speaker is not None), None) or \
            next((c for c in run if c.speaker is not None and c.sieve != SIEVE_CONTINUING), None) or \
            next((c for c in run if c.speaker is not None), None)
        if decider is None:
            continue
        for cand in run:
            if cand.speaker != decider.speaker:
                cand.speaker, cand.sieve = decider.speaker, decider.sieve


_OPENING_MARKS = "\"“«„‘'"


def _speech(text: str, line: tuple[int, int], span: tuple[int, int], words: int,
            attribution: tuple[int, int] | None, previous_end: int | None, lex: Lexicon) -> bool:
    """The quoted span reads as speech: long enough and not a name, or vouched for by an
    attribution or a reporting verb (the cheap tests first)."""
    (start, end), (span_start, span_end) = line, span
    quoted = text[span_start:span_end]
    if words >= MIN_QUOTE_WORDS and not _title_like(quoted):
        return True
    if _named_thing(text, line, span, words, lex):
        return False
    if words >= MIN_ATTRIBUTED_WORDS and (attribution or (previous_end is not None and _ends_sentence(quoted))
                                          or _verb_before(text, start, span_start, lex)
                                          or _whole_paragraph(text, line, span)):
        return True
    if attribution is not None and (words == 1 or not _title_like(quoted)):
        return True
    if previous_end is not None and words >= 2 and not _title_like(quoted) and \
            (_ends_sentence(quoted) or _closes_sentence(text, span_end, end)):
        return True  # «...», – сказал он. – «Акимы отвечают лично».: the same speaker's next words
    if words < 1:
        return False
    if _verb_just_before(text, start, span_start, lex) and \
            (_ends_sentence(quoted) or not _title_like(quoted) or _after_colon(text, start, span_start)):
        return True
    return not _title_like(quoted) and _closes_sentence(text, span_end, end) and \
        (_verb_in_clause(text, start, span_start, lex)
         or (_after_colon(text, start, span_start) and _verb_before(text, start, span_start, lex)))


def _answer_after_colon(text: str, line: tuple[int, int], span: tuple[int, int],
                        named: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A person named in the sentence a colon ends, and after it words in marks that end the
    paragraph (``Сулейменов был краток: «Нет».``, ``اكتفت بيكمامبيتوفا بالقول: "الربيع المقبل".``):
    that person's answer, however short, with no reporting verb in the list; the words before
    the colon (the attribution the sieves read), else None."""
    (start, end), (span_start, span_end) = line, span
    if not _after_colon(text, start, span_start) or text[span_end:end].strip("\"”»’'.!?… "):
        return None
    colon = text.rindex(":", start, span_start)
    sentence_start = max(start, max((m.end() for m in SENTENCE_END.finditer(text, start, colon)), default=start))
    k = bisect.bisect_left(named, (sentence_start, -1))  # named is sorted: the ones starting in the sentence
    while k < len(named) and named[k][0] <= colon:
        if named[k][1] <= colon:
            return (sentence_start, colon)
        k += 1
    return None


def _named_thing(text: str, line: tuple[int, int], span: tuple[int, int], words: int, lex: Lexicon) -> bool:
    """A few words in marks that name something rather than say it: a word of the profile's
    ``naming_words`` just before or after the marks (``ضمن مشروع «مدارس مريحة»``, «Жайлы мектеп»
    жобасы), or, where names are capitalised, a capital inside a sentence with no colon before
    and no sentence mark of its own (``рассказал «Российской газете»``)."""
    if words >= MIN_QUOTE_WORDS or _ends_sentence(text[span[0]:span[1]]):
        return False
    before = [normalize(w) for _, _, w in iter_words(text[max(line[0], span[0] - 40):span[0]])]
    after = [normalize(w) for _, _, w in iter_words(text[span[1]:min(line[1], span[1] + 40)])]
    naming = lex.naming_words
    if (before and strip_clitic(before[-1], lex, naming) in naming) or (after and after[0] in naming):
        return True
    if lex.name_first or words >= MIN_ATTRIBUTED_WORDS or not text[span[0]:span[1]][:1].isupper():
        return False
    head = text[line[0]:span[0]].rstrip(_OPENING_MARKS + " ")
    return bool(head) and not head.endswith((":", ".", "!", "?", "…", ",", "—", "–", "-")) and \
        not text[span[1]:line[1]].lstrip("\"”»’'").startswith((",", "—", "–"))



def _left_open(text: str, cand: Candidate, line_end: int) -> bool:
    """The quote runs to the end of its paragraph with no closing mark and no attribution:
    news style goes on with the same quote in the next paragraph, which opens with a mark."""
    return cand.attribution is None and cand.end >= len(text[:line_end].rstrip()) and \
        _ends_sentence(text[cand.start:cand.end]) and text[cand.start - 1:cand.start] in _OPENING_MARKS


_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(]))['‘]((?:[^'‘’\n]|['’](?=\w))+?[,.!?])['’](?=[\s)]|$)", re.M)


def _spans_in_line(text: str, start: int, end: int, lex: Lexicon) -> list[tuple[int, int, int]]:
    """(start, end, where the attribution may begin) of each quoted span in the line. A mark
    left open is cut at a dash attribution (``«... жоқ, – деп мәлімдеді Х.``); a pair of marks
    the attribution breaks (``«..., — заявил он. — ...»``) is two spans."""
    spans: list[tuple[int, int, int]] = []
    for span in quoted_spans(text, start, end, lex.quote_pairs):
        if span.close_mark is not None:
            spans.extend(_broken(text, span.start, span.end, span.close_mark + 1, lex))
            continue
        cut = next((m for m in _ATTRIBUTION.finditer(text, span.start, end)
                    if dash_attributes(text, m.end(), sentence_end(text, m.end(), end), lex)), None)
        if cut:
            spans.append((span.start, _strip_end(text, span.start, cut.start() + 1), cut.start() + 1))
        else:
            spans.append((span.start, span.end, span.end))
    taken = [(a, b) for a, b, _ in spans]
    for match in _SINGLE.finditer(text, start, end):
        if not any(a < match.end() and match.start() < b for a, b in taken):
            spans.append((match.start(1), match.end(1), match.end()))
    return sorted(spans)


def _broken(text: str, start: int, end: int, after: int, lex: Lexicon) -> list[tuple[int, int, int]]:
    """The quoted words split where a dash attribution with a reporting verb breaks them inside
    the marks (``«A, — заявил он. — B»``, ``«A, – деді ол. – B»``): (start, end, attribution)
    of each piece; one piece when nothing breaks them."""
    pieces: list[tuple[int, int, int]] = []
    pos = start
    for match in _ATTRIBUTION.finditer(text, start, end):
        if match.start() < pos:
            continue
        attr_end = sentence_end(text, match.end(), end)
        going_on = _CONTINUATION.match(text, attr_end, end)
        if not going_on or not dash_attributes(text, match.end(), attr_end, lex):
            continue
        pieces.append((pos, _strip_end(text, pos, match.start() + 1), match.start() + 1))
        pos = going_on.end()
    return [*pieces, (pos, end, after)] if pieces and pos < end else [(start, end, after)]


def _whole_paragraph(text: str, line: tuple[int, int], span: tuple[int, int]) -> bool:
    """The marks hold the whole paragraph (``«Почему тарифы растут?»`` alone on its line): a
    sentence someone said, as no name or title stands alone as a paragraph with its full stop."""
    rest = text[span[1]:line[1]].strip()
    closed = _ends_sentence(text[span[0]:span[1]]) or rest.lstrip("\"”»’'}")[:1] in (".", "!", "?", "…")
    return closed and not text[line[0]:span[0]].strip(_OPENING_MARKS + " ") and not rest.strip("\"”»’'{}. ")


def _after_colon(text: str, line_start: int, span_start: int) -> bool:
    """A colon opens the quoted words (``ответила одним словом: «Посмотрим»``): speech, even
    when the one word is capitalised like a name."""
    return text[line_start:span_start].rstrip(_OPENING_MARKS + " ").endswith(":")


def _closes_sentence(text: str, span_end: int, line_end: int) -> bool:
    """Nothing but the closing mark and a full stop after the quoted words before the sentence
    ends (``talks had been "constructive".``): a short quote the reporting verb before it owns,
    not a name in passing."""
    rest = text[span_end:line_end].lstrip("\"”»’'")
    return rest[:1] in (".", "!", "?", "…", "") and not rest[1:2].isalnum()


def _ends_sentence(quoted: str) -> bool:
    return quoted.rstrip().endswith((".", "!", "?", "…", "؟"))


def _title_like(quoted: str) -> bool:
    """Every word capitalised and no sentence punctuation: a name, not speech."""
    words = [w for _, _, w in iter_words(quoted)]
    return bool(words) and all(w[:1].isupper() for w in words) and not re.search(r"[.!?]", quoted)


_AFTER_MARK = re.compile(r"\s*[,.!?…،]?\s*(?:[–—]|-(?=\s))?\s*")  # the comma may be Arabic (،)


def _attribution_after(text: str, pos: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """``, – деді Х.`` / ``," X said.`` right after a closing mark: a reporting verb within
    the first few words (``бастамасы туралы айтты`` talks about the name, it does not attribute)."""
    match = _AFTER_MARK.match(text, pos, end)
    start = match.end() if match else pos
    stop = sentence_end(text, start, end)
    verb = verb_position(text, start, stop, lex) if stop > start else None
    if verb is None:
        dashed = any(c in "–—" for c in text[pos:start]) or " - " in f" {text[pos:start]} "
        return (start, stop) if dashed and stop > start and dash_attributes(text, start, stop, lex) else None
    between = [w for _, _, w in iter_words(text[start:verb])]
    marked = bool(text[pos:start].strip()) or text[:pos].rstrip().rstrip("\"”»’'").endswith(",")
    if len(between) <= 3 and (marked or all(w[:1].isupper() for w in between)):
        return (start, stop)
    return None


def _verb_just_before(text: str, line_start: int, mark: int, lex: Lexicon) -> bool:
    """A reporting verb a few words before the opening mark, in the same sentence
    (``replied: "No."``, ``مضيفا أن "..."``): it vouches for a quote of one word."""
    opening = mark - 1 if mark > line_start and not text[mark - 1].isalnum() else mark
    sentence_start = max(line_start, max((m.end() for m in SENTENCE_END.finditer(text, line_start, opening)),
                                         default=line_start))
    verb = verb_position(text, sentence_start, opening, lex)
    while verb is not None:
        if len(list(iter_words(text[verb:opening]))) <= MAX_WORDS_AFTER_VERB + 1:
            return True
        verb = verb_position(text, verb + 1, opening, lex)
    return False


def _verb_in_clause(text: str, line_start: int, mark: int, lex: Lexicon) -> bool:
    """A reporting verb in the clause the opening mark ends (no comma or semicolon between):
    ``wrote that the talks had been "friendly."``, not ``..., saying it was "step by step."``."""
    clause_start = max(line_start, max((m.end() for m in _CLAUSE_END.finditer(text, line_start, mark)),
                                       default=line_start))
    return has_verb(text, clause_start, mark, lex)


_CLAUSE_END = re.compile(r"[,;:.!?…،؛](?=\s)")


def _verb_before(text: str, line_start: int, mark: int, lex: Lexicon) -> bool:
    sentence_start = max(line_start, max((m.end() for m in SENTENCE_END.finditer(text, line_start, mark)),
                                         default=line_start))
    return has_verb(text, sentence_start, mark, lex)


def _quote(doc: Document, cand: Candidate, officials: list[Official], count: int) -> Quote:
    """``officials``: the officials, then the private voices (``count`` officials)."""
    speaker = officials[cand.speaker] if cand.speaker is not None else None
    ids = [s.id for s in doc.sentences_over(cand.start, cand.end)]
    return Quote(text=doc.text[cand.start:cand.end], start=cand.start, end=cand.end,
                 speaker=speaker.name if speaker else None,
                 speaker_en=speaker.name_en if speaker else None,
                 official=cand.speaker if cand.speaker is not None and cand.speaker < count else None,
                 sentence_ids=ids,
                 sieve=cand.sieve if speaker else None)
