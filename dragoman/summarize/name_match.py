"""Names written in a script that leaves vowels out, matched against the English spellings
news uses for them.

Arabic script writes a Kazakh, Russian or Uzbek name by its consonants and long vowels
(Serik, Maulen, Akhmedov), so letter rules alone cannot know its English spelling. A listed
English spelling fits an Arabic word when their consonants agree class by class and every vowel
letter the Arabic writes stands for vowels the English has; short vowels the Arabic leaves out
cost one each, and the spelling that costs least wins (the list's order breaks ties). In a
foreign name (one with a surname ending) a family name is a listed name or element, or one and
an element, before that ending (Mirza-makhmud-ov, Sarsen-bay-ev).
The letter classes, vowel readings, names and endings are data (``[match]`` of
resources/names/romanize-ar.toml); nothing here knows a letter.
"""

from __future__ import annotations

from functools import cache, lru_cache
from itertools import product
from typing import Any

_LATIN_VOWELS = "aeiouyw"  # y and w only ever stand beside a written vowel letter
_MOST = 2  # unwritten vowels a part of a family name may have (Sarsen + bay, not any two names)


class _Rules:
    def __init__(self, match: dict[str, Any]) -> None:
        self.classes: dict[str, str] = match["consonants"]
        self.digraphs: dict[str, str] = match.get("digraphs", {})
        self.carriers: dict[str, list[str]] = match["carriers"]
        self.weak: dict[str, list[str]] = match.get("weak", {})
        self.pairs: dict[str, list[str]] = match.get("pairs", {})
        self.final: dict[str, list[str]] = match.get("final_carriers", {})
        self.initial: dict[str, list[str]] = match.get("initial_carriers", {})
        self.latin: dict[str, list[str]] = match["latin"]
        self.marks = set(match.get("marks", ""))
        self.short = set(match.get("short_vowels", "aeiou"))
        self.endings: dict[str, str] = match.get("endings", {})
        self.names: list[str] = list(match.get("names", []))
        self.elements: list[str] = list(match.get("elements", []))
        self._shapes: dict[str, list[tuple[tuple[str, ...], list[str]]]] = {}
        self.by_key: dict[tuple[str, ...], list[tuple[int, str, list[str]]]] = {}
        for rank, latin in enumerate(dict.fromkeys(self.names + self.elements)):
            for key, vowels in self.latin_shapes(latin.lower()):
                self.by_key.setdefault(key, []).append((rank, latin, vowels))
        self.given = frozenset(n.lower() for n in self.names)
        self.element_set = frozenset(self.elements)

    def latin_shapes(self, word: str) -> list[tuple[tuple[str, ...], list[str]]]:
        """Every consonant-class key the spelling can have, with its vowel runs
        (before the first consonant, between each two, after the last)."""
        shapes = self._shapes.get(word)
        if shapes is None:
            shapes = self._shapes[word] = self._latin_shapes(word)
        return shapes

    def _latin_shapes(self, word: str) -> list[tuple[tuple[str, ...], list[str]]]:
        word = word.replace("x", "ks")  # Alexander: two consonants
        tokens: list[list[str]] = []
        vowels, runs, i = "", [], 0
        latin = sorted(self.latin, key=len, reverse=True)
        while i < len(word):
            if word[i] in _LATIN_VOWELS:
                vowels += word[i]
                i += 1
                continue
            group = next((g for g in latin if word.startswith(g, i)), None)
            if group is None:
                return []
            if not vowels and tokens and word[i - 1:i] == word[i] and len(group) == 1:
                i += 1  # a doubled letter (Kassym, Khallaf) is written once
                continue
            runs.append(vowels)
            vowels = ""
            tokens.append(self.latin[group])
            i += len(group)
        runs.append(vowels)
        return [(key, runs) for key in product(*tokens)] if tokens else []

    def arabic_shape(self, word: str) -> tuple[tuple[str, ...], list[str]] | None:
        letters = "".join(c for c in word if c not in self.marks)
        key: list[str] = []
        runs, vowels, i = [], "", 0
        while i < len(letters):
            pair = letters[i:i + 2]
            if pair in self.digraphs:
                runs.append(vowels)
                vowels = ""
                key.append(self.digraphs[pair])
                i += 2
                continue
            char = letters[i]
            if i == len(letters) - 1 and char in self.final and i:
                vowels += char
            elif char in self.classes:
                runs.append(vowels)
                vowels = ""
                key.append(self.classes[char])
            elif char in self.carriers:
                vowels += char
            else:
                return None
            i += 1
        runs.append(vowels)
        return tuple(key), runs


_BUILT: dict[int, tuple[dict[str, Any], _Rules]] = {}


def _rules(match: dict[str, Any]) -> _Rules:
    """The index of a [match] table, built once (rule tables are read once and never change)."""
    built = _BUILT.get(id(match))
    if built is None or built[0] is not match:
        built = _BUILT[id(match)] = (match, _Rules(match))
    return built[1]


@lru_cache(maxsize=65536)
def _vowel_cost(arabic: str, latin: str, rules: _Rules, first: bool, last: bool) -> int | None:
    """How well the Arabic vowel letters of one slot stand for the Latin vowels there: each
    Arabic letter reads as one of its listed Latin strings (free), a Latin short vowel may stand
    unwritten (one each, never at the start or end of the word), a weak reading costs one (ا for e);
    None when they cannot agree."""

    @cache
    def best(a: int, b: int) -> int | None:
        if a == len(arabic) and b == len(latin):
            return 0
        found: list[int] = []
        # a short vowel may go unwritten inside a word, never at its start or end
        if b < len(latin) and latin[b] in rules.short and not (first and b == 0) and not last:
            rest = best(a, b + 1)
            if rest is not None:
                found.append(rest + 1)
        if a < len(arabic):
            readings = (rules.initial.get(arabic[a]) if first and a == 0 else None) \
                or rules.carriers.get(arabic[a], [])
            if a == len(arabic) - 1 and last and arabic[a] in rules.final:
                readings = rules.final[arabic[a]]
            weak = rules.weak.get(arabic[a], [])
            options = [(1, 0, r) for r in readings] + [(1, 1, r) for r in weak] + \
                [(2, 0, r) for r in rules.pairs.get(arabic[a:a + 2], [])]
            for size, cost, reading in options:
                if latin.startswith(reading, b):
                    rest = best(a + size, b + len(reading))
                    if rest is not None:
                        found.append(rest + cost)
        return min(found) if found else None

    return best(0, 0)


def _fit(shape: tuple[tuple[str, ...], list[str]], rules: _Rules, first: bool) -> tuple[int, int, str] | None:
    """(cost, rank, spelling) of the listed spelling that fits the Arabic shape best."""
    key, runs = shape
    found = []
    for rank, latin, vowels in rules.by_key.get(key, []):
        total = _runs_cost(runs, vowels, rules, first)
        if total is not None:
            found.append((total, rank, latin))
    return min(found) if found else None


def _runs_cost(runs: list[str], vowels: list[str], rules: _Rules, first: bool) -> int | None:
    """The cost of reading each Arabic vowel run as the Latin one in its place, or None."""
    if len(vowels) != len(runs):
        return None
    total = 0
    for n, (arabic, roman) in enumerate(zip(runs, vowels)):
        cost = _vowel_cost(arabic, roman, rules, first and n == 0, n == len(runs) - 1)
        if cost is None:
            return None
        total += cost
    return total


def matched_name(word: str, match: dict[str, Any], foreign: bool) -> str | None:
    """The listed English spelling of one Arabic-script name word: a listed given name, or (in
    a ``foreign`` name, one with a surname ending) a family name built of listed names or
    elements and that ending; None when nothing listed fits."""
    return _matched(_rules(match), word, foreign)


@lru_cache(maxsize=4096)
def _matched(rules: _Rules, word: str, foreign: bool) -> str | None:
    shape = rules.arabic_shape(word)
    if shape is None or not shape[0]:
        return None
    whole = _fit(shape, rules, True)
    if whole and whole[2].lower() in rules.given:
        return whole[2]
    if not foreign:
        return None
    for ending in sorted(rules.endings, key=len, reverse=True):
        if not word.endswith(ending) or len(word) - len(ending) < 2:
            continue
        stem = _stem(rules, word[: -len(ending)])
        if stem:
            tail = rules.endings[ending]
            if stem[-2:-1] in ("a", "e", "o", "u") and stem[-1] in "iy" and tail[:1] == "e":
                stem = stem[:-1] + "y"  # Abai-ev, Tokay-ev: Abayev, Tokayev
            elif stem[-1] in "aeiou" and tail[:1] == "e":
                tail = "y" + tail  # Ali-ev: Aliyev
            return stem[:1].upper() + stem[1:] + tail
    return None


def _stem(rules: _Rules, word: str) -> str | None:
    """The word as one listed name or element, or as a listed name or element and an element
    (Sarsen + bay, Mirza + makhmud), each with at most ``_MOST`` unwritten vowels; cheapest first."""
    options = []
    one = _part(rules, word, True)
    if one:
        options.append((one[0], 0, one[2]))
    for cut in range(2, len(word) - 1):
        head, tail = _part(rules, word[:cut], True), _part(rules, word[cut:], False)
        if head and tail and tail[2] in rules.element_set and head[0] <= _MOST and tail[0] <= _MOST:
            options.append((head[0] + tail[0], 1, head[2] + tail[2].lower()))
    return min(options)[2] if options else None


def _part(rules: _Rules, word: str, first: bool) -> tuple[int, int, str] | None:
    shape = rules.arabic_shape(word)
    if shape is None or not shape[0]:
        return None
    return _fit(shape, rules, first)


def fit_cost(word: str, latin: str, match: dict[str, Any]) -> int | None:
    """How well one Arabic-script word stands for one given English word (the cost of the
    short vowels it leaves out), or None when it cannot be that word."""
    return _fit_cost(_rules(match), word, latin.lower())


@lru_cache(maxsize=65536)
def _fit_cost(rules: _Rules, word: str, latin: str) -> int | None:
    shape = _arabic_shape(rules, word)
    if shape is None or not shape[0]:
        return None
    key, runs = shape
    costs = [_runs_cost(runs, vowels, rules, True) for other, vowels in rules.latin_shapes(latin) if other == key]
    found = [c for c in costs if c is not None]
    return min(found) if found else None


@lru_cache(maxsize=8192)
def _arabic_shape(rules: _Rules, word: str) -> tuple[tuple[str, ...], list[str]] | None:
    return rules.arabic_shape(word)
