"""What every model family shares: one CTranslate2 translator, batched decoding, the model's score.

A family (family_argos, family_nllb, family_opus) says how a line becomes source tokens, which
target prefix to force, and how output tokens become text; ``LoadedModel.translate`` does the rest.

The score of a translation is the mean natural-log probability per output token, counting the
end-of-sentence token and not counting the forced target prefix: exactly what ``score_batch``
gives for those positions. ``translate_batch(return_scores=True)`` returns the sum of the
generated tokens' log-probabilities (prefix excluded) divided by ``L ** length_penalty``, where
``L`` is the hypothesis length counting the prefix and, when it was produced, the end token
(measured on CTranslate2 4.8: tests/translate/test_translate_families_scores.py). So
``mean = score * L ** length_penalty / (L - len(prefix))``; ``return_end_token=True`` tells
whether the end token was produced.

CTranslate2 masks the end token at the first step (``min_decoding_length=1``) and renormalises, so
without a prefix the first token's log-probability would not be the model's own. Decoding runs
with ``min_decoding_length=0`` instead; the rare input whose best output is empty is decoded again
with the mask (its score is then the masked one). Both limits count the prefix.
"""

from __future__ import annotations

import math
import threading
import weakref
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .engine import Decoding
    from .manager import PackageInfo

END = "</s>"


class _Shared:
    """The heavy part of a model folder, shared by every language pair it serves in this process."""

    def __init__(self, model_dir: Path, intra_threads: int, compute_type: str) -> None:
        import ctranslate2  # ~0.1 s, only when a translation is needed

        self.translator = ctranslate2.Translator(
            str(model_dir), device="cpu", compute_type=compute_type, inter_threads=1, intra_threads=intra_threads,
        )


_shared: weakref.WeakValueDictionary[tuple[Any, ...], _Shared] = weakref.WeakValueDictionary()
_shared_lock = threading.Lock()


def shared_translator(model_dir: Path, intra_threads: int, compute_type: str) -> _Shared:
    """One translator per (model.bin as it is now, threads, compute type) in the process."""
    stat = (model_dir / "model.bin").stat()
    key = (str(model_dir), stat.st_size, stat.st_mtime_ns, intra_threads, compute_type)
    with _shared_lock:
        holder = _shared.get(key)
        if holder is None:
            holder = _Shared(model_dir, intra_threads, compute_type)
            _shared[key] = holder
        return holder


class LoadedModel:
    """A model folder loaded for one language pair (``info.from_code`` → ``info.to_code``)."""

    family = ""
    copies_unknowns = False  # replace_unknowns: Argos does it; for NLLB and Marian it copies noise
    prefix_in_text = False  # detokenize() gets the prefix too (Argos strips it from the text)

    def __init__(self, info: PackageInfo, intra_threads: int, compute_type: str) -> None:
        self.info = info
        self._holder = shared_translator(info.model_dir, intra_threads, compute_type)
        self.translator = self._holder.translator

    # ---- what a family defines
    def encode(self, line: str) -> list[str]:
        """The source tokens of one line, with the family's language token and end token."""
        raise NotImplementedError

    def prefix(self) -> list[str]:
        """The target tokens forced before decoding (a language token), or []."""
        return []

    def detokenize(self, tokens: list[str]) -> str:
        """The text of output tokens (the prefix and end token already removed)."""
        raise NotImplementedError

    def max_decoding_length(self, tokens: list[list[str]], decoding: Decoding) -> int:
        """The decoding limit for a batch: the setting, and for real models twice the longest input
        plus 10 (a loop cannot run for 256 tokens on a 5-word sentence; a translation into
        English is rarely longer than 1.5x its source pieces)."""
        return decoding.max_decoding_length

    def max_input_length(self, decoding: Decoding) -> int:
        """Input tokens beyond this are cut (and flagged): the setting, or less where the model's
        position table is shorter (Marian: 512)."""
        return decoding.max_input_length

    # ---- shared
    def translate(self, texts: Sequence[str], decoding: Decoding) -> tuple[list[str], list[bool], list[float | None]]:
        """Translations of ``texts``, whether each input was cut at the length limit, and each one's
        score (for a text of several lines, the lowest line's).

        A text with line breaks is translated line by line and joined with "\\n", as Argos does.
        """
        lines = [text.split("\n") for text in texts]
        flat = [line for group in lines for line in group]
        tokens = [self.encode(line) for line in flat]
        if decoding.one_call_per_line:
            outputs = [self._decode_batch([line], decoding)[0] for line in tokens]
        else:
            outputs = self._decode_batch(tokens, decoding) if tokens else []
        results, truncated, scores, at = [], [], [], 0
        limit = self.max_input_length(decoding)
        for group in lines:
            chunk = outputs[at : at + len(group)]
            results.append("\n".join(text for text, _ in chunk).lstrip("\n"))
            truncated.append(any(len(t) > limit for t in tokens[at : at + len(group)]))
            known = [score for _, score in chunk if score is not None]
            scores.append(min(known) if known else None)
            at += len(group)
        return results, truncated, scores

    def _decode_batch(self, tokens: list[list[str]], decoding: Decoding) -> list[tuple[str, float | None]]:
        prefix = self.prefix()
        options = dict(
            target_prefix=[list(prefix)] * len(tokens) if prefix else None,
            replace_unknowns=decoding.replace_unknowns and self.copies_unknowns,
            max_batch_size=decoding.max_batch_size, batch_type=decoding.batch_type,
            beam_size=decoding.beam_size, num_hypotheses=1, length_penalty=decoding.length_penalty,
            max_input_length=self.max_input_length(decoding),
            max_decoding_length=self.max_decoding_length(tokens, decoding),
            return_scores=True, return_end_token=True,
        )
        results = self.translator.translate_batch(tokens, min_decoding_length=0, **options)
        hypotheses = [r.hypotheses[0] for r in results]
        scores = [r.scores[0] if r.scores else None for r in results]
        empty = [i for i, h in enumerate(hypotheses) if h[len(prefix):] in ([], [END])]
        if empty:  # the model's best is an empty output: decode those as CTranslate2 does by default
            # CTranslate2 counts the prefix in min_decoding_length.
            again = self.translator.translate_batch([tokens[i] for i in empty], min_decoding_length=len(prefix) + 1,
                                                    **{**options, "target_prefix": options["target_prefix"] and
                                                       [list(prefix)] * len(empty)})
            for i, result in zip(empty, again):
                hypotheses[i], scores[i] = result.hypotheses[0], result.scores[0] if result.scores else None
        out = []
        for hypothesis, score in zip(hypotheses, scores):
            mean = mean_log_prob(score, len(hypothesis), len(prefix), decoding.length_penalty)
            body = hypothesis[:-1] if hypothesis and hypothesis[-1] == END else hypothesis
            out.append((self.detokenize(body if self.prefix_in_text else body[len(prefix):]), mean))
        return out


def mean_log_prob(score: float | None, length: int, prefix: int, length_penalty: float) -> float | None:
    """The mean log-probability per generated token from CTranslate2's normalised hypothesis score;
    ``length`` counts the prefix and the end token (returned with return_end_token=True)."""
    generated = length - prefix
    if score is None or generated <= 0:
        return None
    return score * math.pow(length, length_penalty) / generated
