"""Language knowledge the article core reads from ``resources/lang/<code>/``.

- ``letters.toml``: the language's name, script and alphabet (for language and encoding checks);
  a new language to tell apart is a new folder with this one file.
- ``segmentation.toml``: sentence-final marks, quote pairs, dialogue dashes and abbreviations
  (see article.sentences); ``resources/lang/und/segmentation.toml`` is the fallback.

Files are read once per process.
"""

from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .paths import RESOURCES

LANG_DIR = RESOURCES / "lang"
FALLBACK = "und"


@dataclass(frozen=True)
class Alphabet:
    code: str  # ISO 639-1
    name: str  # English name
    script: str  # "Cyrillic", "Arabic", "Latin"
    letters: frozenset[str]  # lower-case letters
    frequent: frozenset[str]  # its most frequent letters (empty when not given)


@lru_cache(maxsize=1)
def alphabets() -> tuple[Alphabet, ...]:
    """Every language that has a letters.toml, sorted by code."""
    found = []
    for path in sorted(LANG_DIR.glob("*/letters.toml")):
        data = _read(path)
        found.append(Alphabet(code=path.parent.name, name=str(data["name"]),
                              script=str(data["script"]),
                              letters=frozenset(str(data["letters"])),
                              frequent=frozenset(str(data.get("frequent", "")))))
    return tuple(found)


def alphabets_of(script: str) -> tuple[Alphabet, ...]:
    """The alphabets written in ``script``."""
    return tuple(a for a in alphabets() if a.script == script)


@lru_cache(maxsize=None)
def segmentation_data(language: str) -> dict[str, Any]:
    """The parsed segmentation.toml of ``language``, or of the fallback when it has none."""
    path = LANG_DIR / language / "segmentation.toml"
    if not path.is_file():
        path = LANG_DIR / FALLBACK / "segmentation.toml"
    return _read(path)


def script_of(ch: str) -> str:
    """The script of one character as letters.toml names it ("Cyrillic", "Arabic", "Latin"),
    else the first word of its Unicode name ("GREEK", "CJK", ...)."""
    code = ord(ch)
    if code < 0x250:
        return "Latin"
    if 0x400 <= code < 0x530:
        return "Cyrillic"
    if 0x600 <= code < 0x700 or 0x750 <= code < 0x780 or 0xFB50 <= code < 0xFF00:
        return "Arabic"
    return unicodedata.name(ch, "?").split(" ")[0]


def _read(path) -> dict[str, Any]:
    with open(path, "rb") as handle:
        return tomllib.load(handle)
