"""The article's words as tokens with spans, and matching of lexicon phrases over them."""

from __future__ import annotations

from dataclasses import dataclass

from article.model import Article

from .lexicon import Lexicon, TitleEntry
from .words import iter_words, normalize

_BREAKS = set(".,;:!?()[]{}«»\"“”„‹›،؛؟—–\n")


@dataclass(frozen=True)
class Token:
    index: int
    start: int
    end: int
    text: str
    norm: str

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()

    @property
    def all_caps(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)


def tokenize(article: Article) -> list[Token]:
    """Every word of the article with its span (offsets into ``article.text``)."""
    return [Token(i, s, e, w, normalize(w)) for i, (s, e, w) in enumerate(iter_words(article.text))]


def gap(text: str, left: Token, right: Token) -> str:
    """The characters between two tokens."""
    return text[left.end:right.start]


def joined(text: str, left: Token, right: Token) -> bool:
    """True when only spaces separate the tokens (no punctuation, no line break)."""
    between = gap(text, left, right)
    return not between.strip() and "\n" not in between


def joined_in_name(text: str, left: Token, right: Token) -> bool:
    """Like ``joined``, and also across the full stop of an initial (``А. Н. Ким``)."""
    if joined(text, left, right):
        return True
    between = text[left.end:right.start]
    return len(left.text) == 1 and left.text.isupper() and between.strip() == "." and "\n" not in between


def word_matches(token: str, word: str, lex: Lexicon) -> bool:
    """``token`` is ``word`` itself, inflected (a listed suffix, the last vowel may change),
    or with a clitic prefix."""
    if token == word:
        return True
    for suffix in lex.name_suffixes:
        if token == word + suffix:
            return True
        if word[-1:] in "аяыйь" and token == word[:-1] + suffix and len(word) > 3:
            return True
    if lex.clitics:
        for clitic in lex.clitics:
            if token.startswith(clitic) and token[len(clitic):] == word:
                return True
            if word.startswith("ال") and token == clitic + "ل" + word[2:]:  # لل: ل + ال
                return True
    return False


def match_phrase(tokens: list[Token], i: int, words: tuple[str, ...], lex: Lexicon, text: str) -> int:
    """Number of tokens the phrase covers when it starts at token ``i`` (0 when no match).
    One country word may sit inside a multi-word title (глава казахстанского правительства)."""
    from .lexicon import country_of

    k = i
    skipped = False
    for n, word in enumerate(words):
        if k >= len(tokens):
            return 0
        if n and not joined(text, tokens[k - 1], tokens[k]):
            return 0
        if not word_matches(tokens[k].norm, word, lex):
            if n == 0 or skipped or not country_of(tokens[k].norm, lex) or k + 1 >= len(tokens):
                return 0
            skipped = True
            k += 1
            if not (joined(text, tokens[k - 1], tokens[k]) and word_matches(tokens[k].norm, word, lex)):
                return 0
        k += 1
    return k - i


@dataclass(frozen=True)
class TitleHit:
    first: int  # token index where the title starts
    last: int  # token index where it ends (inclusive)
    entry: TitleEntry


def find_titles(tokens: list[Token], lex: Lexicon, text: str) -> list[TitleHit]:
    """Non-overlapping title phrases, longest first at each position."""
    hits, i = [], 0
    while i < len(tokens):
        for entry in lex.titles:
            size = match_phrase(tokens, i, entry.words, lex, text)
            if size:
                hits.append(TitleHit(i, i + size - 1, entry))
                i += size
                break
        else:
            i += 1
    return hits
