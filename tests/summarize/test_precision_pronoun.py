"""The pronoun after a quote that opens its paragraph (the precision round): when the paragraph
before introduces someone the officials list lacks (a reporting verb, no official named, no
pronoun of its own), the pronoun is that person, not the last official. Texts written for
these tests."""

from __future__ import annotations

from dragoman.article.analysis import SIEVE_PRONOUN

INTRO = ("Минпросвещения меняет правила выставления оценок.\n\n"
         "Заместитель министра просвещения России Ольга Сафонова рассказала об этом журналистам. "
         "«Мы делаем оценки понятными», — пояснила она.\n\n"
         "{between}\n\n"
         "«Учитель и так тратит вечера на журналы», — считает она.\n")


def _second(quotes_of, between: str):
    quotes = quotes_of(INTRO.format(between=between), "ru")
    assert quotes[0].text == "Мы делаем оценки понятными"
    assert quotes[-1].text == "Учитель и так тратит вечера на журналы"
    return quotes[-1]


def test_a_person_introduced_in_the_paragraph_before_is_the_pronouns(quotes_of) -> None:
    second = _second(quotes_of, "Учитель математики из Твери Марина Котова усомнилась, что у педагогов найдется время.")
    assert second.speaker is None


def test_a_paragraph_that_goes_on_about_the_official_keeps_the_pronoun_hers(quotes_of) -> None:
    second = _second(quotes_of, "По ее словам, пилот пройдет в двенадцати регионах.")
    assert (second.speaker, second.sieve) == ("Ольга Сафонова", SIEVE_PRONOUN)


def test_a_paragraph_of_quotes_before_keeps_the_chain(quotes_of) -> None:
    second = _second(quotes_of, "«Решение примем по итогам года», — добавила она.")
    assert second.speaker == "Ольга Сафонова"
