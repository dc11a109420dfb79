"""Russian names' base forms through pymorphy3 (summarize/lang_ru.py), read as one name."""

from __future__ import annotations

from dragoman.summarize import lang_ru
from dragoman.summarize.officials import find_officials


def test_the_words_of_a_name_agree_in_gender_and_case() -> None:
    assert lang_ru.available()
    assert lang_ru.base_name(["Шавката", "Мирзиёева"]) == ["Шавкат", "Мирзиёев"]
    assert lang_ru.base_name(["Марии", "Захаровой"]) == ["Мария", "Захарова"]
    assert lang_ru.base_name(["Касым-Жомартом", "Токаевым"]) == ["Касым-Жомарт", "Токаев"]


def test_a_word_no_dictionary_knows_as_a_name_gives_no_reading() -> None:
    assert lang_ru.base_name(["Ван", "И"]) is None
    assert lang_ru.base_name([]) is None


def test_an_inflected_leader_named_in_passing_gets_his_base_name(article_of) -> None:
    text = "Министр передал послание президента Узбекистана Шавката Мирзиёева.\n"
    assert [o.name for o in find_officials(article_of(text, "ru"))] == ["Шавкат Мирзиёев"]
