"""Words of a sentence with their spans, normalisation and per-language stemming.

The project's own tokenizer: sumy's NLTK tokenizers need punkt data that is not shipped,
and offsets must point into ``Article.text`` anyway.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache, lru_cache

from .langdata import profile, section

# Letters (with combining marks, e.g. Arabic harakat), joined by inner hyphens/apostrophes.
WORD_RE = re.compile(r"[^\W\d_](?:[^\W_]|[\u0610-\u061A\u064B-\u065F\u0670\u0640])*"
                     r"(?:[-'’][^\W\d_](?:[^\W_]|[\u064B-\u065F\u0640])*)*")
_ARABIC_MARKS = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u0640]")


def iter_words(text: str, offset: int = 0) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) for every word of ``text``; spans shifted by ``offset``."""
    for match in WORD_RE.finditer(text):
        yield match.start() + offset, match.end() + offset, match.group()


def normalize(word: str) -> str:
    """Lower case, no Arabic diacritics or tatweel, hamza-forms of alif folded, ё→е."""
    word = _ARABIC_MARKS.sub("", word).lower()
    return word.translate(_FOLD)


_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ё": "е", "’": "'"})


def words_of(text: str) -> list[str]:
    """Normalised words of ``text`` in order."""
    return [normalize(w) for _, _, w in iter_words(text)]


class SuffixStemmer:
    """Strips the longest listed suffix, keeping at least ``min_stem`` letters (Kazakh).

    Suffixes are looked up by length (a slice and a set lookup per distinct suffix length, not an
    ``endswith`` per suffix), and stems are remembered in a bounded LRU: an article repeats its
    words, and a long one would otherwise strip the same word thousands of times.
    """

    CACHE_SIZE = 1 << 16  # distinct words remembered; a 100k-word article has ~20k

    def __init__(self, suffixes: list[str], min_stem: int = 3) -> None:
        self._suffixes = frozenset(s.lower() for s in suffixes if s)
        self._lengths = sorted({len(s) for s in self._suffixes}, reverse=True)
        self._min_stem = min_stem
        self._cached = lru_cache(maxsize=self.CACHE_SIZE)(self._strip)

    def __call__(self, word: str) -> str:
        return self._cached(word)

    def _strip(self, word: str) -> str:
        word = normalize(word)
        changed = True
        while changed:  # agglutination: strip case after possessive after plural
            changed = False
            for length in self._lengths:  # longest first
                if len(word) - length >= self._min_stem and word[-length:] in self._suffixes:
                    word = word[:-length]
                    changed = True
                    break
        return word


@cache
def stemmer_for(language: str) -> Callable[[str], str]:
    """A stemmer for ``language``: data-driven suffixes when the language file lists them,
    else NLTK's Snowball (ships its algorithms, needs no data), else lower-casing."""
    stemming = section(language, "stemming")
    if stemming.get("suffixes"):
        return SuffixStemmer(list(stemming["suffixes"]), int(stemming.get("min_stem", 3)))
    snowball_class = profile(language).stemmer  # the profile names NLTK's class ("RussianStemmer")
    if snowball_class:
        from .snowball import snowball_module  # NLTK's stemmers without all of NLTK (~40 MB)

        stem = getattr(snowball_module(), snowball_class)().stem
        return lambda word: stem(normalize(word))
    return normalize
