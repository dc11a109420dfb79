"""The ``role`` sieve's office word (issue 9, round 11): an attribution by what the speaker is
("– деді мемлекеттік хатшы", "сказал глава регулятора", "the national leader told") names the
official described by that office, not one who shares only a qualifier with it (Мемлекет
басшысы is no мемлекеттік хатшы). Short texts of our own, through the real analysis."""

from __future__ import annotations

from dragoman.summarize.officials import find_officials
from dragoman.summarize.quotes import find_quotes


def quotes_of(article):
    return find_quotes(article, find_officials(article))


def test_kazakh_state_secretary_is_not_the_head_of_state(article_of) -> None:
    text = ("Ақордада кездесу өтті\n\n"
            "Мемлекет басшысы Қасым-Жомарт Тоқаев Бахрейн делегациясын қабылдады. Тараптар көлік "
            "бағыттарын талқылады.\n\n"
            "– Орта дәліз біз үшін ең қысқа жол, – деді мемлекеттік хатшы.\n")
    quotes = quotes_of(article_of(text, "kk"))
    assert [q.speaker for q in quotes] == [None]


def test_english_national_leader_is_still_the_national_leader(article_of) -> None:
    text = ("Ashgabat (AFP) - Turkmenistan opened a new gas station, with National Leader of the Turkmen "
            "People Gurbanguly Berdimuhamedov presiding over the ceremony.\n\n"
            "\"This is a historic day for the Turkmen people,\" the national leader told officials and "
            "foreign guests.\n")
    quotes = quotes_of(article_of(text, "en"))
    assert [q.speaker for q in quotes] == ["Gurbanguly Berdimuhamedov"]
