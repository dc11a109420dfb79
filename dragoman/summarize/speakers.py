"""Who said a quote, as ordered sieves in the manner of QuoteLi3 (Muzny et al. 2017): each
sieve looks at one kind of evidence, and the first that is sure names the speaker.

1. ``name``, 2. ``title``, 3. ``family``: an official mentioned in the attribution
   (``– деді Х.``, ``," X said``) or beside a reporting verb in the quote's sentence; the
   sieve is named after how that mention names them (full name, a title alone, the family
   name or initials). The nearest mention decides, whichever kind it is. A family name two
   officials share that no mention claims: the one of the attribution's gender, else the one
   the article names more (``_namesake``).
   ``statement``: the attribution names a text, not a person (``делінген хабарламада``,
   ``the statement said``, ``according to the ministry``): the official named earlier beside a
   verb that says who issued it (``Бұл туралы ... Берік Уәли хабарлады``), else unknown.
4. ``pronoun``: a pronoun subject (``сказала она``, ``he said``, ``وقال سموه``): the latest
   person named before, outside quotes, of the pronoun's gender when the pronoun and the name say one.
   ``role``: the attribution says what the speaker is (``деді ресми өкілдің орынбасары``): the
   official the article described in those words (``roles.py``), or by their country's
   adjective (``المسؤولة الكازاخستانية``, "the Kazakh official") the one of that country.
5. ``continuing``: the same speaker going on: a verb that continues (``وتابع``, ``he added``),
   a quoted paragraph after a quoted one (not after a statement's: it carries many voices), a
   quote right after an attributed one in its line.
6. ``paragraph``: the one official the quote's paragraph names beside a reporting verb.
7. Otherwise unknown: a wrong speaker is worse than none.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from dragoman.article.analysis import (
    MENTION_FAMILY,
    MENTION_NAME,
    MENTION_TITLE,
    SIEVE_CONTINUING,
    SIEVE_FAMILY,
    SIEVE_INTERVIEW,
    SIEVE_NAME,
    SIEVE_PARAGRAPH,
    SIEVE_PRONOUN,
    SIEVE_ROLE,
    SIEVE_STATEMENT,
    SIEVE_TITLE,
    Official,
)

from .document import Document, SpanIndex
from .langdata import stop_words
from .lexicon import Lexicon, country_of, morphology_of, strip_clitic, verb_gender
from .reporting import SENTENCE_END, has_verb, past_tense, sentence_end, verb_position
from .roles import (
    PARAGRAPHS_BACK,
    best_described,
    clause_stems,
    describing_words,
    is_title_word,
    role_head,
    role_words,
    same_stem,
)
from .words import iter_words, normalize

_SIEVE_OF_KIND = {MENTION_NAME: SIEVE_NAME, MENTION_TITLE: SIEVE_TITLE, MENTION_FAMILY: SIEVE_FAMILY}


@dataclass
class Candidate:
    start: int
    end: int
    attribution: tuple[int, int] | None = None  # text that names the speaker
    speaker: int | None = None  # official index
    sieve: str | None = None  # the sieve that resolved the speaker
    answer: bool = False  # an interview's answer (interview.py): the interview sieve alone decides
    interviewee: int | None = None  # who gives that answer, when the article says
    holds_quotes: bool = False  # an answer with no marks of its own: quotes inside it are their speakers'
    introduced: bool = False  # a dash paragraph the one before introduces with a colon (the attribution)
    headline_role: tuple[int, int] | None = None  # a headline quote's words outside its marks that name no one
    vouched: bool = True  # a quote by its own marks; False: only if a sieve names its speaker
    unnamed_after: bool = False  # the next paragraph says who spoke the words, and it is no official
    nobody: bool = False  # a sieve found the attribution names someone no official is: no later guess


@dataclass
class Speech:
    """What the sieves read: the document, the officials found in it and their mentions."""

    doc: Document
    officials: list[Official]
    mentions: SpanIndex
    kinds: dict[tuple[int, int, int], str]  # (start, end, official) -> MENTION_* kind
    quoted: list[tuple[int, int]] = field(default_factory=list)  # the quotes' spans, in order
    spoken: list[int] = field(default_factory=list)  # speakers of the quotes resolved so far, in order
    _described: dict[int, set[str]] = field(default_factory=dict)  # official -> stems that describe them
    _spans_of: dict[int, list[int]] | None = None  # official -> indices of their mentions
    _genders: dict[int, str | None] = field(default_factory=dict)  # official -> 'f', 'm' or None

    @classmethod
    def of(cls, doc: Document, officials: list[Official]) -> Speech:
        spans = [(m.start, m.end, k) for k, o in enumerate(officials) for m in o.mentions]
        kinds = {(m.start, m.end, k): m.kind for k, o in enumerate(officials) for m in o.mentions}
        return cls(doc, officials, SpanIndex(spans), kinds)

    @property
    def lex(self) -> Lexicon:
        return self.doc.lex

    def described(self, official: int) -> set[str]:
        """The stems of the words beside the official's mentions (``roles``), worked out once."""
        if official not in self._described:
            if self._spans_of is None:
                self._spans_of = {}
                for i, span in enumerate(self.mentions.spans):
                    self._spans_of.setdefault(span[2], []).append(i)
            self._described[official] = describing_words(self.doc, self.mentions,
                                                         self._spans_of.get(official, []), self.in_quote)
        return self._described[official]

    def gender(self, official: int) -> str | None:
        """'f' or 'm' when what the article says of the official agrees on one (see
        ``official_gender``), else None; worked out once."""
        if official not in self._genders:
            self._genders[official] = official_gender(self, official)
        return self._genders[official]

    def in_quote(self, span: tuple[int, int, int]) -> bool:
        """The mention is inside a quote: a person the speaker talks about, not a subject."""
        k = bisect.bisect_right(self.quoted, (span[0], len(self.doc.text) + 1)) - 1
        return k >= 0 and self.quoted[k][0] <= span[0] and span[1] <= self.quoted[k][1]


def resolve(speech: Speech, candidates: list[Candidate]) -> None:
    """Run the sieves over every candidate, in document order (see module doc)."""
    speech.quoted = sorted((c.start, c.end) for c in candidates if not c.holds_quotes)
    previous: Candidate | None = None
    for cand in candidates:
        if cand.speaker is None and not _interview_answer(cand) and not _introduced_turn(speech, cand) and \
                not _headline_role(speech, cand):
            _resolve_one(speech, cand, previous)  # (a headline's quote may come with its speaker)
        if cand.speaker is not None:
            speech.spoken.append(cand.speaker)
        previous = cand
    _carry_in_line(speech, candidates)
    for cand in candidates:
        if cand.speaker is None and not cand.answer and not cand.introduced and not cand.nobody:
            _set(cand, _paragraph_subject(speech, cand, candidates), SIEVE_PARAGRAPH)


def _interview_answer(cand: Candidate) -> bool:
    """Sieve 0, for an interview's answers: the interviewee ``interview.py`` found, or unknown;
    no other sieve looks for an answer's speaker (the names in it are what the answer is about)."""
    if not cand.answer:
        return False
    _set(cand, cand.interviewee, SIEVE_INTERVIEW)
    return True


def _introduced_turn(speech: Speech, cand: Candidate) -> bool:
    """A dash paragraph introduced by the paragraph before (``Т.Байжанова ответила коротко:``
    | ``– Нет.``): sieves 1-3 on the introduction, a pronoun in it, else unknown (``Из зала
    раздался выкрик:`` names nobody, and the last speaker did not shout)."""
    if not cand.introduced or cand.attribution is None:
        return False
    text, lex = speech.doc.text, speech.lex
    if not _named_sieve(speech, cand, *cand.attribution) and pronoun_in(text, *cand.attribution, lex):
        gender = pronoun_gender(text, *cand.attribution, lex)
        _set(cand, subject_before(speech, cand.attribution[0], gender), SIEVE_PRONOUN)
    return True


def _headline_role(speech: Speech, cand: Candidate) -> bool:
    """The ``role`` sieve for a headline's quote whose colon or dash gives a title and no name
    (``«...» — вице-министр торговли``, ``ونائب الوزير: "..."``): the official the article
    describes best in those words, one only (two of them as well described: unknown), when
    the headline repeats two words of that description and the word beside the colon or the
    dash is one of them (``«...»: комитет одобрил соглашение``: the committee is no speaker)."""
    if cand.headline_role is None:
        return False
    lex = speech.lex
    if _past_tense_in(speech.doc.text, *cand.headline_role, lex):
        return False  # "«...»: комитет одобрил проверку": a sentence about a body, no speaker's label
    before = cand.headline_role[1] <= cand.start
    words = [_unglued(w, lex) for w in clause_stems(speech.doc.text, *cand.headline_role, lex, last=before)]
    named = sorted({span[2] for span in speech.mentions.spans if not speech.in_quote(span)})
    found = best_described(words, speech.described, named, lex)
    if found is None:
        return False
    shared = [any(same_stem(w, d) for d in speech.described(found)) for w in words]
    if sum(shared) < _HEADLINE_ROLE_WORDS or not shared[-1 if before else 0]:
        return False  # "Мәжілістегі оқулық дауы:": a body's word, no role
    return _set(cand, found, SIEVE_ROLE)


def _past_tense_in(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A lower-case past tense by the profile's ``dash_verb_endings`` in ``[start, end)``, of
    no title's words (``одобрил``; not the portfolio's ``торговли``)."""
    return any(past_tense(w, lex) and not is_title_word(normalize(w), lex) for _, _, w in iter_words(text[start:end]))


def _unglued(word: str, lex: Lexicon) -> str:
    """A title word without the conjunction or preposition glued to it (ونائب -> نائب)."""
    if is_title_word(word, lex):
        return word
    return next((word[len(c):] for c in lex.clitics if word.startswith(c) and is_title_word(word[len(c):], lex)),
                word)


_HEADLINE_ROLE_WORDS = 2  # words the headline shares with how the article describes the speaker


def _set(cand: Candidate, speaker: int | None, sieve: str) -> bool:
    if speaker is None:
        return False
    cand.speaker, cand.sieve = speaker, sieve
    return True


def _resolve_one(speech: Speech, cand: Candidate, previous: Candidate | None) -> None:
    text, lex = speech.doc.text, speech.lex
    if _relayed(speech, cand):
        return  # ونقل المتحدث عن الرئيس قوله: "...": the words are the one's whose "saying" they are
    if cand.attribution is None:
        cand.attribution = _closed_in_next_paragraph(speech, cand)
    if cand.attribution:
        cand.attribution = _up_to_next_quote(speech, *cand.attribution)
    if cand.attribution:
        if _named_sieve(speech, cand, *cand.attribution) or _namesake(speech, cand, *cand.attribution):
            return
        if _words_in(text, *cand.attribution, lex.statement_words):
            if not _issuer_named(speech, *cand.attribution):
                _set(cand, _announcer_before(speech, cand.start), SIEVE_STATEMENT)
            return  # the text's issuer or nobody: the people named earlier did not speak it
        if pronoun_in(text, *cand.attribution, lex) and not _pronoun_aside(speech, *cand.attribution):
            if _unnamed_speaker_before(speech, cand.start):
                return  # "An economist said ... "...," he said.": the pronoun is that unnamed person
            gender = attribution_gender(text, *cand.attribution, lex)
            if _set(cand, subject_before(speech, cand.start, gender), SIEVE_PRONOUN):
                return
        elif _set(cand, _described_before(speech, cand, cand.attribution), SIEVE_ROLE):
            return
    sentence_start, sentence_end = sentence_around(speech.doc, cand)
    outside = [(a, b) for a, b in ((sentence_start, cand.start), (cand.end, sentence_end)) if b > a]
    if any(_words_in(text, a, b, lex.statement_words) and not speech.mentions.within(a, b) for a, b in outside):
        if not any(_words_in(text, a, b, lex.statement_words) and _issuer_named(speech, a, b) for a, b in outside):
            _set(cand, _announcer_before(speech, cand.start), SIEVE_STATEMENT)
        return  # the text's issuer or nobody: the people named earlier did not speak it
    if _named_before_colon(speech, cand, sentence_start):
        return  # О.Бектенов: «...» — the name and a colon introduce the words
    if any(has_verb(text, a, b, lex) for a, b in outside):
        for a, b in outside:
            if _named_sieve(speech, cand, a, b) or _namesake(speech, cand, a, b):
                return
        before = outside[0] if outside and outside[0][1] == cand.start else None
        if before and not pronoun_in(text, *before, lex) and \
                _set(cand, _described_before(speech, cand, before), SIEVE_ROLE):
            return  # وقالت الوزيرة إن {...}: the words before the quote say what the speaker is
    if whole_line(text, cand) and _introduced_before(speech, cand):
        return  # "X қысқа жауап берді:" | "– ...": the paragraph before ends with a colon
    if whole_line(text, cand) and _attributed_after(speech, cand):
        return  # "...". | Бұл сөздерді Лавров ... айтты: the next paragraph says who spoke (or nobody listed)
    going_on = [(a, b) for a, b in outside if (continues(text, a, b, lex) or bare_verb(text, a, b, lex)) and
                not (pronoun_in(text, a, b, lex) and _pronoun_aside(speech, a, b) and
                     not _continuation_verb(text, a, b, lex))]
    if going_on:
        pronoun = any(pronoun_in(text, a, b, lex) for a, b in going_on)
        gender = next((g for g in (attribution_gender(text, a, b, lex) for a, b in going_on) if g), None)
        if not _unnamed_speaker_before(speech, sentence_start):
            subject = subject_before(speech, sentence_start, gender)
            if not pronoun and any(_continuation_verb(text, a, b, lex) for a, b in going_on):
                subject = _going_on_with(speech, subject, gender, sentence_start)
            _set(cand, subject, SIEVE_PRONOUN if pronoun else SIEVE_CONTINUING)
    elif whole_line(text, cand) and previous is not None and previous.speaker is not None and \
            previous.sieve != SIEVE_STATEMENT and not _question_and_answer(text, previous, cand) and \
            _others_between(speech, previous, cand) <= {previous.speaker}:
        _set(cand, previous.speaker, SIEVE_CONTINUING)  # a quoted paragraph goes on with the last speaker


def _going_on_with(speech: Speech, subject: int | None, gender: str | None, pos: int) -> int | None:
    """A verb that goes on (وأضاف, وتابعت) goes on with someone who spoke: the subject found,
    unless they were last named only inside the words another person reported (ولفت إلى أن
    الوزيرة X ستزور ... | وأضاف: «...»: the one who said it goes on, not the minister he named)
    and were never quoted; then the latest speaker quoted not known to be of the other gender."""
    if subject is None or not speech.spoken or subject in speech.spoken:
        return subject
    last = _last_subject(speech, pos, lambda k: k == subject)
    if last is None or not _in_reported_clause(speech, last):
        return subject
    return next((k for k in reversed(speech.spoken) if _may_be(speech, k, gender)), None)


def _in_reported_clause(speech: Speech, span: tuple[int, int, int]) -> bool:
    """The mention comes after a reporting verb and one of the profile's ``verb_particles``
    (قال إن, أشار إلى أن) in its sentence: inside what someone else said."""
    doc, lex = speech.doc, speech.lex
    if not lex.verb_particles:
        return False
    sentence = doc.article.sentence_at(span[0])
    start = max(sentence.start if sentence else 0, doc.line_at(span[0])[0])
    verb = verb_position(doc.text, start, span[0], lex)
    if verb is None:
        return False
    return any(normalize(w) in lex.verb_particles for _, _, w in iter_words(doc.text[verb:span[0]]))


def _up_to_next_quote(speech: Speech, start: int, end: int) -> tuple[int, int] | None:
    """The attribution ``[start, end)`` up to the next quote in it: the words of that quote are
    not the attribution's (مضيفا {... هي ...}: هي is no pronoun of the attribution)."""
    k = bisect.bisect_right(speech.quoted, (start, len(speech.doc.text) + 1))  # the first quote after start
    cut = speech.quoted[k][0] if k < len(speech.quoted) and speech.quoted[k][0] < end else end
    return (start, cut) if cut > start else None


def _relayed(speech: Speech, cand: Candidate) -> bool:
    """Sieves 1-3 for a relayed saying: before the quote, in its sentence, an official's mention
    right before a speech noun of the profile (``عن الرئيس قوله``, "his saying"): that official,
    whoever relays the words (a spokesman, a statement, an agency)."""
    lex, text = speech.lex, speech.doc.text
    if not lex.speech_nouns:
        return False
    start = sentence_around(speech.doc, cand)[0]
    for word_start, _, word in iter_words(text[start:cand.start], start):
        if normalize(word) not in lex.speech_nouns:
            continue
        before = [span for span in speech.mentions.within(start, word_start)
                  if not speech.in_quote(span) and not text[span[1]:word_start].strip()]
        if before:
            span = before[-1]
            return _set(cand, span[2], _SIEVE_OF_KIND.get(speech.kinds.get(span, MENTION_NAME), SIEVE_NAME))
    return False


def _named_sieve(speech: Speech, cand: Candidate, start: int, end: int) -> bool:
    """Sieves 1-3: the nearest official mentioned in ``[start, end)``, the sieve named by the
    kind of that mention."""
    found = [span for span in speech.mentions.within(start, end) if not speech.in_quote(span)]
    if not found:
        return False
    span = found[0]
    if end <= cand.start and _pronoun_beside_verb(speech, start, end) and \
            all(_beside_verb(speech, [s], start, end, default=-1) != s[2] for s in found):
        return False  # "Asked whether X agreed, she said: «...»": the pronoun is who speaks
    if len(found) > 1 and end <= cand.start:  # before the quote: the one beside the verb that says it
        speaker = _beside_verb(speech, list(reversed(found)), start, end, default=span[2])
        span = next(s for s in reversed(found) if s[2] == speaker)
    if _of_another_country(speech, span):
        cand.nobody = True
        return True  # "– деп қосты Кувейт министрі" linked to the Kazakh minister: nobody rather
    return _set(cand, span[2], _SIEVE_OF_KIND.get(speech.kinds.get(span, MENTION_NAME), SIEVE_NAME))


def _of_another_country(speech: Speech, span: tuple[int, int, int]) -> bool:
    """A title-only mention that names a country, in its words or in the word right before it
    (``Кувейт министрі``, ``кувейттік министр``, ``кувейтский министр``, "the Kuwaiti
    minister"), linked to an official the article says is of another country: the words are
    about someone else (a guest the officials stage may not have found)."""
    if speech.kinds.get(span) != MENTION_TITLE:
        return False
    text, lex = speech.doc.text, speech.lex
    line_start = speech.doc.line_at(span[0])[0]
    before = [w for _, _, w in iter_words(text[max(line_start, span[0] - 40):span[0]])][-1:]
    words = before + [w for _, _, w in iter_words(text[span[0]:span[1]])]
    countries = {c for c in (country_of(normalize(w), lex) for w in words) if c is not None}
    organisation = speech.officials[span[2]].organisation or lex.home_country
    return bool(countries) and organisation is not None and organisation not in countries


def _namesake(speech: Speech, cand: Candidate, start: int, end: int) -> bool:
    """The ``family`` sieve for a family name two officials share (Talgat and Nurgisa
    Bekbauov: ``– деді Бекбауов``), which no mention claims: the one of the gender the
    attribution's verb or pronoun says (وسئلت بوزيد ... فأجابت) when only one is known to be
    of it; else the one the article named more often before the quote (the akim whose meeting
    it reports, not the department head he gave the floor to), never of the other gender or
    the attribution's gender unknown for them; a tie stays unknown (Daniyar and Serik Omarov,
    each named once)."""
    text, lex = speech.doc.text, speech.lex
    families: dict[str, list[int]] = {}
    for k, person in enumerate(speech.officials):
        words = person.name.split()
        if len(words) >= 2:
            families.setdefault(normalize(words[-1]), []).append(k)
    for word_start, word_end, word in iter_words(text[start:end], start):
        if speech.mentions.within(word_start, word_end) or speech.in_quote((word_start, word_end, -1)):
            continue
        owners = families.get(strip_clitic(normalize(word), lex, frozenset(families)), [])
        if len(owners) < 2:
            continue
        gender = attribution_gender(text, start, end, lex)
        fitting = [k for k in owners if gender is not None and speech.gender(k) == gender]
        if len(fitting) == 1:
            return _set(cand, fitting[0], SIEVE_FAMILY)
        named = [span[2] for span in speech.mentions.within(0, cand.start) if not speech.in_quote(span)]
        counts = sorted(((named.count(k), k) for k in owners), reverse=True)
        most = counts[0][1]
        if counts[0][0] == counts[1][0] or (gender is not None and speech.gender(most) != gender):
            return False  # a tie, or a gender the one named most is not known to have
        return _set(cand, most, SIEVE_FAMILY)  # the one the article names most: whom it is about
    return False


_ANNOUNCER_REACH = 12  # earlier mentions looked at: the issuer is named shortly before...
_ANNOUNCER_PARAGRAPHS = 3  # ...in this paragraph or the three before it


def _words_in(text: str, start: int, end: int, words: frozenset[str]) -> bool:
    return bool(words) and any(normalize(w) in words for _, _, w in iter_words(text[start:end]))


def _issuer_named(speech: Speech, start: int, end: int) -> bool:
    """The attribution names the body that issued the text (``делінген Ақорда
    хабарламасында``): a capitalised word past its first that is no official's mention; an
    official announcing something earlier did not issue that body's text. Where names come
    first (Arabic, no capitals): a body's word (``[officials] org_words``) outside any mention
    (ذكرت وزارة الخارجية في بيان أن, وذكر بيان للمكتب الإعلامي للوزارة)."""
    lex = speech.lex
    words = list(iter_words(speech.doc.text[start:end], start))
    if lex.name_first:
        return any(_body_word(normalize(w[2]), lex) and not speech.mentions.within(w[0], w[1]) for w in words)
    return any(w[2][:1].isupper() and not speech.mentions.within(w[0], w[1]) for w in words[1:])


def _body_word(word: str, lex: Lexicon) -> bool:
    """A body's word, with a glued preposition or the article (للوزارة, الهيئة) or without."""
    word = strip_clitic(word, lex, lex.org_words)
    for article in (lex.article, lex.article_after_lam):
        if article and word.startswith(article) and word[len(article):] in lex.org_words:
            return True
    return word in lex.org_words


def _announcer_before(speech: Speech, pos: int) -> int | None:
    """The official in the nearest earlier sentence that has a verb of issuing a text
    (``хабарлады``, ``announced``); a bounded walk back over the mentions, not the text."""
    doc, lex = speech.doc, speech.lex
    if not lex.source_verbs:
        return None
    reach = _paragraphs_back(doc, pos, _ANNOUNCER_PARAGRAPHS)
    for span in speech.mentions.latest_before(pos, _ANNOUNCER_REACH):
        if span[0] < reach:
            break
        sentence = doc.article.sentence_at(span[0])
        if sentence is None:
            continue
        words = (strip_clitic(normalize(w), lex, lex.source_verbs)
                 for _, _, w in iter_words(doc.text[sentence.start:sentence.end]))
        if any(w in lex.source_verbs for w in words):
            return span[2]
    return None


def _attributed_after(speech: Speech, cand: Candidate) -> bool:
    """Sieves 1-3 on the next paragraph's first sentence, when it opens with a phrase of the
    profile that refers back to the words (``That was the answer X gave``, ``Эти слова ...``),
    or with a demonstrative of the profile's ``back_reference_words`` in a sentence with a
    reporting verb (``Бұл уәдені Е.Мұқашев ... айтты``, ``Так ... Захарова прокомментировала``)."""
    doc, lex = speech.doc, speech.lex
    if not lex.next_paragraph_cues and not lex.back_reference_words:
        return False
    _, line_end = doc.line_at(cand.end)
    start = line_end + 1
    while start < len(doc.text) and doc.text[start] == "\n":
        start += 1
    if start >= len(doc.text):
        return False
    end = sentence_end(doc.text, start, doc.line_at(start)[1])
    words = [normalize(w) for _, _, w in iter_words(doc.text[start:end])]
    if words and strip_clitic(words[0], lex, lex.back_reference_words) in lex.back_reference_words and \
            _words_in(doc.text, start, end, lex.statement_words) and _issuer_named(speech, start, end):
        cand.unnamed_after = True  # "«...»" | هذا ما جاء في بيان لمحافظة البصرة: a body's text, nobody's words
        return True
    if not any(_has_cue(words, cue.split()) for cue in lex.next_paragraph_cues) and \
            not _refers_back(speech, words, start, end):
        return False
    if _named_sieve(speech, cand, start, end) or \
            _set(cand, _described_before(speech, cand, (start, end)), SIEVE_ROLE):
        return True  # (بهذه العبارة لخص نائب الوزير الكازاخستاني: the role the words give)
    if any(is_title_word(_unglued(w, lex), lex) for w in words):
        return False  # "Министр бұл сөзді ... айтты": a title no sieve resolved; the speaker may go on
    cand.unnamed_after = True  # "«...»" | بهذه الجملة لخصت ياسمين، مؤسسة مجموعة ...: someone, not the speaker before
    return True


def _refers_back(speech: Speech, words: list[str], start: int, end: int) -> bool:
    """The sentence opens with a demonstrative that points back (``Бұл``, ``Так``, ``These``)
    and reports speech outside quotes: it says who spoke the words just before it."""
    lex = speech.lex
    if not words or strip_clitic(words[0], lex, lex.back_reference_words) not in lex.back_reference_words:
        return False
    verb = verb_position(speech.doc.text, start, end, lex)
    return verb is not None and not speech.in_quote((verb, verb + 1, -1))


_CLOSING_MARKS = "\"”»’'}"


def _closed_in_next_paragraph(speech: Speech, cand: Candidate) -> tuple[int, int] | None:
    """A quote left open at the end of its paragraph whose next paragraph, with no opening
    mark of its own, closes the words and attributes them (``«... заложены.`` | ``Кроме того,
    ...», — заявил министр.``): that attribution is the quote's too."""
    doc = speech.doc
    text = doc.text
    _, line_end = doc.line_at(cand.end)
    if text[cand.start - 1:cand.start] not in _MARKS or text[cand.end:line_end].strip():
        return None
    start = line_end + 1
    while start < len(text) and text[start] == "\n":
        start += 1
    if start >= len(text):
        return None
    next_end = doc.line_at(start)[1]
    close = next((i for i in range(start, next_end) if text[i] in _CLOSING_MARKS and text[i] != "'"), None)
    if close is None or any(text[i] in _MARKS for i in range(start, close)):
        return None
    after = close + 1
    while after < next_end and text[after] in " ,–—-":
        after += 1
    stop = sentence_end(text, after, next_end)
    verb = verb_position(text, after, stop, speech.lex) if stop > after else None
    if verb is None or len(list(iter_words(text[after:verb]))) > 3:
        return None
    return (after, stop)


def _introduced_before(speech: Speech, cand: Candidate) -> bool:
    """Sieves 1-3 on the last sentence of the paragraph before, when it ends with a colon
    and names the speaker (``Ермекованың сұрағына А.Бекбосынов қысқа жауап берді:``); the
    mention nearest its end decides."""
    doc, text = speech.doc, speech.doc.text
    line_start, _ = doc.line_at(cand.start)
    end = line_start - 1
    while end > 0 and text[end - 1] == "\n":
        end -= 1
    if end <= 0 or not text[:end].rstrip().endswith(":"):
        return False
    start = doc.line_at(end - 1)[0]
    start = max(max((m.end() for m in SENTENCE_END.finditer(text, start, end)), default=start), start)
    found = [span for span in speech.mentions.within(start, end) if not speech.in_quote(span)]
    if not found:
        return False
    span = found[-1]
    return _set(cand, span[2], _SIEVE_OF_KIND.get(speech.kinds.get(span, MENTION_NAME), SIEVE_NAME))


_CUE_GAP = 2  # words a subject may put inside a cue (Так вице-премьер ответил, for "так ответил")


def _has_cue(words: list[str], cue: list[str]) -> bool:
    """The cue's words in order in ``words``, each within ``_CUE_GAP`` words of the one before."""
    for first in (i for i, w in enumerate(words) if w == cue[0]):
        pos = first
        for word in cue[1:]:
            nxt = next((k for k in range(pos + 1, min(len(words), pos + 2 + _CUE_GAP)) if words[k] == word), None)
            if nxt is None:
                break
            pos = nxt
        else:
            return True
    return False


def _named_before_colon(speech: Speech, cand: Candidate, sentence_start: int) -> bool:
    """Sieves 1-3 for ``Name: «...»``: an official's mention, then only a colon before the
    opening mark."""
    text = speech.doc.text
    head = text[sentence_start:cand.start].rstrip(_MARKS + " ")
    if not head.endswith(":"):
        return False
    found = [span for span in speech.mentions.within(sentence_start, len(head) + sentence_start)
             if not speech.in_quote(span)]
    if not found or text[found[-1][1]:sentence_start + len(head) - 1].strip():
        return False
    span = found[-1]
    return _set(cand, span[2], _SIEVE_OF_KIND.get(speech.kinds.get(span, MENTION_NAME), SIEVE_NAME))


_MARKS = "\"“«„‘'{"


def _described_before(speech: Speech, cand: Candidate, attribution: tuple[int, int]) -> int | None:
    """The ``role`` sieve: the official named in the last few paragraphs whom the article
    described in the words the attribution uses (see ``roles``)."""
    words = role_words(speech.doc.text, *attribution, speech.lex)
    if not words:
        return None
    said = _said_gender(speech, cand)  # وكتبت المسؤولة الكازاخستانية: not the Kazakh man named too
    reach = _paragraphs_back(speech.doc, cand.start, PARAGRAPHS_BACK)
    latest: list[int] = []
    for span in speech.mentions.within(reach, cand.start)[::-1]:
        if span[2] not in latest and not speech.in_quote(span) and _may_be(speech, span[2], said):
            latest.append(span[2])
    country = _country_of_office(words, speech.lex)
    head = role_head(speech.doc.text, *attribution, speech.lex)
    if country is None:
        found = best_described(words, speech.described, latest, speech.lex, head)
        if found is None or not _continuation_verb(speech.doc.text, *attribution, speech.lex):
            return found
        found = _going_on_with(speech, found, said, cand.start)  # وتابعت الوزيرة: the minister who spoke
        described = speech.described(found) if found is not None else set()
        return found if any(same_stem(w, d) for w in words for d in described) else None
    found = best_described(words, speech.described, [k for k in latest if _of_country(speech, k, country)],
                           speech.lex, head)
    if found is not None:
        return found
    named = {span[2] for span in speech.mentions.within(0, cand.start)
             if not speech.in_quote(span) and _may_be(speech, span[2], said)}
    fellows = [k for k in named if _of_country(speech, k, country)]
    return fellows[0] if len(fellows) == 1 else None  # "the Kazakh official": the one the article named


def _may_be(speech: Speech, official: int, gender: str | None) -> bool:
    """The official is not known to be of the other gender than the one the words say."""
    return gender is None or speech.gender(official) in (None, gender)


def _country_of_office(words: list[str], lex: Lexicon) -> str | None:
    """The country whose adjective stands beside a title's or an office's word among the
    attribution's stems (``المسؤولة الكازاخستانية``, ``қазақстандық вице-премьер``, "the Kazakh
    official"): the speaker is of that country."""
    for i, word in enumerate(words):
        country = country_of(word, lex)
        if country is None:
            continue
        beside = words[max(0, i - 1):i] + words[i + 1:i + 2]
        if any(is_title_word(w, lex) or any(same_stem(w, o) for o in lex.office_words) for w in beside):
            return country
    return None


def _of_country(speech: Speech, official: int, country: str) -> bool:
    """The official is of ``country``: their organisation says so, or says none and the country
    is the profile's home country (a domestic minister's title names no country)."""
    organisation = speech.officials[official].organisation
    return organisation == country or (organisation is None and speech.lex.home_country == country)


def _paragraphs_back(doc: Document, pos: int, count: int) -> int:
    """Where the paragraph ``count`` paragraphs before the one holding ``pos`` starts."""
    start = doc.line_at(pos)[0]
    while count > 0 and start > 0:
        start = doc.line_at(start - 1)[0]
        if doc.text[start:doc.line_at(start)[1]].strip():
            count -= 1
    return start


def _question_and_answer(text: str, previous: Candidate, cand: Candidate) -> bool:
    """One of two quoted paragraphs asks and the other does not: two voices of a dialogue
    (``«Строим», – ответила она.`` | ``«К апрелю – это точно?»``), not one going on."""
    def asks(c: Candidate) -> bool:
        return any(mark in text[c.start:c.end] for mark in "?؟")
    return asks(previous) != asks(cand)


def _others_between(speech: Speech, previous: Candidate, cand: Candidate) -> set[int]:
    return {k for _, _, k in speech.mentions.within(previous.end, cand.start)}


def _carry_in_line(speech: Speech, candidates: list[Candidate]) -> None:
    """``"...," X said. "..."``: a quote with no speaker of its own, in the same line right
    after an attributed one, with no other official named between, has the same speaker."""
    text = speech.doc.text
    for previous, cand in zip(candidates, candidates[1:]):
        if cand.speaker is not None or previous.speaker is None:
            continue
        if "\n" in text[previous.end:cand.start] or cand.start < previous.end or cand.answer or cand.introduced:
            continue  # another line, a quote inside an answer, or an answer (its sieve decided)
        if _others_between(speech, previous, cand) <= {previous.speaker}:
            _set(cand, previous.speaker, SIEVE_CONTINUING)


def _paragraph_subject(speech: Speech, cand: Candidate, candidates: list[Candidate]) -> int | None:
    """Sieve 6: the quote's paragraph, outside its quotes, has a reporting verb and names one
    official only: that official (``Ministr X visited ... . He told reporters: "..."``)."""
    text, lex = speech.doc.text, speech.lex
    line_start, line_end = speech.doc.line_at(cand.start)
    quoted = [(c.start, c.end) for c in candidates if line_start <= c.start and c.end <= line_end]
    outside, pos = [], line_start
    for a, b in quoted:
        if a > pos:
            outside.append((pos, a))
        pos = max(pos, b)
    if line_end > pos:
        outside.append((pos, line_end))
    if not any(has_verb(text, a, b, lex) for a, b in outside):
        return None
    named = {k for a, b in outside for _, _, k in speech.mentions.within(a, b)}
    if len(named) != 1:
        return None
    said = _said_gender(speech, cand)  # "«Пришлем», — ответил ...": not the woman the paragraph names
    return named.pop() if said is None or speech.gender(next(iter(named))) in (None, said) else None


def _said_gender(speech: Speech, cand: Candidate) -> str | None:
    """The gender the words around the quote give its speaker (a pronoun, a verb's form)."""
    if cand.attribution:
        return attribution_gender(speech.doc.text, *cand.attribution, speech.lex)
    start, end = sentence_around(speech.doc, cand)
    return next((g for g in (attribution_gender(speech.doc.text, a, b, speech.lex)
                             for a, b in ((start, cand.start), (cand.end, end)) if b > a) if g), None)


def sentence_around(doc: Document, cand: Candidate) -> tuple[int, int]:
    """The span of the sentences that hold the quote, within its line."""
    first = doc.article.sentence_at(cand.start)
    last = doc.article.sentence_at(max(cand.start, cand.end - 1))
    line_start, _ = doc.line_at(cand.start)
    _, line_end = doc.line_at(cand.end)
    start = max(first.start, line_start) if first else line_start
    end = min(last.end, line_end) if last else line_end
    return start, max(end, cand.end)


def whole_line(text: str, cand: Candidate) -> bool:
    """The quote is all its line holds (a quoted paragraph continuing the previous speaker)."""
    line_start = text.rfind("\n", 0, cand.start) + 1
    line_end = text.find("\n", cand.end)
    line_end = len(text) if line_end < 0 else line_end
    return len(text[line_start:cand.start].strip()) <= 1 and len(text[cand.end:line_end].strip()) <= 2


def continues(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A verb that goes on with the last speaker (``وتابع``, ``added``) or a pronoun subject."""
    known = lex.continuation_verbs | lex.pronouns
    return any(strip_clitic(normalize(w), lex, known) in known for _, _, w in iter_words(text[start:end]))


def _continuation_verb(text: str, start: int, end: int, lex: Lexicon) -> bool:
    known = lex.continuation_verbs
    return any(strip_clitic(normalize(w), lex, known) in known for _, _, w in iter_words(text[start:end]))


def bare_verb(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A reporting verb with no subject of its own, only the profile's ``verb_particles``
    beside it (``وأوضح أن``, ``وأشار إلى أن``): the subject dropped is the one of the
    sentences before, as with a pronoun."""
    if not lex.verb_particles:
        return False
    words = [normalize(w) for _, _, w in iter_words(text[start:end])]
    verbs = {w for phrase in lex.reporting_verbs for w in phrase}
    heads = [strip_clitic(w, lex, verbs) for w in words]
    return any(h in verbs for h in heads) and all(h in verbs or h in lex.verb_particles for h in heads)


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


def attribution_gender(text: str, start: int, end: int, lex: Lexicon) -> str | None:
    """'f' or 'm' when the attribution in ``[start, end)`` says: its pronoun (она, she), else
    the form of its reporting verb where the language shows gender in it (сказала / ответил)."""
    said = pronoun_gender(text, start, end, lex)
    if said:
        return said
    verb = verb_position(text, start, end, lex)
    if verb is None:
        return None
    return verb_gender(normalize(next(iter_words(text[verb:end]), (0, 0, ""))[2]), lex)


def official_gender(speech: Speech, official: int) -> str | None:
    """'f' or 'm' when every sign the article gives agrees: the family name's ending
    (Temirova), the first name as the morphology reads it (Ирина), a word before a mention
    (Ms., Spokeswoman, господин), a verb's form right after a mention (Васильченко спросила)
    or, after a dash, right before it (— сказала Сарсенова)."""
    lex, text = speech.lex, speech.doc.text
    person = speech.officials[official]
    signs = {name_gender(person.name, lex)}
    opening = normalize(person.title.split()[0]) if person.title and person.title.split() else ""
    if lex.name_first and opening in lex.feminine_words:  # the title's own form: وكيلة وزارة, نائب وزير
        signs.add("f")
    elif lex.name_first and opening in lex.masculine_words:
        signs.add("m")
    words = person.name.split()
    morphology = morphology_of(lex.morphology)
    if morphology is not None and len(words) >= 2 and len(words[0]) > 2:
        signs.add(morphology.gender(words[:1]))
    verbs = {w for phrase in lex.reporting_verbs for w in phrase}
    for mention in person.mentions:
        line_start, line_end = speech.doc.line_at(mention.start)
        before = list(iter_words(text[line_start:mention.start], line_start))[-2:]
        after = next(iter_words(text[mention.end:line_end], mention.end), None)
        if before:
            word = normalize(before[-1][2])
            if word in lex.feminine_words:
                signs.add("f")
            elif word in lex.masculine_words:
                signs.add("m")
            elif word in verbs and any(d in text[before[0][1] if len(before) > 1 else line_start:before[-1][0]]
                                       for d in "–—"):
                signs.add(verb_gender(word, lex))
        if after is not None and not text[mention.end:after[0]].strip() and after[2][:1].islower():
            word = normalize(after[2])
            if word in verbs or word.endswith(lex.feminine_verb_endings or ("\0",)):
                signs.add(verb_gender(word, lex))
    signs.discard(None)
    return signs.pop() if len(signs) == 1 else None


def subject_before(speech: Speech, pos: int, gender: str | None = None) -> int | None:
    """The first official named in the nearest earlier sentence that names one. With a
    gendered pronoun: the official opening the sentence before, unless of the other gender;
    else the latest official whose gender (``Speech.gender``) is the pronoun's, named in this
    paragraph or the one before, wins (``Захарова ... Ван И. ... – отметила она``); failing
    that, only officials not of the other gender count."""
    text = speech.doc.text
    if gender is not None:
        opener = _opening_subject(speech, pos)
        if opener is not None and speech.gender(opener) in (None, gender):
            return opener  # "Zhumangarin told reporters ... . He described the deal as "...""
        line_start, _ = speech.doc.line_at(pos)
        reach = speech.doc.line_at(max(0, line_start - 2))[0]
        if _last_subject(speech, pos, lambda k: speech.gender(k) != gender, reach) is not None:
            sure = _last_subject(speech, pos, lambda k: speech.gender(k) == gender, reach)
            if sure is not None:
                return sure[2]  # the gender tells them apart; when all named are of it, it does not

    def allowed(k: int) -> bool:
        return gender is None or speech.gender(k) in (None, gender)

    last = _last_subject(speech, pos, allowed)
    if last is None:
        return None
    last_start = last[0]
    line_start = text.rfind("\n", 0, last_start) + 1
    sentence_start = max(max((m.end() for m in SENTENCE_END.finditer(text, line_start, last_start)), default=0),
                         line_start)
    sentence_end = max(last[1], next((m.start() for m in SENTENCE_END.finditer(text, last[1])), len(text)))
    if sentence_start > 0 and _told_by_pronoun(speech, sentence_start, last[0], gender) and \
            _beside_verb(speech, [last], sentence_start, sentence_end, default=-1) != last[2]:
        return subject_before(speech, sentence_start, gender)  # "Оның айтуынша, әкім X ...": X is told of
    named = [span for span in speech.mentions.within(sentence_start, sentence_end)
             if allowed(span[2]) and not speech.in_quote(span)]
    named = [span for span in named if _as_named(speech, span)] or named
    return _beside_verb(speech, named, sentence_start, sentence_end) if named else None


def _told_by_pronoun(speech: Speech, start: int, mention: int, gender: str | None) -> bool:
    """The sentence opening at ``start`` has a pronoun among its first two words, before the
    official's mention at ``mention`` (``Оның айтуынша, қала әкімі X ...``, ``По его словам,
    ...``, ``He said Minister X would ...``), of no other gender than ``gender``: the sentence
    goes on with the one named before, and whom it names is what that person tells of (unless
    the official stands beside its reporting verb: ``For his part, Kosherbayev said ...``)."""
    text, lex = speech.doc.text, speech.lex
    opening = [(a, b) for a, b, _ in iter_words(text[start:mention], start)][:2]
    for a, b in opening:
        if normalize(text[a:b]) in lex.pronouns:
            said = pronoun_gender(text, a, b, lex)
            return gender is None or said in (None, gender)
    return False


def _opening_subject(speech: Speech, pos: int) -> int | None:
    """The official whose mention opens the nearest earlier sentence that names one (only
    capitalised words, a title, before it), in ``pos``'s paragraph: that sentence's subject,
    whom a pronoun next continues."""
    text = speech.doc.text
    last = _last_subject(speech, pos, lambda k: True, speech.doc.line_at(pos)[0])
    if last is None:
        return None
    line_start = speech.doc.line_at(last[0])[0]
    start = max(max((m.end() for m in SENTENCE_END.finditer(text, line_start, last[0])), default=0), line_start)
    first = next((span for span in speech.mentions.within(start, last[1]) if not speech.in_quote(span)), last)
    words = [w for _, _, w in iter_words(text[start:first[0]])]
    if any(w[:1].islower() and normalize(w) not in speech.lex.title_gap_words for w in words):
        return None
    return first[2]


def _as_named(speech: Speech, span: tuple[int, int, int]) -> bool:
    """The mention ends in the name's own form, not an inflected one (``с Ильхамом Алиевым``,
    ``Тоқаевтың``, ``Lavrov's``: an object or an owner, not who speaks next). Where names take
    no endings (Arabic script, clitics aside), every mention counts."""
    if speech.lex.name_first:
        return True
    words = speech.officials[span[2]].name.split()
    said = [w for _, _, w in iter_words(speech.doc.text[span[0]:span[1]])]
    return bool(words and said) and normalize(said[-1]) == normalize(words[-1])


def _pronoun_beside_verb(speech: Speech, start: int, end: int) -> bool:
    """A pronoun right before or right after a reporting verb (outside quotes) in
    ``[start, end)``: the verb's subject (``she said:``, ``– добавил он``)."""
    text, lex = speech.doc.text, speech.lex
    verb = verb_position(text, start, end, lex)
    while verb is not None:
        if not speech.in_quote((verb, verb + 1, -1)):
            words = list(iter_words(text[start:end], start))
            at = next((i for i, w in enumerate(words) if w[0] == verb), None)
            if at is not None:
                near = [words[i] for i in (at - 1, at + 1) if 0 <= i < len(words)]
                if any(normalize(w[2]) in lex.pronouns and not text[min(w[1], verb):max(w[0], verb)].strip(" ,")
                       for w in near if w[0] != verb):
                    return True
        verb = verb_position(text, verb + 1, end, lex)
    return False


def _beside_verb(speech: Speech, named: list[tuple[int, int, int]], start: int, end: int,
                 default: int | None = None) -> int:
    """Of the officials a sentence names, the one right beside its reporting verb (``..., on the
    instructions of Emir X, spokesman Y said``: Y); else ``default``, or the first named."""
    text, lex = speech.doc.text, speech.lex
    verb = verb_position(text, start, end, lex)
    while verb is not None:
        if not speech.in_quote((verb, verb + 1, -1)):
            verb_end = verb + len(next(iter_words(text[verb:end]), (0, 0, ""))[2])
            for span in named:
                if (span[1] <= verb and not text[span[1]:verb].strip(" ,")) or \
                        (span[0] >= verb_end and not text[verb_end:span[0]].strip(" ,")):
                    return span[2]
        verb = verb_position(text, verb + 1, end, lex)
    return named[0][2] if default is None else default


def _unnamed_speaker_before(speech: Speech, pos: int) -> bool:
    """The sentence just before ``pos`` in its paragraph has a reporting verb and names no
    official (``Nurlan Sadykov, a paramedic, said ...``): a pronoun after it means that person."""
    text = speech.doc.text
    line_start = speech.doc.line_at(pos)[0]
    ends = [m.end() for m in SENTENCE_END.finditer(text, line_start, pos)]
    paragraph_before = not ends and not text[line_start:pos].strip(_OPENING_MARKS + _DASHES)
    if paragraph_before:
        line_start, ends = _last_sentence_before(speech, line_start)
    if not ends:
        return False
    start = ends[-2] if len(ends) > 1 else line_start
    if any(not speech.in_quote(span) for span in speech.mentions.within(start, ends[-1])):
        return False
    first = bisect.bisect_left(speech.quoted, (start, 0))
    quoted = [(a, b) for a, b in speech.quoted[first:bisect.bisect_left(speech.quoted, (ends[-1], 0))]
              if b <= ends[-1]]
    pieces, at = [], start
    for a, b in quoted:
        pieces.append((at, a))
        at = b
    pieces.append((at, ends[-1]))
    pieces = [(a, b) for a, b in pieces if b > a]
    if any(_pronoun_subject(text, a, b, speech.lex) for a, b in pieces):
        return False  # "He said ... . "...," he added.": the chain of one speaker goes on
    if paragraph_before and any(pronoun_in(text, a, b, speech.lex) for a, b in pieces):
        return False  # "ТАСС хабарлауынша, ол ... тоқталды." | "«...», – деді ол.": still the one before
    return any(has_verb(text, a, b, speech.lex) for a, b in pieces) or _named_subject(speech, start, ends[-1])


_OPENING_MARKS = " \t\"'«“„‘"
_DASHES = "–—-"  # a dash turn opens its paragraph as a mark does (– ..., – деді ол.)


def _last_sentence_before(speech: Speech, line_start: int) -> tuple[int, list[int]]:
    """For a quote that opens its paragraph: the paragraph before (its start and its sentence
    ends) when it quotes nobody, where ``Gulnara Yessimova, whose daughter ..., sat ...`` | ``"...," she told the
    BBC.`` introduces the person the pronoun is."""
    lines = speech.doc.lines
    k = bisect.bisect_left(lines, (line_start, -1)) - 1
    while k >= 0 and not speech.doc.text[lines[k][0]:lines[k][1]].strip():
        k -= 1
    if k < 0:
        return line_start, []
    start, end = lines[k]
    text = speech.doc.text
    first = bisect.bisect_left(speech.quoted, (start, 0))
    if first < len(speech.quoted) and speech.quoted[first][0] < end:
        return line_start, []  # a paragraph of quotes: its speaker's chain goes on
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, [m.end() for m in SENTENCE_END.finditer(text, start, end)] or [end]


OPENING_WORDS = 3  # a pronoun this early is the attribution's subject (``He said``, ``деп сұрады ол``)


def _pronoun_aside(speech: Speech, start: int, end: int) -> bool:
    """The attribution's pronouns are neither its subject nor beside its verb, and it opens
    with words that name no official (``Another woman, who declined to give her name, said:``,
    ``Одна из жительниц, попросившая не называть ее фамилию, сказала:``): the pronoun is
    inside a clause about the unnamed speaker, who is nobody the officials list holds."""
    text, lex = speech.doc.text, speech.lex
    opening = [normalize(w) for _, _, w in iter_words(text[start:end])][:OPENING_WORDS]
    if any(w in lex.pronouns for w in opening) or _pronoun_beside_verb(speech, start, end):
        return False
    return not speech.mentions.within(start, end)


def _pronoun_subject(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A pronoun among the first two words of the piece (``He said ...``, ``, – деді ол``),
    where it is a subject, not inside a clause about someone else (``A farmer said he ...``)."""
    words = [normalize(w) for _, _, w in iter_words(text[start:end])][:2]
    return any(w in lex.pronouns for w in words)


def _named_subject(speech: Speech, start: int, end: int) -> bool:
    """The sentence opens with a capitalised name that is no official's (``Asanova was not
    convinced.``), where names are capitalised: someone the officials list does not hold. A
    stop word or a title word (``Министр посетил ...``) opening the sentence is no such name."""
    if speech.lex.name_first:
        return False
    words = [w for _, _, w in iter_words(speech.doc.text[start:end])]
    name = 1
    while name < min(3, len(words)) and words[name][:1].isupper():
        name += 1  # a first name and a family name (Bakhodir Yusupov, a fisherman, ...)
    if len(words) <= name or not words[0][:1].isupper() or not words[name][:1].islower():
        return False
    first = normalize(words[0])
    return len(first) > 3 and first not in stop_words(speech.lex.language) and \
        not is_title_word(first, speech.lex)


def _last_subject(speech: Speech, pos: int, allowed, floor: int = 0) -> tuple[int, int, int] | None:
    """The latest mention starting in ``[floor, pos)`` of an official ``allowed`` accepts,
    outside quotes."""
    spans = speech.mentions.spans
    k = bisect.bisect_left(spans, (pos, -1, -1)) - 1
    while k >= 0 and spans[k][0] >= floor:
        if spans[k][0] < pos and allowed(spans[k][2]) and not speech.in_quote(spans[k]):
            return spans[k]
        k -= 1
    return None
