"""The numbers a sentence states, as values, in any language's style.

Digits in the language's own digit systems and thousand/decimal separators (``1,395``,
``1 395``, ``1,5`` = 1.5), number words (composed: "twenty-five", "жиырма бес"), scale words
after a number ("1,5 млрд" = 1.5e9), ordinals ("11-отырысы", "11th" = 11) and month names
beside a number (a date "22 қараша" gives 22 and 11). The knowledge is data:
``resources/lang/<code>/numbers.toml``.

A written number may be read several ways ("1,395" in Kazakh news is 1395 or 1.395), so each
number found is a set of candidate values; two numbers agree when their sets meet.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from .langdata import LANG_DIR, section
from .words import normalize

_DIGITS = re.compile(r"\d+(?:(?:[.,'’٫٬]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d+)*")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Number:
    """One number of a text: what it reads as, and whether it may be left out."""

    text: str  # as written ("1,395", "екі")
    values: frozenset[float]
    weak: bool = False  # a small number word ("one", "екі"): never required of the other side
    kind: str = "digits"  # "digits", "words" (number words) or "month" (a month name beside a number)


@dataclass(frozen=True)
class NumberStyle:
    """A language's way of writing numbers (numbers.toml, compiled)."""

    digits: dict[int, str]  # str.translate table: local digits -> ASCII
    decimal: frozenset[str]
    group: frozenset[str]
    words: dict[str, float]
    scales: dict[str, float]
    months: dict[str, float]
    weak_below: float
    joiners: frozenset[str]
    clitics: tuple[str, ...]
    suffixes: tuple[str, ...]  # case endings a number word can carry (Kazakh)
    units_first: bool = False  # units come before tens (Arabic خمسة وعشرون: five and twenty)


@cache
def number_style(language: str) -> NumberStyle:
    """The compiled numbers.toml of ``language`` (English style when the language has none)."""
    path = LANG_DIR / language / "numbers.toml"
    if not path.is_file():
        path = LANG_DIR / "en" / "numbers.toml"
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    table: dict[int, str] = {}
    for system in data.get("digits", []):
        table.update({code: chr(digit) for code, digit in str.maketrans(system, "0123456789").items()})

    def keyed(name: str) -> dict[str, float]:
        return {normalize(k): float(v) for k, v in data.get(name, {}).items()}

    suffixes = section(language, "stemming").get("suffixes", [])
    return NumberStyle(table, frozenset(data.get("decimal", ["."])), frozenset(data.get("group", [","])),
                       keyed("words"), keyed("scales"), keyed("months"), float(data.get("weak_below", 3)),
                       frozenset(data.get("joiners", [])), tuple(data.get("clitics", [])),
                       tuple(sorted(set(suffixes), key=len, reverse=True)), bool(data.get("units_first", False)))


def _digit_values(token: str, style: NumberStyle) -> list[frozenset[float]]:
    """Every reading of a run of digits and separators; several numbers when it is a date
    (22.11.2023) or a list that no reading makes one number of."""
    parts = re.split(r"([^\d])", token)
    numbers, seps = parts[0::2], parts[1::2]
    if not seps:
        return [frozenset({float(token)})]
    readings: set[float] = set()
    grouped = len(numbers[0]) <= 3 and all(len(n) == 3 for n in numbers[1:])
    if grouped and all(s in style.group for s in seps):
        readings.add(float("".join(numbers)))
    head_ok = len(numbers[0]) <= 3 and all(len(n) == 3 for n in numbers[1:-1])
    if seps[-1] in style.decimal and (len(seps) == 1 or (head_ok and all(s in style.group for s in seps[:-1]))):
        readings.add(float("".join(numbers[:-1]) + "." + numbers[-1]))
    if readings:
        return [frozenset(readings)]
    return [frozenset({float(n)}) for n in numbers if n]


def _word_value(word: str, style: NumberStyle, table: dict[str, float]) -> float | None:
    """The value of a number word, through its clitics (Arabic) or case endings (Kazakh)."""
    if word in table:
        return table[word]
    for clitic in style.clitics:
        if word.startswith(clitic) and word[len(clitic):] in table:
            return table[word[len(clitic):]]
    for suffix in style.suffixes:  # a stem of three letters at least: онда (there) is not он+да
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and word[: -len(suffix)] in table:
            return table[word[: -len(suffix)]]
    return None


def _tokens(text: str, style: NumberStyle) -> list[tuple[str, str]]:
    """(kind, text) pieces in order: "num" digit runs, "word" words (hyphens split words)."""
    text = text.translate(style.digits)
    found = [(m.start(), "num", m.group()) for m in _DIGITS.finditer(text)]
    found += [(m.start(), "word", m.group()) for m in _WORD.finditer(text)]
    return [(kind, value) for _, kind, value in sorted(found)]


def numbers_in(text: str, language: str) -> list[Number]:
    """The numbers ``text`` states, in order (see the module docstring)."""
    style = number_style(language)
    tokens = _tokens(text, style)
    found: list[Number] = []
    i = 0
    while i < len(tokens):
        kind, raw = tokens[i]
        read = _read_digits if kind == "num" else _read_words
        i = read(tokens, i, style, found)
    return found


def _scale_after(tokens: list[tuple[str, str]], i: int, style: NumberStyle) -> float | None:
    if i < len(tokens) and tokens[i][0] == "word":
        return _word_value(normalize(tokens[i][1]), style, style.scales)
    return None


def _month_near(tokens: list[tuple[str, str]], i: int, style: NumberStyle) -> float | None:
    if 0 <= i < len(tokens) and tokens[i][0] == "word":
        return _word_value(normalize(tokens[i][1]), style, style.months)
    return None


def _read_digits(tokens: list[tuple[str, str]], i: int, style: NumberStyle, found: list[Number]) -> int:
    raw = tokens[i][1]
    readings = _digit_values(raw, style)
    scale = _scale_after(tokens, i + 1, style)
    if scale is not None and len(readings) == 1:
        found.append(Number(f"{raw} {tokens[i + 1][1]}", frozenset(v * scale for v in readings[0])))
        return i + 2
    found.extend(Number(raw, values) for values in readings)
    # A month name right before the number ("November 22") is read here; one after it below.
    month = _month_near(tokens, i - 1, style)
    if month is not None and not (i >= 2 and tokens[i - 2][0] == "num"):
        found.append(Number(tokens[i - 1][1], frozenset({month}), kind="month"))
    month = _month_near(tokens, i + 1, style)
    if month is not None:
        found.append(Number(tokens[i + 1][1], frozenset({month}), kind="month"))
        return i + 2
    return i + 1


def _read_words(tokens: list[tuple[str, str]], i: int, style: NumberStyle, found: list[Number]) -> int:
    """A run of number words composed into one value ("two hundred and fifty" = 250)."""
    total = current = 0.0
    j, words, any_word = i, [], False
    while j < len(tokens) and tokens[j][0] == "word":
        word = normalize(tokens[j][1])
        value = _word_value(word, style, style.words)
        scale = _word_value(word, style, style.scales) if value is None else None
        if value is not None and any_word and not _composes(current, value, style.units_first):
            break
        if value is not None:
            current = current * value if value == 100 and current else current + value
        elif scale is not None and any_word:
            total, current = total + max(current, 1) * scale, 0.0
        elif not (any_word and word in style.joiners):
            break
        any_word = any_word or value is not None
        words.append(tokens[j][1])
        j += 1
    if not any_word:
        return i + 1
    while words and normalize(words[-1]) in style.joiners:
        words.pop()
    value = total + current
    found.append(Number(" ".join(words), frozenset({value}), weak=value < style.weak_below, kind="words"))
    return i + len(words)


def _composes(current: float, value: float, units_first: bool) -> bool:
    """Whether a number word continues the number so far: tens then units (twenty-five),
    units then tens where the language says so (Arabic), a hundred after units, units after
    hundreds; "the first five" is two numbers."""
    if value == 100:
        return 0 < current < 10
    tens = current % 10 == 0 and current % 100 >= 20
    if tens and value < 10:
        return True
    if units_first and current < 10 and value % 10 == 0 and 20 <= value < 100:
        return True
    return current % 100 == 0 and current >= 100 and value < 100


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def value_text(number: Number) -> str:
    """How an English reader is told of a number: "the number 1,395", "the number екі (2)",
    "the month November"."""
    if number.kind == "month":
        return f"the month {_MONTHS[int(min(number.values)) - 1]}"
    if len(number.values) != 1 or re.fullmatch(r"[\d,.]+", number.text):
        return f"the number {number.text}"
    value = next(iter(number.values))
    shown = f"{value:,.0f}" if value == int(value) else f"{value:,}"
    return f"the number {number.text} ({shown})" if shown != number.text else f"the number {shown}"
