"""The sieves3 round of issue 9: a speaker called by a country's adjective beside a title or an
office word ("the Kazakh official", المسؤول الكازاخستاني, қазақстандық вице-премьер) is the one
official of that country the article named (each test on text written for it)."""

from __future__ import annotations

from dragoman.article.analysis import SIEVE_ROLE, SIEVE_TITLE
from dragoman.summarize.officials import find_officials
from dragoman.summarize.quotes import find_quotes


# The refs round ties "the Kazakh official" to that official as a title mention, so the title
# sieve may name the speaker before the role sieve does; either names the same one.
def _speakers(article_of, text: str, language: str) -> list[tuple[str | None, str | None]]:
    article = article_of(text, language)
    return [(q.speaker, q.sieve) for q in find_quotes(article, find_officials(article))]


def test_the_kazakh_official_is_the_one_kazakh_official_named(article_of) -> None:
    text = ("Georgia's Minister of Economy Levan Davitashvili met Kazakhstan's Vice Minister of Energy "
            "Aidos Nurpeisov in Tbilisi on Tuesday.\n\n"
            "\"The pipeline will be full by spring,\" the Kazakh official told reporters.\n")
    assert _speakers(article_of, text, "en") in ([("Aidos Nurpeisov", SIEVE_ROLE)],
                                               [("Aidos Nurpeisov", SIEVE_TITLE)])


def test_the_adjective_of_the_other_country_names_the_other_official(article_of) -> None:
    text = ("Georgia's Minister of Economy Levan Davitashvili met Kazakhstan's Vice Minister of Energy "
            "Aidos Nurpeisov in Tbilisi on Tuesday.\n\n"
            "\"We will open a second terminal in Poti,\" the Georgian official said.\n")
    assert _speakers(article_of, text, "en") in ([("Levan Davitashvili", SIEVE_ROLE)],
                                               [("Levan Davitashvili", SIEVE_TITLE)])


def test_two_officials_of_that_country_leave_the_speaker_unknown(article_of) -> None:
    text = ("Kazakhstan's Vice Minister of Energy Aidos Nurpeisov and Kazakhstan's Vice Minister of "
            "Trade Dana Seitkali met Georgia's Minister of Economy Levan Davitashvili in Tbilisi.\n\n"
            "\"The pipeline will be full by spring,\" the Kazakh official told reporters.\n")
    assert _speakers(article_of, text, "en") == [(None, None)]


def test_an_indefinite_arabic_official_of_that_country_is_someone_unnamed(article_of) -> None:
    named = ("التقى وزير التجارة المصري، أحمد سمير، اليوم بالقاهرة نائب وزير التجارة لجمهورية كازاخستان، "
             "قيصر نورلانوف.\n\n")
    definite = named + 'وقال المسؤول الكازاخستاني إن "الشحنة الأولى ستصل في الربيع".\n'
    indefinite = named + 'وقال مسؤول كازاخستاني إن "الشحنة الأولى ستصل في الربيع".\n'
    assert _speakers(article_of, definite, "ar") in ([("قيصر نورلانوف", SIEVE_ROLE)],
                                               [("قيصر نورلانوف", SIEVE_TITLE)])
    assert _speakers(article_of, indefinite, "ar") == [(None, None)]
