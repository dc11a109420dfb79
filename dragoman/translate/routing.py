"""Choosing which models translate from one language to another: direct, or through a pivot.

As Argos does, a missing from→to pair can be composed from from→X and X→to. Each route leg is the
model's PackageInfo narrowed to its pair (``PackageInfo.for_pair``), since one NLLB folder serves
many pairs. Order for a pair, best first:
1. a real model before a bundled demo one, always;
2. the person's preference (translate/preferences.py);
3. a model made for that one source language before a many-language one: an Argos or OPUS-MT
   pair model spends all its parameters on that pair, is 5-10x smaller and faster than NLLB-200
   600M, and its licence allows commercial use; NLLB covers what they do not (Kazakh);
4. among many-language models NLLB-200 before M2M-100 (NLLB was trained on more low-resource
   data, including Kazakh) before OPUS-MT group models;
5. the higher version, then the id (a stable order).
A route with fewer demo legs wins over one with more; then the shorter.
"""

from __future__ import annotations

from collections.abc import Iterable

from .families import ARGOS, M2M, NLLB, OPUS
from .manager import PackageInfo

_MANY_ORDER = {NLLB: 3, M2M: 2, OPUS: 1}


def usable(package: PackageInfo) -> bool:
    """Whether Dragoman's engine can read it: model.bin, and for Argos a SentencePiece tokenizer
    (the Argos standard since 1.x; older BPE packages are not read)."""
    if not (package.model_dir / "model.bin").is_file():
        return False
    return package.family != ARGOS or (package.path / "sentencepiece.model").is_file()


def best_per_pair(packages: Iterable[PackageInfo],
                  preferred: list[str] | None = None) -> dict[tuple[str, str], PackageInfo]:
    """One model per language pair (narrowed to it), the best by the order in the module docstring."""
    if preferred is None:
        from .preferences import preferred as saved

        preferred = saved()
    best: dict[tuple[str, str], PackageInfo] = {}
    ranks: dict[tuple[str, str], _Rank] = {}
    for package in packages:
        if not usable(package):
            continue
        for pair in package.pairs():
            rank = _rank(package, preferred)
            if pair not in best or rank > ranks[pair]:
                best[pair], ranks[pair] = package.for_pair(*pair), rank
    return best


# (not a demo, place in the person's order, single-pair, many-language family order, version, id)
_Rank = tuple[bool, int, bool, int, tuple[int, ...], str]


def _rank(package: PackageInfo, preferred: list[str]) -> _Rank:
    version = tuple(int(p) if p.isdigit() else -1 for p in package.version.replace("-", ".").split("."))
    liked = len(preferred) - preferred.index(package.id) if package.id in preferred else 0
    single = len(package.from_codes) <= 1
    return (not package.demo, liked, single, 0 if single else _MANY_ORDER.get(package.family, 0), version, package.id)


def choose_route(packages: Iterable[PackageInfo], from_code: str, to_code: str,
                 preferred: list[str] | None = None) -> list[PackageInfo] | None:
    """The models to apply in order, or None when no route exists (at most one pivot)."""
    best = best_per_pair(packages, preferred)
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
