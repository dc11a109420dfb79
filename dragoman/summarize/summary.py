"""Extractive summary with sumy's summarisers over the article's own sentences.

sumy is given a document model built from ``Article.sentences`` and our own word lists
(its NLTK tokenizers would need punkt data that is not shipped), so nothing is downloaded
and every result maps back to a sentence id.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from dragoman.article.model import Article, Sentence

from .algorithms import ALGORITHMS
from .content import content_sentences, is_heading
from .langdata import section, stop_words
from .words import normalize, stemmer_for, words_of

DEFAULT_LENGTH: int | float = 3
# The other summarisers compare every sentence with every other in pure Python; past this
# many candidates they rank only the ones a cheap word-frequency score puts first.
MAX_RANKED = 250

_CLASSES = {
    "lexrank": ("dragoman.summarize.fast_lexrank", "FastLexRankSummarizer"),
    "lsa": ("sumy.summarizers.lsa", "LsaSummarizer"),
    "textrank": ("sumy.summarizers.text_rank", "TextRankSummarizer"),
    "luhn": ("sumy.summarizers.luhn", "LuhnSummarizer"),
    "edmundson": ("sumy.summarizers.edmundson", "EdmundsonSummarizer"),
    "sumbasic": ("sumy.summarizers.sum_basic", "SumBasicSummarizer"),
    "kl": ("dragoman.summarize.fast_kl", "FirstKLSummarizer"),
}


class _ContentWords:
    """A sumy tokenizer: normalised words of one language without its stop words."""

    def __init__(self, language: str) -> None:
        self._stop = stop_words(language)

    def to_words(self, text: str) -> list[str]:
        return [w for w in words_of(text) if w not in self._stop and len(w) > 1]


def _dispatching_stemmer(language: str) -> Callable[[str], str]:
    """Stem Latin-script words as English, everything else with the source's stemmer."""
    source, english = stemmer_for(language), stemmer_for("en")

    def stem(word: str) -> str:
        return english(word) if word[:1].isascii() else source(word)

    return stem


def sentence_count(length: int | float, available: int) -> int:
    """How many sentences ``length`` asks for out of ``available`` content sentences."""
    if isinstance(length, bool) or not isinstance(length, (int, float)):
        raise ValueError("The summary length must be a number of sentences or a share between 0 and 1.")
    if isinstance(length, float) and not length.is_integer():
        if not 0 < length < 1:
            raise ValueError("A summary share must be between 0 and 1, e.g. 0.2 for a fifth.")
        return min(available, max(1, round(length * available)))
    if length < 1:
        raise ValueError("A summary needs at least one sentence.")
    return min(available, int(length))


def summarize(article: Article, *, algorithm: str = "lexrank", length: int | float = DEFAULT_LENGTH,
              english: Mapping[int, str] | None = None, rank_on: str = "source") -> list[int]:
    """Sentence ids of the summary in document order.

    ``length``: an int is a number of sentences, a float in (0, 1) a share of the article's
    content sentences. ``rank_on="english"`` ranks the English sentences given in ``english``
    (the source sentence stands in where a translation is missing). Headlines, bylines,
    datelines and counters are never chosen. Raises ValueError for an unknown algorithm,
    length or ``rank_on``.
    """
    if algorithm not in ALGORITHMS:
        raise ValueError(f"Unknown summary algorithm {algorithm!r}; choose one of {', '.join(ALGORITHMS)}.")
    if rank_on not in ("source", "english"):
        raise ValueError("rank_on must be 'source' or 'english'.")
    candidates = content_sentences(article)
    count = sentence_count(length, len(candidates))
    if count == 0:
        return []
    if count >= len(candidates):
        return [s.id for s in candidates]
    texts = _ranking_texts(article, candidates, english if rank_on == "english" else None)
    if algorithm != "lexrank" and len(candidates) > MAX_RANKED:
        candidates = _preselect(candidates, texts, MAX_RANKED)
    document, by_object = _document(article, candidates, texts)
    summarizer = _summarizer(algorithm, article.code, english is not None and rank_on == "english")
    chosen = summarizer(document, count)
    return sorted(by_object[id(s)] for s in chosen)


def _preselect(candidates: list[Sentence], texts: dict[int, tuple[str, str]], keep: int) -> list[Sentence]:
    """The ``keep`` sentences whose words are most frequent in the article (SumBasic's
    first-round score), in document order."""
    from collections import Counter

    tokenizers: dict[str, _ContentWords] = {}
    words = {s.id: tokenizers.setdefault(texts[s.id][1], _ContentWords(texts[s.id][1])).to_words(texts[s.id][0])
             for s in candidates}
    frequency = Counter(w for ws in words.values() for w in ws)
    score = {sid: sum(frequency[w] for w in ws) / (len(ws) or 1) for sid, ws in words.items()}
    best = set(sorted(score, key=lambda sid: -score[sid])[:keep])
    return [s for s in candidates if s.id in best]


def _ranking_texts(article: Article, candidates: list[Sentence],
                   english: Mapping[int, str] | None) -> dict[int, tuple[str, str]]:
    """sentence id -> (text to rank, its language)."""
    texts = {}
    for s in candidates:
        translated = english.get(s.id) if english else None
        texts[s.id] = (translated, "en") if translated and translated.strip() else (s.text, article.code)
    return texts


def _document(article: Article, candidates: list[Sentence],
              texts: dict[int, tuple[str, str]]) -> tuple[Any, dict[int, int]]:
    """A sumy document: one paragraph per article paragraph, headings marked, candidates only."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    tokenizers: dict[str, _ContentWords] = {}
    wanted = {s.id for s in candidates}
    paragraphs: dict[int, list[Any]] = {}
    by_object: dict[int, int] = {}
    for s in article.sentences:
        text, language = texts.get(s.id, (s.text, article.code))
        tokenizer = tokenizers.setdefault(language, _ContentWords(language))
        if s.id in wanted:
            node = SumySentence(text, tokenizer)
            by_object[id(node)] = s.id
        elif is_heading(s) and words_of(s.text):
            node = SumySentence(text, tokenizer, is_heading=True)
        else:
            continue
        paragraphs.setdefault(s.paragraph, []).append(node)
    document = ObjectDocumentModel([Paragraph(nodes) for _, nodes in sorted(paragraphs.items())])
    return document, by_object


def warm_up(algorithm: str = "lexrank") -> None:
    """Import ``algorithm``'s summariser (sumy, NLTK's parts and numpy: ~0.5 s), so the first
    summary does not pay for it."""
    import importlib

    importlib.import_module(_CLASSES[algorithm][0])


def _summarizer(algorithm: str, language: str, english: bool) -> Any:
    import importlib

    module_name, class_name = _CLASSES[algorithm]
    cls = getattr(importlib.import_module(module_name), class_name)
    summarizer = cls(_dispatching_stemmer(language))
    if algorithm == "edmundson":
        _set_cue_words(summarizer, "en" if english else language)
    return summarizer


def _set_cue_words(summarizer: Any, language: str) -> None:
    """Edmundson's bonus/stigma/null words from the language data (sumy refuses empty sets)."""
    data = section(language, "summary")
    summarizer.bonus_words = [normalize(w) for w in data.get("bonus_words", [])] or ["\u0000"]
    summarizer.stigma_words = [normalize(w) for w in data.get("stigma_words", [])] or ["\u0000"]
    summarizer.null_words = sorted(stop_words(language)) or ["\u0000"]
