"""English names: the shipped table of well-known officials, a person's own table that wins
over it, and romanisation rules for everyone else."""

from __future__ import annotations

import re
import time
import tomllib
from functools import lru_cache
from pathlib import Path

from dragoman.article.paths import data_home

from .langdata import resource_path
from .name_match import fit_cost
from .romanize import arabic_rules, cyrillic_rules, given_name_word, romanize_name, script_of
from .words import words_of

SHIPPED_TABLE = resource_path("names", "officials.toml")


def user_names_path() -> Path:
    """The person's own name table (``data_home()/names.toml``); it survives updates and
    its entries win over the shipped table. Same format as resources/names/officials.toml."""
    return data_home() / "names.toml"


def name_key(name: str) -> str:
    """How names are compared: normalised words joined by single spaces."""
    return " ".join(words_of(name.replace("-", " ")))


@lru_cache(maxsize=65536)
def _key(name: str) -> str:
    return name_key(name)


def _read_table(path: Path) -> dict[str, str]:
    """variant key -> English name; an unreadable user file is ignored, not fatal."""
    table: dict[str, str] = {}
    for entry in _entries(path):
        english = str(entry.get("en", "")).strip()
        if not english:
            continue
        for variant in [english, *entry.get("variants", [])]:
            table[name_key(str(variant))] = english
    return table


def _entries(path: Path) -> list[dict]:
    try:
        with path.open("rb") as handle:
            return list(tomllib.load(handle).get("official", []))
    except (OSError, tomllib.TOMLDecodeError):
        return []


@lru_cache(maxsize=1)
def _roles() -> dict[str, tuple[str | None, str | None]]:
    """English name -> (role, country) of the office a table entry holds now, if listed."""
    return {str(e.get("en")): (e.get("role"), e.get("country")) for e in _entries(SHIPPED_TABLE)}


def table_role(name: str) -> str | None:
    """The role key the name table lists for this person (used only when the article states none)."""
    english = table_name(name)
    return _roles().get(english, (None, None))[0] if english else None


def table_country(name: str) -> str | None:
    english = table_name(name)
    return _roles().get(english, (None, None))[1] if english else None


@lru_cache(maxsize=8)
def _tables(user_path: str, user_mtime: float) -> tuple[dict[str, str], dict[str, str]]:
    """(full-name table, unique-surname table), user entries applied last so they win."""
    full = _read_table(SHIPPED_TABLE)
    if user_mtime:
        full.update(_read_table(Path(user_path)))
    by_surname: dict[str, set[str]] = {}
    for key, english in full.items():
        parts = key.split()
        if len(parts) > 1:
            by_surname.setdefault(parts[-1], set()).add(english)
    surnames = {k: next(iter(v)) for k, v in by_surname.items() if len(v) == 1}
    return full, surnames


_CHECKED: dict[str, float] = {"at": -1.0, "mtime": 0.0}
_USER_PATH: list[str] = [""]


def _current_tables() -> tuple[dict[str, str], dict[str, str]]:
    """The tables, re-reading the user file when it changed (looked at once a second at most)."""
    now = time.monotonic()
    if now - _CHECKED["at"] > 1.0:
        _USER_PATH[0] = str(user_names_path())
        try:
            _CHECKED["mtime"] = Path(_USER_PATH[0]).stat().st_mtime
        except OSError:
            _CHECKED["mtime"] = 0.0
        _CHECKED["at"] = now
    return _tables(_USER_PATH[0], _CHECKED["mtime"])


def refresh_user_table() -> None:
    """Look at the user's names.toml again now (after a person edited it)."""
    _CHECKED["at"] = -1.0


@lru_cache(maxsize=8)
def _user_titles(user_path: str, user_mtime: float) -> dict[str, str]:
    """English name -> the English title the person set for them (a correction in the window or
    ``library`` writes ``title_en`` beside ``en`` in their names.toml)."""
    if not user_mtime:
        return {}
    titles: dict[str, str] = {}
    for entry in _entries(Path(user_path)):
        english, title = str(entry.get("en", "")).strip(), str(entry.get("title_en", "")).strip()
        if english and title:
            titles[name_key(english)] = title
    return titles


def user_title(name_en: str) -> str | None:
    """The English title the person's names.toml gives this English name, if any; it wins over
    the title the article's wording gives, as their corrected name wins over the tables'."""
    _current_tables()  # re-reads the file's time when it is due
    return _user_titles(_USER_PATH[0], _CHECKED["mtime"]).get(name_key(name_en))


def table_name(name: str) -> str | None:
    """The English name from the tables for a full name or a unique surname, else None."""
    full, surnames = _current_tables()
    key = _key(name)
    if key in full:
        return full[key]
    if " " not in key:
        english = surnames.get(key)
        return english if english and _names_one_person(key) else None
    return None


@lru_cache(maxsize=4096)
def _names_one_person(surname: str) -> bool:
    """A listed official's family name names them alone unless it is also a given name (سعيد,
    طارق) or a place word (السوداني: the Sudanese)."""
    if given_name_word(surname):
        return False
    article = arabic_rules().get("article", {}).get("prefix", "")
    if script_of(surname) == "arabic" and article and surname.startswith(article):
        from .gazetteer import places_in  # only loaded when such a word is met
        return not places_in(surname, "ar")
    return True


def table_name_with_initials(initials: list[str], surname: str) -> list[str] | None:
    """The full name, as the table writes it, of the one person the table knows with this
    surname (base form) whose given names start with these initials (С. В. Лавров ->
    Сергей Лавров); None when there is none or more than one."""
    full, _ = _current_tables()
    found = {variant for variant in _variants(_USER_PATH[0], _CHECKED["mtime"])
             if _initials_fit(variant.split(), initials, surname)}
    return found.pop().split() if len(found) == 1 else None


def _initials_fit(words: list[str], initials: list[str], surname: str) -> bool:
    if len(words) < 2 or _key(words[-1]) != _key(surname):
        return False
    return words[0][:1].casefold() == initials[0][:1].casefold()


@lru_cache(maxsize=8)
def _variants(user_path: str, user_mtime: float) -> tuple[str, ...]:
    """Every spelling the tables list, as written (the shipped table, then the user's)."""
    paths = [SHIPPED_TABLE] + ([Path(user_path)] if user_mtime else [])
    return tuple(str(v) for path in paths for entry in _entries(path) for v in entry.get("variants", []))


def table_first_words() -> frozenset[str]:
    """The first word of every name the tables know (to skip most words quickly)."""
    full, _ = _current_tables()
    return _first_words(id(full), tuple(full))


@lru_cache(maxsize=4)
def _first_words(_table_id: int, keys: tuple[str, ...]) -> frozenset[str]:
    return frozenset(k.split()[0] for k in keys if k)


def in_name_table(name: str) -> bool:
    return table_name(name) is not None


def name_listed(name: str) -> bool:
    """The tables give this name's English (listed, or another spelling of a listed name):
    ``english_name`` did not spell it by rule."""
    name = without_patronymic(" ".join(name.split()))
    return bool(table_name(name) or table_fit(name))


def english_name(name: str, language: str, country: str | None = None) -> str:
    """English spelling of a person's name in base form: the user's table, then the shipped
    table, then romanisation rules (Pinyin for Chinese names; an Arab official of ``country``
    as that country's English news spells Arab names, where the rules have its style).
    Never empty for a non-empty name."""
    name = without_patronymic(" ".join(name.split()))
    return table_name(name) or table_fit(name) or romanize_name(name, language, country)


STYLE_COUNTRY_MENTIONS = 2  # a styled country named this often...
STYLE_COUNTRY_SHARE = 2  # ...and this many times as often as any other styled one


def style_country(text: str, language: str) -> str | None:
    """The one country with its own spelling of Arab names (romanize-ar.toml [styles]: Egypt,
    Morocco ...) the text names, at least STYLE_COUNTRY_MENTIONS times, itself or by a city or
    province of it (titles.toml [capitals]: سوهاج, صفاقس), and twice as often as any other such
    country: an Egyptian paper's officials without a stated country are spelt the
    Egyptian way (El-Mahdy, Fathy). None for any other text, and for a script without styles."""
    if language != "ar":
        return None
    from collections import Counter

    from .gazetteer import places_in  # only loaded when such a text is met
    from .titles import place_countries
    styled = set(arabic_rules().get("styles", {}))
    ids = {country.casefold().replace(" ", "_"): country for country in styled}
    of_place = {place: country for place, country in place_countries().items() if country in styled}
    counts: Counter[str] = Counter()
    for place in places_in(text, language):  # the country, or a city or governorate of it (سوهاج, صفاقس)
        countries = {ids.get(i) or of_place.get(i) or "" for i in place}
        if len(countries) == 1 and "" not in countries:  # تونس: Tunisia and Tunis, one country
            counts[countries.pop()] += 1
    ranked = counts.most_common(2)
    if not ranked:
        return None
    country, times = ranked[0]
    other = ranked[1][1] if len(ranked) > 1 else 0  # another named in passing (بعد المغرب: after sunset)
    return country if times >= STYLE_COUNTRY_MENTIONS and times >= STYLE_COUNTRY_SHARE * other else None


def without_patronymic(name: str) -> str:
    """A Cyrillic name of three or more words without the patronymic between its first and last
    word (romanize-ru.toml ``patronymic``, or a father's name and ``patronymic_words``), as English
    news writes it; any other name as it is."""
    words = name.split()
    pattern = cyrillic_rules().get("patronymic")
    if len(words) < 3 or not pattern or script_of(name) != "cyrillic":
        return name
    apart = set(cyrillic_rules().get("patronymic_words", []))
    middle = words[1:-1]
    drop = {k for k, w in enumerate(middle) if re.search(pattern, w.lower())}
    drop |= {k - 1 for k, w in enumerate(middle) if w.lower() in apart and k > 0}
    return " ".join([words[0]] + [w for k, w in enumerate(middle) if k not in drop] + [words[-1]])


def table_fit(name: str) -> str | None:
    """The English name of the one table person whose English spelling an Arabic-script name
    not listed letter for letter fits word by word (name_match.py: consonants by class, written
    vowels standing for vowels), e.g. another spelling of a listed surname; else None."""
    if script_of(name) != "arabic" or len(name.split()) < 2:
        return None
    full, _ = _current_tables()
    return _table_fit(name, id(full), tuple(sorted(set(full.values()))))


@lru_cache(maxsize=4096)
def _table_fit(name: str, _table_id: int, english_names: tuple[str, ...]) -> str | None:
    rules = arabic_rules()
    article = rules.get("article", {}).get("prefix", "")
    words: list[str] = []
    for word in name.split():
        if article and word.startswith(article) and len(word) > len(article) + 2:
            words += [article, word[len(article):]]
        else:
            words.append(word)
    found: dict[str, int] = {}
    for english in english_names:
        parts = english.replace("-", " ").split()
        if len(parts) != len(words):
            continue
        total = 0
        for word, part in zip(words, parts):
            cost = fit_cost(word, part, rules["match"])
            if cost is None:
                break
            total += cost
        else:
            found[english] = total
    if not found:
        return None
    best = min(found.values())
    winners = [e for e, cost in found.items() if cost == best]
    return winners[0] if len(winners) == 1 else None
