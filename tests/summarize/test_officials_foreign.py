"""The officials round: an Arab official in Kazakh script ("бин" and a lower-case article with
a hyphen bind the name, Абдулла әл-Яхья), and an honorific written small between the title and
the name (хатшысы доктор ...). Texts written for these tests."""

from __future__ import annotations

from dragoman.summarize.officials import find_officials


def _names(article_of, text: str) -> set[str]:
    return {o.name for o in find_officials(article_of(text, "kk"))}


def test_bin_and_a_small_article_bind_an_arab_name_in_kazakh(article_of) -> None:
    text = "Бахрейн Королі Хамад бин Иса Әл Халифа хат жолдады. Оны Сыртқы істер министрі Ахмед әл-Заяни тапсырды.\n"
    assert _names(article_of, text) == {"Хамад бин Иса Әл Халифа", "Ахмед әл-Заяни"}


def test_an_honorific_between_the_title_and_the_name_is_skipped(article_of) -> None:
    text = ("Делегацияны министрліктің мемлекеттік хатшысы доктор Халид бин Ахмед әл-Фадиль басқарды.\n\n"
            "– Біз дайынбыз, – деді Халид бин Ахмед әл-Фадиль.\n")
    found = {o.name: o for o in find_officials(article_of(text, "kk"))}
    assert set(found) == {"Халид бин Ахмед әл-Фадиль"}
    assert found["Халид бин Ахмед әл-Фадиль"].title.startswith("мемлекеттік хатшы")
