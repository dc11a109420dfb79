"""Attach English written line by line (one English line per non-empty source line) to an
analysis, for the checks' benchmark and tests.

A source line may hold several sentences. When the English line splits into as many
sentences, each sentence gets its own; otherwise the line's first sentence gets the whole
English and the others are marked covered (translation ``""`` and no engine flag), which the
checker reads as "checked together with the sentence before".
"""

from __future__ import annotations

import re

from dragoman.article.analysis import Analysis
from dragoman.article.model import Article

_INITIAL = re.compile(r"(?:^|[\s.])[A-Z]\.$")  # S.V. Lavrov: an initial does not end a sentence
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”»’]?\s+(?=[\"“«–—]?\s?[A-Z0-9])")


def source_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line of the source."""
    lines, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    return lines


def split_english(line: str) -> list[str]:
    """An English line cut into sentences (a full stop, then a capital or an opening mark)."""
    cuts = [m.end() for m in _SENTENCE_END.finditer(line) if not _INITIAL.search(line, 0, m.start())]
    pieces, start = [], 0
    for cut in cuts:
        pieces.append(line[start:cut].strip())
        start = cut
    pieces.append(line[start:].strip())
    return [p for p in pieces if p]


def attach_english(article: Article, analysis: Analysis, english: list[str]) -> None:
    """Set every sentence's translation from ``english`` (one line per non-empty source line).
    Raises ValueError when the counts differ."""
    lines = source_lines(article.text)
    if len(lines) != len(english):
        raise ValueError(f"The source has {len(lines)} non-empty lines and the English has {len(english)}.")
    by_line: list[list[int]] = [[] for _ in lines]
    starts = [start for start, _ in lines]
    for sentence in analysis.sentences:
        index = max(i for i, start in enumerate(starts) if start <= sentence.start)
        by_line[index].append(sentence.id)
    for ids, line in zip(by_line, english):
        if not ids:
            continue
        parts = split_english(line)
        if len(parts) == len(ids):
            for sid, part in zip(ids, parts):
                analysis.sentences[sid].translation = part
            continue
        analysis.sentences[ids[0]].translation = line.strip()
        for sid in ids[1:]:
            analysis.sentences[sid].translation = ""
