"""English names of language codes, read from resources/lang/names.toml (data, not code)."""

from __future__ import annotations

import functools
import tomllib

from dragoman.article.paths import RESOURCES

NAMES_FILE = RESOURCES / "lang" / "names.toml"


@functools.cache
def _names() -> dict[str, str]:
    try:
        with open(NAMES_FILE, "rb") as handle:
            return dict(tomllib.load(handle).get("names", {}))
    except (OSError, tomllib.TOMLDecodeError):
        return {}


def language_name(code: str) -> str:
    """The English name of ``code`` ("kk" -> "Kazakh"), or the code itself when unknown."""
    return _names().get(code, code)
