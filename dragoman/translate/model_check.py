"""Validating a model folder before it is installed: the files its family needs, a vocabulary that
fits its tokenizer, its language tokens, and a model.bin that CTranslate2 really loads and runs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .manager import PackageInfo

from . import family_nllb, family_opus
from .families import (
    ARGOS,
    FAMILY_NAMES,
    M2M,
    NLLB,
    OPUS,
    OPUS_MISSING_ALLOWED,
    VOCABULARIES,
    Facts,
    FamilyError,
    detect_family,
    read_facts,
    read_vocabulary,
)

REQUIRED = {
    NLLB: ("model.bin", "config.json", family_nllb.TOKENIZER, "tokenizer_config.json"),
    M2M: ("model.bin", "config.json", family_nllb.TOKENIZER, "tokenizer_config.json"),
    OPUS: ("model.bin", "config.json", family_opus.SOURCE_SPM, family_opus.TARGET_SPM),
}
UNKNOWN_FOLDER = ("{name} is not a model folder Dragoman knows: it needs metadata.json (Argos), a "
                  "tokenizer_config.json naming NllbTokenizer or M2M100Tokenizer (NLLB-200, M2M-100), "
                  "or source.spm and target.spm (OPUS-MT).")


def check_files(folder: Path) -> str:
    """The folder's family when it has every file that family needs; raises FamilyError."""
    for link in folder.rglob("*"):
        if link.is_symlink():
            raise FamilyError(f"{folder.name} contains a symbolic link ({link.name}), which a model folder may not.")
    family = detect_family(folder)
    if family is None:
        raise FamilyError(UNKNOWN_FOLDER.format(name=folder.name))
    if family == ARGOS:
        return family
    missing = [name for name in REQUIRED[family] if not (folder / name).is_file()]
    if not any((folder / name).is_file() for name in VOCABULARIES):
        missing.append("shared_vocabulary.json")
    if missing:
        raise FamilyError(f"{folder.name} looks like {FAMILY_NAMES[family]} but lacks {', '.join(missing)}.")
    return family


def check_tokenizer_fits(folder: Path, family: str) -> None:
    """Every SentencePiece piece the family feeds CTranslate2 is in its vocabulary; raises FamilyError."""
    import sentencepiece

    vocabulary = set(read_vocabulary(folder))
    models = [family_nllb.TOKENIZER] if family in (NLLB, M2M) else [family_opus.SOURCE_SPM, family_opus.TARGET_SPM]
    for name in models:
        try:
            processor = sentencepiece.SentencePieceProcessor(model_file=str(folder / name))
        except (OSError, RuntimeError) as error:
            raise FamilyError(f"{folder.name} has a {name} SentencePiece cannot read.") from error
        pieces = [processor.id_to_piece(i) for i in range(processor.get_piece_size())
                  if not (processor.is_control(i) or processor.is_unknown(i))]
        missing = [p for p in pieces if p not in vocabulary]
        allowed = OPUS_MISSING_ALLOWED * len(pieces) if family == OPUS else 0
        if len(missing) > allowed:
            raise FamilyError(f"{folder.name}: {len(missing)} of the {len(pieces)} pieces of {name} are not in the "
                              f"model's vocabulary (e.g. {missing[0]!r}), "
                              "so the tokenizer does not belong to this model.")


def check_folder(folder: Path, languages: tuple[str, ...] = ()) -> Facts:
    """Validate a converted (non-Argos) model folder without loading it; return its facts."""
    family = check_files(folder)
    if family == ARGOS:
        raise FamilyError(f"{folder.name} is an Argos package folder.")
    try:
        check_tokenizer_fits(folder, family)
    except (OSError, UnicodeDecodeError, ValueError) as error:
        if isinstance(error, FamilyError):
            raise
        raise FamilyError(f"{folder.name} has no readable CTranslate2 vocabulary ({error}).") from error
    return read_facts(folder, languages)


def check_runs(info: PackageInfo) -> None:
    """Load the model for real and translate one word; raises FamilyError with CTranslate2's reason."""
    from .engine import Decoding
    from .families import load_model

    pair = info.for_pair(info.from_code, info.to_code)
    try:
        model = load_model(pair, 1, "auto")
        model.translate(["test"], Decoding(max_decoding_length=4))
    except (OSError, RuntimeError, ValueError, KeyError, TypeError) as error:  # TypeError: a field CTranslate2 refuses
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise FamilyError(f"{info.path.name} does not load in CTranslate2 ({reason}).") from error
