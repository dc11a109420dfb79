"""Language knowledge read from ``resources/lang/<code>/`` (analysis.toml, stopwords.txt).

The one loader (with its schema) is ``dragoman.article.langdata``; this module gives the
analysis its tables by name. A language with no folder gets empty data, so the analysis
still runs (it just knows fewer words).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from dragoman.article.langdata import LANG_DIR, LanguageProfile, ProfileError, analysis_data, profile
from dragoman.article.paths import RESOURCES

__all__ = ["LANG_DIR", "LanguageProfile", "ProfileError", "analysis_data", "profile", "section",
           "stop_words", "resource_path"]


def section(language: str, name: str) -> dict[str, Any]:
    """One table of a language's analysis data, empty when absent."""
    value = analysis_data(language).get(name, {})
    return value if isinstance(value, dict) else {}


@cache
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
