"""An article's own date and outlet, from its dateline or byline, when the text gives them.

Datelines read: "АСТАНА, 12 наурыз 2025 – Kazinform", "МОСКВА, 3 марта — РИА Новости",
"(Reuters) -", "الرياض - واس", "ASTANA, June 3, 2025 (Wire report)", a first line that is a
date, and bylines "By ... | Outlet". Month names come from ``lang/<code>/numbers.toml``
``[months]``; outlets, date words ("2025 ж.", "2025 г.") and byline words from
``lang/<code>/metadata.toml`` (the article's language, then English for the wire agencies).

Unknown stays None: a date needs a day, a month and a year; an outlet is one the data lists, or
the short text a dateline puts after its date or dash, or what a byline names.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from .model import Article
from .paths import RESOURCES

HEAD_LINES = 6  # a dateline or byline sits in the first few non-empty lines
HEAD_CHARS = 240  # ... and in their first characters
OUTLET_WORDS = 6
SHORT_LINE = 60  # a line this short after the title may be a dateline or a credit
_DASHES = "–—-/|·:"


@dataclass(frozen=True)
class _Data:
    months: dict[str, int]
    outlets: tuple[str, ...]
    date_words: tuple[str, ...]
    byline: tuple[str, ...]
    fold: dict[int, str]  # str.translate table: one letter for one (lang/<code>/metadata.toml [fold])


def _toml(code: str, name: str) -> dict[str, Any]:
    path = RESOURCES / "lang" / code / name
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError):
        return {}


@lru_cache(maxsize=32)
def _data(code: str) -> _Data:
    codes = [code] if code == "en" else [code, "en"]
    months: dict[str, int] = {}
    outlets: list[str] = []
    words: list[str] = []
    byline: list[str] = []
    fold: dict[int, str] = {}
    for c in codes:
        months.update({k.casefold(): int(v) for k, v in _toml(c, "numbers.toml").get("months", {}).items()})
        meta = _toml(c, "metadata.toml")
        outlets += [str(o) for o in meta.get("outlets", [])]
        words += [str(w) for w in meta.get("date_words", [])]
        byline += [str(b) for b in meta.get("byline", [])]
        fold.update({ord(k): str(v) for k, v in meta.get("fold", {}).items() if len(k) == 1 and len(str(v)) == 1})
    # Longest first, so "Интерфакс-Казахстан" wins over "Интерфакс".
    return _Data(months, tuple(sorted(set(outlets), key=len, reverse=True)), tuple(words), tuple(byline), fold)


@lru_cache(maxsize=32)
def _date_patterns(code: str) -> tuple[re.Pattern[str], ...]:
    months = sorted(_data(code).months, key=len, reverse=True)
    if not months:
        return ()
    m = "(?P<month>" + "|".join(re.escape(x) for x in months) + r")\w*"
    d, y = r"(?P<day>\d{1,2})", r"(?P<year>\d{4})"
    return tuple(re.compile(p, re.IGNORECASE) for p in (
        rf"(?<!\d){d}\s+{m}\.?,?\s+{y}(?!\d)",  # 12 наурыз 2025, 10 مارس 2025, 3 June 2025
        rf"\b{m}\.?\s+{d},?\s+{y}(?!\d)",  # June 3, 2025
        rf"(?<!\d){y}\s+(?:\w+\s+)?{d}\s+{m}",  # 2025 жылғы 14 наурыз
    ))


_NUMERIC = (re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?!\d)"),
            re.compile(r"(?<!\d)(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?!\d)"))


# A first line that opens like a dateline ("الرياض - واس", "WASHINGTON (Reuters) -"), not a title.
_DATELINE_START = re.compile(r"^\S[^.!?]{0,40}?(?:\s[-–—]\s|\()")


def _head(article: Article) -> list[str]:
    lines = [line.strip() for line in article.text.splitlines() if line.strip()]
    return [line[:HEAD_CHARS] for line in lines[:HEAD_LINES]]


def _find_date(line: str, code: str) -> tuple[str, int] | None:
    """(ISO day, where the date ends in the line) of the first real date in the line."""
    data = _data(code)
    line = line.translate(data.fold)
    for pattern in (*_date_patterns(code), *_NUMERIC):
        for match in pattern.finditer(line):
            month_text = match.group("month")
            month = int(month_text) if month_text.isdigit() else _month(month_text, data.months)
            try:
                day = date(int(match.group("year")), month or 0, int(match.group("day")))
            except ValueError:
                continue
            return day.isoformat(), match.end()
    return None


def _month(text: str, months: dict[str, int]) -> int | None:
    """The month a word names: itself, or the longest month name it starts with (наурызда)."""
    text = text.casefold()
    if text in months:
        return months[text]
    found = [k for k in months if text.startswith(k)]
    return months[max(found, key=len)] if found else None


def _known_outlet(text: str, data: _Data) -> str | None:
    folded = text.casefold()
    for outlet in data.outlets:
        for match in re.finditer(re.escape(outlet.casefold()), folded):
            before = folded[match.start() - 1] if match.start() else " "
            after = folded[match.end()] if match.end() < len(folded) else " "
            if not before.isalnum() and not after.isalnum():
                return outlet
    return None


def _after_date(rest: str, data: _Data, whole_line: bool) -> str | None:
    """The outlet a dateline names after its date: "– Kazinform", "ж. Ақорданың баспасөз қызметі"."""
    rest = rest.strip()
    for word in sorted(data.date_words, key=len, reverse=True):
        if rest.casefold().startswith(word.casefold()) and (len(rest) == len(word) or not rest[len(word)].isalnum()):
            rest = rest[len(word):].strip()
            break
    dashed = bool(rest) and rest[0] in _DASHES
    rest = rest.lstrip(_DASHES + " ").strip()
    if rest.startswith("(") and ")" in rest:
        return rest[1:rest.index(")")].strip() or None
    if not whole_line:
        if not dashed:
            return None
        rest = re.split(r"[.!?:]\s|\s[–—-]\s", rest + " ", maxsplit=1)[0]
    rest = rest.strip(" .,;")
    if rest and len(rest.split()) <= OUTLET_WORDS and not any(ch.isdigit() for ch in rest):
        return rest
    return None


def _byline(line: str, data: _Data) -> str | None:
    """"By Aigerim Seitova | The Astana Times" -> "The Astana Times"."""
    for word in data.byline:
        if line.casefold().startswith(word.casefold() + " ") or line.startswith(word) and word.endswith(":"):
            parts = re.split(r"\s[|–—/]\s|,\s", line, maxsplit=1)
            if len(parts) == 2 and len(parts[1].split()) <= OUTLET_WORDS:
                return parts[1].strip(" .")
    return None


def article_metadata(article: Article) -> tuple[str | None, str | None]:
    """(the article's day as ISO "2025-03-14", its outlet) from its first lines; None when unknown."""
    data = _data(article.code)
    head = _head(article)
    day: str | None = None
    outlet: str | None = None
    for index, line in enumerate(head):
        found = _find_date(line, article.code) if day is None else None
        if found:
            day = found[0]
            if outlet is None:
                short = index > 0 or len(head) == 1 or len(line) < 80
                outlet = _after_date(line[found[1]:], data, whole_line=short and len(line) < 120)
        if outlet is None:
            outlet = _byline(line, data) if index > 0 else None
        if outlet is None and _DATELINE_START.match(line):
            outlet = _known_outlet(line[:80], data)  # "الرياض - واس", "WASHINGTON (Reuters) -"
        if outlet is None and index > 0 and len(line) <= SHORT_LINE:
            outlet = _known_outlet(line, data)  # a line of its own naming the outlet
    return day, outlet
