"""Small articles written for the batch tests: distinct texts, several languages, some officials."""

from __future__ import annotations

from pathlib import Path

_KK = ("Облыста жаңа {thing} ашылды\nАстана, {day} наурыз 2025 – Kazinform\n\n"
       "Премьер-министр Олжас Бектенов {n}-нөмірлі {thing} ашылу салтанатына қатысты. "
       "Жоба аясында {n} жұмыс орны құрылды.\n")
_RU = ("В области открыли {thing}\nПавлодар, {day} марта 2025 г. — Казинформ\n\n"
       "Аким области Даурен Серикбаев открыл {thing} номер {n}. На объекте создано {n} рабочих мест.\n")
_EN = ("New {thing} opens in Aktau\nAKTAU, March {day}, 2025 (Reuters) - A new {thing} number {n} "
       "opened on Monday, officials said. It employs {n} people.\n")
_THINGS = ["school", "clinic", "library", "bridge", "depot"]


def write_corpus(folder: Path, count: int, start: int = 0) -> list[Path]:
    """``count`` distinct articles (numbered from ``start``) in ``folder``; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + count):
        template = (_KK, _RU, _EN)[i % 3]
        text = template.format(thing=_THINGS[i % len(_THINGS)], day=1 + i % 28, n=100 + i)
        path = folder / f"article-{i:03d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
