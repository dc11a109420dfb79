"""The country of a dateline (titles3 round, issue 9): looked for in the first lines that hold
words, past a rubric and a date line; a capital called as its country is (Kuwait, Algiers in
Arabic) names that country, while a word the gazetteer knows as another country's capital keeps
that reading (عمان: Amman, Jordan, not Oman). Every example is written for these tests."""

from __future__ import annotations

from dragoman.summarize.lexicon import lexicon
from dragoman.summarize.titles import dateline_country


def test_a_dateline_after_a_rubric_and_a_date() -> None:
    text = "عنوان الخبر هنا\n\nاقتصاد\n01-03-2026, 10:00\n\nبغداد - واع\nأعلن الوزير ...\n"
    assert dateline_country(text, lexicon("ar")) == "Iraq"


def test_a_capital_called_as_its_country() -> None:
    assert dateline_country("عنوان\n\nالكويت - كونا\nأعلن الوزير ...\n", lexicon("ar")) == "Kuwait"
    assert dateline_country("عنوان\n\nالجزائر - أعلن الوزير ...\n", lexicon("ar")) == "Algeria"


def test_amman_is_not_oman() -> None:
    assert dateline_country("عنوان\n\nعمان - بترا\nأعلن الوزير ...\n", lexicon("ar")) == "Jordan"


def test_a_country_in_a_headline_is_no_dateline() -> None:
    assert dateline_country("الكويت وكازاخستان توقعان اتفاقية للنقل البحري والشحن\n\nأعلن الوزير ...\n",
                            lexicon("ar")) is None


def test_a_city_and_a_full_stop_opening_the_report() -> None:
    text = "Заголовок новости\n\n3 марта 2026, 12:00 — АКИpress\n\nБишкек. Комитет обсудил закон.\n"
    assert dateline_country(text, lexicon("ru")) == "Kyrgyzstan"


def test_a_city_after_the_time_and_the_date() -> None:
    text = "Заголовок новости\n\n10:42, 3 марта 2026, Бишкек - 24.kg, Автор Статьи\n\nКомитет обсудил закон.\n"
    assert dateline_country(text, lexicon("ru")) == "Kyrgyzstan"


def test_a_sentence_opening_the_report_is_no_dateline() -> None:
    text = "Заголовок новости\n\nВчера. Комитет обсудил закон о воде.\n"
    assert dateline_country(text, lexicon("ru")) is None
