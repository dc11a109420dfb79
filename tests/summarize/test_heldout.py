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
    # en .97/.92/.77/1.0); before them: kk .95/.94/.83/.91, ar .76/.64/.63/.47, ru .90/.81/.50/.92, en .91/.81/.64/1.0.
    # Officials after the officials round: 1.00 in every language; speakers after the speaker round
    # (role sieve, pronoun antecedents): kk .97, ar .88, ru .88, en .82; English names after the
    # names round: 1.00 in every language. After the qa round (interviews, one quote per paragraph,
    # quotes without verbs or opening marks) with its six articles: quotes kk 1.00, ar .97, ru .99,
    # en 1.00; speakers kk .98, ar .94, ru .94, en .88. Arabic English names .90 (26/29): the two new
    # Arabic articles hold two names outside the table the rules hyphenate (Al-Hurani, Al-Anzi); on
    # the other articles it stays .96 (26/27), so that floor moved with the set, not the rules.
    # After the qa2 round (unlabelled questions, Arabic question words, quotes broken inside their
    # marks, headline quotes) with its six articles: quotes kk 1.00, ar .98, ru .99, en 1.00;
    # speakers kk 1.00, ar .95, ru .96, en .88. Arabic English names .84 (26/31): the two new
    # articles' names are outside the table (Jasem Al Otaibi, Mona El Sherif) and the rules spell
    # them otherwise; the earlier articles stay at 26/29, so that floor moved with the set again.
    # After the apposition round with its eight articles: officials kk 1.00, ru 1.00, en .99; speakers
    # kk .97, ru .93, en .91 (on the articles before the round kk 1.00, ru .96, en .90); the two
    # interviews it added (kk-apposition-2, ru-apposition-4) ask one question as a statement, which
    # the interview sieve does not take for a question, so their answers have no speaker yet.
    # After en2 (a dash turn after an answer is the next question; the interviewee by mentions
    # outside the turns; pronouns inside a clause about an unnamed speaker) with its four articles:
    # speakers kk 1.00 (74/74), ru .97 (86/89), en .93 (100/108).
    # kk speaker .99 (88/89) after the offices-kkru round's two articles: on the articles before it
    # 81/81; the one miss is a new article's "– деді полковник" when two colonels were named (the
    # analysis names nobody rather than guess), so the floor moved with the set, not the rules.
    # quotes4 added kk-quotes4-1, whose regional akim's words («...» after "Облыс әкімі бізге:") the
    # title sieve gives the district akim (a title matter): speaker .99 (97/98); the older articles
    # stay 93/93.
    "kk": {"quotes": 0.97, "officials": 0.97, "speaker": 0.98, "name_en": 0.95},
    # ar after the branch arabic (its five articles added): speaker .96, officials 1.00; name_en .79,
    # the invented names of those five spelt by the rules (Namtov for Nematov), the old articles .96.
    # After the ar2 round with its eight articles: quotes .99, officials .98, speaker .95 (123/129);
    # name_en .66 (44/67): the old articles stay at 41/51, the new ones' 16 invented names are
    # outside the table, most of them Egyptian, Kuwaiti or Saudi names in their own countries'
    # spellings (El-Shenawy, Al-Saleh) that the rules read by letters and, with no dateline
    # country in Egyptian papers' bylines, not in Egypt's style; the floor moved with the set.
    # The refs round added seven articles (references: country words, words of address, stated
    # titles repeated): on the articles before it every figure is as it was; the new ones hold a
    # miss each of stages refs does not own, so ar speaker .95 (129/136: a host minister given
    # the guests' country), name_en .62 (45/73: six more invented names spelt by the rules), en
    # officials .964 and speaker .918 (101/110: an "Undersecretary for Ports" is not found).
    # titles3 added two Arabic articles whose invented Gulf names the rules spell by letters (Fahd
    # Al-Rashid for Fahad Al-Rasheed, Al-Malki): name_en .648 (46/71), the older articles stay 44/67.
    # titles3: ru name_en .99 (68/69) once Kyrgyz officials' -ев is -ev (Ibraev); en speaker .92
    # (103/112): the set moved, not the rules: en-titles3-1's "..., His Highness said" after a
    # paragraph naming Tokayev goes to him by the pronoun sieve (the older articles stay 100/108).
    # offices-aren's two Arabic articles add nine invented Egyptian and Tunisian names outside the
    # table, spelt by the rules in the general style (Al-Dasuqi for El-Desouky, Al-Zuari for Zouari):
    # name_en .58 (45/77); the articles before it stay at 45 right (45/70, one more official found).
    # Officials .968: ar-offices-aren-2's mayor is read with her town (حفوز سلمى الفرجاني), a rule not
    # adopted (one tuning article); the articles before it went from .98 to .99.
    # ru speaker after the quotes3 round .89 (99/111): its four Russian articles add 20 quotes, and
    # two of them meet misses of the officials stage (the interviewee of ru-quotes3-1, named only in
    # the instrumental, Асель Тургамбаевой, is no official, so her six answers stay unknown; "Аким
    # Шымкента Габит Сыздыкбеков" is read with the city in the name); on the articles before the
    # round speakers went from 87/90 to 88/91, so the floor moved with the set, not the rules.
    # en officials .94 with offices-aren's two English articles: en-offices-aren-1's two four-word
    # Gulf names (Khalid Ibrahim Al Naqbi) are cut at the capital Al (two missed, three extra), a rule
    # measured but not adopted (one tuning article); the articles before it went from .97 to .98.
    # arnames: name_en .663 (65/98; its six articles add 15 names, 9 right), the older articles 56/83
    # sieves4: speaker .97 (147/152); name_en .6 -> .58 (50/85): the set moved, not the rules: the
    # two Jordanian names of ar-sieves4-1 are romanised otherwise than its gold (Khalid Al-Abadi for
    # Khaled Al-Abbadi, Sami Al-Ruashda for Sami Al-Rawashdeh), the older articles stay 50/83.
    # After offices-kkru (a title reaches over "и" inside its body's name: вице-министром торговли и
    # интеграции Асель Тургамбаевой is an official now) with its two articles: speaker .95 (112/118);
    # name_en .95 (72/76): the old articles rose to 66/69, the new ones spell a Kyrgyz judge's name in
    # the Kazakh style (Kassymaliyeva) and read a man in the genitive as a woman (Нурлана
    # Абдыкадырова), so that floor moved with the set.
    # refs2 (honorific pronouns of address, وقالت معاليها, as mentions): speaker .97 (151/156; the
    # articles before it 144/149, one more than before), floor .96 with one item of slack; its two
    # articles' five invented Gulf names the rules spell by letters (Salim for Salem, Al-Kandiya):
    # name_en .584 (52/89), the older articles stay 50/83, so that floor moved with the set.
}
# Speakers a sieve named wrongly, all languages (unknown is not wrong): 4 measured when set, 5 before
# offices-aren, 7 with its four articles, whose two wrong speakers are two names read in part
# (Al Naqbi of Khalid Ibrahim Al Naqbi; حفوز سلمى الفرجاني with the town in it) by name-run rules
# that round measured but did not adopt (one tuning article each); the set moved, not the rules.
    # quotes4 added four Arabic articles (outlets after لـ, statements put as questions): on the older
    # articles every figure is as it was (officials .98, speaker .96 143/149, name_en 50/83); the new
    # ones hold an official missed twice (مدير صحة الزرقاء الدكتور خالد العموري read as "صحة الزرقاء
    # الدكتور"; a spokesman كريم السيد after "المتحدث باسم الوزارة") and invented names the rules
    # spell by letters (Al-Huari, Al-Duysan): officials .961, speaker .939 (154/164), name_en .586.
# Speakers a sieve named wrongly, all languages (unknown is not wrong): 4 on the articles before
# quotes4, 7 with its articles (the three of the officials and title stages named above).
    "ar": {"quotes": 0.97, "officials": 0.95, "speaker": 0.93, "name_en": 0.54},
    "ru": {"quotes": 0.96, "officials": 0.97, "speaker": 0.88, "name_en": 0.94},
    "en": {"quotes": 0.97, "officials": 0.93, "speaker": 0.9, "name_en": 0.97},
DEV_WRONG_SPEAKERS_AT_MOST = 8


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
