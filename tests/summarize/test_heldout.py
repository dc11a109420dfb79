"""Floors on the two sets the rules were not written against: the old held-out set
(tests/data/heldout/, 2 articles per language) and the development set in the styles of real
outlets (tests/data/devnews/). The floors sit a little under the figures scripts/score_analysis.py
printed when they were set, so a change that loses ground fails here; raise them as rules improve.
The news held-out sets get floors here once they have been tuned on (NEWS_FLOORS); the newest,
not yet tuned on, is read by no test: the lead scores it before and after a round."""

from __future__ import annotations

from pathlib import Path

import pytest

from dragoman.article import load
from dragoman.summarize.officials import find_officials
from dragoman.summarize.quotes import find_quotes
from dragoman.summarize.scoring import Score, load_gold, score_article

DATA = Path(__file__).resolve().parent.parent / "data"

HELDOUT_FLOORS = {  # measured: kk 1.00/1.00/1.00/0.67, ar 0.91/0.91/0.80/0.00, ru 1.00/1.00/1.00/0.83, en all 1.00
    # kk name_en 5/6 since the names round: a single с between vowels is ss (Kazakhstan's own Latin
    # spellings), and this set's gold writes Әсел as Asel where other sets write Assel
    "kk": {"quotes": 0.95, "officials": 0.95, "speaker": 0.95, "name_en": 0.8},
    # ar name_en 5/6 after arnames (Saeed, Zhanbolat, Toktarova): one item of slack
    "ar": {"quotes": 0.85, "officials": 0.85, "speaker": 0.75, "name_en": 0.65},
    # ru name_en 4/6: once the Kyrgyz first deputy chairman of ru-h2 is found with his title, the
    # Kyrgyz -ev convention of the other sets' gold (Abdiev, Osmonaliev) meets this gold's Zhumaliyev.
    "ru": {"quotes": 0.95, "officials": 0.95, "speaker": 0.95, "name_en": 0.65},
    "en": {"quotes": 0.95, "officials": 0.95, "speaker": 0.95, "name_en": 0.95},
}
DEV_FLOORS = {  # measured after issue 9's rules (kk .95/.94/.89/.95, ar .93/.91/.82/.79, ru .94/.90/.82/1.0,
    # The set grows with every tuning round: each tuner adds articles of their own class, written
    # before their rule ran, whose misses in other stages move the set while the older articles
    # hold (each round's figures on its new and its older articles are in the devnews README and
    # in the issue notes). Floors: the figures of 2026-12-02 evening, less an item or two.
    # ar name_en stays low: the rounds' invented Egyptian, Gulf, Jordanian and Maghreb names are
    # spelt by letters where their gold has the country's own spelling (Al-Abadi for Al-Abbadi).
    "kk": {"quotes": 0.97, "officials": 0.97, "speaker": 0.96, "name_en": 0.95},
    # ar4: officials .96 -> .98, speakers .94 -> .96; name_en .53: the two ar4 articles' 7 new names
    # are spelt by letters (the older articles hold 68/121 = .56); precision's ar-precision-2 adds
    # speakers the officials stage misses (their quotes stay unknown).
    # arofficials: name_en .53 -> .52 with its four articles' ten names, four right (Gulf,
    # Lebanese and Kazakh spellings, the arnames lane); the older articles hold 71/132 (were 70/131).
    # arnames (round 11): officials .98 -> .97, speakers .93 -> .92 from its three governorate
    # articles alone (a Tunisian given name with the article and a town of two words the officials
    # stage misses, a parent's quote left unknown); the older articles hold at .98 / .93.
    "ar": {"quotes": 0.97, "officials": 0.96, "speaker": 0.92, "name_en": 0.52},
    "ru": {"quotes": 0.97, "officials": 0.97, "speaker": 0.95, "name_en": 0.95},
    "en": {"quotes": 0.97, "officials": 0.94, "speaker": 0.91, "name_en": 0.97},  # officials .95 after cased4
}
# Speakers a sieve named wrongly, all languages (unknown is not wrong): 4 on the articles written
# before the evening's rounds, 10 of 573 named with theirs (names read in part by the officials stage;
# en-precision-1's unnamed pensioner, whose introduction has no reporting verb, is one of them).
DEV_WRONG_SPEAKERS_AT_MOST = 11


def score_folder(folder: Path) -> Score:
    total = Score()
    golds = sorted(folder.glob("*.gold.toml"))
    assert golds, f"no gold files in {folder}"
    for gold_path in golds:
        article = load(str(gold_path.with_name(gold_path.name[: -len(".gold.toml")] + ".txt")))
        officials = find_officials(article)
        total.merge(score_article(article.text, load_gold(gold_path), officials,
                                  find_quotes(article, officials), label=gold_path.name))
    return total


def _below(score: Score, floor: dict[str, float]) -> dict[str, float]:
    measured = {"quotes": score.quotes.f1, "officials": score.officials.f1,
                "speaker": score.speaker.value, "name_en": score.name_en.value}
    return {k: round(v, 3) for k, v in measured.items() if v < floor[k]}


@pytest.mark.parametrize("language", sorted(HELDOUT_FLOORS))
def test_old_heldout_set_stays_at_its_floors(language: str) -> None:
    score = score_folder(DATA / "heldout" / language)
    below = _below(score, HELDOUT_FLOORS[language])
    assert not below, f"{language} held-out below its floor: {below}; problems: {score.problems}"


@pytest.mark.parametrize("language", sorted(DEV_FLOORS))
def test_development_set_stays_at_its_floors(language: str) -> None:
    folder = DATA / "devnews" / language
    assert len(list(folder.glob("*.gold.toml"))) >= 8
    score = score_folder(folder)
    below = _below(score, DEV_FLOORS[language])
    assert not below, f"{language} development set below its floor: {below}; problems: {score.problems}"


def test_development_set_sieves_rarely_name_a_wrong_speaker() -> None:
    total = Score()
    for language in sorted(DEV_FLOORS):
        total.merge(score_folder(DATA / "devnews" / language))
    wrong = {sieve: r.total - r.right for sieve, r in total.sieves.items() if sieve != "unknown"}
    assert sum(wrong.values()) <= DEV_WRONG_SPEAKERS_AT_MOST, wrong


# The news held-out sets once they were scored and then tuned on (each was written before the
# round that first scored it; see its README). Floors a little under the figures measured after
# the afternoon rounds of 2026-12-02 (quotes/officials/speakers/names): heldout-news kk
# 1.00/1.00/1.00/.82, ar 1.00/1.00/.90/.92, ru all 1.00, en 1.00/1.00/.95/1.00; heldout-news-2 kk
# 1.00/1.00/.90/1.00, ar .98/1.00/.96/.80, ru 1.00/1.00/.96/.93, en 1.00/1.00/.95/.93;
# heldout-news-3 kk 1.00/1.00/.97/1.00, ar 1.00/1.00/.91/.65, ru .98/.97/1.00/1.00, en
# .94/1.00/1.00/1.00. Such figures on sets the rules have learnt are not what fresh news scores.
NEWS_FLOORS = {
    "heldout-news": {
        "kk": {"quotes": 0.97, "officials": 0.97, "speaker": 0.95, "name_en": 0.8},
        "ar": {"quotes": 0.97, "officials": 0.97, "speaker": 0.85, "name_en": 0.9},
        # titles3: name_en .92 (12/13): its gold spells the Kyrgyz Бакыт Осмоналиев "Osmonaliyev",
        # against the -ev convention of every other set's Kyrgyz names (devnews' gold: Osmonaliev)
        # speaker 1.00 (21/21) after refs (a vice minister's long English title found): one item of slack
        "ru": {"quotes": 0.97, "officials": 0.97, "speaker": 0.95, "name_en": 0.9},
        "en": {"quotes": 0.97, "officials": 0.97, "speaker": 0.95, "name_en": 0.95},
    },
    "heldout-news-2": {
        "kk": {"quotes": 0.97, "officials": 0.97, "speaker": 0.85, "name_en": 0.95},
        "ar": {"quotes": 0.95, "officials": 0.97, "speaker": 0.95, "name_en": 0.75},  # 23/23 after sieves3
        "ru": {"quotes": 0.97, "officials": 0.97, "speaker": 0.9, "name_en": 0.9},
        "en": {"quotes": 0.97, "officials": 0.97, "speaker": 0.9, "name_en": 0.9},
    },
    "heldout-news-3": {
        "kk": {"quotes": 0.97, "officials": 0.97, "speaker": 0.93, "name_en": 0.95},
        "ar": {"quotes": 0.97, "officials": 0.97, "speaker": 0.88, "name_en": 0.8},  # 17/20 after arnames
        "ru": {"quotes": 0.95, "officials": 0.94, "speaker": 0.95, "name_en": 0.95},
        # quotes4: quotes .94 -> .985 (headline quotes in single marks, short quotes after "called")
        "en": {"quotes": 0.97, "officials": 0.97, "speaker": 0.95, "name_en": 0.95},
    },
}


@pytest.mark.parametrize("folder, language", [(f, lang) for f in NEWS_FLOORS for lang in NEWS_FLOORS[f]])
def test_news_sets_tuned_on_stay_at_their_floors(folder: str, language: str) -> None:
    score = score_folder(DATA / folder / language)
    below = _below(score, NEWS_FLOORS[folder][language])
    assert not below, f"{folder}/{language} below its floor: {below}; problems: {score.problems}"
