"""Interviews in question-and-answer form: which paragraphs are the outlet's questions, which
the interviewee's answers, and who the interviewee is.

Two forms are recognised (the words that tell them are the profile's ``[quotes]``):

- labels: turns open with a label and a colon, one label for the questions and one (or more) for
  the answers: ``question_labels`` / ``answer_labels`` (``س:`` / ``ج:``, ``Q:`` / ``A:``) or names
  (``Eurasianet:`` / ``Sharipova:``; the label whose turns ask is the interviewer's). A
  paragraph with no label after an answer goes on with it while the interview goes on; the
  paragraphs after the last turn are the outlet's again. Words quoted inside such an answer are
  a quote of their own.
- dashes: turns open with a dialogue dash and carry no attribution; one that asks is a question,
  the dash turns after it answers. At least two questions must be answered, and the headline or
  intro must say it is an interview (``interview_words``: сұхбат, интервью, حوار, interview) or
  three must be. The dash marks the answer, so words quoted inside it are the answer's.

The questions are the outlet's words, never quotes; the answers are the interviewee's. A name
label says whose answer it is; otherwise the interviewee is the one official the headline and
intro name (beside an interview word when they name several), else unknown.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from dragoman.article.analysis import Official

from .document import Document
from .quotemarks import quoted_spans
from .reporting import SENTENCE_END, dash_attributes, sentence_end
from .words import iter_words, normalize, words_of

MIN_PAIRS = 2  # questions answered, for a dash interview the intro calls one...
MIN_PAIRS_UNNAMED = 3  # ...and for one it does not
MAX_LABEL_WORDS = 3
# A label may hold a dot inside a word (an outlet's name, ``El.kz:``, ``Vesti.kz:``) or after an
# initial (``Г.Бекмұхамбетова:``, ``D. Sharipova:``), never one that ends a sentence.
_LABEL = re.compile(r"\s*([^\W\d_](?:[^\n:：.!?؟«»\"“”]|\.(?=\w)|(?<=\b\w)\.\s?){0,40}?)\s*[:：]\s+(?=\S)")
_DASH = re.compile(r"\s*(?:[–—]\s*|-\s+)(?=\S)")
_ATTRIBUTION = re.compile(r"[,.!?…؟]\s*[–—]\s+")
_ASKS = ("?", "؟")


@dataclass(frozen=True)
class Turn:
    start: int  # the first character of the words (after the label or the dash)
    end: int  # the end of the paragraph, trailing spaces left out
    question: bool
    label: str = ""  # the label as written ("Sharipova"); "" for dash turns
    going_on: bool = False  # a paragraph with no dash that goes on with the dash answer before it


@dataclass(frozen=True)
class Interview:
    turns: tuple[Turn, ...]
    intro_end: int  # the headline and intro end where the first turn's paragraph starts
    dashed: bool  # dash turns: the dash marks the answer (quotes inside it are its own words)

    @property
    def answers(self) -> tuple[Turn, ...]:
        return tuple(t for t in self.turns if not t.question)

    def turn_at(self, offset: int) -> Turn | None:
        """The turn whose paragraph holds ``offset``, if any."""
        return next((t for t in self.turns if t.start <= offset <= t.end), None)


def find_interview(doc: Document) -> Interview | None:
    """The question-and-answer structure of the article, or None when it is not an interview."""
    paragraphs = [(s, e) for s, e in doc.lines if doc.text[s:e].strip()]
    return _labelled(doc, paragraphs) or _dashed(doc, paragraphs) or _asked(doc, paragraphs)


def _labelled(doc: Document, paragraphs: list[tuple[int, int]]) -> Interview | None:
    text, lex = doc.text, doc.lex
    labels: list[tuple[str, int, int, int]] = []  # (label key, paragraph index, words start, end)
    for i, (start, end) in enumerate(paragraphs):
        match = _LABEL.match(text, start, end)
        if match and len(list(iter_words(match.group(1)))) <= MAX_LABEL_WORDS:
            labels.append((normalize(match.group(1).strip()), i, match.end(), _trim(text, match.end(), end)))
    counts = Counter(key for key, *_ in labels)
    asks = Counter(key for key, _, s, e in labels if text[s:e].rstrip().endswith(_ASKS))
    question = next((k for k in counts if k in lex.question_labels), None) or \
        max((k for k in counts if counts[k] >= 2 and asks[k] * 2 >= counts[k]), key=lambda k: asks[k], default=None)
    if question is None:
        return None
    answering = {k for k in counts if k != question and
                 (k in lex.answer_labels or (counts[k] >= 2 and asks[k] * 2 < counts[k]))}
    answering |= {k for k in counts if k != question and not asks[k] and _short_form_of(k, answering)}
    labels = [item for item in labels if item[0] == question or item[0] in answering]
    if sum(1 for a, b in zip(labels, labels[1:]) if a[0] == question and b[0] in answering) < MIN_PAIRS:
        return None
    turns: list[Turn] = []
    by_paragraph = {i: (key, s, e) for key, i, s, e in labels}
    first, last = labels[0][1], labels[-1][1]
    original = {normalize(m.group(1).strip()): m.group(1).strip() for m in
                (_LABEL.match(text, *paragraphs[i]) for _, i, _, _ in labels) if m}
    for i in range(first, last + 1):
        start, end = paragraphs[i]
        if i in by_paragraph:
            key, s, e = by_paragraph[i]
            turns.append(Turn(s, e, key == question, original.get(key, key)))
        elif turns and not turns[-1].question and _goes_on(text, start, end):
            turns.append(Turn(_trim_start(text, start, end), _trim(text, start, end), False, turns[-1].label))
    return Interview(tuple(turns), paragraphs[first][0], dashed=False)


def _short_form_of(label: str, answering: set[str]) -> bool:
    """The full name once, then the short form (``Гүлназ Бекмұхамбетова:`` then
    ``Г.Бекмұхамбетова:``, ``Dana Sharipova:`` then ``Sharipova:``): one voice, known by the
    family name the labels end with."""
    family = _family(label)
    return bool(family) and any(_family(k) == family for k in answering if k != label)


def _family(label: str) -> str:
    """The label's last word longer than an initial (``Бекмұхамбетова``, ``Киселев`` of ``Киселев С.``)."""
    return next((w for w in reversed(words_of(label)) if len(w) > 3), "")


def _goes_on(text: str, start: int, end: int) -> bool:
    """An unlabelled paragraph inside the interview that reads as more of the answer: whole
    sentences, not a caption or a "Read also:" line (a label of its own)."""
    label = _LABEL.match(text, start, end)
    return not (label and len(list(iter_words(label.group(1)))) <= MAX_LABEL_WORDS) and \
        text[start:end].rstrip().endswith((".", "!", "?", "…", "؟"))


def _dashed(doc: Document, paragraphs: list[tuple[int, int]]) -> Interview | None:
    text = doc.text
    turns: list[Turn] = []
    first_paragraph: int | None = None
    waiting: list[Turn] = []  # undashed paragraphs after an answer: more of it if a turn follows
    for start, end in paragraphs:
        dash = _DASH.match(text, start, end)
        if not dash:
            if turns and not turns[-1].question and _goes_on(text, start, end):
                waiting.append(Turn(_trim_start(text, start, end), _trim(text, start, end), False, going_on=True))
            else:
                waiting = []
            continue
        if _attributed(doc, dash.end(), end):
            waiting = []
            continue
        words_end = _trim(text, dash.end(), end)
        asks = text[dash.end():words_end].endswith(_ASKS) or _put_to(turns, start)
        if not asks and not (turns and turns[-1].start < start):
            continue  # a dash line before any question: not yet the interview
        if asks and first_paragraph is None:
            first_paragraph = start
        turns.extend(waiting)
        waiting = []
        turns.append(Turn(dash.end(), words_end, asks))
    pairs = sum(1 for a, b in zip(turns, turns[1:]) if a.question and not b.question)
    if first_paragraph is None or pairs < MIN_PAIRS:
        return None
    if pairs < MIN_PAIRS_UNNAMED and not _says_interview(doc, 0, first_paragraph):
        return None
    while turns and turns[-1].question:
        turns.pop()  # a question nobody answers is the outlet's line, not a turn we can use
    return Interview(tuple(turns), first_paragraph, dashed=True)


def _put_to(turns: list[Turn], start: int) -> bool:
    """A dash turn that does not ask but follows an answered question's answer is the next
    question put as a statement (``— Some experts say tariffs will rise.``): turns alternate."""
    dashed = [t for t in turns if not t.going_on]
    return len(dashed) >= 2 and dashed[-2].question and not dashed[-1].question and dashed[-1].start < start


def _asked(doc: Document, paragraphs: list[tuple[int, int]]) -> Interview | None:
    """Questions with no label: paragraphs that ask (``Почему?``, ``* ما تفاصيل الاتفاق؟``,
    ``— Which markets come first?``), opened by one kind of mark or by none, each answered by
    the paragraphs after it that do not ask (a dash or a star before them left out). The last
    question's answer is its next paragraph only: after it the outlet goes on. The intro must
    say it is an interview, or three questions opened by a mark must be answered."""
    text = doc.text
    asking = [_question_mark(doc, s, e) if i else None for i, (s, e) in enumerate(paragraphs)]
    kinds = Counter(kind for kind in asking if kind is not None)
    if not kinds:
        return None
    kind = kinds.most_common(1)[0][0]
    turns: list[Turn] = []
    for i, (start, end) in enumerate(paragraphs):
        if asking[i] is None and kind == "" and turns and not turns[-1].question and \
                _put_as_statement(doc, paragraphs, i):
            asking[i] = kind  # an answer, then one sentence, then a short reply: the outlet's statement
        if asking[i] == kind:
            turns.append(Turn(_MARKED.match(text, start, end).end(), _trim(text, start, end), True))  # type: ignore[union-attr]
        elif turns and asking[i] is None and (turns[-1].question or any(a == kind for a in asking[i + 1:])):
            turns.append(Turn(_MARKED.match(text, start, end).end(), _trim(text, start, end), False))  # type: ignore[union-attr]
    pairs = sum(1 for a, b in zip(turns, turns[1:]) if a.question and not b.question)
    if pairs < MIN_PAIRS:
        return None
    first = next(t.start for t in turns if t.question)
    intro_end = doc.line_at(first)[0]
    if not _says_interview(doc, 0, intro_end) and (kind == "" or pairs < MIN_PAIRS_UNNAMED):
        return None
    while turns and turns[-1].question:
        turns.pop()
    return Interview(tuple(turns), intro_end, dashed=False)


MAX_REPLY_WORDS = 5


def _put_as_statement(doc: Document, paragraphs: list[tuple[int, int]], i: int) -> bool:
    """Paragraph ``i`` of an unmarked interview is the outlet's statement put as a question
    (``Critics say data sharing is the easy part.`` | ``Of course. But ...``): one sentence with
    no quote marks, after which the next paragraph opens with a short reply sentence and goes on."""
    if i + 1 >= len(paragraphs):
        return False
    text = doc.text
    start, end = paragraphs[i]
    words = text[start:_trim(text, start, end)]
    if not words.endswith(".") or any(c in _QUOTE_MARKS for c in words) or \
            any(m.end() < len(words) for m in SENTENCE_END.finditer(words)):
        return False
    nxt_start, nxt_end = paragraphs[i + 1]
    reply = text[nxt_start:_trim(text, nxt_start, nxt_end)].lstrip()
    first = SENTENCE_END.search(reply)
    return first is not None and first.end() < len(reply) and \
        len(list(iter_words(reply[:first.end()]))) <= MAX_REPLY_WORDS


_MARKED = re.compile(r"\s*(?:[*•▪■]\s*|[–—]\s*|-\s+)?")
MAX_QUESTION_WORDS = 60
_QUOTE_MARKS = "«»“”„\""


def _question_mark(doc: Document, start: int, end: int) -> str | None:
    """The mark that opens a paragraph which asks ("" for none, "-" for any dash), or None
    when it does not ask: it ends with a question mark, holds no quote marks and no dash
    attribution, and is short enough for a question."""
    text = doc.text
    opening = _MARKED.match(text, start, end)
    body, stop = opening.end() if opening else start, _trim(text, start, end)
    words = text[body:stop]
    if not words.endswith(_ASKS) or any(c in _QUOTE_MARKS for c in words) or _attributed(doc, body, stop):
        return None
    if len(list(iter_words(words))) > MAX_QUESTION_WORDS:
        return None
    mark = text[start:body].strip()
    return "-" if mark in ("-", "–", "—") else mark


def _attributed(doc: Document, start: int, end: int) -> bool:
    """``– ..., – деді X.``: a dash attribution with a reporting verb (dialogue, not an interview turn)."""
    for match in _ATTRIBUTION.finditer(doc.text, start, end):
        if dash_attributes(doc.text, match.end(), sentence_end(doc.text, match.end(), end), doc.lex):
            return True
    return False


def _says_interview(doc: Document, start: int, end: int) -> bool:
    return interview_word_at(doc, start, end) is not None


def interview_word_at(doc: Document, start: int, end: int) -> int | None:
    """Offset of the first of the profile's interview words in ``text[start:end]`` (each word
    of a phrase matches a word it begins, or for Arabic one it is inside: بمقابلة)."""
    phrases = doc.lex.interview_words
    if not phrases:
        return None
    found = [(s, normalize(w)) for s, _, w in iter_words(doc.text[start:end], start)]
    for i, (offset, _) in enumerate(found):
        for phrase in phrases:
            if i + len(phrase) <= len(found) and all(_fits(found[i + k][1], phrase[k]) for k in range(len(phrase))):
                return offset
    return None


def _fits(word: str, stem: str) -> bool:
    return word == stem or (len(stem) >= 4 and (word.startswith(stem) or stem in word))


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _trim_start(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def speakers(doc: Document, interview: Interview, officials: list[Official]) -> dict[int, int | None]:
    """The official (an index into ``officials``) who gives each answer, by the answer's start;
    None where the article does not say who. A name label says it; with one answering voice
    and no name label, the one the intro names does."""
    known = doc.lex.answer_labels
    labels = {t.label for t in interview.answers}
    own = {label: _labelled_official(label, officials) for label in labels if label and normalize(label) not in known}
    default = _named_in_intro(doc, interview, officials) if len(labels) == 1 else None
    if default is not None and any(label and normalize(label) not in known and own.get(label) is None and
                                   not _label_fits(label, officials[default]) for label in labels):
        default = None  # "الغامدي:" answers and the intro's one official is the minister: not him
    return {t.start: own.get(t.label) if own.get(t.label) is not None else default for t in interview.answers}


def _label_fits(label: str, official: Official) -> bool:
    """A name label could be ``official``'s: its family word is one of the name's words or of
    a mention's (the label of one the officials stage missed names someone else)."""
    family = _family(normalize(label))
    words = set(words_of(official.name)) | {w for m in official.mentions for w in words_of(m.text)}
    return not family or family in words


def _labelled_official(label: str, officials: list[Official]) -> int | None:
    """The one official a name label names: its words are among the name's (``Sharipova``,
    ``Karim Masimov``) or it is one of their mentions as written."""
    words = words_of(label)
    if not words:
        return None
    hits = {k for k, o in enumerate(officials)
            if set(words) <= set(words_of(o.name)) or any(normalize(m.text) == normalize(label) for m in o.mentions)}
    return hits.pop() if len(hits) == 1 else None


def _named_in_intro(doc: Document, interview: Interview, officials: list[Official]) -> int | None:
    """The one official the headline and intro name outside quote marks; of several, the one
    named nearest to an interview word in its paragraph."""
    text, end = doc.text, interview.intro_end
    quoted = [(s.open_mark, (s.close_mark or s.end) + 1) for a, b in doc.lines if a < end
              for s in quoted_spans(text, a, min(b, end), doc.lex.quote_pairs)]
    named = [(m.start, k) for k, o in enumerate(officials) for m in o.mentions
             if m.end <= end and not any(a <= m.start < b for a, b in quoted) and
             not _first_named_in_answer(interview, o)]
    people = {k for _, k in named}
    if len(people) <= 1:
        return people.pop() if people else None
    for start, stop in (line for line in doc.lines if line[0] < end):
        cue = interview_word_at(doc, start, min(stop, end))
        if cue is None:
            continue
        beside = sorted((abs(pos - cue), k) for pos, k in named if start <= pos < stop)
        if beside and (len(beside) == 1 or beside[0][0] < beside[1][0]):
            return beside[0][1]
    return _named_most_outside(interview, officials, people)


def _first_named_in_answer(interview: Interview, official: Official) -> bool:
    """The official's name is first written inside an answer (``Наш проректор Алия Сергазиева
    сказала ...``): someone the interviewee speaks of, whatever title the intro's words were
    linked to; the interviewee is named before the questions."""
    stems = {w[:_NAME_STEM] for w in words_of(official.name) if len(w) > 3}
    first = next((m for m in sorted(official.mentions, key=lambda m: m.start)
                  if stems & {w[:_NAME_STEM] for w in words_of(m.text)}), None)  # Нуржаном of Нуржан
    turn = interview.turn_at(first.start) if first is not None else None
    return turn is not None and not turn.question


_NAME_STEM = 4  # letters of a name word its inflected forms keep


def _named_most_outside(interview: Interview, officials: list[Official], people: set[int]) -> int | None:
    """Of the officials the intro names, the one the article names most often outside the
    turns (the intro, a caption, "After the interview, Yusupova said ..."): the one the piece
    is about, where the intro has no interview word (``answered Kun.uz's questions``). A tie
    is nobody: the answers stay unknown rather than go to a guess."""
    def outside(k: int) -> int:
        return sum(1 for m in officials[k].mentions if interview.turn_at(m.start) is None)
    counts = sorted(((outside(k), k) for k in people), reverse=True)
    return counts[0][1] if counts[0][0] > counts[1][0] else None
