"""The quotes3 round: dash interviews whose answers run over undashed paragraphs and hold a named
person's words in marks, Russian dialogue attributed by a past tense the verb list lacks, and a
short answer in marks after a colon that names whose it is. Texts written for these tests."""

from __future__ import annotations

from dragoman.article.analysis import SIEVE_INTERVIEW
from dragoman.summarize.lexicon import lexicon
from dragoman.summarize.reporting import dash_attributes

_INTERVIEW = ("Вице-министр энергетики: «Котельные готовы к морозам»\n\n"
              "Корреспондент поговорил с вице-министром энергетики Болатом Нуржановым о подготовке к зиме.\n\n"
              "— Болат Серикович, все ли котельные готовы?\n\n"
              "— Из сорока двух готовы сорок. Две закончим к декабрю.\n\n"
              "Отдельно скажу о сетях. Мы заменили девяносто километров труб.\n\n"
              "— А тарифы?\n\n"
              "— Министр Алмасадам Саткалиев сказал: «Тарифы до весны не вырастут». Это и наша позиция. "
              "Соседи нам говорят: «Поднимайте, иначе не хватит денег». Мы не согласны.\n\n"
              "— Спасибо за беседу.\n\n"
              "Редакция направила запрос в акимат.\n")


def test_an_undashed_paragraph_between_an_answer_and_the_next_question_goes_on_with_the_answer(quotes_of) -> None:
    quotes = quotes_of(_INTERVIEW, "ru")
    going_on = next(q for q in quotes if q.text.startswith("Отдельно скажу о сетях"))
    assert going_on.text == "Отдельно скажу о сетях. Мы заменили девяносто километров труб."
    assert going_on.sieve == SIEVE_INTERVIEW and going_on.speaker == "Болат Нуржанов"
    assert not any(q.text.startswith("Редакция") for q in quotes)  # after the last turn: the outlet's


def test_a_named_persons_words_inside_a_dash_answer_are_a_quote_of_their_own(quotes_of) -> None:
    quotes = quotes_of(_INTERVIEW, "ru")
    texts = [q.text for q in quotes]
    assert "Тарифы до весны не вырастут" in texts
    assert next(q for q in quotes if q.text == "Тарифы до весны не вырастут").speaker == "Алмасадам Саткалиев"
    # an unnamed side's words stay part of the answer, which holds them
    assert "Поднимайте, иначе не хватит денег" not in texts
    assert any(q.text.startswith("Министр Алмасадам Саткалиев сказал") and q.text.endswith("Мы не согласны.")
               for q in quotes)


def test_a_past_tense_right_after_the_dialogue_dash_attributes(quotes_of) -> None:
    text = ("Жители Талдыкоргана встретились с акимом города Ерканатом Байжановым.\n\n"
            "— Лифт стоит с сентября. Мы носим коляски на девятый этаж, — посетовала жительница.\n\n"
            "— Лифт заменят до конца месяца, — парировал Байжанов.\n")
    quotes = quotes_of(text, "ru")
    assert [q.text for q in quotes] == ["Лифт стоит с сентября. Мы носим коляски на девятый этаж",
                                        "Лифт заменят до конца месяца"]
    assert quotes[1].speaker == "Ерканат Байжанов"


def test_the_past_tense_must_open_the_attribution_and_be_lower_case() -> None:
    lex = lexicon("ru")
    text = "посетовала она. Вокзал закрыт. был он"
    assert dash_attributes(text, 0, 14, lex)
    assert not dash_attributes(text, 16, 29, lex)  # a capitalised noun in -л is no verb
    assert not dash_attributes(text, 30, len(text), lex)  # too short to vouch by its ending alone
    assert not dash_attributes("посетовала", 0, 10, lexicon("en"))  # a profile without the endings


def test_a_short_answer_after_a_colon_is_the_named_persons(quotes_of) -> None:
    text = ("Министр финансов Ерулан Жамаубаев выступил в Мажилисе.\n\n"
            "На вопрос о новых налогах Жамаубаев был краток: «Нет».\n\n"
            "Программа называется так: «Экономика простых вещей».\n")
    quotes = quotes_of(text, "ru")
    assert [(q.text, q.speaker) for q in quotes] == [("Нет", "Ерулан Жамаубаев")]


def test_a_short_answer_after_a_colon_in_arabic(quotes_of) -> None:
    text = ("أستانا - عقد وزير الطاقة الكازاخستاني ألماسادام ساتقالييف مؤتمرا صحفيا في العاصمة.\n\n"
            "وحين سئل عن الأسعار، اكتفى ساتقالييف بالقول: \"ليس الآن\".\n\n"
            "وشعار الحملة هو: \"الطاقة للجميع\".\n")
    quotes = quotes_of(text, "ar")
    assert [q.text for q in quotes] == ["ليس الآن"]
    assert quotes[0].speaker is not None
