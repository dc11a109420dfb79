"""Russian morphology for names, through pymorphy3 and its Russian dictionaries (imported
lazily, on the first Russian name): the base form (nominative) of an inflected name, read as
one name, so its words agree in gender and case (``Марии Захаровой`` -> ``Мария Захарова``,
``Токаеву`` -> ``Токаев``, not the woman's name ``Токаева``).

The language profile names this module (``[profile] morphology = "lang_ru"``); without
pymorphy3 installed the analysis falls back to the profile's suffix rules.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache

log = logging.getLogger(__name__)

_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})
_GENDERS = ("masc", "femn")
_BOTH = "ms-f"  # a surname the same for both (Матвиенко)
_SURE_CASES = frozenset({"ablt"})  # endings no Central Asian name has in the nominative (-ом, -ем, -ой)


@dataclass(frozen=True)
class _Reading:
    gender: str
    case: str
    score: float
    nominative: str


@lru_cache(maxsize=1)
def _analyzer():
    """The pymorphy3 analyser, or None when the library or its dictionaries are missing."""
    try:
        import pymorphy3
        return pymorphy3.MorphAnalyzer(lang="ru")
    except Exception:  # ImportError, or dictionaries that fail to load: fall back to the rules
        log.warning("pymorphy3 is not available; Russian names use the suffix rules", exc_info=True)
        return None


@lru_cache(maxsize=8192)
def _parses(word: str) -> tuple:
    """pymorphy3's parses of a lower-case word (cached: the same names recur)."""
    analyzer = _analyzer()
    return tuple(analyzer.parse(word)) if analyzer is not None else ()


@lru_cache(maxsize=8192)
def _readings(word: str) -> tuple[_Reading, ...]:
    """Every reading of ``word`` as part of a person's name (first name, surname, patronymic)."""
    analyzer = _analyzer()
    if analyzer is None:
        return ()
    found = []
    for parse in analyzer.parse(word.lower()):
        tag = parse.tag
        if not _NAME_GRAMMEMES & set(tag.grammemes) or tag.number == "plur" or tag.case is None:
            continue
        nominative = parse.inflect({"nomn"})
        found.append(_Reading(str(tag.gender) if tag.gender else _BOTH, str(tag.case), parse.score,
                              nominative.word if nominative else parse.word))
    return tuple(found)


@lru_cache(maxsize=8192)
def not_a_name(word: str) -> bool:
    """The dictionary knows ``word`` and never as a name word: a place, a body or a common
    noun (``Павлодара`` in ``Аким Павлодара Марат Кусаинов``). False when pymorphy3 is missing
    or does not know the word (an unknown word may be anyone's surname)."""
    analyzer = _analyzer()
    if analyzer is None or not word or not analyzer.word_is_known(word.lower()):
        return False
    return not any(_NAME_GRAMMEMES & set(p.tag.grammemes) for p in _parses(word.lower()))


@lru_cache(maxsize=4096)
def plural_only(word: str) -> bool:
    """Every reading of ``word`` as a noun is a plural (``министры``, ``лидеры``, ``представителей``):
    a title so written names several people, never one; False for an unknown word or without
    pymorphy3."""
    analyzer = _analyzer()
    if analyzer is None or not word or not analyzer.word_is_known(word.lower()):
        return False
    nouns = [p for p in _parses(word.lower()) if p.tag.POS == "NOUN"]
    return bool(nouns) and all(p.tag.number == "plur" for p in nouns)


def available() -> bool:
    return _analyzer() is not None


def base_name(words: list[str]) -> list[str] | None:
    """The nominative of every word of a Russian name, agreeing in one gender and case; None
    when pymorphy3 is missing, a word is no known name word, or no reading fits them all."""
    readings = [_readings(w) for w in words]
    if not words or not all(readings):
        return None
    best: tuple[float, list[str]] | None = None
    cases = {r.case for rs in readings for r in rs}
    for gender in _GENDERS:
        for case in cases:
            chosen = [max((r for r in rs if r.case == case and r.gender in (gender, _BOTH)),
                          key=lambda r: r.score, default=None) for rs in readings]
            found = [c for c in chosen if c is not None]
            if len(found) < len(chosen):
                continue
            total = sum(c.score for c in found)
            if best is None or total > best[0]:
                best = (total, [_cased_like(w, c.nominative) for w, c in zip(words, found)])
    return best[1] if best else None


def base_by_first_name(words: list[str]) -> list[str] | None:
    """A name whose first word the dictionary knows only as a first name in the instrumental
    (``Эммануэлем``; a genitive or dative could be a Kazakh name's nominative: Гани): every
    word put in the nominative of that case's reading (``Макроном`` -> ``Макрон``), a word
    with no such reading kept (it does not decline: ``Моди``). None when the first word could
    be another case or is no known first name."""
    analyzer = _analyzer()
    if analyzer is None or len(words) < 2:
        return None
    firsts = [r for r in _readings(words[0]) if r.case in _SURE_CASES]
    every = {p.tag.case for p in _parses(words[0].lower())}
    if not firsts or len(every) != 1 or every != {firsts[0].case}:
        return None  # some reading of the word is another case, or no first name's
    case, gender_ = firsts[0].case, max(firsts, key=lambda r: r.score).gender
    out = [_cased_like(words[0], max(firsts, key=lambda r: r.score).nominative)]
    for word in words[1:]:
        parses = [p for p in _parses(word.lower()) if p.tag.case == case and p.tag.number != "plur"
                  and (p.tag.gender in (gender_, None) or "Fixd" in p.tag.grammemes)]
        if not parses:
            out.append(word)
            continue
        nominative = parses[0].inflect({"nomn"})
        out.append(_cased_like(word, nominative.word if nominative else word))
    return out


def gender(words: list[str]) -> str | None:
    """'f' or 'm' when every reading of the name's last word says one gender, else None."""
    readings = _readings(words[-1]) if words else ()
    genders = {r.gender for r in readings}
    if genders == {"femn"}:
        return "f"
    if genders == {"masc"}:
        return "m"
    return None


def _cased_like(original: str, word: str) -> str:
    """``word`` capitalised as ``original`` is, hyphenated part by part (Касым-Жомарт)."""
    if not original[:1].isupper():
        return word
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
