"""Sentence splitting against hand-made gold segmentations, with boundary precision/recall."""

from __future__ import annotations

from pathlib import Path

import pytest
from article_fixtures import SEGMENTATION, gold_cases

from dragoman.article.load import load_file


def _boundaries(spans: list[tuple[int, int]]) -> set[int]:
    return {end for _, end in spans}


def _score(name: str, got: list[tuple[int, int]], gold: list[tuple[int, int]]) -> tuple[int, int, int]:
    """Print one article's boundary precision and recall; (true, found, gold) boundary counts."""
    found, expected = _boundaries(got), _boundaries(gold)
    true = len(found & expected)
    print(f"{name}: boundary precision {true / len(found):.3f}, recall {true / len(expected):.3f}"
          f" ({len(got)} sentences, {len(gold)} in gold)")
    return true, len(found), len(expected)


def _gold_spans(text: str, sentences: list[str]) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for sentence in sentences:
        start = text.index(sentence, pos)
        spans.append((start, start + len(sentence)))
        pos = start + len(sentence)
    return spans


@pytest.mark.parametrize("txt,gold", gold_cases(), ids=lambda p: p.stem)
def test_own_articles_split_exactly_as_gold(txt: Path, gold: Path) -> None:
    article = load_file(txt)
    expected = gold.read_text(encoding="utf-8").rstrip("\n").split("\n")
    _score(txt.stem, [(s.start, s.end) for s in article.sentences],
           _gold_spans(article.text, expected))
    assert [s.text for s in article.sentences] == expected


@pytest.mark.parametrize("spans_file", sorted((SEGMENTATION / "seeds").glob("*.spans")),
                         ids=lambda p: p.stem)
def test_seeds_split_exactly_as_gold(spans_file: Path, seeds_dir: Path) -> None:
    seed = seeds_dir / f"{spans_file.stem}.txt"
    if not seed.is_file():
        pytest.skip(f"{seed.name} is not among the seeds")
    expected = [tuple(map(int, line.split())) for line in spans_file.read_text().splitlines()
                if line.strip() and not line.startswith("#")]
    article = load_file(seed)
    got = [(s.start, s.end) for s in article.sentences]
    _score(seed.stem, got, expected)
    assert got == expected


def test_gold_covers_every_language_three_times() -> None:
    languages = [txt.stem.split("-")[0] for txt, _ in gold_cases()]
    assert all(languages.count(code) >= 3 for code in ("kk", "ar", "ru", "en"))


def test_report_overall_boundary_scores() -> None:
    """Boundary precision and recall over every gold article the repository holds (computed here,
    so the figure does not depend on which other tests ran before)."""
    totals = [0, 0, 0]
    for txt, gold in gold_cases():
        article = load_file(txt)
        expected = gold.read_text(encoding="utf-8").rstrip("\n").split("\n")
        counts = _score(txt.stem, [(s.start, s.end) for s in article.sentences], _gold_spans(article.text, expected))
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
    true, found, gold_count = totals
    assert found and gold_count  # the repository's gold articles were read
    precision, recall = true / found, true / gold_count
    print(f"ALL: boundary precision {precision:.3f}, recall {recall:.3f}")
    assert precision > 0.95 and recall > 0.95
