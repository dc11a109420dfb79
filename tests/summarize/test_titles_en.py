"""English titles of officials (issue 9): the whole title an English editor writes, with the
rank, office, body, region or city and country the article states, the country from the
title's words or the name table and never from another person, and the same office in the
same English in every language. Every example is written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from dragoman.article import load
from dragoman.summarize.officials import find_officials
from dragoman.summarize.scoring import Score, load_gold, score_article

DATA = Path(__file__).resolve().parent.parent / "data"


def title_of(article_of, text: str, language: str, family: str) -> str | None:
    """The English title of the one official whose base name contains ``family``."""
    found = [o for o in find_officials(article_of(text, language)) if family in o.name]
    assert len(found) == 1, [o.name for o in find_officials(article_of(text, language))]
    return found[0].title_en


@pytest.mark.parametrize("language, text, family, english", [
    # the body a title belongs to, before it (Kazakh) or after it (Russian, Arabic, English)
    ("kk", "Астана. Сыртқы істер министрлігінің ресми өкілі Ерлан Жұмабаев апталық брифингте "
           "сөйледі.\n", "Жұмабаев", "Spokesperson of the Foreign Ministry of Kazakhstan"),
    ("kk", "Президенттің баспасөз хатшысы Берік Сейітов жаңа заңға қол қойылғанын хабарлады.\n",
     "Сейітов", "Press Secretary of the President of Kazakhstan"),
    ("ru", "Заместитель председателя Национального банка Казахстана Алия Мусина выступила на "
           "брифинге.\n", "Мусина", "Deputy Chair of the National Bank of Kazakhstan"),
    ("ru", "Председатель Совета Федерации Ольга Петренко открыла заседание.\n", "Петренко",
     "Chair of the Federation Council of Russia"),
    ("ru", "Депутат Мажилиса Ержан Садыков задал вопрос министру.\n", "Садыков",
     "Deputy of the Mazhilis of Kazakhstan"),
    ("en", "Foreign Ministry spokesman Nurlan Abenov told reporters the talks would go on.\n",
     "Abenov", "Spokesperson of the Foreign Ministry"),
    ("en", "Presidential press secretary Berik Seitov said the visit was planned.\n", "Seitov",
     "Press Secretary of the President"),
    ("en", "Russian foreign ministry spokeswoman Yelena Orlova wrote on Telegram that talks went on.\n",
     "Orlova", "Spokesperson of the Foreign Ministry of Russia"),
    ("ar", "وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن الحوار مستمر.\n", "زاخاروفا",
     "Spokesperson of the Foreign Ministry of Russia"),
    # a rank kept, the long form of a country's name dropped
    ("en", "ASTANA - Vice Minister of Energy of the Republic of Kazakhstan Aigerim Sadykova "
           "presented the plan on Monday.\n", "Sadykova", "Deputy Minister of Energy of Kazakhstan"),
    ("en", "Minister of Foreign Affairs of the Republic of Uzbekistan Farid Nazarov arrived in "
           "Astana.\n", "Nazarov", "Foreign Minister of Uzbekistan"),
    # rank and portfolio in lower case in an English apposition
    ("en", "Daniyar Omarov, Kazakhstan's deputy energy minister, said the plan was ready.\n", "Omarov",
     "Deputy Minister of Energy of Kazakhstan"),
    # a former office-holder
    ("ru", "Об этом рассказал бывший министр экономики Узбекистана Рустам Алиев.\n", "Алиев",
     "Former Minister of Economy of Uzbekistan"),
    ("ar", "وقال وزير الخارجية الكازاخستاني السابق كايرات عبد الرحمنوف إن العلاقات متينة.\n",
     "عبد الرحمنوف", "Former Foreign Minister of Kazakhstan"),
    ("en", "Former foreign minister Daniyar Sultanov said the treaty was signed in 2019.\n",
     "Sultanov", "Former Foreign Minister"),
    # the region or city of a local office, without the country
    ("kk", "Павлодар облысының әкімі Асқар Бекмұратов жаңа мектепті аралады.\n", "Бекмұратов",
     "Akim of Pavlodar Region"),
    ("kk", "Шымкент қаласының әкімі Серік Омаров тұрғындармен кездесті.\n", "Омаров", "Akim of Shymkent"),
    ("ru", "Аким Костанайской области Ерлан Нуров провел встречу с жителями.\n", "Нуров",
     "Akim of Kostanay Region"),
    # a region referred to by its kind alone is the one of that kind the article named
    ("ru", "Аким Костанайской области Ерлан Нуров провел встречу.\n\nПо словам заместителя акима "
           "области Гульнары Ахметовой, работы завершат в мае.\n", "Ахметова", "Deputy Akim of Kostanay Region"),
    # a mayor in a report filed from a city; a local office stated in English keeps no country
    ("en", "BISHKEK - Mayor Aibek Sadykov said the buses would be replaced.\n", "Sadykov", "Mayor of Bishkek"),
    ("en", "ASTANA - Deputy Akim of Akmola Region Saule Ermekova opened the library.\n", "Ermekova",
     "Deputy Akim of Akmola Region"),
    # a place the gazetteer lacks, by its adjective; an acting office-holder
    ("ru", "Аким Тюпского района Бакыт Осмонов осмотрел канал.\n", "Осмонов", "Akim of Tyup District"),
    ("ru", "Президент встретился с временно исполняющей обязанности губернатора Курганской области "
           "Натальей Ворониной.\n", "Воронина", "Acting Governor of Kurgan Region"),
    # the country after the title word wins over a country the sentence visits
    ("ru", "Делегация встретила посетившего Россию президента Узбекистана Тимура Азимова.\n",
     "Азимов", "President of Uzbekistan"),
])
def test_english_title_is_the_whole_title(article_of, language, text, family, english) -> None:
    assert title_of(article_of, text, language, family) == english


@pytest.mark.parametrize("language, text, family, english", [
    # the name table's country beats the profile's home country (Kazakh news, Kyrgyz president)
    ("kk", "Бішкекте Президент Садыр Жапаров шекара мәселесін талқылады.\n", "Жапаров",
     "President of Kyrgyzstan"),
    # a leader named in passing, without a title, gets the table's office and country
    ("en", "The minister said he had discussed the corridor with Kassym-Jomart Tokayev last week, "
           "the ministry said.\n", "Tokayev", "President of Kazakhstan"),
])
def test_country_from_the_name_table(article_of, language, text, family, english) -> None:
    assert title_of(article_of, text, language, family) == english


@pytest.mark.parametrize("language, text, family, english", [
    # a report filed from a capital names that country's officials without the country
    ("en", "RIYADH, May 4 (Reuters) - Energy Minister Ahmed Salem said output would rise.\n", "Salem",
     "Minister of Energy of Saudi Arabia"),
    ("ar", "المنامة في 14 أكتوبر / بنا / استقبل وزير الخارجية خالد الزياني السفير الياباني.\n", "الزياني",
     "Foreign Minister of Bahrain"),
    ("ru", "МОСКВА, 3 мая. /ТАСС/. Министр финансов Антон Сидоренко представил бюджет.\n", "Сидоренко",
     "Minister of Finance of Russia"),
    ("en", "OSH, Kyrgyzstan (AP) - Minister of Water Resources Bakyt Osmonov said the canal would open.\n",
     "Osmonov", "Minister of Water Resources of Kyrgyzstan"),
    ("ru", "Нацбанк сохранил ставку\nАлматы, 1 марта\n\nПредседатель Нацбанка Ерлан Сапаров заявил "
           "о росте цен.\n", "Сапаров", "Chair of the National Bank of Kazakhstan"),
    # a headline's hyphen is no dateline
    ("kk", "Мемлекет басшысы Италия Премьер-министрін қабылдады\n\nМемлекеттік кеңесші Ерлан "
           "Қаримов кездесуге қатысты.\n", "Қаримов", "State Counsellor of Kazakhstan"),
    # the title's own country, even after its portfolio (Arabic) or a second office (English)
    ("ar", "المنامة في 14 أكتوبر / بنا / التقى الوزير اليوم سعادة السيد مراد "
           "سادقوف نائب وزير النقل في جمهورية كازاخستان والوفد المرافق له.\n", "سادقوف",
     "Deputy Minister of Transport of Kazakhstan"),
    ("en", "ABU DHABI (WAM) -- The minister received Arman Sadykov, Deputy Prime Minister and Minister "
           "of Foreign Affairs of the Republic of Kazakhstan, on Monday.\n", "Sadykov",
     "Deputy Prime Minister of Kazakhstan"),
    # an organisation's officer is never the dateline country's
    ("en", "BEIJING (AFP) - Secretary-General Nurlan Yermekbayev opened the forum.\n", "Yermekbayev",
     "Secretary-General"),
])
def test_country_from_the_dateline_or_the_title(article_of, language, text, family, english) -> None:
    assert title_of(article_of, text, language, family) == english


def test_a_second_office_after_and_is_not_the_first(article_of) -> None:
    text = ("ASHGABAT (AP) - National Leader of the Turkmen People and Chairman of the Halk Maslahaty "
            "Gurbanguly Berdimuhamedov opened the plant.\n")
    assert title_of(article_of, text, "en", "Berdimuhamedov") == "National Leader of the Turkmen People"


@pytest.mark.parametrize("language, text, family", [
    # the only country the paragraph names is the guest's, not the host minister's
    ("ar", "استقبل وزير الطاقة خالد العمري السفير الكازاخستاني في الرياض لبحث التعاون.\n", "العمري"),
    ("en", "Energy Minister Ahmed Salem met a Kazakh delegation in Riyadh, discussing uranium.\n", "Salem"),
    ("ru", "Министр энергетики Ахмед Салем встретился с казахстанской делегацией.\n", "Салем"),
])
def test_no_country_guessed_from_another_person(article_of, language, text, family) -> None:
    title = title_of(article_of, text, language, family)
    assert title is not None and "Minister of Energy" in title
    assert "Kazakhstan" not in title


@pytest.mark.parametrize("texts", [
    # one press secretary in Kazakh and Russian
    [("kk", "Президенттің баспасөз хатшысы Берік Сейітов мәлімдеме жасады.\n", "Сейітов"),
     ("ru", "Пресс-секретарь президента Казахстана Берик Сеитов сделал заявление.\n", "Сеитов")],
    # one Kremlin press secretary in Russian, Kazakh and English ("Kremlin spokesman")
    [("ru", "Пресс-секретарь президента России Дмитрий Песков ответил на вопросы.\n", "Песков"),
     ("kk", "Ресей Президентінің баспасөз хатшысы Дмитрий Песков сұрақтарға жауап берді.\n", "Песков"),
     ("en", "Kremlin spokesman Dmitry Peskov told reporters the talks went well.\n", "Peskov")],
    # one Mazhilis chairman in Kazakh, Russian and English, even in a report filed from Moscow
    [("kk", "Мәжіліс Төрағасы Ерлан Қошанов отырысты ашты.\n", "Қошанов"),
     ("ru", "МОСКВА, 3 мая. /ТАСС/. Председатель Мажилиса Ерлан Кошанов встретился с депутатами.\n", "Кошанов"),
     ("en", "MOSCOW, May 3 (Reuters) - Mazhilis Chairman Yerlan Koshanov met Russian lawmakers.\n", "Koshanov")],
    # one Chinese head of state in Kazakh, Russian, Arabic and English
    [("kk", "ҚХР Төрағасы Си Цзиньпин қонақтарды қабылдады.\n", "Цзиньпин"),
     ("ru", "Председатель КНР Си Цзиньпин принял гостей.\n", "Цзиньпин"),
     ("ar", "واستقبل الرئيس الصيني شي جين بينغ الضيوف.\n", "بينغ"),
     ("en", "Chinese President Xi Jinping received the guests.\n", "Xi")],
    # one deputy chair of a national bank in Kazakh, Russian and English
    [("kk", "Ұлттық Банк Төрағасының орынбасары Алия Мусина брифингте сөйледі.\n", "Мусина"),
     ("ru", "Заместитель председателя Национального банка Казахстана Алия Мусина выступила.\n", "Мусина"),
     ("en", "Deputy Chairman of the National Bank of Kazakhstan Aliya Mussina spoke.\n", "Mussina")],
])
def test_same_office_same_english_in_every_language(article_of, texts) -> None:
    titles = {language: title_of(article_of, text, language, family) for language, text, family in texts}
    assert len(set(titles.values())) == 1 and None not in titles.values(), titles


def test_a_counterpart_holds_the_office_of_the_official_before(article_of) -> None:
    text = ("BAKU (AP) - Uzbek Foreign Minister Farid Nazarov held talks with his Kazakh counterpart "
            "Daniyar Omarov on Tuesday.\n")
    assert title_of(article_of, text, "en", "Omarov") == "Foreign Minister of Kazakhstan"
    assert title_of(article_of, text, "en", "Nazarov") == "Foreign Minister of Uzbekistan"


# English titles right per language (scoring.agreed_title forms), a little under the figures
# measured when set: devnews kk .82 ar .63 ru .85 en .87, annotated kk .63 ar .64 ru .86 en .76;
# before these rules devnews .41/.38/.37/.17 and annotated .43/.46/.36/.48. After the names round
# (joined portfolios, envoys' postings, one form per office): devnews kk .86 ar .71 ru .84,
# annotated ar .75. The arabic, qa2 and names rounds added eleven Arabic dev articles whose
# titles (Gulf ministries' long portfolios) the rules miss more often: devnews ar .64 (32/50) after
# the merges, the older articles unchanged; that floor moved with the set.
TITLE_FLOORS = {
    # devnews ru and en moved with the set, not the rules (apposition round): its new articles hold
    # titles no English rule spells yet (Head of the Regional Water Authority, Head of the City
    # Department of Energy and Housing), and en-sieves-2's Nurlan Abenov, no official before, is
    # found now with the title "Head of Kazakhstan"; on the articles before the round kk .90 and
    # ru .88 are unchanged, en is .78 (25/32), was .81 (25/31). With the new ones kk .84, ru .79.
    # en2 moved devnews en with the set again: its five English articles hold eight titles, four
    # right (en2-1 and en2-2 name their country only by its cities or once: the rules give none);
    # the articles before it are unchanged at .73 (30/41). With them .69 (34/49).
    # sieves3 and refs moved devnews ar with the set (their new articles' Tunisian, Kuwaiti and
    # Kazakh officials' titles name bodies the rules do not give); the articles before them are
    # unchanged at .61 (40/66).
    # refs added two Kazakh articles whose four titles name a region or a department the rules
    # do not give yet (Deputy Akim of Shymkent); the articles before it stay at 39/46: kk .78 (39/50).
    # With the refs round's Russian articles ru is .75 (58/77): their akims and deputy akims of
    # Shymkent and Turkestan get "of Kazakhstan"; the articles before it are at 57/72.
    # titles3 (an office by its place's kind alone, the Jogorku Kenesh, a style of address; six
    # articles, and the dateline's country): devnews kk .86 (43/50), ar .64 (45/70), ru .81
    # (56/69), en .76 (44/58); annotated kk .67 (20/30).
    # offices-aren moved devnews ar and en with the set: its four articles hold 16 titles of courts,
    # police and local government, 3 right (the body or place after them: Governor of Kairouan,
    # Judge of the Sharjah Criminal Court); the articles before it: ar .61 (42/69), was .60, en unchanged.
    # arnames added six Arabic articles (names, not titles, their class): 5 of their 15 titles
    # right (Dubai Municipality's departments, Oman's undersecretary, Algeria's Hydraulics), the
    # articles before them unchanged at 51/82: ar .577 (56/97).
    # offices-kkru moved devnews kk and ru with the set: its four articles hold 17 offices of courts,
    # police, hospitals, commissions and a university whose English needs the region or city
    # composed into the body (Chairman of the Aktobe Regional Court), which no rule does yet, so none
    # is right; on the articles before it kk stays 41/48 and ru rose from 54/68 to 56/69. With
    # them kk .72 (41/57), ru .74 (56/76).
    # kk .66 (47/71) with offices-kkru's and refs2's Kazakh articles: their courts', police and
    # district offices' English lacks the body (Judge of the West Kazakhstan Regional Court).
    # titles4 (a local department before its head's title): kk .68 (55/81) with its two articles.
    # ar4: ar .51 (65/127): its rules find three officials more in the older articles (65/120) and
    # its two articles add seven titles of local offices none of which is right yet.
    # precision's two Russian articles hold three titles, two right: ru .72 (74/103).
    # cased4's three English articles: five more officials found, one English title right (en .65).
    # arofficials: ar .48 (67/139): its three articles hold eight titles (Gulf portfolios, a
    # Kazakh vice minister), one right; the older articles hold 66/131, one more official found.
    # officials round: ru-officials-1's three city offices (Akim of Kokshetau: the city only in
    # the byline) none right; the articles before it unchanged at 77/106; with it ru .706 (77/109).
    # kk-officials-1/2 hold five titles, two right (a Qatari's state secretary, a regional sports
    # department, a state enterprise need bodies no rule composes): kk .655 (57/87), the
    # articles before them unchanged at 55/82.
    # speakers (round 11): kk11-speakers-water adds three titles, one right (the akim of a city the
    # gazetteer lacks is "Akim", the city department's English is the titles stage's): kk .66 (56/85);
    # kk12-speakers-museum-interview two more, none right (a museum's director, "облыс әкімі" whose
    # region only the museum's name holds): kk .64 (56/87).
    "devnews": {"kk": 0.64, "ar": 0.47, "ru": 0.70, "en": 0.64},
    "annotated": {"kk": 0.55, "ar": 0.7, "ru": 0.78, "en": 0.68},
}


@pytest.mark.parametrize("folder, language", [(f, lang) for f in TITLE_FLOORS for lang in TITLE_FLOORS[f]])
def test_english_titles_hold_their_floor(folder: str, language: str) -> None:
    score = Score()
    for gold_path in sorted((DATA / folder / language).glob("*.gold.toml")):
        article = load(str(gold_path.with_name(gold_path.name[: -len(".gold.toml")] + ".txt")))
        officials = find_officials(article)
        score.merge(score_article(article.text, load_gold(gold_path), officials, [], label=gold_path.name))
    assert score.title_en.total and score.title_en.value >= TITLE_FLOORS[folder][language], \
        [p for p in score.problems if "English title" in p]
