"""The article's words as tokens with spans, and matching of lexicon phrases over them."""

from __future__ import annotations

from dataclasses import dataclass

from dragoman.article.model import Article

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


def phrase_at(tokens: list[Token], first: int, words: tuple[str, ...]) -> bool:
    """The normalised words stand, as listed and in that very form, from token ``first`` on."""
    return first >= 0 and first + len(words) <= len(tokens) and \
        all(tokens[first + k].norm == w for k, w in enumerate(words))


def joined_in_name(text: str, left: Token, right: Token) -> bool:
    """Like ``joined``, and also across the full stop of an initial (``А. Н. Ким``)."""
    if joined(text, left, right):
        return True
    between = text[left.end:right.start]
    return len(left.text) == 1 and left.text.isupper() and between.strip() == "." and "\n" not in between


def word_matches(token: str, word: str, lex: Lexicon) -> bool:
    """``token`` is ``word`` itself, inflected (a listed suffix, the last vowel may change),
    or with a clitic prefix."""
    return word in base_forms(token, lex)


def base_forms(token: str, lex: Lexicon) -> frozenset[str]:
    """Every base word ``token`` may be a form of (cached per language)."""
    cache = _FORMS.setdefault(lex.language, {})
    forms = cache.get(token)
    if forms is None:
        forms = cache[token] = frozenset(_forms(token, lex))
    return forms


_FORMS: dict[str, dict[str, frozenset[str]]] = {}


def _forms(token: str, lex: Lexicon) -> set[str]:
    forms = {token}
    for suffix in lex.name_suffixes:
        if token.endswith(suffix) and len(token) > len(suffix):
            stem = token[: -len(suffix)]
            forms.add(stem)
            if len(stem) >= 3:  # the base ended in a vowel the suffix replaced (глава -> главы)
                forms.update(stem + v for v in lex.base_endings)
    for clitic in lex.clitics:
        if token.startswith(clitic) and len(token) > len(clitic) + 1:
            rest = token[len(clitic):]
            forms.add(rest)
            if len(lex.article) > 1 and rest.startswith(lex.article[1:]):  # a preposition that
                forms.add(lex.article[0] + rest)  # dropped the article's first letter (لل = ل + ال)
    return forms


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
    by_first = _titles_by_first_word(lex)
    hits, i = [], 0
    while i < len(tokens):
        candidates = [e for form in base_forms(tokens[i].norm, lex) for e in by_first.get(form, ())]
        candidates.sort(key=lambda e: len(e.words), reverse=True)
        for entry in candidates:
            size = match_phrase(tokens, i, entry.words, lex, text)
            if size:
                hits.append(TitleHit(i, i + size - 1, entry))
                i += size
                break
        else:
            i += 1
    return hits


_BY_FIRST: dict[str, dict[str, tuple[TitleEntry, ...]]] = {}


def _titles_by_first_word(lex: Lexicon) -> dict[str, tuple[TitleEntry, ...]]:
    index = _BY_FIRST.get(lex.language)
    if index is None:
        grouped: dict[str, list[TitleEntry]] = {}
        for entry in lex.titles:
            grouped.setdefault(entry.words[0], []).append(entry)
        index = _BY_FIRST[lex.language] = {k: tuple(v) for k, v in grouped.items()}
    return index
