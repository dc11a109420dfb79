"""Long articles: the sparse LexRank graph, its agreement with the dense one, bounded memory,
and the Kazakh suffix stemmer's lookups and cache (issue 11)."""

from __future__ import annotations

import random
import tracemalloc
from pathlib import Path

import numpy
import pytest
from sumy.summarizers.lex_rank import LexRankSummarizer

from dragoman.article import load
from dragoman.article.paths import RESOURCES
from dragoman.summarize import summary
from dragoman.summarize.fast_lexrank import FastLexRankSummarizer
from dragoman.summarize.words import SuffixStemmer, normalize, stemmer_for, words_of

SAMPLES = Path(RESOURCES) / "samples"
ANNOTATED = Path(__file__).resolve().parents[1] / "data" / "annotated"
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
LANGUAGES = ("kk", "ru", "en", "ar")


def _reference_files() -> list[Path]:
    files = sorted(SAMPLES.glob("*.txt")) + sorted(ANNOTATED.glob("*/*.txt"))
    return files + (sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else [])


def _long_text(language: str, words: int) -> str:
    """Paragraphs of this language's samples and annotated articles, a new order each round."""
    files = sorted(SAMPLES.glob(f"{language}-*.txt")) + sorted((ANNOTATED / language).glob("*.txt"))
    paragraphs = [b.strip() for f in files for b in f.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    parts, count, round_no = [], 0, 0
    while count < words:
        order = list(paragraphs)
        random.Random(round_no).shuffle(order)
        for paragraph in order:
            parts.append(paragraph)
            count += len(paragraph.split())
        round_no += 1
    return "\n\n".join(parts) + "\n"


def _document(article):
    """The sumy document ``summarize`` ranks, with its sentence objects -> our ids."""
    candidates = summary.content_sentences(article)
    texts = summary._ranking_texts(article, candidates, None)
    return summary._document(article, candidates, texts)


def _chosen(summarizer, article, count: int) -> list[int]:
    document, by_object = _document(article)
    return sorted(by_object[id(s)] for s in summarizer(document, count))


def _fast(language: str, *, dense_limit: int, df_cap: int) -> FastLexRankSummarizer:
    ranker = FastLexRankSummarizer(summary._dispatching_stemmer(language))
    ranker.dense_limit, ranker.df_cap = dense_limit, df_cap
    return ranker


def test_every_reference_article_keeps_sumys_dense_lexrank_choice() -> None:
    """summarize(), and the sparse graph forced on the same document, choose what sumy's own
    dense LexRank chooses on every sample, seed and annotated article."""
    files = _reference_files()
    assert len(files) >= 50
    for path in files:
        article = load(str(path))
        available = len(summary.content_sentences(article))
        for count in (1, 2, 3):
            if count >= available:
                continue
            expected = _chosen(LexRankSummarizer(summary._dispatching_stemmer(article.code)), article, count)
            assert summary.summarize(article, length=count) == expected, (path.name, count)
            sparse = _fast(article.code, dense_limit=0, df_cap=10**9)
            assert _chosen(sparse, article, count) == expected, (path.name, count)


@pytest.mark.parametrize("language", LANGUAGES)
def test_sparse_graph_is_the_dense_graph_when_no_term_is_capped(article_of, language) -> None:
    article = article_of(_long_text(language, 8000), language)
    document, _ = _document(article)
    dense = _fast(language, dense_limit=10**9, df_cap=10**9)
    words = [dense._to_words_set(s) for s in document.sentences]
    assert len(words) > 300
    sparse = _fast(language, dense_limit=0, df_cap=10**9)
    assert numpy.allclose(dense.scores(words), sparse.scores(words), rtol=0, atol=1e-12)
    assert _chosen(sparse, article, 5) == _chosen(dense, article, 5)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_document_frequency_cap_keeps_the_dense_choice_on_a_long_article(article_of, language) -> None:
    """With the default cap (terms in more than DF_CAP sentences link no pair) the summary of a
    10,000-word article is still the dense one's."""
    article = article_of(_long_text(language, 10_000), language)
    dense = _fast(language, dense_limit=10**9, df_cap=10**9)
    capped = _fast(language, dense_limit=0, df_cap=FastLexRankSummarizer.df_cap)
    assert _chosen(capped, article, 3) == _chosen(dense, article, 3)


def test_a_long_summary_does_not_build_square_matrices(article_of) -> None:
    """30,000 words (~2,300 sentences): the dense matrices alone would take over 120 MB."""
    article = article_of(_long_text("kk", 30_000), "kk")
    assert len(article.sentences) > 2000
    summary.summarize(article)  # imports and the stemmer's cache, not the graph
    tracemalloc.start()
    try:
        ids = summary.summarize(article, length=5)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(ids) == 5
    assert peak < 80 * 2**20, f"{peak / 2**20:.0f} MB"


@pytest.mark.parametrize("algorithm", [a for a in summary.ALGORITHMS if a != "lexrank"])
def test_other_summarisers_rank_a_bounded_number_of_sentences_on_long_articles(article_of, algorithm,
                                                                             monkeypatch) -> None:
    ranked: list[int] = []
    real = summary._summarizer

    def recording(*args):
        ranker = real(*args)

        def rank(document, count):
            ranked.append(sum(not s.is_heading for s in document.sentences))
            return ranker(document, count)
        return rank

    monkeypatch.setattr(summary, "_summarizer", recording)
    article = article_of(_long_text("en", 12_000), "en")
    assert len(summary.content_sentences(article)) > 500  # twice MAX_RANKED: the bound must bite
    tracemalloc.start()
    try:
        ids = summary.summarize(article, algorithm=algorithm, length=3)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert ranked == [summary.MAX_RANKED]
    assert len(ids) == 3 and ids == sorted(ids)
    assert peak < 100 * 2**20, f"{algorithm}: {peak / 2**20:.0f} MB"


def _longest_suffix_reference(word: str, suffixes: list[str], min_stem: int) -> str:
    """The stemmer's rule written the plain way: strip the longest fitting suffix, repeat."""
    word = normalize(word)
    while True:
        fitting = [s for s in suffixes if word.endswith(s) and len(word) - len(s) >= min_stem]
        if not fitting:
            return word
        word = word[: -len(max(fitting, key=len))]


def test_kazakh_stems_follow_the_longest_suffix_rule() -> None:
    from dragoman.summarize.langdata import section

    stemming = section("kk", "stemming")
    suffixes = [s.lower() for s in stemming["suffixes"]]
    min_stem = int(stemming.get("min_stem", 3))
    text = (SAMPLES / "kk-official-visit.txt").read_text(encoding="utf-8")
    text += "".join(p.read_text(encoding="utf-8") for p in sorted((ANNOTATED / "kk").glob("*.txt")))
    words = sorted(set(words_of(text)))
    assert len(words) > 500
    stem = stemmer_for("kk")
    stems = {w: stem(w) for w in words}
    assert stems == {w: _longest_suffix_reference(w, suffixes, min_stem) for w in words}
    assert sum(stems[w] != w for w in words) > 100  # the rule does strip


def test_the_stemmers_memory_is_bounded() -> None:
    class Small(SuffixStemmer):
        CACHE_SIZE = 16

    stem = Small(["лар", "дың", "ы"], min_stem=2)
    for k in range(100):
        assert stem(f"сөз{'абвгдежзик'[k % 10]}{k}лар") == f"сөз{'абвгдежзик'[k % 10]}{k}"
    assert stem._cached.cache_info().currsize == 16
    assert stem("Үйлердың") == "үйлер"  # normalised, then the longest fitting suffix


def test_kl_stopped_after_the_chosen_sentences_chooses_what_sumys_kl_chooses(article_of) -> None:
    from sumy.summarizers.kl import KLSummarizer

    from dragoman.summarize.fast_kl import FirstKLSummarizer

    articles = [load(str(p)) for p in _reference_files()[:12]]
    articles += [article_of(_long_text(language, 600), language) for language in LANGUAGES]
    assert max(len(summary.content_sentences(a)) for a in articles) > 30
    for article in articles:
        stemmer = summary._dispatching_stemmer(article.code)
        for count in (1, 2, 4):
            assert _chosen(FirstKLSummarizer(stemmer), article, count) == \
                _chosen(KLSummarizer(stemmer), article, count), (article.source, count)
