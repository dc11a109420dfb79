"""Who is an official and their base name (issue 9, officials helper): each class checked on
short examples written for it in the style of news wires, none taken from the tuning articles."""

from __future__ import annotations

import pytest

from dragoman.summarize.officials import find_officials


def officials(article_of, text: str, language: str) -> dict[str, list[str]]:
    """Each official's base name with the texts of their mentions."""
    return {o.name: [m.text for m in o.mentions] for o in find_officials(article_of(text, language))}


@pytest.mark.parametrize("language, text, father, son", [
    ("ru", "Председатель Народного совета Арслан Доскулиев встретился с делегацией.\n\n"
           "Указ подписал президент страны Нурбек Доскулиев.\n", "Арслан Доскулиев", "Нурбек Доскулиев"),
    ("kk", "Халық кеңесінің Төрағасы Арслан Досқұлиев делегацияны қабылдады.\n\n"
           "Жарлыққа ел Президенті Нұрбек Досқұлиев қол қойды.\n", "Арслан Досқұлиев", "Нұрбек Досқұлиев"),
    ("en", "Chairman of the People's Council Arslan Doskuliev met the delegation on Monday.\n\n"
           "His son, President Nurbek Doskuliev, signed the decree.\n", "Arslan Doskuliev", "Nurbek Doskuliev"),
])
def test_two_people_of_one_family_stay_two(article_of, language, text, father, son) -> None:
    found = officials(article_of, text, language)
    assert father in found and son in found
    assert not any(son.split()[0] in m for m in found[father])


@pytest.mark.parametrize("language, text, person, initialled", [
    ("ru", "Руководитель управления образования Гульнара Сеитова провела совещание.\n\n"
           "– Мы откроем две школы, – пояснила Г.Сеитова.\n", "Гульнара Сеитова", "Г.Сеитова"),
    ("kk", "Облыстық білім басқармасының басшысы Ерлан Қожабеков жиын өткізді.\n\n"
           "– Екі мектеп ашамыз, – деді Е.Қожабеков.\n", "Ерлан Қожабеков", "Е.Қожабеков"),
])
def test_initials_join_the_person_named_in_full(article_of, language, text, person, initialled) -> None:
    found = officials(article_of, text, language)
    assert list(found) == [person]
    assert initialled in found[person]
