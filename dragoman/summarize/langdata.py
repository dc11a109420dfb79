"""Language knowledge read from ``resources/lang/<code>/`` (analysis.toml, stopwords.txt).

The one loader (with its schema) is ``dragoman.article.langdata``; this module gives the
analysis its tables by name. A language with no folder gets empty data, so the analysis
still runs (it just knows fewer words).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dragoman.article.langdata import LANG_DIR, LanguageProfile, ProfileError, analysis_data, function_words, profile
from dragoman.article.paths import RESOURCES

__all__ = ["LANG_DIR", "LanguageProfile", "ProfileError", "analysis_data", "profile", "section",
           "stop_words", "resource_path"]


def section(language: str, name: str) -> dict[str, Any]:
    """One table of a language's analysis data, empty when absent."""
    value = analysis_data(language).get(name, {})
    return value if isinstance(value, dict) else {}


stop_words = function_words  # a language's stopwords.txt, read once (also language detection's)


def resource_path(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)
