"""English names by rule (branch names): Kazakh ss between vowels, a monarch's number, an
Egyptian official's name in Egypt's English spelling, and the mark on a name spelled by rule.
Every name here is invented for these tests (the monarchs excepted)."""

from __future__ import annotations

import pytest

from dragoman.summarize.names import english_name, name_listed
from dragoman.summarize.officials import find_officials


@pytest.mark.parametrize("name, english", [
    ("Бекзат Исабеков", "Bekzat Issabekov"),
    ("Айсұлу Мұсаева", "Aisulu Mussayeva"),
    ("Ерасыл Жолдасов", "Yerassyl Zholdassov"),
    ("Нұрсұлтан Тасболатов", "Nursultan Tasbolatov"),  # с before a consonant stays one s
    ("Сәкен Сейітов", "Saken Seitov"),  # at the start of a word too
])
def test_kazakh_single_s_between_vowels_is_ss(name: str, english: str) -> None:
    assert english_name(name, "kk") == english


def test_the_russian_rules_keep_one_s() -> None:
    assert english_name("Игорь Васин", "ru") == "Igor Vasin"


@pytest.mark.parametrize("name, english", [
    ("فيليب السادس", "Filib VI"),  # the number whatever the given name's reading
    ("تشارلز الثالث", "Tsharlz III"),
    ("تميم بن حمد آل ثاني", "Tamim bin Hamad Al Thani"),  # the family آل ثاني is no ordinal
])
def test_a_monarchs_number_is_a_roman_numeral(name: str, english: str) -> None:
    got = english_name(name, "ar")
    assert got.split()[-1] == english.split()[-1]
    if "بن" in name:
        assert got == english


@pytest.mark.parametrize("name, egypt, gulf", [
    ("هاني عبد الرحيم", "Hany Abdel Rahim", "Hani Abdulrahim"),
    ("طارق جمال", "Tarek Gamal", "Tariq Gamal"),
    ("محمد الجندي", "Mohamed El-Gandy", "Mohammed Al-Jandi"),  # El-, ج as g, closing ي as y (news: El-Gendy)
    ("مجدي فهمي", "Magdy Fahmy", "Majdi Fahmi"),
])
def test_an_egyptian_officials_name_in_egypts_english(name: str, egypt: str, gulf: str) -> None:
    assert english_name(name, "ar", "Egypt") == egypt
    assert english_name(name, "ar", "Oman") == gulf
    assert english_name(name, "ar") == gulf


def test_a_listed_person_keeps_the_tables_spelling_in_any_style() -> None:
    assert english_name("عبد الفتاح السيسي", "ar", "Egypt") == "Abdel Fattah el-Sisi"
    assert english_name("محمد بن زايد", "ar", "United Arab Emirates") == "Mohamed bin Zayed Al Nahyan"


def test_the_official_of_egypt_gets_the_style_through_the_article(article_of) -> None:
    text = ("القاهرة في 4 ديسمبر /أ ش أ/ قال الدكتور هاني عبد الرحيم وزير الصحة المصري إن "
            "الحملة ستبدأ الأسبوع المقبل.\n")
    found = {o.name: o for o in find_officials(article_of(text, "ar"))}
    assert found["هاني عبد الرحيم"].name_en == "Hany Abdel Rahim"


def test_a_name_spelled_by_rule_is_marked_and_a_listed_one_is_not(article_of) -> None:
    text = ("АСТАНА. Президент Қасым-Жомарт Тоқаев Ақорданың баспасөз хатшысы Берік Сейітовпен "
            "кездесті.\n\nМемлекет басшысы Сауда министрі Айсұлу Мұсаеваны қабылдады.\n")
    found = {o.name_en: o for o in find_officials(article_of(text, "kk"))}
    assert found["Kassym-Jomart Tokayev"].name_en_by_rule is False
    assert found["Aisulu Mussayeva"].name_en_by_rule is True
    english = find_officials(article_of("Foreign Minister Aidar Bekov said the talks went well.\n", "en"))
    assert [o.name_en_by_rule for o in english] == [False]  # written in English: nothing guessed
    assert name_listed("Касым-Жомарт Токаев") and not name_listed("Айсұлу Мұсаева")
