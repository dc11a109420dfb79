"""The officials round: family names in capitals at a first mention (Бауыржан НУРКЕНОВ), two
officials of one family name told apart by initials, a namesake known by initials before the
full name without a title, a first name and patronymic addressing that namesake, and a
headline's short title giving way to the body's. Texts written for these tests."""

from __future__ import annotations

from dragoman.summarize.officials import find_officials


def _officials(article_of, text: str, language: str):
    return {o.name: o for o in find_officials(article_of(text, language))}


def test_a_family_name_in_capitals_after_a_first_name_is_a_name(article_of) -> None:
    text = ("На место аварии приехал аким города Ерлан ЖАКУПОВ.\n\n"
            "- Когда дадите воду? - спросил Е.Жакупов.\n")
    found = _officials(article_of, text, "ru")
    assert set(found) == {"Ерлан Жакупов"}
    assert [m.text for m in found["Ерлан Жакупов"].mentions][-1] == "Е.Жакупов"


def test_an_abbreviation_in_capitals_after_a_title_is_no_name(article_of) -> None:
    text = "Начальник ГУВД Марат Сейтов заявил, что проверка идет.\n"
    assert set(_officials(article_of, text, "ru")) == {"Марат Сейтов"}


def test_two_namesakes_in_capitals_are_told_apart_by_their_initials(article_of) -> None:
    text = ("Приехал аким города Серик ОМАРОВ. Ремонтом руководит заместитель акима Нурлан ОМАРОВ.\n\n"
            "- Завтра к обеду, - ответил Н.Омаров.\n\n"
            "Во вторник С.Омаров пообещал заменить трубы.\n")
    found = _officials(article_of, text, "ru")
    assert set(found) == {"Серик Омаров", "Нурлан Омаров"}
    assert "Н.Омаров" in [m.text for m in found["Нурлан Омаров"].mentions]
    assert "С.Омаров" in [m.text for m in found["Серик Омаров"].mentions]


def test_a_namesake_known_by_initials_takes_the_full_name_written_later(article_of) -> None:
    text = ("Генерал-майор Андрей Кравец доложил штабу обстановку, - сказал А.Кравец.\n\n"
            "Районом руководит однофамилец генерала Сергей Кравец.\n\n"
            "– Сергей Николаевич, когда дадите свет? – спросила вице-губернатор Ирина Баранова.\n\n"
            "Сегодня к вечеру, – ответил С.Кравец.\n")
    found = _officials(article_of, text, "ru")
    assert "С. Кравец" not in found and "Сергей Николаевич" not in found
    assert "Сергей Николаевич" in [m.text for m in found["Сергей Кравец"].mentions]


def test_the_headline_title_gives_way_to_the_bodys(article_of) -> None:
    text = ("Дәурен ЖАҚСЫЛЫҚОВ, вице-министр: Жылу маусымы кешікпейді\n\n"
            "Редакцияға Энергетика вице-министрі Дәурен Жақсылықов келді.\n")
    found = _officials(article_of, text, "kk")
    assert found["Дәурен Жақсылықов"].title_en.startswith("Deputy Minister of Energy")
