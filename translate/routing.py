"""Choosing which packages translate from one language to another: direct, or through a pivot.

As Argos does, a missing from→to pair can be composed from from→X and X→to. A real package always
wins over a bundled demo one for the same pair, and a route with fewer demo legs wins over one
with more.
"""

from __future__ import annotations

from collections.abc import Iterable

from .manager import PackageInfo


def usable(package: PackageInfo) -> bool:
    """Dragoman's engine reads SentencePiece packages (the Argos standard since 1.x)."""
    return (package.path / "sentencepiece.model").is_file() and (package.path / "model" / "model.bin").is_file()


def best_per_pair(packages: Iterable[PackageInfo]) -> dict[tuple[str, str], PackageInfo]:
    """One package per language pair: real before demo, then the highest version."""
    best: dict[tuple[str, str], PackageInfo] = {}
    for package in packages:
        if not usable(package):
            continue
        pair = (package.from_code, package.to_code)
        current = best.get(pair)
        if current is None or _rank(package) > _rank(current):
            best[pair] = package
    return best


def _rank(package: PackageInfo) -> tuple[bool, tuple[int, ...], str]:
    version = tuple(int(p) if p.isdigit() else -1 for p in package.version.replace("-", ".").split("."))
    return (not package.demo, version, package.id)


def choose_route(packages: Iterable[PackageInfo], from_code: str, to_code: str) -> list[PackageInfo] | None:
    """The packages to apply in order, or None when no route exists (at most one pivot)."""
    best = best_per_pair(packages)
    direct = best.get((from_code, to_code))
    pivots = []
    for (first_from, middle), first in best.items():
        second = best.get((middle, to_code))
        if first_from == from_code and middle != to_code and second is not None:
            pivots.append([first, second])
    candidates = ([[direct]] if direct is not None else []) + pivots
    if not candidates:
        return None
    # Fewest demo legs first (two real models beat one demo), then the shorter route.
    return min(candidates, key=lambda route: (sum(p.demo for p in route), len(route), route[0].to_code))
