"""The sieves4 round of issue 9: a quoted paragraph with no attribution takes the speaker the
next paragraph names when that paragraph opens with a demonstrative pointing back at the words
(``Бұл уәдені Е.Мұқашев ... айтты``, ``Так ... прокомментировала``, ``These figures ... said``)
and reports them; a demonstrative with no reporting verb says nothing of who spoke (each test
on text written for it)."""

from __future__ import annotations

from dragoman.summarize.officials import find_officials
from dragoman.summarize.quotes import find_quotes


def _speakers(article_of, text: str, language: str) -> list[str | None]:
    article = article_of(text, language)
    return [q.speaker for q in find_quotes(article, find_officials(article))]


_KK = ("Облыс әкімінің орынбасары Бақтияр Есенов пен басқарма басшысы Жанар Төлеуова жаңа "
       "жылыжайды аралады.\n\n"
       "«Келесі жылы тағы екі кешен салынады. Жұмыс орны көбейеді».\n\n"
       "{next}\n")


def test_kazakh_demonstrative_and_verb_name_the_speaker_after(article_of) -> None:
    text = _KK.format(next="Бұл жоспарды Ж.Төлеуова фермерлермен кездесуде айтты.")
    assert _speakers(article_of, text, "kk") == ["Жанар Төлеуова"]


def test_kazakh_demonstrative_without_a_reporting_verb_names_nobody(article_of) -> None:
    text = _KK.format(next="Бұл жылыжайды Ж.Төлеуова келесі аптада тағы аралайды.")
    assert _speakers(article_of, text, "kk") == [None]


_RU = ("Заместитель акима области Руслан Ибраев и руководитель управления Ольга Кравченко "
       "провели заседание штаба.\n\n"
       "«Жалобы жителей мы будем принимать круглосуточно. На каждую заявку бригада выедет за час».\n\n"
       "{next}\n")


def test_russian_tak_with_a_listed_verb_names_the_speaker_after(article_of) -> None:
    text = _RU.format(next="Так Р.Ибраев прокомментировал вопрос о холодных батареях.")
    assert _speakers(article_of, text, "ru") == ["Руслан Ибраев"]


def test_russian_paragraph_opening_otherwise_names_nobody(article_of) -> None:
    text = _RU.format(next="Вчера Р.Ибраев прокомментировал вопрос о холодных батареях.")
    assert _speakers(article_of, text, "ru") == [None]


def test_english_this_with_a_verb_names_the_speaker_after(article_of) -> None:
    text = ("Deputy Akim of Pavlodar Region Ruslan Ibrayev and the energy chief Olga Kravchenko "
            "met the press on Tuesday.\n\n"
            "\"Coal stocks will last forty days. We are ready for an early frost.\"\n\n"
            "This is what Ibrayev told reporters when asked about the frost.\n")
    assert _speakers(article_of, text, "en") == ["Ruslan Ibrayev"]
