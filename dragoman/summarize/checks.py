"""Translation checks: does each sentence's English keep what its source says?

Whoever wrote the English (a demo model, a real model, English a person imported), each
sentence is compared with its source using what the analysis already knows:

- names: each person the source sentence names (officials, quoted speakers) is in the English
  in a recognisable form; a person the English names and the source does not is flagged;
- numbers: each number of the source is in the English with the same value, and back;
- places and bodies: countries, cities and organisations of the gazetteer, both ways;
- copies: two different source sentences with the same English;
- the model's own score: ``SentenceResult.score`` is the mean natural-log probability per
  output token, counting the end-of-sentence token, of the hypothesis the model produced (for a
  sentence of several pieces, its lowest piece); under the calibrated threshold of the model
  family (resources/models/score_calibration.toml) the sentence is flagged;
- length: English characters / source characters outside the language's measured bounds.

Usage::

    checker = Checker(article, analysis)
    checker.check(sentence_id)   # one sentence, as its English arrives
    checker.check_all()          # every sentence, plus the copies check

Each call sets the sentence's ``checks`` (one ``Check`` per problem, the engine's own flags
first) and ``flags`` (their kinds, in order, each once). Calling again gives the same result.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache, lru_cache

from dragoman.article.analysis import (
    CHECK_COPY,
    CHECK_LENGTH,
    CHECK_LOW_SCORE,
    CHECK_NAME_ADDED,
    CHECK_NAME_MISSING,
    CHECK_NUMBER_ADDED,
    CHECK_NUMBER_MISSING,
    CHECK_PLACE_ADDED,
    CHECK_PLACE_MISSING,
    FLAG_DETAILS,
    Analysis,
    Check,
    SentenceResult,
)
from dragoman.article.model import Article

from . import gazetteer
from .langdata import LANG_DIR, resource_path
from .namecheck import (
    NamedPerson,
    article_persons,
    capitalised_names,
    close,
    english_words,
    in_english,
    names_in_source,
    romanised_source,
    skeleton,
    table_persons,
)
from .numbers import Number, numbers_in, value_text

MIN_COPY_WORDS = 4  # shorter English ("Views", "Photo: Akorda") may rightly repeat
MIN_LENGTH_SOURCE = 40  # characters: shorter lines (headlines, counters) vary too much in length


@lru_cache(maxsize=1)
def score_thresholds() -> dict[str, float]:
    """Model family -> the score under which a sentence is flagged, with a "default"."""
    path = resource_path("models", "score_calibration.toml")
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError):
        return {}
    return {str(k): float(v["threshold"]) for k, v in data.get("family", {}).items() if "threshold" in v}


@cache
def length_bounds(language: str) -> tuple[float, float] | None:
    """(lowest, highest) English/source character ratio measured on faithful English."""
    path = LANG_DIR / language / "checks.toml"
    if not path.is_file():
        return None
    with path.open("rb") as handle:
        length = tomllib.load(handle).get("length", {})
    return (float(length["min"]), float(length["max"])) if "min" in length and "max" in length else None


def normalised_english(text: str) -> str:
    """The English as the copies check compares it: case-folded words only."""
    return " ".join(re.findall(r"\w+", text.casefold()))


class Checker:
    """The checks of one article's English (see the module docstring)."""

    def __init__(self, article: Article, analysis: Analysis) -> None:
        self._article = article
        self._analysis = analysis
        self._language = analysis.language
        self._active = analysis.language != "en"
        self._persons: list[NamedPerson] = article_persons(article, analysis) if self._active else []
        # The demo packages are scored by their own calibration, whatever family they are.
        self._family = "demo" if analysis.translation.demo else analysis.translation.family
        self._copies: dict[int, list[Check]] = {}
        self._mentions = [span for p in self._persons for span in p.spans]
        # Without a language's data, its number words and places cannot be read: English ones
        # would all look added, so those checks keep to what can be compared.
        self._number_words = (LANG_DIR / analysis.language / "numbers.toml").is_file()
        self._places = bool(gazetteer.gazetteer(analysis.language).entries)
        self._source_cache: dict[int, tuple[list[Number], list[frozenset[str]]]] = {}

    # -- the API ---------------------------------------------------------------------------
    def check(self, sentence_id: int) -> list[Check]:
        """Check one sentence; set and return its ``checks`` (its ``flags`` follow them)."""
        sentence = self._analysis.sentences[sentence_id]
        engine = [Check(kind, FLAG_DETAILS[kind]) for kind in dict.fromkeys(sentence.flags) if kind in FLAG_DETAILS]
        found: list[Check] = []
        if self._active and sentence.translation is not None:
            found = self._checks_of(sentence) + self._copies.get(sentence_id, [])
        else:
            engine = engine if sentence.translation is not None else []
        sentence.checks = engine + found
        sentence.flags = list(dict.fromkeys(c.kind for c in sentence.checks))
        return sentence.checks

    def check_all(self) -> None:
        """Check every translated sentence, then the copies between sentences."""
        self._copies = self._find_copies() if self._active else {}
        for sentence in self._analysis.sentences:
            self.check(sentence.id)

    # -- the checks ------------------------------------------------------------------------
    def _checks_of(self, sentence: SentenceResult) -> list[Check]:
        english = sentence.translation or ""
        if not english.strip():
            return []
        numbers, places = self._source_facts(sentence)
        return (self._name_checks(sentence, english) + self._number_checks(numbers, english)
                + self._place_checks(places, english) + self._score_checks(sentence)
                + self._length_checks(sentence, english))

    def covered(self, sentence: SentenceResult) -> list[int]:
        """The ids of the source this sentence's English stands for: its own, and those of the
        sentences after it in its paragraph that its English covers (translation "" with no
        engine flag: English imported by line gives a whole line to its first sentence)."""
        ids = [sentence.id]
        for other in self._analysis.sentences[sentence.id + 1:]:
            if other.paragraph != sentence.paragraph or other.translation != "" or \
                    any(f in FLAG_DETAILS for f in other.flags):
                break
            ids.append(other.id)
        return ids

    def source_text(self, sentence: SentenceResult) -> str:
        return " ".join(self._analysis.sentences[i].text for i in self.covered(sentence))

    def _without_names(self, sentence: SentenceResult) -> str:
        """The covered source with the officials' mentions blanked out, so a place inside a
        name is not read as a place (نور سلطان نزارباييف is a person, not Nur-Sultan)."""
        parts = []
        for sid in self.covered(sentence):
            own = self._analysis.sentences[sid]
            chars = list(own.text)
            for start, end in self._mentions:
                for pos in range(max(start, own.start), min(end, own.end)):
                    chars[pos - own.start] = " "
            parts.append("".join(chars))
        return " ".join(parts)

    def _source_facts(self, sentence: SentenceResult) -> tuple[list[Number], list[frozenset[str]]]:
        cached = self._source_cache.get(sentence.id)
        if cached is None:
            numbers = numbers_in(self.source_text(sentence), self._language)
            cached = (numbers, gazetteer.places_in(self._without_names(sentence), self._language))
            self._source_cache[sentence.id] = cached
        return cached

    def _name_checks(self, sentence: SentenceResult, english: str) -> list[Check]:
        skeletons = [skeleton(w) for _, w in english_words(english)]
        # A compound name may be written apart (Abdulrahman / Abdel Rahman, Abd al-Rahman).
        joined = skeletons + [a + b for a, b in zip(skeletons, skeletons[1:])] + \
            [a + b + c for a, b, c in zip(skeletons, skeletons[1:], skeletons[2:])]
        ids, source = set(self.covered(sentence)), self.source_text(sentence)
        checks = [Check(CHECK_NAME_MISSING, f"{p.english} is not in the English.")
                  for p in self._persons if ids & p.named_in and not in_english(p, joined)]
        added = [p.english for p in self._persons if not ids & p.mentioned_in and in_english(p, skeletons, exact=True)]
        known = {p.english for p in self._persons}
        for person in table_persons():
            if person.english not in known and in_english(person, skeletons, exact=True) \
                    and not names_in_source(person, source):
                added.append(person.english)
        added += self._unknown_names(source, english, added)
        return checks + [Check(CHECK_NAME_ADDED, f"{name} is in the English but not in the source.")
                         for name in dict.fromkeys(added)]

    def _unknown_names(self, source_text: str, english: str, added: list[str]) -> list[str]:
        """Capitalised "Firstname Lastname" runs no known person and no source word accounts for."""
        runs = [r for r in capitalised_names(english) if not gazetteer.places_in(r, "en")]
        if not runs:
            return []
        source = romanised_source(source_text, self._language)
        known = [f for p in self._persons for f in p.forms] + [skeleton(w) for a in added for w in a.split()]
        found = []
        for run in runs:
            words = [skeleton(w) for w in re.split(r"[\s\-]+", run)]
            if not any(_like(w, s) for w in words for s in source + known):
                found.append(run)
        return found

    def _number_checks(self, source: list[Number], english: str) -> list[Check]:
        target = numbers_in(english, "en")
        source_values = {v for n in source for v in n.values}
        target_values = {v for n in target for v in n.values}
        if not self._number_words:  # a language whose number words are unknown: digits only
            target = [n for n in target if n.kind != "words"]
        checks = [Check(CHECK_NUMBER_MISSING, f"{_capital(value_text(n))} is not in the English.")
                  for n in _unique(source) if not n.weak and not n.values & target_values]
        checks += [Check(CHECK_NUMBER_ADDED, f"{_capital(value_text(n))} is in the English but not in the source.")
                   for n in _unique(target) if not n.weak and not n.values & source_values]
        return checks

    def _place_checks(self, source: list[frozenset[str]], english: str) -> list[Check]:
        if not self._places:
            return []
        target = gazetteer.places_in(english, "en")
        target_ids = {i for ids in target for i in ids}
        source_ids = {i for ids in source for i in ids}
        checks = []
        for ids in dict.fromkeys(source):
            if not ids & target_ids:
                checks.append(Check(CHECK_PLACE_MISSING, f"{gazetteer.english_name(ids)} is not in the English."))
        for ids in dict.fromkeys(target):
            if not ids & source_ids:
                checks.append(Check(CHECK_PLACE_ADDED,
                                    f"{gazetteer.english_name(ids)} is in the English but not in the source."))
        return checks

    def _score_checks(self, sentence: SentenceResult) -> list[Check]:
        if sentence.score is None:
            return []
        thresholds = score_thresholds()
        threshold = thresholds.get(self._family or "", thresholds.get("default"))
        if threshold is None or sentence.score >= threshold:
            return []
        return [Check(CHECK_LOW_SCORE, f"The model was unsure of this English (score {sentence.score:.2f}).")]

    def _length_checks(self, sentence: SentenceResult, english: str) -> list[Check]:
        bounds = length_bounds(self._language)
        source = len(self.source_text(sentence).strip())
        if bounds is None or source < MIN_LENGTH_SOURCE:
            return []
        ratio = len(english.strip()) / source
        if ratio < bounds[0]:
            return [Check(CHECK_LENGTH, "The English is much shorter than its source; part may be missing.")]
        if ratio > bounds[1]:
            return [Check(CHECK_LENGTH, "The English is much longer than its source; part may be invented.")]
        return []

    def _find_copies(self) -> dict[int, list[Check]]:
        """Sentences whose English another, different source sentence also has (one dict pass)."""
        by_english: dict[str, list[SentenceResult]] = {}
        for sentence in self._analysis.sentences:
            if sentence.translation is None:
                continue
            key = normalised_english(sentence.translation)
            if len(key.split()) >= MIN_COPY_WORDS:
                by_english.setdefault(key, []).append(sentence)
        copies: dict[int, list[Check]] = {}
        for group in by_english.values():
            for sentence in group:
                own = normalised_english(sentence.text)
                other = next((o for o in group if o.id != sentence.id and normalised_english(o.text) != own), None)
                if other is not None:
                    detail = f"Sentence {other.id + 1} of the source has the same English."
                    copies[sentence.id] = [Check(CHECK_COPY, detail)]
        return copies


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _unique(numbers: list[Number]) -> list[Number]:
    seen: set[frozenset[float]] = set()
    out = []
    for number in numbers:
        if number.values not in seen:
            seen.add(number.values)
            out.append(number)
    return out


def _like(word: str, source: str) -> bool:
    """A name word and a romanised source word that may be the same name (inflected source
    words are longer; Arabic script leaves out vowels)."""
    if len(word) < 3 or len(source) < 3:
        return word == source
    if close(word, source) or source.startswith(word) or word.startswith(source):
        return True
    return _consonants(word)[:4] == _consonants(source)[:4] and len(_consonants(word)) >= 3


def _consonants(word: str) -> str:
    return re.sub(r"[aeiou]", "", word)


