"""Argos Translate packages: ``metadata.json``, ``model/`` (CTranslate2), ``sentencepiece.model``.

Source tokens are the SentencePiece pieces of the line (no end token: Argos adds none); the target
prefix, when the metadata names one, is forced and stripped from the text, as argostranslate does.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .manager import PackageInfo

from .ct2_model import LoadedModel
from .package_file import parse_json

TOKENIZER = "sentencepiece.model"


def is_argos(folder: Path) -> bool:
    return (folder / "metadata.json").is_file()


def model_dir(folder: Path) -> Path:
    return folder / "model"


class ArgosModel(LoadedModel):
    family = "argos"
    copies_unknowns = True
    prefix_in_text = True

    def __init__(self, info: PackageInfo, intra_threads: int, compute_type: str) -> None:
        import sentencepiece

        metadata = parse_json((info.path / "metadata.json").read_text(encoding="utf-8"))
        prefix = metadata.get("target_prefix", "") if isinstance(metadata, dict) else None
        if not isinstance(prefix, str):  # changed on disk since it was listed: fail the load, not each batch
            raise ValueError("its metadata.json target_prefix is not a string")
        self.target_prefix: str = prefix
        self.tokenizer = sentencepiece.SentencePieceProcessor(model_file=str(info.path / TOKENIZER))
        super().__init__(info, intra_threads, compute_type)

    def encode(self, line: str) -> list[str]:
        return list[str](self.tokenizer.encode(line, out_type=str))

    def prefix(self) -> list[str]:
        return [self.target_prefix] if self.target_prefix else []

    def detokenize(self, tokens: list[str]) -> str:
        # The same steps as argostranslate's SentencePieceTokenizer.decode and prefix handling.
        value = str(self.tokenizer.decode_pieces(tokens)).replace("▁", " ").replace("_", " ")
        if self.target_prefix and value.startswith(self.target_prefix):
            value = value[len(self.target_prefix) :]
        return value[1:] if value.startswith(" ") else value
