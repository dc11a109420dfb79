"""A first name, a patronymic and a family name in a row (an interview's introduction in Kazakh
and Russian papers) are one person, named as English news and the gold name them: without the
patronymic; the interviewer's address by first name and patronymic is a mention of them. Texts
written for these tests."""

from __future__ import annotations

import pytest

from dragoman.summarize.officials import find_officials

CASES = [
    ("kk", "Павлодар облысы білім басқармасының басшысы Ержан Болатұлы Сейітовпен сұхбаттастық.\n\n"
           "– Ержан Болатұлы, жаңа мектеп қашан ашылады?\n\n"
           "– Қыркүйекте ашылады. Құрылысшылар шатырды бітіріп жатыр.\n",
     "Ержан Сейітов", "Ержан Болатұлы"),
    ("kk", "Маңғыстау облысы туризм басқармасының басшысы Гүлнар Асқарқызы Өтепова жиында сөйледі.\n\n"
           "«Биыл жағажайға 40 мың турист келді», – деді Гүлнар Асқарқызы.\n",
     "Гүлнар Өтепова", "Гүлнар Асқарқызы"),
    ("ru", "Мы поговорили с заместителем акима Костанайской области Ольгой Петровной Сидоровой.\n\n"
           "– Ольга Петровна, когда откроют новую школу?\n\n"
           "– В сентябре. Строители уже заканчивают крышу.\n",
     "Ольга Сидорова", "Ольга Петровна"),
]


@pytest.mark.parametrize(("language", "text", "name", "address"), CASES)
def test_patronymic_between_first_and_family_name(article_of, language, text, name, address):
    officials = find_officials(article_of(text, language))
    assert [o.name for o in officials] == [name]
    assert address in [m.text for m in officials[0].mentions]
