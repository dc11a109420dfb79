"""Persons in a sentence's source and in its English: who is missing, who was added.

A person counts as named in the English when one word of their English name (the family name
alone is enough) is there in a recognisable spelling: case, hyphens and the common variants of
transliteration (Tokayev/Tokaev, Zhomart/Jomart, Sergey/Sergei) are folded by the English
name-spelling rules in ``resources/lang/en/checks.toml``.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from dragoman.article.analysis import Analysis
from dragoman.article.model import Article

from .langdata import LANG_DIR
from .lexicon import lexicon
from .names import SHIPPED_TABLE
from .romanize import chinese_pinyin, romanize_name, script_of
from .titles import title_vocabulary
from .words import iter_words, normalize

_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’]*")


@lru_cache(maxsize=1)
def _english_rules() -> dict:
    with (LANG_DIR / "en" / "checks.toml").open("rb") as handle:
        return tomllib.load(handle)


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """A Latin-script name word with its transliteration variants folded (Tokayev = Tokaev)."""
    word = unicodedata.normalize("NFKD", word.casefold())
    word = "".join(ch for ch in word if ch.isalpha())
    for old, new in _english_rules()["names"]["fold"]:
        word = re.sub(old, new, word)
    return re.sub(r"(.)\1+", r"\1", word)


def close(a: str, b: str) -> bool:
    """Two skeletons that are the same name: equal, or one letter apart in a long word."""
    if a == b:
        return True
    if min(len(a), len(b)) < 6 or abs(len(a) - len(b)) > 1:
        return False
    return _one_edit(a, b)


def _one_edit(a: str, b: str) -> bool:
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def english_words(text: str) -> list[tuple[int, str]]:
    """(start, word) of the Latin words of ``text``, a possessive 's taken off, hyphens split."""
    words = []
    for match in _LATIN_WORD.finditer(text):
        word = re.sub(r"['’]s$", "", match.group())
        words.append((match.start(), word))
    return words


@dataclass
class NamedPerson:
    """Someone the article or the name table knows, and how to find them on either side."""

    english: str  # as the officials panel shows it
    forms: frozenset[str]  # skeletons of the English name words a mention may use
    named_in: set[int] = field(default_factory=set)  # sentence ids whose source names them
    mentioned_in: set[int] = field(default_factory=set)  # ... or refers to them at all (by title)
    source_stems: tuple[str, ...] = ()  # table persons: family-name stems in the source script
    spans: list[tuple[int, int]] = field(default_factory=list)  # source spans that write the name


def name_forms(english: str, variants: Sequence[str] = (), chinese: bool = False) -> frozenset[str]:
    """Skeletons of the family name of the English name and of its Latin variants: the last
    word, or the first of a Chinese name (Xi Jinping); particles (al, bin) do not count."""
    particles = set(_english_rules()["names"]["particles"])
    forms = set()
    for name in [english, *variants]:
        if script_of(name) != "latin":
            continue
        words = [w for w in re.split(r"[\s\-]+", name) if w and w.casefold() not in particles]
        if words:
            forms.add(skeleton(words[0] if chinese and len(words) >= 2 else words[-1]))
    return frozenset(forms)


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(English name, variants) of every official in the shipped name table."""
    with SHIPPED_TABLE.open("rb") as handle:
        entries = tomllib.load(handle).get("official", [])
    return tuple((str(e["en"]), tuple(str(v) for v in e.get("variants", []))) for e in entries if e.get("en"))


def _stem_of(word: str) -> str:
    """A name word cut to the part its inflected forms share (Тоқаев: Тоқаевқа, Тоқаевтың)."""
    word = normalize(word)
    return word if len(word) <= 4 else word[: max(4, len(word) - 1)]


def article_persons(article: Article, analysis: Analysis) -> list[NamedPerson]:
    """The article's officials and quoted speakers, with the sentences that name each."""
    persons: dict[str, NamedPerson] = {}
    for official in analysis.officials:
        chinese = chinese_pinyin(official.name.split(), script_of(official.name)) is not None
        person = persons.setdefault(official.name_en,
                                    NamedPerson(official.name_en, _forms_of(official.name_en, chinese)))
        stems = [_stem_of(w) for w in re.split(r"[\s\-]+", official.name) if w]
        for mention in official.mentions:
            sentence = article.sentence_at(mention.start)
            if sentence is None:
                continue
            person.mentioned_in.add(sentence.id)
            if any(normalize(w).startswith(stem) for _, _, w in iter_words(mention.text.replace("-", " "))
                   for stem in stems):
                person.named_in.add(sentence.id)
                person.spans.append((mention.start, mention.end))
    for quote in analysis.quotes:
        if quote.speaker and quote.speaker_en and quote.speaker_en not in persons:
            chinese = chinese_pinyin(quote.speaker.split(), script_of(quote.speaker)) is not None
            person = NamedPerson(quote.speaker_en, _forms_of(quote.speaker_en, chinese),
                                 source_stems=tuple(_stem_of(w) for w in quote.speaker.split()[-1:]))
            person.named_in = {s.id for s in article.sentences if names_in_source(person, s.text)}
            person.mentioned_in = set(person.named_in)
            persons[quote.speaker_en] = person
    return list(persons.values())


def _forms_of(english: str, chinese: bool) -> frozenset[str]:
    variants = next((v for en, v in _table() if en == english), ())
    return name_forms(english, list(variants), chinese)


@lru_cache(maxsize=1)
def table_persons() -> tuple[NamedPerson, ...]:
    """Everyone in the shipped name table, with their family-name stems in every script."""
    persons = []
    for english, variants in _table():
        chinese = any(chinese_pinyin(v.split(), "cyrillic") for v in variants if script_of(v) == "cyrillic")
        written = [v.split() for v in variants if script_of(v) != "latin" and v.split()]
        stems = tuple({_stem_of(words[0] if chinese else words[-1]) for words in written})
        persons.append(NamedPerson(english, name_forms(english, list(variants), chinese), source_stems=stems))
    return tuple(persons)


def names_in_source(person: NamedPerson, source: str) -> bool:
    """Whether the source writes one of the person's family-name stems (a clitic before it
    allowed; a stem of two letters, as the Chinese Си or شي, only as a whole word)."""
    words = [normalize(w) for _, _, w in iter_words(source.replace("-", " "))]
    for stem in person.source_stems:
        if len(stem) <= 2:
            if any(w == stem or w[1:] == stem for w in words):
                return True
        elif any(w.startswith(stem) or stem in w[:len(stem) + 3] for w in words):
            return True
    return False


def in_english(person: NamedPerson, skeletons: list[str], exact: bool = False) -> bool:
    """Whether the English names this person; ``exact`` wants a spelling that folds to the
    same skeleton (to say a name was added, a near miss such as Bekenov/Bektenov is not enough)."""
    if exact:
        return not person.forms.isdisjoint(skeletons)
    return any(close(s, form) for s in skeletons for form in person.forms)


def capitalised_names(english: str) -> list[str]:
    """Sequences of two or more capitalised words that look like a person's name: no word is a
    common capitalised word, a title, a body word; the sentence's first word is left out."""
    lex = lexicon("en")
    stop = {w.casefold() for w in lex.not_names} | set(title_vocabulary(lex)) | set(lex.org_words) | \
        set(_english_rules()["names"]["not_names"])
    articles = set(_english_rules()["names"]["articles"])
    runs: list[str] = []
    current: list[str] = []
    previous = ""
    for index, (_, word) in enumerate(english_words(english)):
        # A person takes no article: "the Bright Path", "the Great Hall" are names of things.
        keep = word[:1].isupper() and word.casefold() not in stop and index > 0 and len(word) > 1 \
            and (current or previous.casefold() not in articles)
        if keep:
            current.append(word)
            previous = word
            continue
        if len(current) >= 2:
            runs.append(" ".join(current))
        current, previous = [], word
    if len(current) >= 2:
        runs.append(" ".join(current))
    return runs


def romanised_source(source: str, language: str) -> list[str]:
    """Skeletons of the source's words as English would spell them (to tell an added name
    from one the source writes in its own script)."""
    return [skeleton(romanize_name(w, language)) for _, _, w in iter_words(source.replace("-", " "))]
