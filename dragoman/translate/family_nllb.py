"""NLLB-200 and M2M-100 folders as ``ct2-transformers-converter`` writes them (tokenizer files copied).

Files: ``model.bin``, ``config.json``, ``shared_vocabulary.json`` (or ``.txt``),
``sentencepiece.bpe.model`` and ``tokenizer_config.json`` whose ``tokenizer_class`` is
``NllbTokenizer`` (or ``M2M100Tokenizer``). One folder translates between all its languages.

Token conventions (those of the Hugging Face tokenizers, as CTranslate2's NLLB example uses them):
- source: ``[source language token] + SentencePiece pieces + ["</s>"]``;
- ``target_prefix=[[target language token]]``; CTranslate2 returns the prefix as the first output
  token, which is dropped before detokenising (``decode_pieces``);
- language tokens: NLLB uses FLORES-200 codes (``kaz_Cyrl``, ``arb_Arab``, ``rus_Cyrl``,
  ``eng_Latn``; resources/models/nllb-languages.toml), M2M-100 uses ``__kk__``.
``replace_unknowns`` stays off (it would copy a source piece into the English), and decoding is
capped at twice the input plus 10 tokens, so a loop ends early instead of at 256 tokens.
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .engine import Decoding
    from .manager import PackageInfo

from dragoman.article.paths import RESOURCES

from .ct2_model import END, LoadedModel
from .package_file import parse_json

TOKENIZER = "sentencepiece.bpe.model"
NLLB_TABLE = RESOURCES / "models" / "nllb-languages.toml"
NLLB, M2M = "nllb", "m2m100"
_SPECIAL = re.compile(r"^(?:[a-z]{3}_[A-Z][a-z]{3}|__[a-z]{2,3}__|<s>|<pad>|<mask>|</s>)$")
LICENCES = {NLLB: "CC-BY-NC-4.0", M2M: "MIT"}
NAMES = {NLLB: "NLLB-200", M2M: "M2M-100"}


@functools.cache
def nllb_codes() -> dict[str, str]:
    """Dragoman code -> FLORES-200 code."""
    with open(NLLB_TABLE, "rb") as handle:
        return dict(tomllib.load(handle)["nllb"])


def tokenizer_class(folder: Path) -> str:
    """The ``tokenizer_class`` of tokenizer_config.json, or "" when there is none."""
    try:
        config = parse_json((folder / "tokenizer_config.json").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return ""
    value = config.get("tokenizer_class", "") if isinstance(config, dict) else ""
    return value if isinstance(value, str) else ""


def family_of(folder: Path) -> str | None:
    """"nllb" or "m2m100" when tokenizer_config.json names their tokenizer, else None."""
    name = tokenizer_class(folder).removesuffix("Fast")
    return {"NllbTokenizer": NLLB, "M2M100Tokenizer": M2M}.get(name)


def language_token(family: str, code: str) -> str:
    """The language token of Dragoman code ``code`` (KeyError when NLLB's table lacks it)."""
    return nllb_codes()[code] if family == NLLB else f"__{code}__"


def languages(family: str, vocabulary: set[str]) -> tuple[str, ...]:
    """The Dragoman codes whose language token is in the vocabulary, sorted."""
    if family == NLLB:
        return tuple(sorted(code for code, token in nllb_codes().items() if token in vocabulary))
    return tuple(sorted(t[2:-2] for t in vocabulary
                        if t.startswith("__") and t.endswith("__") and 2 <= len(t) - 4 <= 3))


class NllbModel(LoadedModel):
    """NLLB-200 / M2M-100 for one pair; see the module docstring for the tokens."""

    def __init__(self, info: PackageInfo, intra_threads: int, compute_type: str) -> None:
        import sentencepiece

        self.family = info.family
        self.source_token = language_token(info.family, info.from_code)
        self.target_token = language_token(info.family, info.to_code)
        self.tokenizer = sentencepiece.SentencePieceProcessor(model_file=str(info.path / TOKENIZER))
        super().__init__(info, intra_threads, compute_type)

    def encode(self, line: str) -> list[str]:
        return [self.source_token, *self.tokenizer.encode(line, out_type=str), END]

    def prefix(self) -> list[str]:
        return [self.target_token]

    def detokenize(self, tokens: list[str]) -> str:
        # As the Hugging Face tokenizer's skip_special_tokens: a language token or a special the
        # model emits mid-sentence is not English.
        return str(self.tokenizer.decode_pieces([t for t in tokens if not _SPECIAL.match(t)]))

    def max_decoding_length(self, tokens: list[list[str]], decoding: Decoding) -> int:
        longest = max((len(t) for t in tokens), default=0)
        return min(decoding.max_decoding_length, 2 * longest + 10)
