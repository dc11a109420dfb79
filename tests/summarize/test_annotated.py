"""The seeds must be right on everything annotated; our own annotated set must stay at or
above the levels measured when it was written (scripts/score_analysis.py prints them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dragoman.article import load
from dragoman.summarize.officials import find_officials
from dragoman.summarize.quotes import find_quotes
from dragoman.summarize.scoring import Score, load_gold, score_article

FLOORS = {  # measured with scripts/score_analysis.py on 12 articles per language, rounded down.
    # The generalisation round added three per language in new outlet styles. name_en floors
    # moved with the set, not with the rules: on the first nine articles kk stays 0.95, ru 0.89,
    # ar rose from 0.65 to 0.70; the new articles hold more names no rule spells as news does
    # (Sylvie, Aliya, Tajani, Maulen).
    "kk": {"quotes": 1.0, "officials": 1.0, "mentions": 0.99, "speaker": 1.0, "name_en": 0.9},
    "ar": {"quotes": 1.0, "officials": 1.0, "mentions": 1.0, "speaker": 1.0, "name_en": 0.92},  # 27/28 after arnames
    "ru": {"quotes": 1.0, "officials": 1.0, "mentions": 0.99, "speaker": 1.0, "name_en": 0.95},  # name_en 1.00
    "en": {"quotes": 1.0, "officials": 1.0, "mentions": 0.99, "speaker": 1.0, "name_en": 1.0},
}


def _score(folder: Path, articles: Path) -> Score:
    total = Score()
    golds = sorted(folder.glob("*.gold.toml"))
    assert golds, f"no gold files in {folder}"
    for gold_path in golds:
        name = gold_path.name[: -len(".gold.toml")]
        article = load(str(articles / f"{name}.txt"))
        officials = find_officials(article)
        total.merge(score_article(article.text, load_gold(gold_path), officials,
                                  find_quotes(article, officials), label=name))
    return total


def test_seeds_are_right_on_everything_annotated(seeds_dir, annotated_dir) -> None:
    score = _score(annotated_dir / "seeds", seeds_dir)
    assert score.problems == []
    assert score.quotes.f1 == score.officials.f1 == score.mentions.f1 == 1.0


@pytest.mark.parametrize("language", sorted(FLOORS))
def test_own_annotated_set_stays_at_its_levels(language, annotated_dir) -> None:
    folder = annotated_dir / language
    assert len(list(folder.glob("*.gold.toml"))) >= 12
    score = _score(folder, folder)
    floor = FLOORS[language]
    measured = {"quotes": score.quotes.f1, "officials": score.officials.f1, "mentions": score.mentions.f1,
                "speaker": score.speaker.value, "name_en": score.name_en.value}
    below = {k: round(v, 3) for k, v in measured.items() if v < floor[k]}
    assert not below, f"{language} below its floor: {below}; problems: {score.problems}"
