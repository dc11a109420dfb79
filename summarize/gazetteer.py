"""Countries, cities, regions and bodies named in a text, as ids shared across languages.

One file per language, ``resources/lang/<code>/places.toml`` (id -> forms). A form matches
an inflected word through the language's own rules: Kazakh and Russian compare stems (the
suffix rules of analysis.toml, Snowball), Arabic takes off clitics, the article and the nisba
ending (``resources/lang/ar/checks.toml``), English needs a capital. An abbreviation written
in capitals matches only in capitals. Longer names win (Shanghai Cooperation Organisation is
one body, not Shanghai).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .langdata import LANG_DIR
from .words import normalize, stemmer_for

_WORD = re.compile(r"[^\W\d_]+(?:[.'’][^\W\d_]+)*\.?|\d+[^\W\d_]*|[^\W\d_]+\d+")
_ABBREVIATION = 6  # letters: a form in capitals this short is an abbreviation (US, ҚХР, ООН)


@dataclass(frozen=True)
class Gazetteer:
    entries: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]]  # first key -> (keys, ids), longest first
    keys_of: Callable[[str], frozenset[str]]  # the keys a word of running text may match by


def _abbreviation(word: str) -> bool:
    letters = word.replace(".", "")
    return letters.isupper() and len(letters) <= _ABBREVIATION and len(letters) >= 2


@lru_cache(maxsize=None)
def _arabic_rules() -> dict:
    with (LANG_DIR / "ar" / "checks.toml").open("rb") as handle:
        return tomllib.load(handle)["places"]


def _arabic_keys(word: str) -> frozenset[str]:
    rules = _arabic_rules()
    word = normalize(word)
    bases = {word} | {word[len(p):] for p in rules["prefixes"] if word.startswith(p) and len(word) - len(p) >= 2}
    keys = set(bases)
    for base in bases:
        keys |= {base[: -len(e)] for e in rules["endings"] if base.endswith(e) and len(base) - len(e) >= 2}
    return frozenset(keys)


def _arabic_form_key(word: str) -> str:
    rules = _arabic_rules()
    word = normalize(word)
    for article in rules["article"]:
        if word.startswith(article) and len(word) - len(article) >= 2:
            word = word[len(article):]
    for ending in rules["endings"]:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            return word[: -len(ending)]
    return word


def _form_key(word: str, language: str) -> str:
    """The one key a gazetteer form's word is stored under."""
    if _abbreviation(word):
        return "=" + word.replace(".", "")
    if language == "ar":
        return _arabic_form_key(word)
    if language == "en":
        return word.casefold() if word[:1].isupper() else "~" + word.casefold()
    return stemmer_for(language)(word)


def _text_keys(language: str) -> Callable[[str], frozenset[str]]:
    stem = stemmer_for(language) if language not in ("ar", "en") else None

    @lru_cache(maxsize=65536)
    def keys(word: str) -> frozenset[str]:
        found = {"=" + word.replace(".", "")} if _abbreviation(word) else set()
        if language == "ar":
            return frozenset(found | _arabic_keys(word))
        if language == "en":
            low = word.casefold().rstrip(".")
            if not word[:1].isupper():
                return frozenset(found | {"~" + low})
            return frozenset(found | {low} | ({low[:-1]} if low.endswith("s") else set()))
        return frozenset(found | {stem(word), normalize(word)})

    return keys


@lru_cache(maxsize=None)
def gazetteer(language: str) -> Gazetteer:
    """The compiled gazetteer of ``language`` (empty when it has no places.toml)."""
    path = LANG_DIR / language / "places.toml"
    entries: dict[tuple[str, ...], set[str]] = {}
    if path.is_file():
        with path.open("rb") as handle:
            for place, forms in tomllib.load(handle).get("places", {}).items():
                for form in forms:
                    words = [w for w in _words(_bare(form))]
                    if words:
                        entries.setdefault(tuple(_form_key(w, language) for w in words), set()).add(place)
    by_first: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]] = {}
    for keys, ids in sorted(entries.items(), key=lambda item: -len(item[0])):
        by_first.setdefault(keys[0], []).append((keys, frozenset(ids)))
    return Gazetteer(by_first, _text_keys(language))


def _bare(form: str) -> str:
    """A form without a leading English article ("the United States" -> "United States")."""
    return form[4:] if form.startswith("the ") else form


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s\-–«»\"“”()]+", text) if w and not w.isdigit()]


def places_in(text: str, language: str) -> list[frozenset[str]]:
    """The places ``text`` names, in order: each as the set of ids its form may stand for
    (Arabic عمان is Oman or Amman)."""
    table = gazetteer(language)
    words = [re.sub(r"['’]s$", "", w.strip(".,;:!?")) for w in _words(text)]
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


def _longest_at(table: Gazetteer, keys: list[frozenset[str]], i: int) -> tuple[int, frozenset[str]]:
    best: tuple[int, frozenset[str]] = (0, frozenset())
    for key in keys[i]:
        for entry, ids in table.entries.get(key, ()):
            n = len(entry)
            if n > best[0] and i + n <= len(keys) and all(entry[k] in keys[i + k] for k in range(1, n)):
                best = (n, ids)
                break  # entries are longest first
    return best


@lru_cache(maxsize=None)
def _display() -> dict[str, str]:
    path = LANG_DIR / "en" / "places.toml"
    with path.open("rb") as handle:
        places = tomllib.load(handle).get("places", {})
    return {place: _bare(forms[0]) for place, forms in places.items() if forms}


def english_name(ids: frozenset[str]) -> str:
    """How a message names a place: its English name ("Oman or Amman" when it may be either)."""
    names = sorted(_display().get(i, i) for i in ids)
    return " or ".join(names)
