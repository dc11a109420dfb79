"""Scoring the analysis against hand-annotated gold files (tests/data/annotated/).

A gold file ``NAME.gold.toml`` sits beside ``NAME.txt``:

    [[quote]]              text = exact substring of the article; speaker = base name or ""
    [[official]]           name, name_en, title_en, mentions = ["exact text", "text@2", ...]

A mention ``"text"`` means every whole-word occurrence of ``text``; ``"text@N"`` only the N-th.
Mentions contained in a longer mention of the same person are dropped. Quotes match when
their spans overlap by at least half of the longer one; officials match by base name (or,
failing that, by the same English name).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dragoman.article.analysis import Official, Quote

from .names import in_name_table, name_key
from .titles import agreed_title


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Ratio:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += int(ok)
        self.total += 1

    def merge(self, other: Ratio) -> None:
        self.right += other.right
        self.total += other.total

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass
class Score:
    quotes: Counts = field(default_factory=Counts)
    officials: Counts = field(default_factory=Counts)
    mentions: Counts = field(default_factory=Counts)
    speaker: Ratio = field(default_factory=Ratio)
    name_en: Ratio = field(default_factory=Ratio)
    name_en_rules: Ratio = field(default_factory=Ratio)  # names not in the shipped table
    title_en: Ratio = field(default_factory=Ratio)  # English titles equal to the gold's (where it gives one)
    sieves: dict[str, Ratio] = field(default_factory=dict)  # sieve (or "unknown") -> speakers right of those it gave
    problems: list[str] = field(default_factory=list)

    def merge(self, other: Score) -> None:
        self.quotes.add(other.quotes)
        self.officials.add(other.officials)
        self.mentions.add(other.mentions)
        self.speaker.merge(other.speaker)
        self.name_en.merge(other.name_en)
        self.name_en_rules.merge(other.name_en_rules)
        self.title_en.merge(other.title_en)
        for sieve, ratio in other.sieves.items():
            self.sieves.setdefault(sieve, Ratio()).merge(ratio)
        self.problems.extend(other.problems)


def load_gold(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Whole-word occurrences of ``needle`` (``needle@N``: only the N-th, 1-based)."""
    index = None
    if "@" in needle:
        needle, _, number = needle.rpartition("@")
        index = int(number)
    found = [(m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text)]
    if index is not None:
        return [found[index - 1]] if 0 < index <= len(found) else []
    return found


def gold_mentions(text: str, specs: list[str]) -> list[tuple[int, int]]:
    spans = sorted({span for spec in specs for span in occurrences(text, spec)})
    return [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _tally(counts: Counts, gold: list[tuple[int, int]], found: list[tuple[int, int]]
           ) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Match spans (half overlap), add to ``counts``; the pairs, unmatched gold and unmatched found indices."""
    pairs = _match_spans(gold, found, 0.5)
    counts.tp += len(pairs)
    counts.fn += len(gold) - len(pairs)
    counts.fp += len(found) - len(pairs)
    matched_gold, matched_found = {g for g, _ in pairs}, {f for _, f in pairs}
    return (pairs, [g for g in range(len(gold)) if g not in matched_gold],
            [f for f in range(len(found)) if f not in matched_found])


def _match_spans(gold: list[tuple[int, int]], found: list[tuple[int, int]], share: float) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, found index) whose overlap is at least ``share`` of the longer."""
    pairs, used = [], set()
    for g, gs in enumerate(gold):
        for f, fs in enumerate(found):
            if f in used:
                continue
            if _overlap(gs, fs) >= share * max(gs[1] - gs[0], fs[1] - fs[0]) and _overlap(gs, fs) > 0:
                pairs.append((g, f))
                used.add(f)
                break
    return pairs


def score_article(text: str, gold: dict[str, Any], officials: list[Official], quotes: list[Quote],
                  label: str = "") -> Score:
    score = Score()
    _score_officials(text, gold.get("official", []), officials, score, label)
    _score_quotes(text, gold.get("quote", []), quotes, score, label)
    return score


_ARTICLE = re.compile(r"(?<![^\W\d_])al[- ](?=[^\W\d_])")


def same_english_name(found: str, gold: str) -> bool:
    """Two English spellings of a name are the same name when they differ only in case and in
    how the Arabic article is joined: Al-Amiri, Al Amiri and al-Amiri are one spelling (news
    writes all three; resources/names/ keeps a listed person's own, romanisation writes Al-)."""
    def folded(name: str) -> str:
        return " ".join(_ARTICLE.sub("al ", name.casefold()).split())
    return folded(found) == folded(gold)


def _same_person(gold: dict[str, Any], found: Official) -> bool:
    return name_key(gold["name"]) == name_key(found.name) or \
        name_key(gold.get("name_en", "")) == name_key(found.name_en)


def _score_officials(text: str, golds: list[dict[str, Any]], found: list[Official], score: Score,
                     label: str) -> None:
    used: set[int] = set()
    for gold in golds:
        match = next((k for k, o in enumerate(found) if k not in used and _same_person(gold, o)), None)
        gold_spans = gold_mentions(text, gold.get("mentions", []))
        if match is None:
            score.officials.fn += 1
            score.mentions.fn += len(gold_spans)
            score.problems.append(f"{label}: official missed: {gold['name']}")
            continue
        used.add(match)
        score.officials.tp += 1
        official = found[match]
        ok = same_english_name(official.name_en, gold["name_en"])
        score.name_en.add(ok)
        if not in_name_table(gold["name"]):
            score.name_en_rules.add(ok)
        if not ok:
            score.problems.append(f"{label}: English name {official.name_en!r}, gold {gold['name_en']!r}")
        if gold.get("title_en"):
            # forms of one office are one title (Trade Minister / Minister of Trade): see agreed_title
            title_ok = agreed_title(official.title_en or "").casefold() == agreed_title(gold["title_en"]).casefold()
            score.title_en.add(title_ok)
            if not title_ok:
                score.problems.append(f"{label}: English title {official.title_en!r}, gold {gold['title_en']!r}")
        spans = [(m.start, m.end) for m in official.mentions]
        _, missed, extra = _tally(score.mentions, gold_spans, spans)
        score.problems += [f"{label}: mention missed for {gold['name']}: {text[gold_spans[g][0]:gold_spans[g][1]]!r}"
                           for g in missed]
        score.problems += [f"{label}: extra mention for {gold['name']}: {text[spans[f][0]:spans[f][1]]!r}"
                           for f in extra]
    for k, official in enumerate(found):
        if k not in used:
            score.officials.fp += 1
            score.mentions.fp += len(official.mentions)
            score.problems.append(f"{label}: extra official: {official.name}")


def _score_quotes(text: str, golds: list[dict[str, Any]], found: list[Quote], score: Score, label: str) -> None:
    gold_spans = []
    for gold in golds:
        start = text.find(gold["text"])
        if start < 0:
            raise ValueError(f"{label}: gold quote not in the article: {gold['text'][:40]!r}")
        gold_spans.append((start, start + len(gold["text"])))
    spans = [(q.start, q.end) for q in found]
    pairs, missed, extra = _tally(score.quotes, gold_spans, spans)
    for g, f in pairs:
        expected = golds[g].get("speaker") or ""
        got = found[f].speaker or ""
        ok = name_key(expected) == name_key(got)
        score.speaker.add(ok)
        score.sieves.setdefault(found[f].sieve or "unknown", Ratio()).add(ok)
        if not ok:
            score.problems.append(f"{label}: speaker {got!r} ({found[f].sieve or 'unknown'}), gold {expected!r}: "
                                  f"{golds[g]['text'][:40]!r}")
    score.problems += [f"{label}: quote missed: {golds[g]['text'][:50]!r}" for g in missed]
    score.problems += [f"{label}: extra quote: {found[f].text[:50]!r}" for f in extra]
