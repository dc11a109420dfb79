"""Model families Dragoman reads: what a folder is, what it covers, whether it is whole, and loading.

- ``argos``: an Argos Translate package (family_argos.py);
- ``nllb`` / ``m2m100``: NLLB-200 / M2M-100 converted by ct2-transformers-converter (family_nllb.py);
- ``opus-mt``: OPUS-MT / Marian converted the same way (family_opus.py).
``check_folder`` validates a folder before it is installed (files, a vocabulary that fits the
tokenizer, language tokens, a model.bin CTranslate2 loads and runs); ``load_model`` builds the
family's ``LoadedModel`` for one language pair.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from dragoman.errors import UserFacingError

from . import family_argos, family_nllb, family_opus
from .ct2_model import LoadedModel
from .package_file import parse_json

if TYPE_CHECKING:
    from .manager import PackageInfo

ARGOS, NLLB, M2M, OPUS = "argos", family_nllb.NLLB, family_nllb.M2M, "opus-mt"
FAMILY_NAMES = {ARGOS: "Argos", NLLB: "NLLB-200", M2M: "M2M-100", OPUS: "OPUS-MT"}
VOCABULARIES = ("shared_vocabulary.json", "shared_vocabulary.txt", "target_vocabulary.json", "target_vocabulary.txt")
# Marian's vocabulary was built from its training data's pieces, so a few SentencePiece pieces the
# data never produced may be missing (the Hugging Face tokenizer maps them to <unk> too); NLLB's
# and M2M's vocabularies are the SentencePiece model plus specials, so they must hold every piece.
OPUS_MISSING_ALLOWED = 0.02
SIDE_FILE = "dragoman.json"  # what install learned about a folder (family, languages, licence)


class FamilyError(UserFacingError, ValueError):
    """A folder that is not a whole model of a family Dragoman reads; ``str()`` is one sentence."""


@dataclass(frozen=True)
class Facts:
    """What a model folder is and covers."""

    family: str
    name: str
    from_codes: tuple[str, ...]
    to_codes: tuple[str, ...]
    licence: str


def detect_family(folder: Path) -> str | None:
    """The family of a model folder, or None when it is none Dragoman reads."""
    if family_argos.is_argos(folder):
        return ARGOS
    family = family_nllb.family_of(folder)
    if family:
        return family
    if family_opus.is_opus(folder):
        return OPUS
    return None


def model_dir(folder: Path, family: str) -> Path:
    """The folder holding model.bin (Argos keeps it in model/)."""
    return family_argos.model_dir(folder) if family == ARGOS else folder


def read_vocabulary(folder: Path) -> list[str]:
    """The CTranslate2 target vocabulary of a converted folder (JSON list or one token a line)."""
    for name in VOCABULARIES:
        path = folder / name
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            if name.endswith(".json"):
                tokens = parse_json(text)
                if not isinstance(tokens, list) or not all(isinstance(t, str) for t in tokens):
                    raise ValueError(f"{name} is not a list of tokens")
                return tokens
            return text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")
    raise FileNotFoundError("no shared_vocabulary.json or .txt")


def readme_licence(folder: Path) -> str | None:
    """The ``license:`` of a copied Hugging Face README.md's front matter, if any."""
    try:
        text = (folder / "README.md").read_text(encoding="utf-8")[:4000]
    except (OSError, UnicodeDecodeError):
        return None
    match = re.search(r"^---\s*$(.*?)^---\s*$", text, re.MULTILINE | re.DOTALL)
    found = re.search(r"^licen[cs]e:\s*(\S+)", match.group(1) if match else "", re.MULTILINE | re.IGNORECASE)
    return found.group(1).upper().replace("APACHE", "Apache") if found else None


def read_facts(folder: Path, languages: tuple[str, ...] = ()) -> Facts:
    """Family, name, languages and licence of a converted (non-Argos) folder; raises FamilyError.

    ``languages`` names the source languages of an OPUS-MT model whose own files do not.
    """
    family = detect_family(folder)
    if family in (None, ARGOS):
        raise FamilyError(f"{folder.name} is not a CTranslate2 model folder Dragoman knows.")
    try:
        vocabulary = set(read_vocabulary(folder))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise FamilyError(f"{folder.name} has no readable CTranslate2 vocabulary ({error}).") from error
    if family in (NLLB, M2M):
        codes = family_nllb.languages(family, vocabulary)
        if "en" not in codes or len(codes) < 2:
            token = family_nllb.language_token(family, "en")
            raise FamilyError(f"{folder.name} names the {FAMILY_NAMES[family]} tokenizer, but its vocabulary "
                              f"lacks the language tokens ({token} and at least one other).")
        licence = readme_licence(folder) or family_nllb.LICENCES[family]
        return Facts(family, f"{FAMILY_NAMES[family]} {folder.name}", codes, codes, licence)
    sources, targets = family_opus.declared_languages(folder)
    sources = tuple(languages) or sources
    if not sources:
        raise FamilyError(f"{folder.name} does not say its source language; name it at install "
                          "(--languages, e.g. --languages kk,tr).")
    multi = family_opus.target_tokens(vocabulary)
    if multi:
        targets = tuple(c for c in ("en",) + targets if family_opus.target_token(multi, c)) or targets
        if not any(family_opus.target_token(multi, c) for c in targets):
            raise FamilyError(f"{folder.name} is a multilingual-target model without a >>eng<< token.")
    if not targets:
        raise FamilyError(f"{folder.name} does not say its target language (tokenizer_config.json target_lang).")
    licence = readme_licence(folder) or family_opus.LICENCE
    return Facts(OPUS, f"OPUS-MT {folder.name}", tuple(dict.fromkeys(sources)), tuple(dict.fromkeys(targets)), licence)


def load_model(info: PackageInfo, intra_threads: int, compute_type: str) -> LoadedModel:
    """The family's loaded model for the pair ``info.from_code`` → ``info.to_code``."""
    family = {ARGOS: family_argos.ArgosModel, NLLB: family_nllb.NllbModel, M2M: family_nllb.NllbModel,
              OPUS: family_opus.OpusModel}.get(info.family)
    if family is None:
        raise ValueError(f"unknown model family {info.family!r}")
    return family(info, intra_threads, compute_type)
