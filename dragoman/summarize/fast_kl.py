"""sumy's KL-Sum, stopped once it has chosen the sentences asked for.

sumy ranks every sentence, one greedy round each, and every round compares each remaining
sentence with the growing summary: cubic in the sentences (9 s for 250 on this machine). The
rounds after the ``count``-th only order sentences that are not chosen, so stopping there gives
the same summary in ``count`` rounds.
"""

from __future__ import annotations

from typing import Any

from sumy.summarizers.kl import KLSummarizer


class FirstKLSummarizer(KLSummarizer):
    def __call__(self, document: Any, sentences_count: int) -> Any:
        sentences = document.sentences
        ratings = self._first_ratings(sentences, sentences_count)
        return self._get_best_sentences(sentences, sentences_count, ratings)

    def _first_ratings(self, sentences: Any, count: int) -> dict[Any, float]:
        """sumy's ratings (0, -1, -2, ... in the order chosen) for the first ``count``
        sentences chosen; -inf for the rest."""
        word_freq = self.compute_tf(sentences)
        remaining = list(sentences)
        remaining_words = [self._get_content_words_in_sentence(s) for s in sentences]
        chosen: list[Any] = []
        while remaining and len(chosen) < count:
            summary_words = self._get_all_words_in_doc(chosen)
            divergence = [self._kl_divergence(self._joint_freq(words, summary_words), word_freq)
                          for words in remaining_words]
            best = divergence.index(min(divergence))
            chosen.append(remaining.pop(best))
            del remaining_words[best]
        ratings = dict.fromkeys(sentences, float("-inf"))
        ratings.update({s: -float(k) for k, s in enumerate(chosen)})
        return ratings
