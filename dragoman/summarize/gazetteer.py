"""Countries, cities, regions and bodies named in a text, as ids shared across languages.

One file per language, ``resources/lang/<code>/places.toml`` (id -> forms). A form matches
an inflected word through the language's own rules: Kazakh and Russian compare stems (the
suffix rules of analysis.toml, Snowball), Arabic takes off clitics, the article and the nisba
ending; how is said by ``[places]`` of ``resources/lang/<code>/checks.toml``. In the cased
scripts a form written with a capital (a proper name) needs a capital in the text; a lower-case
form (an adjective) matches either. An abbreviation written in capitals matches only in
capitals. Longer names win (Shanghai Cooperation Organisation is one body, not Shanghai).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from .langdata import LANG_DIR
from .words import normalize, stemmer_for

_WORD = re.compile(r"[^\W\d_]+(?:[.'’][^\W\d_]+)*\.?|\d+[^\W\d_]*|[^\W\d_]+\d+")
_ABBREVIATION = 6  # letters: a form in capitals this short is an abbreviation (US, ҚХР, ООН)


@dataclass(frozen=True)
class Gazetteer:
    # a key of the first word -> (each word's keys, ids), longest first
    entries: dict[str, list[tuple[tuple[frozenset[str], ...], frozenset[str]]]]
    keys_of: Callable[[str], tuple[str, ...]]  # the keys a word of running text may match by, best first


def _abbreviation(word: str) -> bool:
    letters = word.replace(".", "")
    return letters.isupper() and len(letters) <= _ABBREVIATION and len(letters) >= 2


def _method(language: str) -> str:
    """How the language's words meet the gazetteer (checks.toml [places] match): "stems"
    (Kazakh, Russian: the default), "clitics" (Arabic: prefixes, article, nisba endings) or
    "words" (English: the word itself, a capital required)."""
    return str(_place_rules(language).get("match", "stems"))


def _clitic_keys(word: str, language: str) -> frozenset[str]:
    """A word of running text with each listed prefix and then each ending taken off."""
    rules = _place_rules(language)
    word = normalize(word)
    bases = {word} | {word[len(p):] for p in rules["prefixes"] if word.startswith(p) and len(word) - len(p) >= 2}
    keys = set(bases)
    for base in bases:
        keys |= {base[: -len(e)] for e in rules["endings"] if base.endswith(e) and len(base) - len(e) >= 2}
    return frozenset(keys)


def _clitic_form_key(word: str, language: str) -> str:
    """A gazetteer form's word without its article and its ending (الصيني -> صين)."""
    rules = _place_rules(language)
    word = normalize(word)
    for article in rules["article"]:
        if word.startswith(article) and len(word) - len(article) >= 2:
            word = word[len(article):]
    for ending in rules["endings"]:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            return word[: -len(ending)]
    return word


def _form_keys(word: str, language: str) -> frozenset[str]:
    """The keys a gazetteer form's word is stored under."""
    if _abbreviation(word):
        return frozenset({"=" + word.replace(".", "")})
    if _method(language) == "clitics":
        return frozenset({_clitic_form_key(word, language)})
    if _method(language) == "words":
        return frozenset({word.casefold() if word[:1].isupper() else "~" + word.casefold()})
    keys = _stem_keys(word, language)
    # A proper name needs a capital in the text too: оралды (returned) is not Орал (Oral).
    return frozenset("^" + k for k in keys) if word[:1].isupper() else keys


def _stem_keys(word: str, language: str) -> frozenset[str]:
    """A Cyrillic word's stem, and the stem without one of the language's listed endings."""
    stem = stemmer_for(language)
    word = normalize(word)
    keys = {stem(word), word}
    for suffix in _extra_suffixes(language):  # short stems collide (Токаев - ев = тока ~ Токио)
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            keys |= {k for k in (stem(word[: -len(suffix)]), word[: -len(suffix)]) if len(k) >= 4}
    return frozenset(keys)


@cache
def _place_rules(language: str) -> dict:
    path = LANG_DIR / language / "checks.toml"
    if not path.is_file():
        return {}
    with path.open("rb") as handle:
        return tomllib.load(handle).get("places", {})


def _extra_suffixes(language: str, name: str = "suffixes") -> tuple[str, ...]:
    """Endings of place names the stemmer does not take off (checks.toml [places] suffixes),
    or those that make a lower-case adjective of a proper name (adjective_suffixes)."""
    return tuple(sorted(_place_rules(language).get(name, []), key=len, reverse=True))


def _text_keys(language: str) -> Callable[[str], tuple[str, ...]]:
    @lru_cache(maxsize=65536)
    def keys(word: str) -> tuple[str, ...]:
        found = {"=" + word.replace(".", "")} if _abbreviation(word) else set()
        if _method(language) == "clitics":
            found |= _clitic_keys(word, language)
        elif _method(language) == "words":
            low = word.casefold().rstrip(".")
            if not word[:1].isupper():
                found.add("~" + low)
            else:
                found |= {low} | ({low[:-1]} if low.endswith("s") else set())
        else:
            base = _stem_keys(word, language)
            found |= base | ({"^" + k for k in base} if word[:1].isupper() else set())
            low = normalize(word)
            for suffix in _extra_suffixes(language, "adjective_suffixes"):
                if low.endswith(suffix) and len(low) - len(suffix) >= 3:
                    found |= {"^" + k for k in _stem_keys(low[: -len(suffix)], language)}
        # The least-stripped key first: بكين is Beijing before it is ب + a stem of كينيا.
        return tuple(sorted(found, key=len, reverse=True))

    return keys


@cache
def gazetteer(language: str) -> Gazetteer:
    """The compiled gazetteer of ``language`` (empty when it has no places.toml)."""
    path = LANG_DIR / language / "places.toml"
    entries: dict[tuple[frozenset[str], ...], set[str]] = {}
    if path.is_file():
        with path.open("rb") as handle:
            for place, forms in tomllib.load(handle).get("places", {}).items():
                for form in forms:
                    words = _words(_bare(form))
                    if words:
                        entries.setdefault(tuple(_form_keys(w, language) for w in words), set()).add(place)
    by_first: dict[str, list[tuple[tuple[frozenset[str], ...], frozenset[str]]]] = {}
    for keys, ids in sorted(entries.items(), key=lambda item: -len(item[0])):
        for key in keys[0]:
            by_first.setdefault(key, []).append((keys, frozenset(ids)))
    return Gazetteer(by_first, _text_keys(language))


def _bare(form: str) -> str:
    """A form without a leading English article ("the United States" -> "United States")."""
    return form[4:] if form.startswith("the ") else form


def _words(text: str) -> list[str]:
    # braces too: Arabic papers quote in {…}, and a place right inside them is still a place
    return [w for w in re.split(r"[\s\-–«»\"“”(){}\[\]]+", text) if w and not w.isdigit()]


@lru_cache(maxsize=4096)
def is_place(word: str, language: str) -> bool:
    """The word, in whatever form, names a country, region or city the gazetteer knows
    (Шымкента, دبي): the analysis asks this of single words often."""
    return bool(places_in(word, language))


def places_in(text: str, language: str) -> list[frozenset[str]]:
    """The places ``text`` names, in order: each as the set of ids its form may stand for
    (Arabic عمان is Oman or Amman)."""
    table = gazetteer(language)
    words = [re.sub(r"['’]s$", "", w.strip(".,;:!?،؛؟")) for w in _words(text)]
    words = [w for w in words if w]
    keys = [table.keys_of(w) for w in words]
    found, i = [], 0
    while i < len(words):
        size, ids = _longest_at(table, keys, i)
        if size:
            found.append(ids)
            i += size
        else:
            i += 1
    return found


def _longest_at(table: Gazetteer, keys: list[tuple[str, ...]], i: int) -> tuple[int, frozenset[str]]:
    best: tuple[int, frozenset[str]] = (0, frozenset())
    for key in keys[i]:
        for entry, ids in table.entries.get(key, ()):
            n = len(entry)
            if n > best[0] and i + n <= len(keys) and \
                    all(not entry[k].isdisjoint(keys[i + k]) for k in range(1, n)):
                best = (n, ids)
                break  # entries are longest first
    return best


@cache
def _display() -> dict[str, str]:
    path = LANG_DIR / "en" / "places.toml"
    with path.open("rb") as handle:
        places = tomllib.load(handle).get("places", {})
    return {place: _bare(forms[0]) for place, forms in places.items() if forms}


def english_name(ids: frozenset[str]) -> str:
    """How a message names a place: its English name ("Oman or Amman" when it may be either)."""
    names = sorted(_display().get(i, i) for i in ids)
    return " or ".join(names)
