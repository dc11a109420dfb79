"""A title-only attribution that names a country (issue 9, round 11): "деп қосты Кувейт
министрі", "отметил кувейтский министр" after a Kazakh minister spoke is not the Kazakh
minister's, even where the mentions stage linked the title to him (the guest may be missing
from the officials list). Short texts of our own, through the real analysis."""

from __future__ import annotations

from dragoman.summarize.officials import find_officials
from dragoman.summarize.quotes import find_quotes


def speakers_of(article) -> list[str | None]:
    return [q.speaker for q in find_quotes(article, find_officials(article))]


def test_kazakh_kuwaiti_minister_is_not_the_kazakh_one(article_of) -> None:
    text = ("Қазақстан Республикасының Сыртқы істер министрі Ермек Көшербаев Кувейтке ресми сапармен "
            "барды.\n\n"
            "– Көктемге дейін тікелей рейс ашамыз деп үміттенемін, – деді Е.Көшербаев.\n\n"
            "– Иншаллаһ, – деп қосты Кувейт министрі.\n")
    assert speakers_of(article_of(text, "kk")) == ["Ермек Көшербаев", None]


def test_russian_kuwaiti_minister_is_not_the_kazakh_one(article_of) -> None:
    text = ("Министр торговли и интеграции Казахстана Арман Шаккалиев провел переговоры в Эль-Кувейте.\n\n"
            "«Мы готовы отправить первую партию говядины в марте», – сказал А.Шаккалиев.\n\n"
            "«Кувейтские компании ищут надежных поставщиков», – отметил кувейтский министр.\n")
    assert speakers_of(article_of(text, "ru")) == ["Арман Шаккалиев", None]


def test_kazakh_minister_by_his_own_country_still_speaks(article_of) -> None:
    text = ("Қазақстан Республикасының Сыртқы істер министрі Ермек Көшербаев Кувейтке ресми сапармен "
            "барды.\n\n"
            "– Көктемге дейін тікелей рейс ашамыз, – деді қазақстандық министр.\n")
    assert speakers_of(article_of(text, "kk")) == ["Ермек Көшербаев"]
