"""Language knowledge the article core reads from ``resources/lang/<code>/``.

- ``letters.toml``: the language's name, script and alphabet (for language and encoding checks);
  a new language to tell apart is a new folder with this one file. A language's second script
  is a folder named with a script subtag (``uz-Latn`` beside ``uz``); its code is still ``uz``.
  ``function_words`` (with a ``stopwords.txt`` beside it) lets a clear article be named without
  lingua (article.language).
- ``segmentation.toml``: sentence-final marks, quote pairs, dialogue dashes and abbreviations
  (see article.sentences); ``resources/lang/und/segmentation.toml`` is the fallback.
- ``analysis.toml``: the language profile the analysis reads (``[profile]``: direction, stemmer,
  definite article, vowels; ``[officials]``: titles, countries, name rules; ``[quotes]``:
  reporting verbs, pronouns; ``[summary]``, ``[stemming]``). ``profile(code)`` joins it with the
  quote pairs and dashes of segmentation.toml into one ``LanguageProfile``.

Every file is checked against its schema (``SCHEMAS``) when read: an unknown or misspelt key,
or a value of the wrong type, is a ``ProfileError`` naming the file and the key, never an
empty list. Files are read once per process.
"""

from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from .paths import RESOURCES

LANG_DIR = RESOURCES / "lang"
FALLBACK = "und"


class ProfileError(ValueError):
    """A language file that does not follow its schema (names the file and the key)."""


_WORDS = list  # a list of strings
# file name -> section (or "" for top-level keys) -> key -> type; "*" allows any key of that type.
SCHEMAS: dict[str, dict[str, dict[str, type]]] = {
    "analysis.toml": {
        "profile": {"direction": str, "stemmer": str, "definite_article": str, "article_after_lam": str,
                    "family_words": _WORDS, "vowels": str, "base_endings": str,
                    "feminine_surname_ending": str, "feminine_first_name_endings": _WORDS,
                    "feminine_verb_endings": _WORDS, "morphology": str},
        "summary": {"bonus_words": _WORDS, "noise_words": _WORDS, "stigma_words": _WORDS},
        "stemming": {"min_stem": int, "suffixes": _WORDS},
        "quotes": {"continuation_verbs": _WORDS, "pronouns": _WORDS, "reporting_verbs": _WORDS,
                   "feminine_pronouns": _WORDS, "masculine_pronouns": _WORDS, "quote_pairs": list,
                   "next_paragraph_cues": _WORDS, "back_reference_words": _WORDS, "statement_words": _WORDS,
                   "source_verbs": _WORDS,
                   "indefinite_words": _WORDS, "described_after_name": bool,
                   "verb_particles": _WORDS, "interview_words": _WORDS, "question_labels": _WORDS,
                   "answer_labels": _WORDS, "naming_words": _WORDS, "feminine_words": _WORDS,
                   "masculine_words": _WORDS, "masculine_verb_endings": _WORDS,
                   "feminine_verbs": _WORDS, "masculine_verbs": _WORDS, "speech_nouns": _WORDS,
                   "dash_verb_endings": _WORDS, "office_words": _WORDS},
        "officials": {
            "titles": list, "countries": dict, "bodies": dict, "ranks": dict, "places": dict, "home_country": str,
            "clitics": _WORDS, "coordinators": _WORDS, "honorifics": _WORDS, "name_joiners": _WORDS,
            "name_openers": _WORDS, "name_stops": _WORDS, "name_suffixes": _WORDS, "place_openers": _WORDS,
            "region_countries": _WORDS,
            "named_after_before": _WORDS, "named_after_after": _WORDS, "not_name_patterns": _WORDS,
            "not_names": _WORDS, "org_words": _WORDS, "patronymic_joiners": _WORDS, "patronymic_endings": _WORDS,
            "person_endings": _WORDS, "title_gap_words": _WORDS, "title_conjunctions": _WORDS, "abbreviations": _WORDS,
            "relative_pronouns": _WORDS, "place_prepositions": _WORDS, "surname_suffixes": _WORDS,
            "sure_suffixes": _WORDS, "title_predicates": _WORDS, "title_complement_endings": _WORDS,
            "title_complement_not": _WORDS, "feminine_name_endings": _WORDS,
            "masculine_name_endings": _WORDS, "feminine_oblique": _WORDS, "given_name_endings": list,
            "feminine_given_endings": list, "country_after_title": bool, "uncased_script": bool,
            "capitalised_titles": bool, "speaker_evidence": bool, "body_after_title": bool,
            "portfolios": list, "portfolio_before_title": bool, "private_roles": _WORDS,
            "private_bodies": _WORDS, "ministry_stems": _WORDS, "posting_endings": _WORDS,
            "private_clauses": _WORDS, "clitic_prepositions": _WORDS, "title_honorifics": _WORDS,
            "feminine_words": _WORDS, "masculine_words": _WORDS, "family_name_patterns": _WORDS,
            "bare_title_home": bool, "host_words": _WORDS, "reference_words": _WORDS,
            "honorifics_after": _WORDS, "honorific_pronouns": list},
    },
    "letters.toml": {
        "": {"name": str, "script": str, "letters": str, "frequent": str, "function_words": float},
    },
    "segmentation.toml": {
        "": {"final_marks": _WORDS, "tight_marks": _WORDS, "closers": _WORDS, "quote_pairs": list,
             "dialogue_dashes": _WORDS, "attribution_verbs": _WORDS, "abbreviations": dict},
        "abbreviations": {"*": list},
    },
}
TITLE_KEYS = frozenset({"text", "en", "role", "alone", "country"})  # one [[officials.titles]] entry
DIRECTIONS = ("ltr", "rtl")


@dataclass(frozen=True)
class LanguageProfile:
    """What the analysis knows of one language, from its files (see module doc)."""

    code: str
    direction: str  # "ltr" or "rtl"
    stemmer: str | None  # a Snowball stemmer's class name ("RussianStemmer"), None: the suffix stemmer or none
    definite_article: str  # "ال"; "" when the language writes none glued to the noun
    vowels: str  # lower-case vowel letters (a stem that ends in one kept its ending)
    quote_pairs: tuple[tuple[str, str], ...]
    dashes: tuple[str, ...]  # dialogue dashes
    sections: dict[str, Any]  # the analysis.toml tables as read (officials, quotes, summary, stemming)


@cache
def profile(language: str) -> LanguageProfile:
    """The language profile of ``language`` (an empty one for a language without analysis.toml)."""
    data = analysis_data(language)
    own = data.get("profile", {})
    segmentation = segmentation_data(language)
    return LanguageProfile(code=language, direction=own.get("direction", "ltr"), stemmer=own.get("stemmer"),
                           definite_article=own.get("definite_article", ""), vowels=own.get("vowels", ""),
                           quote_pairs=tuple((a, b) for a, b in segmentation.get("quote_pairs", [])),
                           dashes=tuple(segmentation.get("dialogue_dashes", [])), sections=data)


@cache
def analysis_data(language: str) -> dict[str, Any]:
    """The parsed, checked ``analysis.toml`` of ``language`` ({} when the language has none)."""
    path = LANG_DIR / language / "analysis.toml"
    return read_language_file(path) if path.is_file() else {}


@cache
def analysed_languages() -> frozenset[str]:
    """The languages Dragoman analyses: those with an ``analysis.toml`` (adding one is adding files)."""
    return frozenset(path.parent.name for path in LANG_DIR.glob("*/analysis.toml"))


def direction(language: str, text: str = "") -> str:
    """"rtl" for a language written right to left (its profile says, else its script), else "ltr".
    For a language without files, ``text`` decides: its letters' own Unicode direction."""
    if (LANG_DIR / language / "analysis.toml").is_file():
        return profile(language).direction
    alphabet = next((a for a in alphabets() if a.code == language), None)
    if alphabet is not None:
        return "rtl" if alphabet.script in ("Arabic", "Hebrew") else "ltr"
    letters = [ch for ch in text[:2000] if ch.isalpha()]
    right = sum(1 for ch in letters if unicodedata.bidirectional(ch) in ("R", "AL"))
    return "rtl" if letters and right > len(letters) / 2 else "ltr"


@dataclass(frozen=True)
class Alphabet:
    code: str  # ISO 639-1
    name: str  # English name
    script: str  # "Cyrillic", "Arabic", "Latin"
    letters: frozenset[str]  # lower-case letters
    frequent: frozenset[str]  # its most frequent letters (empty when not given)
    # share of a chunk's words that must be in its stopwords.txt for the alphabet alone to name
    # it (article.language's quick path); 0 = never without lingua
    function_words: float = 0.0


@lru_cache(maxsize=1)
def alphabets() -> tuple[Alphabet, ...]:
    """Every language that has a letters.toml, sorted by code."""
    found = []
    for path in sorted(LANG_DIR.glob("*/letters.toml")):
        data = read_language_file(path)
        found.append(Alphabet(code=path.parent.name.split("-")[0], name=str(data["name"]),
                              script=str(data["script"]),
                              letters=frozenset(str(data["letters"])),
                              frequent=frozenset(str(data.get("frequent", ""))),
                              function_words=float(data.get("function_words", 0.0))))
    return tuple(found)


@cache
def function_words(code: str) -> frozenset[str]:
    """Lower-cased words of ``resources/lang/<code>/stopwords.txt`` (empty when it has none)."""
    path = LANG_DIR / code / "stopwords.txt"
    if not path.is_file():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w for line in lines if (w := line.split("#", 1)[0].strip().lower()))


def alphabets_of(script: str) -> tuple[Alphabet, ...]:
    """The alphabets written in ``script``."""
    return tuple(a for a in alphabets() if a.script == script)


@cache
def segmentation_data(language: str) -> dict[str, Any]:
    """The parsed segmentation.toml of ``language``, or of the fallback when it has none."""
    path = LANG_DIR / language / "segmentation.toml"
    if not path.is_file():
        path = LANG_DIR / FALLBACK / "segmentation.toml"
    return read_language_file(path)


def script_of(ch: str) -> str:
    """The script of one character as letters.toml names it ("Cyrillic", "Arabic", "Latin"),
    else the first word of its Unicode name ("GREEK", "CJK", ...)."""
    code = ord(ch)
    if code < 0x300:  # with the modifier letters Latin alphabets use: Uzbek oʻ, Hawaiian ʻ
        return "Latin"
    if 0x400 <= code < 0x530:
        return "Cyrillic"
    if 0x600 <= code < 0x700 or 0x750 <= code < 0x780 or 0xFB50 <= code < 0xFF00:
        return "Arabic"
    return unicodedata.name(ch, "?").split(" ")[0]


def read_language_file(path: Path) -> dict[str, Any]:
    """A language file, parsed and checked against its schema when it has one."""
    with open(path, "rb") as handle:
        data = tomllib.load(handle)
    schema = SCHEMAS.get(path.name)
    if schema is not None:
        validate(data, schema, str(path))
    return data


def validate(data: dict[str, Any], schema: dict[str, dict[str, type]], where: str) -> None:
    """Raise ProfileError for the first key ``schema`` does not know or whose value has the
    wrong type; ``where`` (the file) opens the message."""
    for name, value in data.items():
        if "" in schema and name in schema[""]:
            _check_type(value, schema[""][name], name, where)
            if isinstance(value, dict) and name in schema:
                _check_table(value, schema[name], name, where)
        elif name in schema and name:
            if not isinstance(value, dict):
                raise ProfileError(f"{where}: [{name}] must be a table.")
            _check_table(value, schema[name], name, where)
        else:
            keys = sorted(k for s in schema.values() for k in s) + sorted(k for k in schema if k)
            raise ProfileError(f"{where}: unknown key {name!r}; the keys it may have are {', '.join(keys)}.")


def _check_table(table: dict[str, Any], keys: dict[str, type], name: str, where: str) -> None:
    for key, value in table.items():
        kind = keys.get(key, keys.get("*"))
        if kind is None:
            raise ProfileError(f"{where}: unknown key {name}.{key!r}; [{name}] may have {', '.join(sorted(keys))}.")
        _check_type(value, kind, f"{name}.{key}", where)
    if name == "officials":
        for entry in table.get("titles", []):
            extra = set(entry) - TITLE_KEYS if isinstance(entry, dict) else {"(not a table)"}
            if extra or not isinstance(entry, dict) or "text" not in entry or "en" not in entry:
                raise ProfileError(f"{where}: a title entry {entry!r} needs text and en and may have only "
                                   f"{', '.join(sorted(TITLE_KEYS))} (found {', '.join(sorted(extra)) or 'too few'}).")
    if name == "profile" and table.get("direction", "ltr") not in DIRECTIONS:
        raise ProfileError(f"{where}: profile.direction must be ltr or rtl, not {table['direction']!r}.")


def _check_type(value: Any, kind: type, key: str, where: str) -> None:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ProfileError(f"{where}: {key} must be a {kind.__name__}, not {type(value).__name__}.")
