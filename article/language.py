"""Which language an article is written in (first version: lingua over a few languages)."""

from __future__ import annotations

from functools import lru_cache

from .model import LanguageGuess

SUPPORTED = {"kk": "Kazakh", "ar": "Arabic", "ru": "Russian", "en": "English"}


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    languages = [Language.KAZAKH, Language.RUSSIAN, Language.ARABIC, Language.ENGLISH,
                 Language.UKRAINIAN, Language.PERSIAN, Language.URDU]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def detect_language(text: str) -> LanguageGuess:
    """The most likely language of ``text`` with a confidence in 0..1."""
    values = _detector().compute_language_confidence_values(text[:4000])
    if not values or not text.strip():
        return LanguageGuess("und", "Unknown", 0.0, False)
    best = values[0]
    code = best.language.iso_code_639_1.name.lower()
    name = best.language.name.title()
    return LanguageGuess(code, name, float(best.value), code in SUPPORTED)
