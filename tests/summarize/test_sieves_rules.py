"""The sieves round of issue 9: gendered pronouns, quotes closed in the next paragraph,
namesakes, and the office nearer a name (each test on text written for it)."""

from __future__ import annotations

from dragoman.article.analysis import SIEVE_PRONOUN
from dragoman.summarize.officials import find_officials
from dragoman.summarize.quotes import find_quotes


def _speakers(article_of, text: str, language: str) -> list[tuple[str | None, str | None]]:
    article = article_of(text, language)
    return [(q.speaker, q.sieve) for q in find_quotes(article, find_officials(article))]


def test_a_womans_pronoun_beside_the_verb_passes_over_the_man_the_sentence_names(article_of) -> None:
    text = ("Deputy Minister Aruzhan Bekova and Energy Minister Timur Sadykov met in Astana.\n\n"
            "Asked whether Sadykov had agreed to the plan, she said: \"He did, on Monday.\"\n")
    assert _speakers(article_of, text, "en") == [("Aruzhan Bekova", SIEVE_PRONOUN)]


def test_a_mans_verb_does_not_give_his_words_to_the_woman_the_paragraph_names(article_of) -> None:
    text = ("Министр финансов Казахстана Марат Оспанов выступил в Мажилисе.\n\n"
            "Депутат Мажилиса Ирина Гончаренко попросила назвать срок. «В мае», – ответил он.\n")
    speakers = _speakers(article_of, text, "ru")
    assert speakers and speakers[-1][0] != "Ирина Гончаренко"


def test_a_quote_left_open_takes_the_attribution_of_the_paragraph_that_closes_it(article_of) -> None:
    text = ("Министр транспорта Казахстана Марат Оспанов выступил в Сенате.\n\n"
            "«Мы построим три новых моста через реку. Деньги уже выделены.\n\n"
            "Работы начнутся весной», – заявил министр.\n")
    speakers = _speakers(article_of, text, "ru")
    assert speakers[0][0] == "Марат Оспанов"


def test_the_family_name_alone_names_neither_of_two_namesakes(article_of) -> None:
    text = ("Minister of Energy Daniyar Omarov and Deputy Minister of Finance Serik Omarov spoke.\n\n"
            "\"The grid is ready,\" Omarov said.\n")
    assert _speakers(article_of, text, "en") == [(None, None)]


def test_the_title_nearer_the_name_is_its_office(article_of) -> None:
    text = ("Мемлекет басшысы Қасым-Жомарт Тоқаев Ақтөбеге барды.\n\n"
            "Президент Үкімет басшысы Олжас Бектеновке жаңа жол салуды тапсырды.\n\n"
            "«Жол биыл бітуі керек», – деді Мемлекет басшысы.\n")
    assert _speakers(article_of, text, "kk")[0][0] == "Қасым-Жомарт Тоқаев"
