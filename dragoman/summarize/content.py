"""Which sentences carry content: headlines, bylines, datelines, view counters and photo
credits are recognised by their shape, so they never crowd a summary."""

from __future__ import annotations

import re

from dragoman.article.model import Article, Sentence

from .langdata import section
from .words import iter_words, normalize

MIN_CONTENT_WORDS = 5
_FINAL_PUNCT = tuple(".!?…؟»”\"'’")  # not ")": "ASTANA, June 3 (Wire report)" is a dateline
_DIGITS_ONLY = re.compile(r"^[\d\s.,:/\-–—%+()]*$")


def _noise_words(language: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in section(language, "summary").get("noise_words", []))


def is_heading(sentence: Sentence) -> bool:
    """A short line without closing punctuation: a headline or a sub-heading."""
    text = sentence.text.rstrip()
    words = list(iter_words(text))
    return 0 < len(words) < 15 and not text.endswith(_FINAL_PUNCT)


def is_content(sentence: Sentence, language: str) -> bool:
    """True for a sentence worth ranking: enough words, ends like a sentence, no noise line."""
    text = sentence.text.strip()
    if _DIGITS_ONLY.match(text):
        return False
    words = [normalize(w) for _, _, w in iter_words(text)]
    if len(words) < MIN_CONTENT_WORDS:
        return False
    noise = _noise_words(language)
    if noise and any(w in noise for w in words) and len(words) < 8:
        return False
    return not is_heading(sentence)


def content_sentences(article: Article) -> list[Sentence]:
    """The article's sentences that may enter a summary, in document order."""
    return [s for s in article.sentences if is_content(s, article.code)]
