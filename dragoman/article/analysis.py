"""The analysis of one article as plain, JSON-serialisable data.

This is the contract between the pipeline, the command line (``main.py analyze --json``)
and the window. Field names of the JSON are documented in docs/DESIGN.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

# Flags a sentence translation may carry (see translate/).
FLAG_UNTRANSLATED = "untranslated"  # output equals the input
FLAG_REPEATED = "repeated"  # the model looped and repeated a phrase
FLAG_EMPTY = "empty"  # the model produced nothing
FLAG_TRUNCATED = "truncated"  # the input was longer than the model accepts
# What each engine flag means, in one sentence for a person (checks, tooltips and reports say it).
FLAG_DETAILS = {
    FLAG_UNTRANSLATED: "The model returned the sentence unchanged.",
    FLAG_REPEATED: "The model repeated itself; the English loops.",
    FLAG_EMPTY: "The model returned no English for this sentence.",
    FLAG_TRUNCATED: "The sentence is longer than the model accepts; its end is not translated.",
}

# Kinds of translation check (summarize/checks.py): each is also put in the sentence's ``flags``.
CHECK_NAME_MISSING = "name-missing"  # a person named in the source is not in the English
CHECK_NAME_ADDED = "name-added"  # a person in the English is not in the source
CHECK_NUMBER_MISSING = "number-missing"  # a number of the source is not in the English (same value)
CHECK_NUMBER_ADDED = "number-added"  # a number in the English has no counterpart in the source
CHECK_PLACE_MISSING = "place-missing"  # a country, city or body of the source is not in the English
CHECK_PLACE_ADDED = "place-added"  # a country, city or body in the English is not in the source
CHECK_COPY = "copy"  # another, different source sentence has the same English
CHECK_LOW_SCORE = "low-score"  # the model itself was unsure (its own score, calibrated)
CHECK_LENGTH = "length"  # the English is far shorter or longer than such a source gives


@dataclass
class Check:
    """One thing about a sentence's English that does not match its source."""

    kind: str  # one of the CHECK_* kinds, or a FLAG_* kind from the engine
    detail: str  # one sentence for a person: "Ding Xuexiang is not in the English."


@dataclass
class PieceResult:
    """One single sentence inside a sentence the article keeps whole (a long quotation), and its
    English; the engine translates by these pieces, so hovering one can light its own English."""

    start: int  # source offsets, absolute, like SentenceResult's
    end: int
    translation: str | None
    en_start: int  # where this piece's English lies inside SentenceResult.translation
    en_end: int


@dataclass
class SentenceResult:
    id: int
    start: int
    end: int
    text: str
    paragraph: int
    translation: str | None = None
    flags: list[str] = field(default_factory=list)  # short kinds: engine flags, then check kinds
    checks: list[Check] = field(default_factory=list)  # the details behind the check kinds in flags
    pieces: list[PieceResult] = field(default_factory=list)  # empty when the sentence is one piece
    score: float | None = None  # the model's own mean log-probability per token, when it gives one
    # Imported English only: the id of the sentence whose English line also covers this one (a
    # source line of several sentences whose English line did not split the same way); then this
    # sentence's translation is "" and its English is that sentence's.
    english_with: int | None = None


@dataclass
class TranslationInfo:
    model: str | None = None  # "kk→en Dragoman demo 0.1", or None when no model
    demo: bool = False
    complete: bool = False  # every sentence has its translation
    route: list[str] = field(default_factory=list)  # ["kk", "ru", "en"] when pivoting
    message: str | None = None  # "No Kazakh→English model installed", said once
    family: str | None = None  # "argos", "nllb", "opus-mt", "file" (English the person imported)
    licence: str | None = None  # the model's licence as its publisher states it ("CC-BY-NC-4.0")
    english_file: str | None = None  # the imported English's file name, when family is "file"


@dataclass
class Summary:
    sentence_ids: list[int] = field(default_factory=list)
    text: str = ""
    algorithm: str = ""
    english: bool = False  # text is the English translation (else the source)


# How a mention names an official (Mention.kind); the speaker sieves rank them in this order.
MENTION_NAME = "name"  # the full name (Асқар Бекенов, Sergei Lavrov)
MENTION_TITLE = "title"  # a title alone that only this person fits (the minister, Мемлекет басшысы)
MENTION_FAMILY = "family"  # the family name alone, initials and family name, or honorific and first name

# Which sieve resolved a quote's speaker (Quote.sieve), in the order they are tried.
SIEVE_INTERVIEW = "interview"  # an interview's answer: the interviewee (a name label or the intro names them)
SIEVE_NAME = "name"  # the full name in the attribution or the quote's sentence
SIEVE_TITLE = "title"  # a title alone there ("said the president")
SIEVE_FAMILY = "family"  # the family name or initials there ("Ә.Смайылов", "Lavrov said")
SIEVE_STATEMENT = "statement"  # a statement carried the words: whoever was said to issue it
SIEVE_PRONOUN = "pronoun"  # a pronoun, matched by gender to the latest person named ("сказала она")
SIEVE_ROLE = "role"  # what the speaker is, in words that described one official ("деді ресми өкіл")
SIEVE_CONTINUING = "continuing"  # the same speaker going on ("he added", a quoted paragraph that continues)
SIEVE_PARAGRAPH = "paragraph"  # the one official the paragraph names beside a reporting verb
SIEVES = (SIEVE_INTERVIEW, SIEVE_NAME, SIEVE_TITLE, SIEVE_FAMILY, SIEVE_STATEMENT, SIEVE_PRONOUN, SIEVE_ROLE,
          SIEVE_CONTINUING, SIEVE_PARAGRAPH)


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str = MENTION_NAME  # one of the MENTION_* kinds


@dataclass
class Quote:
    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_en: str | None = None
    translation: str | None = None
    official: int | None = None  # index into Analysis.officials, when resolved
    sentence_ids: list[int] = field(default_factory=list)
    # Where ``translation`` came from: "sentences" (the English the English pane shows for the
    # sentences or pieces the quote covers) or "own" (the quote translated alone, because it is
    # shorter than any one piece); None when there is no English or the article is English.
    english_source: str | None = None
    sieve: str | None = None  # which SIEVE_* resolved the speaker; None when the speaker is unknown


@dataclass
class Official:
    name: str
    name_en: str
    title: str | None = None  # as the article states it
    title_en: str | None = None
    organisation: str | None = None  # country or organisation, in English
    mentions: list[Mention] = field(default_factory=list)
    # name_en was spelled by rule from the source (no name table lists the person): a reading
    # to check, not a settled spelling; False once a person corrects it
    name_en_by_rule: bool = False


@dataclass
class Analysis:
    language: str
    language_name: str
    language_confidence: float
    language_supported: bool
    source: str | None
    sentences: list[SentenceResult] = field(default_factory=list)
    translation: TranslationInfo = field(default_factory=TranslationInfo)
    summary: Summary = field(default_factory=Summary)
    quotes: list[Quote] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what could not be done, and why

    def to_json(self) -> dict[str, Any]:
        """A dict that ``json.dumps`` accepts, with the contract's keys (as ``asdict`` gives them)."""
        plain = _plain(self)
        assert isinstance(plain, dict)
        return plain


_FIELDS: dict[type, tuple[str, ...]] = {}


def _plain(value: Any) -> Any:
    """``dataclasses.asdict`` without its deep copies of every leaf: the analysis of a
    100,000-word article has ~140,000 objects, and asdict spent 1.9 s on them. Leaves here are
    str, int, float, bool and None, which need no copy."""
    kind = type(value)
    names = _FIELDS.get(kind)
    if names is None and is_dataclass(value) and not isinstance(value, type):
        names = _FIELDS[kind] = tuple(f.name for f in fields(value))
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if kind is list:
        return [_plain(item) for item in value]
    if kind is tuple:
        return tuple(_plain(item) for item in value)
    if kind is dict:
        return {key: _plain(item) for key, item in value.items()}
    return value
