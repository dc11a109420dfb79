"""The officials round's mentions: a title in an oblique case after a comma and a word it
depends on (``..., однофамилец главы города``) is someone else's office, not the apposition of
the name before it; a bare family name two officials share is the one the report referred to
in its paragraph or the one before, when only one of them is referred to there. Texts written
for these tests."""

from __future__ import annotations

from dragoman.summarize.officials import find_officials


def _mentions(article_of, text: str, language: str) -> dict[str, list[str]]:
    return {o.name: [m.text for m in o.mentions] for o in find_officials(article_of(text, language))}


def test_a_governed_title_after_the_comma_is_not_the_names(article_of) -> None:
    text = ("Приехал аким города Бауыржан Нуркенов.\n\n"
            "- Тридцать домов, - ответил Марат Нуркенов, однофамилец главы города.\n\n"
            "- Проверьте каждый дом, - добавил аким.\n")
    found = {o.name: o for o in find_officials(article_of(text, "ru"))}
    assert found.get("Марат Нуркенов") is None or not found["Марат Нуркенов"].title
    mentions = [m.text for m in found["Бауыржан Нуркенов"].mentions]
    assert "главы города" in mentions and "аким" in mentions


def test_a_shared_family_name_goes_to_the_namesake_just_referred_to(article_of) -> None:
    text = ("Кездесуді аудан әкімі Нұрлыбек Сәтімбеков жүргізді. Оған бөлім басшысы Ерғазы Сәтімбеков қатысты.\n\n"
            "– Жоба дайын, – деді Е.Сәтімбеков.\n\n"
            "Кездесу соңында аудан әкімі басшыларға тапсырма берді.\n\n"
            "– Өзім есеп беремін, – деді Сәтімбеков.\n")
    found = _mentions(article_of, text, "kk")
    assert found["Нұрлыбек Сәтімбеков"][-1] == "Сәтімбеков"
    assert "Сәтімбеков" not in found["Ерғазы Сәтімбеков"]


def test_a_shared_family_name_names_neither_when_both_were_just_named(article_of) -> None:
    text = ("Кездесуді аудан әкімі Нұрлыбек Сәтімбеков жүргізді. Оған бөлім басшысы Ерғазы Сәтімбеков қатысты.\n\n"
            "– Өзім есеп беремін, – деді Сәтімбеков.\n")
    found = _mentions(article_of, text, "kk")
    assert "Сәтімбеков" not in found["Нұрлыбек Сәтімбеков"] + found["Ерғазы Сәтімбеков"]
