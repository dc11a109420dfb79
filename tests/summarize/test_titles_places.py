"""Where an office is: an envoy's posting in the Kazakh locative (Кувейттегі Қазақстан елшісі:
of Kazakhstan, to Kuwait); a region of two words whose second is a country's name (Шығыс
Қазақстан облысы, Восточно-Казахстанской области: East Kazakhstan Region); an office "of the
city" (заместитель акима города, қала әкімінің орынбасары) in a report filed from the city; a
ministry's word between the portfolio and the title (Туризм және спорт министрлігінің
вице-министрі) (titles round, issue 9). Every example is written for these tests."""

from __future__ import annotations


def test_an_envoy_posted_to_the_country_in_the_locative(english_title) -> None:
    text = "Кездесуге Бахрейндегі Қазақстан елшісі Асқар Нұрланов қатысты.\n"
    assert english_title(text, "kk", "Нұрланов") == "Ambassador of Kazakhstan to Bahrain"


def test_a_region_of_two_words_named_before_its_akim(english_title) -> None:
    text = ("Президент Батыс Қазақстан облысына барды. Облыс әкімі Серік Жұмабаев жаңа зауыт "
            "туралы айтты.\n")
    assert english_title(text, "kk", "Жұмабаев") == "Akim of West Kazakhstan Region"


def test_a_russian_region_adjective_holding_a_country(english_title) -> None:
    text = "Аким Северо-Казахстанской области Марат Ибраев провел совещание.\n"
    assert english_title(text, "ru", "Ибраев") == "Akim of North Kazakhstan Region"


def test_the_city_of_the_dateline_for_an_office_of_the_city(english_title) -> None:
    text = ("ПАВЛОДАР. Kazinform – В городе открыли новую школу. Об этом сообщил заместитель акима "
            "города Ерлан Сапаров.\n")
    assert english_title(text, "ru", "Сапаров") == "Deputy Akim of Pavlodar"


def test_no_city_without_a_dateline(english_title) -> None:
    text = "В городе открыли новую школу. Об этом сообщил заместитель акима города Ерлан Сапаров.\n"
    assert english_title(text, "ru", "Сапаров") == "Deputy Akim"


def test_a_portfolio_before_the_ministrys_word(english_title) -> None:
    text = ("Қазақстан Республикасы Денсаулық сақтау министрлігінің вице-министрі Айгүл Серікова "
            "Қытай делегациясымен кездесті.\n")
    assert english_title(text, "kk", "Серікова") == "Deputy Minister of Health of Kazakhstan"
