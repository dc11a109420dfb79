"""Language knowledge read from ``resources/lang/<code>/`` (analysis.toml, stopwords.txt).

Every lookup is cached: the files are read once per process. A language with no folder
gets empty data, so the analysis still runs (it just knows fewer words).
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from dragoman.article.paths import RESOURCES

LANG_DIR = RESOURCES / "lang"


@lru_cache(maxsize=None)
def analysis_data(language: str) -> dict[str, Any]:
    """The parsed ``analysis.toml`` of ``language`` ({} when the language has none)."""
    path = LANG_DIR / language / "analysis.toml"
    if not path.is_file():
        return {}
    with path.open("rb") as handle:
        return tomllib.load(handle)


def section(language: str, name: str) -> dict[str, Any]:
    """One table of a language's analysis data, empty when absent."""
    value = analysis_data(language).get(name, {})
    return value if isinstance(value, dict) else {}


@lru_cache(maxsize=None)
def stop_words(language: str) -> frozenset[str]:
    """Lower-cased stop words of ``language`` from stopwords.txt (one per line, # comments)."""
    path = LANG_DIR / language / "stopwords.txt"
    if not path.is_file():
        return frozenset()
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip().lower()
        if word:
            words.add(word)
    return frozenset(words)


def resource_path(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)
