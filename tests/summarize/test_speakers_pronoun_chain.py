"""Speakers by pronoun (issue 9, round 11): a sentence that opens with a pronoun tells what the
one named before said, so the officials it names are not who a later pronoun means; a dash turn
after a paragraph that introduces a speaker the officials list lacks is not an earlier
official's. Short texts of our own in the style of real outlets, through the real analysis."""

from __future__ import annotations

from dragoman.summarize.officials import find_officials
from dragoman.summarize.quotes import find_quotes


def speakers_of(article) -> list[str | None]:
    return [q.speaker for q in find_quotes(article, find_officials(article))]


def test_kazakh_according_to_him_names_someone_told_of(article_of) -> None:
    text = ("Қалалық мәслихат сессиясы өтті\n\n"
            "Сессияда қала әкімінің орынбасары Дархан Әлімбеков сөз алды. Оның айтуынша, қала әкімі "
            "Бейбіт Жұмабаев бастаған жол жөндеу жұмысы жалғасып жатыр.\n\n"
            "– Келесі жылы 40 шақырым жол жөнделеді, – деді ол.\n")
    assert speakers_of(article_of(text, "kk")) == ["Дархан Әлімбеков"]


def test_russian_by_his_words_names_someone_told_of(article_of) -> None:
    text = ("Министр энергетики Казахстана Нурлан Байжанов провел брифинг в Астане.\n\n"
            "По его словам, вице-министр энергетики Серик Абилов на прошлой неделе проверил три "
            "электростанции в Павлодарской области.\n\n"
            "«Зимой отключений не будет», – добавил он.\n")
    assert speakers_of(article_of(text, "ru")) == ["Нурлан Байжанов"]


def test_english_he_said_names_someone_told_of(article_of) -> None:
    text = ("Kazakhstan's Energy Minister Nurlan Baizhanov told reporters on Tuesday that coal stocks "
            "were sufficient.\n\n"
            "He said Prime Minister Olzhas Bektenov had asked the ministry to check every plant. "
            "\"No region will go without heat this winter,\" he added.\n")
    assert speakers_of(article_of(text, "en")) == ["Nurlan Baizhanov"]


def test_for_his_part_the_named_one_speaks(article_of) -> None:
    text = ("Foreign Minister Daniel Brooks met his Kazakh counterpart Yermek Kosherbayev in Astana.\n\n"
            "For his part, Kosherbayev said the two countries would open a direct flight.\n\n"
            "\"Our airlines have agreed on the schedule,\" he said.\n")
    assert speakers_of(article_of(text, "en")) == ["Yermek Kosherbayev"]


def test_kazakh_dash_turn_after_an_unlisted_speaker_is_not_the_akim(article_of) -> None:
    text = ("Ауылда жылу мәселесі талқыланды\n\n"
            "Аудан әкімі Серік Оспанов тұрғындармен кездесті.\n\n"
            "– Қазандық қаңтарда іске қосылады, – деді С.Оспанов.\n\n"
            "Жылу кәсіпорнының бас инженері Виктор Кравец құбырдың тозғанын айтты.\n\n"
            "– Құбырдың жартысын ауыстыру керек, – деді ол.\n")
    speakers = speakers_of(article_of(text, "kk"))
    assert speakers[0] == "Серік Оспанов"
    assert speakers[1] != "Серік Оспанов"


def test_kazakh_dash_question_of_an_unnamed_woman_is_nobodys(article_of) -> None:
    text = ("Аудан әкімі Серік Оспанов тұрғындармен кездесті.\n\n"
            "– Қазандық қаңтарда іске қосылады, – деді С.Оспанов.\n\n"
            "Залдан бір әйел орнынан тұрды:\n\n"
            "– Ал бізге неге ешкім ескертпеді? – деп сұрады ол.\n")
    assert speakers_of(article_of(text, "kk")) == ["Серік Оспанов", None]
