"""Paragraphs and sentences with exact character spans.

Every span satisfies ``text[start:end] == sentence.text``, has no whitespace at either end, and
ids run 0..n-1 in text order. The rules, with the language knowledge they use read from
``resources/lang/<code>/segmentation.toml`` (``und`` for languages without a file):

Paragraphs
  Blocks separated by blank lines. A text with no blank line at all (one paragraph a line, as
  many wire feeds are) makes each non-empty line a paragraph.

Sentences
  1. A line break always ends a sentence: headlines, datelines, bylines and view counters
     (``1,395`` / ``оқылды``) are sentences of their own. Sentences never cross paragraphs.
  2. Inside a line a sentence may end after a run of ``final_marks`` (``. ! ? …`` and ``؟``),
     with any ``closers`` (closing quotes and brackets) that follow it, when whitespace comes
     next. ``tight_marks`` (Chinese ``。``) end a sentence with no whitespace after them.
     So ``1,395``, ``3.5``, ``12.11.2024`` and ``gov.kz`` never end one.
  3. Not inside a quotation. Quotations are matched ``quote_pairs`` on the line (nested pairs
     work; an opening mark that is never closed protects nothing). An end that falls exactly
     at the closing mark is allowed: ``He said: "Yes." Then...`` splits after the quote.
  4. Not inside dash dialogue: a line, or a sentence within a line, that begins with one of
     ``dialogue_dashes`` and a space is a quotation that runs to its attribution dash (a
     comma, ``!``, ``?`` or ``…`` followed by a dash: ``– ..., – деді Х.``) or else to the end of
     the line. The attribution therefore stays in the sentence that holds the quotation.
  5. Not before a small letter (``т.б. салаларда``, ``"Why?" he asked``) nor before a dialogue
     dash with a small letter after it (``«...!» – деді ол``), nor before ``, ; :``.
  6. Not after an abbreviation in ``never_final`` (``Mr.``, ``т.е.``, ``проф.``), after initials
     and dotted capitals (``A.``, ``Л.Н.``, ``U.S.``), or after a number alone at the start of
     a sentence (a list number ``1.``).
  7. After an abbreviation in ``maybe_final`` (``т.д.``, ``г.``, ``etc.``) or a dotted small-letter
     abbreviation (``a.m.``, ``т.б.``), only when the next word begins with a capital letter
     and is not an acronym in capitals (``млрд долл. США``). Scripts without capitals (Arabic)
     therefore never end a sentence there.
  8. Not between a quotation ending in ``?`` or ``!`` and a short attribution that holds one of
     the ``attribution_verbs`` (``"Why?" Sadykov asked.``).

Pieces (``split_pieces``, for translation)
  The same rules without 3 and 4: a quotation or dash dialogue of several sentences gives one
  piece per sentence, and its attribution stays with the last piece (rule 5).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .langdata import segmentation_data
from .model import Paragraph, Sentence

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_LINE = re.compile(r"[^\n]+")
_DOTTED = re.compile(r"^(?:[^\W\d_]\.)+$")  # A.  Л.Н.  U.S.  т.е.  a.m.
_NUMBER = re.compile(r"^\d+\.$")
_OPENERS = "«„“\"'([¿¡"
_WORD = re.compile(r"[^\W\d_]+")
ATTRIBUTION_WORDS = 5  # at most this many words after a quote make an attribution


@dataclass(frozen=True)
class Rules:
    """One language's segmentation data, compiled."""

    candidate: re.Pattern[str]  # a possible sentence end; match.end() is the end of the span
    openers: dict[str, str]  # opening quote -> its closing quote
    quote_closers: frozenset[str]
    dashes: str
    attribution: re.Pattern[str] | None  # where the quoted part of dash dialogue ends
    never_final: frozenset[str]  # lower-cased
    maybe_final: frozenset[str]  # lower-cased
    attribution_verbs: frozenset[str]  # lower-cased: "said", "asked"


@cache
def rules_for(language: str) -> Rules:
    """The compiled segmentation rules of ``language`` (ISO 639-1; unknown codes get ``und``)."""
    data = segmentation_data(language)
    marks = "".join(re.escape(m) for m in data["final_marks"])
    tight = "".join(re.escape(m) for m in data.get("tight_marks", []))
    closers = "".join(re.escape(c) for c in data.get("closers", []))
    pattern = f"[{marks}]+[{closers}]*(?=\\s)" if closers else f"[{marks}]+(?=\\s)"
    if tight:
        pattern = f"(?:{pattern}|[{tight}]+[{closers}]*(?!\\s|$))"
    dashes = "".join(data.get("dialogue_dashes", []))
    attribution = None
    if dashes:
        stops = re.escape(",!?…")
        attribution = re.compile(f"[{stops}][{closers}]*\\s+[{re.escape(dashes)}]\\s")
    abbreviations = data.get("abbreviations", {})
    return Rules(
        candidate=re.compile(pattern),
        openers={pair[0]: pair[1] for pair in data.get("quote_pairs", [])},
        quote_closers=frozenset(pair[1] for pair in data.get("quote_pairs", [])),
        dashes=dashes,
        attribution=attribution,
        never_final=frozenset(a.lower() for a in abbreviations.get("never_final", [])),
        maybe_final=frozenset(a.lower() for a in abbreviations.get("maybe_final", [])),
        attribution_verbs=frozenset(v.lower() for v in data.get("attribution_verbs", [])),
    )


def split_paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs in order, trimmed of surrounding whitespace (see the module docstring)."""
    if _BLANK_LINE.search(text):
        blocks = _spans_between(text, _BLANK_LINE)
    else:
        blocks = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    paragraphs: list[Paragraph] = []
    for start, end in blocks:
        start, end = _trim(text, start, end)
        if start < end:
            paragraphs.append(Paragraph(len(paragraphs), start, end))
    return paragraphs


def split_sentences(text: str, language: str = "und",
                    paragraphs: list[Paragraph] | None = None) -> list[Sentence]:
    """Sentences of ``text`` in order with exact spans, by the rules of ``language``.

    ``paragraphs`` may be passed when already computed with ``split_paragraphs(text)``.
    """
    rules = rules_for(language)
    sentences: list[Sentence] = []
    for paragraph in paragraphs if paragraphs is not None else split_paragraphs(text):
        block = text[paragraph.start:paragraph.end]
        for line in _LINE.finditer(block):
            base = paragraph.start + line.start()
            for start, end in _split_line(line.group(), rules):
                start, end = _trim(text, base + start, base + end)
                if start < end:
                    sentences.append(Sentence(len(sentences), start, end, text[start:end],
                                              paragraph.id))
    return sentences


def split_pieces(text: str, language: str = "und") -> list[tuple[int, int]]:
    """(start, end) spans of the single sentences ("pieces") in ``text``, for translation.

    The same ends as ``split_sentences`` (line breaks, final marks, abbreviations, initials,
    numbers, small letters, ``"Why?" Sadykov asked.``) except that quotations and dash dialogue are
    not protected: a quotation of three sentences gives three pieces. An attribution after a
    quote (``, – деді Х.``, ``» – деді ол.``) starts with a comma or a small letter, so it stays
    with the last piece. Spans are exact and trimmed: ``text[start:end]`` has no outer whitespace.
    """
    rules = rules_for(language)
    spans = []
    for line in _LINE.finditer(text):
        for start, end in _split_line(line.group(), rules, protect_quotes=False):
            start, end = _trim(text, line.start() + start, line.start() + end)
            if start < end:
                spans.append((start, end))
    return spans


def _split_line(line: str, rules: Rules, protect_quotes: bool = True) -> list[tuple[int, int]]:
    """(start, end) pieces of one line, relative to the line; quotations and dash dialogue are
    kept whole unless ``protect_quotes`` is False (see ``split_pieces``)."""
    quoted = _outermost(_quote_spans(line, rules)) if protect_quotes else []
    next_quote = 0  # candidates come in order, so the quotations are walked once
    pieces = []
    start = _skip_space(line, 0)
    dialogue_end = _dialogue_end if protect_quotes else _no_dialogue
    protected_until = dialogue_end(line, start, rules)
    for match in rules.candidate.finditer(line):
        end = match.end()
        while next_quote < len(quoted) and quoted[next_quote][1] <= end:
            next_quote += 1
        if end <= start or end < protected_until:
            continue
        if next_quote < len(quoted) and quoted[next_quote][0] < end:
            continue
        if not _ends_sentence(line, start, match, rules):
            continue
        pieces.append((start, end))
        start = _skip_space(line, end)
        protected_until = dialogue_end(line, start, rules)
    if start < len(line):
        pieces.append((start, len(line)))
    return pieces


def _quote_spans(line: str, rules: Rules) -> list[tuple[int, int]]:
    """Spans (opening mark .. after closing mark) of the matched quotations in ``line``."""
    stack: list[tuple[str, int]] = []
    spans = []
    for index, ch in enumerate(line):
        if ch not in rules.openers and ch not in rules.quote_closers:
            continue
        depth = next((d for d in range(len(stack) - 1, -1, -1)
                      if rules.openers[stack[d][0]] == ch), None)
        if depth is not None:  # closes an open quotation (and any left open inside it)
            spans.append((stack[depth][1], index + 1))
            del stack[depth:]
        elif ch in rules.openers:
            stack.append((ch, index))
    return spans


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans not inside another, in order (nested quotations add nothing to protect)."""
    result: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if result and start < result[-1][1]:
            result[-1] = (result[-1][0], max(end, result[-1][1]))
        else:
            result.append((start, end))
    return result


def _dialogue_end(line: str, start: int, rules: Rules) -> int:
    """Where the quotation of a dash-dialogue sentence starting at ``start`` ends (0 if none)."""
    if not rules.attribution or start + 1 >= len(line):
        return 0
    if line[start] not in rules.dashes or not line[start + 1].isspace():
        return 0
    attribution = rules.attribution.search(line, start + 1)
    return attribution.end() if attribution else len(line)


def _no_dialogue(line: str, start: int, rules: Rules) -> int:  # noqa: ARG001 - _dialogue_end's shape
    """Nothing is protected as dialogue (``split_pieces``)."""
    return 0


def _ends_sentence(line: str, start: int, match: re.Match[str], rules: Rules) -> bool:
    nxt = _skip_space(line, match.end())
    if not _may_start_sentence(line, nxt, rules):
        return False
    if match.group()[-1] in rules.quote_closers and match.group()[0] in "?!…؟" \
            and _attribution_follows(line, nxt, rules):
        return False  # "Why?" Sadykov asked.
    if not match.group().startswith(".") or "." in match.group()[1:2]:
        return True  # ! ? … and "..." are not abbreviation dots
    token = line[_word_start(line, start, match.start()):match.start() + 1]
    token = token.lstrip(_OPENERS).lower()
    if token in rules.never_final or _NUMBER.match(line[start:match.start() + 1]):
        return False
    if _DOTTED.match(token):
        original = line[match.start() + 1 - len(token):match.start() + 1]
        if not original.islower():
            return False  # initials and dotted capitals: A. Smith, Л.Н. Гумилев, the U.S.
        return _starts_with_capital(line, nxt)
    if token in rules.maybe_final:
        return _starts_with_capital(line, nxt) and not _starts_with_acronym(line, nxt)
    return True


def _attribution_follows(line: str, index: int, rules: Rules) -> bool:
    """A few words with a reporting verb, then the end of the sentence: ``Sadykov asked.``"""
    if not rules.attribution_verbs:
        return False
    following = rules.candidate.search(line, index)
    words = line[index:following.start() if following else len(line)].split()
    return len(words) <= ATTRIBUTION_WORDS and any(
        w.strip(",;:").lower() in rules.attribution_verbs for w in words)


def _starts_with_acronym(line: str, index: int) -> bool:
    """``долл. США``: an abbreviation followed by an acronym in capitals is one phrase."""
    word = _WORD.match(line, index)
    return word is not None and len(word.group()) >= 2 and word.group().isupper()


def _may_start_sentence(line: str, index: int, rules: Rules) -> bool:
    """False when what follows shows the sentence goes on (small letter, attribution, comma)."""
    if index >= len(line):
        return True
    ch = line[index]
    if ch.islower() or ch in ",;:":
        return False
    if ch in rules.dashes and index + 1 < len(line) and line[index + 1].isspace():
        following = _skip_space(line, index + 1)
        return not (following < len(line) and line[following].islower())
    return True


def _starts_with_capital(line: str, index: int) -> bool:
    while index < len(line) and line[index] in _OPENERS:
        index += 1
    return index < len(line) and line[index].isupper()


def _word_start(line: str, lower_bound: int, index: int) -> int:
    while index > lower_bound and not line[index - 1].isspace():
        index -= 1
    return index


def _skip_space(line: str, index: int) -> int:
    while index < len(line) and line[index].isspace():
        index += 1
    return index


def _spans_between(text: str, separator: re.Pattern[str]) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for match in separator.finditer(text):
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, len(text)))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
