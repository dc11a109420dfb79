"""sumy's LexRank, vectorised by numpy, with a sparse graph for long articles.

The mathematics is sumy's own (idf = log(n / (1 + n_j)), tf normalised by the sentence's
largest count, idf-modified cosine, threshold, degree normalisation, power method).

Up to ``DENSE_LIMIT`` sentences the similarity matrix is dense, exactly as sumy builds it: the
reference, and what every sample, seed and annotated article gets. Past it a dense n x n matrix
grows with the square of the article (1.5 GB at 100,000 words), so the graph is built from an
inverted index instead: only pairs of sentences that share a term are ever looked at, and the
power method multiplies by the edge list. To keep that linear, a term found in more than
``DF_CAP`` sentences adds nothing to any pair's similarity (it is treated like a stop word of
this article; its weight still counts in each sentence's norm), so the pairs looked at number
at most ``DF_CAP`` / 2 per word of the article. With no term over the cap the sparse graph is
the dense one (tests/summarize/test_summary_long.py checks this).
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

import numpy
from sumy.summarizers.lex_rank import LexRankSummarizer

DENSE_LIMIT = 1000  # sentences; the dense matrices then take ~30 MB
DF_CAP = 200  # a term in more sentences than this links no pair in the sparse graph
TIE_DIGITS = 12  # scores equal to this many decimals are a tie
# Memory bounds of the sparse graph: pair entries made at once, and pending before they are summed.
_BLOCK_PAIRS = 200_000
_REDUCE_AT = 1_000_000


class FastLexRankSummarizer(LexRankSummarizer):
    dense_limit = DENSE_LIMIT
    df_cap = DF_CAP

    def __call__(self, document: Any, sentences_count: int) -> Any:
        sentences_words = [self._to_words_set(s) for s in document.sentences]
        if not sentences_words:
            return ()
        # Rounded so that sentences of equal centrality (a repeated sentence) tie exactly and
        # the earlier one wins, whichever path computed them and in whatever order.
        scores = numpy.round(self.scores(sentences_words), TIE_DIGITS)
        ratings = dict(zip(document.sentences, scores))
        return self._get_best_sentences(document.sentences, sentences_count, ratings)

    def scores(self, sentences_words: list[list[str]]) -> numpy.ndarray:
        """The LexRank score of each sentence (a list of its stemmed content words)."""
        tf_metrics = self._compute_tf(sentences_words)
        idf_metrics = self._compute_idf(sentences_words)
        if len(sentences_words) <= self.dense_limit:
            matrix = self._create_matrix(sentences_words, self.threshold, tf_metrics, idf_metrics)
            return self.power_method(matrix, self.epsilon)
        edges = sparse_edges(tf_metrics, idf_metrics, self.threshold, self.df_cap)
        return sparse_power_method(len(sentences_words), edges, self.epsilon)

    @staticmethod
    def _compute_idf(sentences: list[list[str]]) -> dict[str, float]:
        count = len(sentences)
        frequency = Counter(term for sentence in sentences for term in set(sentence))
        return {term: math.log(count / (1 + n_j)) for term, n_j in frequency.items()}

    def _create_matrix(self, sentences: list[list[str]], threshold: float, tf_metrics: list[dict[str, float]],
                       idf_metrics: dict[str, float]) -> Any:
        vocabulary = {term: k for k, term in enumerate(idf_metrics)}
        weights = numpy.zeros((len(sentences), max(1, len(vocabulary))))
        for row, tf in enumerate(tf_metrics):
            for term, value in tf.items():
                weights[row, vocabulary[term]] = value * idf_metrics[term]
        numerator = weights @ weights.T
        norms = numpy.sqrt((weights ** 2).sum(axis=1))
        denominator = numpy.outer(norms, norms)
        with numpy.errstate(divide="ignore", invalid="ignore"):
            cosine = numpy.where(denominator > 0, numerator / numpy.where(denominator > 0, denominator, 1), 0.0)
        matrix = (cosine > threshold).astype(float)
        degrees = matrix.sum(axis=1)
        degrees[degrees == 0] = 1
        return matrix / degrees[:, None]


def _unit_weights(tf_metrics: list[dict[str, float]],
                  idf_metrics: dict[str, float]) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
    """(sentence, term, weight) triples sorted by term then sentence; each sentence's tf-idf
    vector scaled to length 1 (so a dot product is the idf-modified cosine)."""
    vocabulary: dict[str, int] = {}
    rows, cols, values = [], [], []
    for row, tf in enumerate(tf_metrics):
        for term, value in tf.items():
            rows.append(row)
            cols.append(vocabulary.setdefault(term, len(vocabulary)))
            values.append(value * idf_metrics[term])
    row_a = numpy.array(rows, dtype=numpy.int64)
    col_a = numpy.array(cols, dtype=numpy.int64)
    val_a = numpy.array(values, dtype=numpy.float64)
    norms = numpy.sqrt(numpy.bincount(row_a, weights=val_a ** 2, minlength=len(tf_metrics)))
    safe = numpy.where(norms > 0, norms, 1.0)
    val_a = val_a / safe[row_a]
    order = numpy.lexsort((row_a, col_a))
    return row_a[order], col_a[order], val_a[order]


def _sum_pairs(keys: list[numpy.ndarray], sums: list[numpy.ndarray]) -> tuple[numpy.ndarray, numpy.ndarray]:
    """One (key, sum) per distinct pair key."""
    all_keys = numpy.concatenate(keys)
    unique, inverse = numpy.unique(all_keys, return_inverse=True)
    return unique, numpy.bincount(inverse, weights=numpy.concatenate(sums), minlength=len(unique))


def sparse_edges(tf_metrics: list[dict[str, float]], idf_metrics: dict[str, float], threshold: float,
                 df_cap: int) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
    """The thresholded similarity graph as (first, second) sentence pairs with first < second,
    plus a mask of the sentences linked to themselves (those with any weight)."""
    count = len(tf_metrics)
    rows, cols, weights = _unit_weights(tf_metrics, idf_metrics)
    has_weight = numpy.bincount(rows, weights=numpy.abs(weights), minlength=count) > 0
    if len(rows) == 0:
        empty = numpy.zeros(0, dtype=numpy.int64)
        return empty, empty, has_weight
    frequency = numpy.bincount(cols)
    starts = numpy.concatenate(([0], numpy.cumsum(frequency)[:-1]))
    keys: list[numpy.ndarray] = [numpy.zeros(0, dtype=numpy.int64)]
    sums: list[numpy.ndarray] = [numpy.zeros(0)]
    pending = 0
    for df in numpy.unique(frequency):
        if df < 2 or df > df_cap:
            continue
        first, second = numpy.triu_indices(int(df), 1)
        every = numpy.flatnonzero(frequency == df)
        step = max(1, _BLOCK_PAIRS // len(first))  # terms whose pairs are made at once
        for block in range(0, len(every), step):
            terms = every[block:block + step]
            postings = starts[terms][:, None] + numpy.arange(df)  # (terms, df) positions in rows
            sentence, weight = rows[postings], weights[postings]
            keys.append((sentence[:, first] * count + sentence[:, second]).ravel())
            sums.append((weight[:, first] * weight[:, second]).ravel())
            pending += keys[-1].size
            if pending > _REDUCE_AT:
                key, total = _sum_pairs(keys, sums)
                keys, sums, pending = [key], [total], key.size
    key, total = _sum_pairs(keys, sums)
    linked = key[total > threshold]
    return linked // count, linked % count, has_weight


def sparse_power_method(count: int, edges: tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray],
                        epsilon: float) -> numpy.ndarray:
    """sumy's power method on the row-normalised adjacency of a symmetric edge list."""
    first, second, self_linked = edges
    self_weight = self_linked.astype(float)
    degrees = numpy.bincount(first, minlength=count) + numpy.bincount(second, minlength=count) + self_weight
    degrees[degrees == 0] = 1
    p_vector = numpy.full(count, 1.0 / count)
    change = 1.0
    while change > epsilon:
        share = p_vector / degrees
        next_p = (numpy.bincount(second, weights=share[first], minlength=count)
                  + numpy.bincount(first, weights=share[second], minlength=count) + self_weight * share)
        norm = numpy.linalg.norm(next_p)
        if norm == 0:  # no sentence has any weight: nothing to rank
            return next_p
        next_p /= norm
        change = float(numpy.linalg.norm(next_p - p_vector))
        p_vector = next_p
    return p_vector
