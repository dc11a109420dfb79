"""OPUS-MT (Marian) folders as ``ct2-transformers-converter`` writes them from ``Helsinki-NLP/opus-mt-*``.

Files: ``model.bin``, ``config.json``, ``shared_vocabulary.json`` (or ``.txt``), ``source.spm``,
``target.spm``, ``tokenizer_config.json`` (``source_lang``/``target_lang``) and usually ``vocab.json``.

Token conventions (those of the Hugging Face MarianTokenizer):
- source: ``source.spm`` pieces + ``["</s>"]``; a multilingual-TARGET model (its vocabulary holds
  ``>>xxx<<`` tokens) needs the target's token first: ``[">>eng<<"] + pieces + ["</s>"]``;
- no target prefix (the converter's decoder start token is ``<pad>``);
- the output is detokenised with ``target.spm``.
Source languages come from ``source_lang`` (or the folder name, opus-mt-XX-en); a group code such as
``trk`` covers the languages resources/models/opus-languages.toml lists for it, and a person may name
them at install. Licence: Helsinki-NLP publishes the converted models under Apache-2.0 (a copied
README.md that says otherwise wins).
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .engine import Decoding
    from .manager import PackageInfo

from dragoman.article.paths import RESOURCES

from .ct2_model import END, LoadedModel
from .family_nllb import nllb_codes
from .package_file import parse_json

SOURCE_SPM, TARGET_SPM = "source.spm", "target.spm"
TABLE = RESOURCES / "models" / "opus-languages.toml"
LICENCE = "Apache-2.0"
_FOLDER = re.compile(r"opus-mt-(?:tc-(?:big|base)-)?([a-z_]+)-([a-z_]+)", re.IGNORECASE)


@functools.cache
def _table() -> dict[str, Any]:
    with open(TABLE, "rb") as handle:
        return tomllib.load(handle)


def is_opus(folder: Path) -> bool:
    return (folder / SOURCE_SPM).is_file() and (folder / TARGET_SPM).is_file()


def dragoman_codes(code: str) -> tuple[str, ...]:
    """Dragoman codes for one OPUS language or group code ("ar", "rus", "trk"); () if unknown."""
    code = code.lower()
    table = _table()
    if code in table["groups"]:
        return tuple(table["groups"][code])
    if code in table["codes"]:
        return (table["codes"][code],)
    if len(code) == 2 and code.isalpha():
        return (code,)
    by_flores = {flores.split("_")[0]: ours for ours, flores in nllb_codes().items()}
    return (by_flores[code],) if code in by_flores else ()


def declared_languages(folder: Path) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(source codes, target codes) from tokenizer_config.json, else from the folder's name."""
    try:
        config = parse_json((folder / "tokenizer_config.json").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        config = {}
    if isinstance(config, dict):
        source, target = config.get("source_lang"), config.get("target_lang")
    else:
        source, target = None, None
    named = _FOLDER.search(folder.name)
    if not isinstance(source, str) and named:
        source = named.group(1)
    if not isinstance(target, str) and named:
        target = named.group(2)
    return _codes_in(source), _codes_in(target)


def _codes_in(value: object) -> tuple[str, ...]:
    """Dragoman codes of an OPUS "src"/"tgt" field ("ara+fas", "kaz_Cyrl"), each once, in order."""
    text = value if isinstance(value, str) else ""
    return tuple(dict.fromkeys(c for part in re.split(r"[+_,]", text) for c in dragoman_codes(part)))


def target_tokens(vocabulary: set[str]) -> set[str]:
    """The ``>>xxx<<`` tokens of a multilingual-target model (empty for a single-target one)."""
    return {t for t in vocabulary if t.startswith(">>") and t.endswith("<<")}


def target_token(tokens: set[str], code: str) -> str | None:
    """The ``>>xxx<<`` token that asks a multilingual-target model for Dragoman language ``code``."""
    names = [code] + [three for three, ours in _table()["codes"].items() if ours == code]
    return next((f">>{n}<<" for n in names if f">>{n}<<" in tokens), None)


class OpusModel(LoadedModel):
    """An OPUS-MT model for one pair; see the module docstring for the tokens."""

    family = "opus-mt"

    def __init__(self, info: PackageInfo, intra_threads: int, compute_type: str) -> None:
        import sentencepiece

        self.source_spm = sentencepiece.SentencePieceProcessor(model_file=str(info.path / SOURCE_SPM))
        self.target_spm = sentencepiece.SentencePieceProcessor(model_file=str(info.path / TARGET_SPM))
        from .families import read_vocabulary

        self.positions = _model_max_length(info.path)

        tokens = target_tokens(set(read_vocabulary(info.path)))
        self.lead: list[str] = []  # [">>eng<<"] for a multilingual-target model
        if tokens:
            token = target_token(tokens, info.to_code)
            if token is None:
                raise ValueError(f"this multilingual model has no target token for {info.to_code}")
            self.lead = [token]
        super().__init__(info, intra_threads, compute_type)

    def encode(self, line: str) -> list[str]:
        return [*self.lead, *self.source_spm.encode(line, out_type=str), END]

    def detokenize(self, tokens: list[str]) -> str:
        return str(self.target_spm.decode_pieces(tokens))

    def max_decoding_length(self, tokens: list[list[str]], decoding: Decoding) -> int:
        longest = max((len(t) for t in tokens), default=0)
        return min(decoding.max_decoding_length, 2 * longest + 10, self.positions)

    def max_input_length(self, decoding: Decoding) -> int:
        # Marian stores a 512-row position table: a longer input is an error in CTranslate2, not a cut.
        return min(decoding.max_input_length, self.positions)


def _model_max_length(folder: Path) -> int:
    """tokenizer_config.json's model_max_length (the position table's size), 512 when absent or odd."""
    try:
        value = parse_json((folder / "tokenizer_config.json").read_text(encoding="utf-8")).get("model_max_length")
    except (OSError, UnicodeDecodeError, ValueError, AttributeError):
        value = None
    return value if isinstance(value, int) and 8 <= value <= 4096 else 512
