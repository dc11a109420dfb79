"""The sieves3 round of issue 9: a gendered pronoun whose gender every official named nearby
shares tells nobody apart; the nearest sentence's subject speaks, not the latest one named
(texts written for it)."""

from __future__ import annotations

from dragoman.article.analysis import SIEVE_PRONOUN
from dragoman.summarize.officials import find_officials
from dragoman.summarize.quotes import find_quotes


def _speakers(article_of, text: str, language: str) -> list[tuple[str | None, str | None]]:
    article = article_of(text, language)
    return [(q.speaker, q.sieve) for q in find_quotes(article, find_officials(article))]


def test_two_men_named_the_pronoun_is_the_subject_not_the_latest(article_of) -> None:
    text = ("Azerbaijan's Minister of Economy Mikayil Huseynov received Mr Daniyar Sarsenov, the new "
            "Ambassador of Kazakhstan, in Baku on Tuesday.\n\n"
            "\"Trade between our countries grew by a quarter this year,\" he said.\n")
    assert _speakers(article_of, text, "en") == [("Mikayil Huseynov", SIEVE_PRONOUN)]


def test_a_woman_and_a_man_named_the_pronoun_still_picks_by_gender(article_of) -> None:
    text = ("Azerbaijan's Minister of Economy Mikayil Huseynov received Ms Aigerim Sarsenova, the new "
            "Ambassador of Kazakhstan, in Baku on Tuesday.\n\n"
            "\"Trade between our countries grew by a quarter this year,\" she said.\n")
    assert _speakers(article_of, text, "en") == [("Aigerim Sarsenova", SIEVE_PRONOUN)]


def test_an_arabic_honorific_pronoun_after_a_reception_is_the_host(article_of) -> None:
    text = ("استقبل وزير الخارجية الشيخ فهد ناصر الصباح اليوم سفير جمهورية كازاخستان نورلان بيكوف "
            "بمناسبة انتهاء فترة عمله.\n\n"
            'وأكد معاليه خلال اللقاء أن "العلاقات بين البلدين تشهد نموا ملحوظا".\n')
    assert _speakers(article_of, text, "ar") == [("فهد ناصر الصباح", SIEVE_PRONOUN)]
