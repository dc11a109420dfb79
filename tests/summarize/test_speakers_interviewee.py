"""An interview's answers (issue 9, round 11): the person the intro's interview sentence names
answers, even when the titles stage does not know their title (a vice-rector, a rector of a
regional university); a byline ("Interview by ...") names the interviewer, not them. Short
texts of our own in the style of real outlets, through the real analysis."""

from __future__ import annotations

from dragoman.summarize.officials import find_officials
from dragoman.summarize.quotes import find_quotes


def speakers_of(article) -> list[str | None]:
    return [q.speaker for q in find_quotes(article, find_officials(article))]


def test_english_interviewee_with_an_unknown_title_gives_the_answers(article_of) -> None:
    text = ("Interview with Bukhara State University's research chief\n\n"
            "Interview by Rustam Aliyev\n\n"
            "In an interview with Gazeta.uz, Nodira Karimova, vice-rector for research at Bukhara State "
            "University, spoke about the university's new laboratory.\n\n"
            "Q: What does the laboratory do?\n\n"
            "A: It turns drone flights into maps that archaeologists can use.\n\n"
            "Q: Who paid for it?\n\n"
            "A: Most of the equipment came from a state grant.\n")
    assert speakers_of(article_of(text, "en")) == ["Nodira Karimova", "Nodira Karimova"]


def test_russian_interviewee_named_after_a_long_body(article_of) -> None:
    text = ("«Молодые уезжают за приборами»\n\n"
            "С 2027 года меняется порядок финансирования науки. Редакция поговорила с ректором "
            "Павлодарского инженерного университета Асетом Жунусовым о том, чего ждут вузы.\n\n"
            "– Асет Болатович, что меняет реформа?\n\n"
            "– Главное – горизонт. Лаборатория может планировать на пять лет.\n\n"
            "– Сколько заявок вы подали?\n\n"
            "– Девять. Рассчитываем на четыре.\n")
    assert speakers_of(article_of(text, "ru"))[-2:] == ["Асет Жунусов", "Асет Жунусов"]
