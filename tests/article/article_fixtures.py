"""Paths shared by the article tests: the team's own articles and their gold segmentation."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SEGMENTATION = REPO / "tests" / "data" / "segmentation"
SAMPLES = REPO / "dragoman" / "resources" / "samples"


def gold_cases() -> list[tuple[Path, Path]]:
    """(article .txt, gold .gold) for every article the team wrote, samples included."""
    own = [(txt, txt.with_suffix(".gold")) for txt in sorted(SEGMENTATION.glob("*.txt"))]
    samples = [(SAMPLES / f"{gold.stem}.txt", gold)
               for gold in sorted((SEGMENTATION / "samples").glob("*.gold"))]
    return own + samples


def own_articles() -> list[Path]:
    return [txt for txt, _ in gold_cases()]
