"""The quotes4 round: interview labels that hold a dot (an outlet's name, ``Kapital.kz:``, an
initial, ``А.Туребаева:``) and a full-name label used once before the short form. Texts written
for these tests."""

from __future__ import annotations

from dragoman.article.analysis import SIEVE_INTERVIEW

_OUTLET_LABELS = ("«Тарифы на газ не вырастут до лета»: аким области\n\n"
                  "Корреспондент Kapital.kz поговорил с акимом Жетысуской области Бериком Абдыкеровым.\n\n"
                  "Kapital.kz: Берик Садыкович, когда газ придет в северные районы?\n\n"
                  "Берик Абдыкеров: Трубу в Коксу дотянем к октябрю. Остальные районы получат газ в следующем году.\n\n"
                  "Kapital.kz: А тарифы?\n\n"
                  "Б.Абдыкеров: Не вырастут.\n\n"
                  "Kapital.kz: Жители жалуются на подрядчика.\n\n"
                  "Б.Абдыкеров: Жалобы справедливые. Мы расторгли договор и наняли другую компанию.\n\n"
                  "Kapital.kz: Спасибо за интервью.\n")


def test_labels_with_a_dot_are_labels_and_a_full_name_once_is_the_short_forms_voice(quotes_of) -> None:
    quotes = quotes_of(_OUTLET_LABELS, "ru")
    answers = [q for q in quotes if q.sieve == SIEVE_INTERVIEW]
    assert [q.text for q in answers] == [
        "Тарифы на газ не вырастут до лета",
        "Трубу в Коксу дотянем к октябрю. Остальные районы получат газ в следующем году.",
        "Не вырастут.",
        "Жалобы справедливые. Мы расторгли договор и наняли другую компанию."]
    assert {q.speaker for q in answers} == {"Берик Абдыкеров"}
    # the outlet's questions, a statement put as one among them, and its thanks are no quotes
    assert not any(q.text.startswith(("Берик Садыкович", "А тарифы", "Жители жалуются", "Спасибо")) for q in quotes)


def test_a_sentence_ending_in_a_dot_before_a_colon_is_no_label(quotes_of) -> None:
    text = ("Аким встретился с жителями.\n\n"
            "Он сказал. Итог: «Дорогу отремонтируют до осени, деньги уже выделены».\n\n"
            "Жители сказали. Итог: «Мы подождем еще год, но не больше».\n\n"
            "Он ответил. Итог: «Больше ждать не придется, обещаю вам».\n")
    quotes = quotes_of(text, "ru")
    assert not any(q.sieve == SIEVE_INTERVIEW for q in quotes)


def test_a_once_used_label_of_another_family_name_stays_out(quotes_of) -> None:
    text = ("Kun.uz interview: the deputy minister on water\n\n"
            "Kun.uz spoke to Deputy Water Minister Dilnoza Karimova.\n\n"
            "Kun.uz: When will the canal be repaired?\n\n"
            "D.Karimova: By the end of May. The contractor has started on the upper section.\n\n"
            "Kun.uz: Will farmers pay more?\n\n"
            "D.Karimova: No. The tariff stays where it is this season.\n\n"
            "Read more: Canal repairs in Fergana begin this week.\n")
    quotes = quotes_of(text, "en")
    answers = [q for q in quotes if q.sieve == SIEVE_INTERVIEW]
    assert [q.text for q in answers] == [
        "By the end of May. The contractor has started on the upper section.",
        "No. The tariff stays where it is this season."]
    assert {q.speaker for q in answers} == {"Dilnoza Karimova"}


_HEADLINE_QUOTE = ("'We waited three days for a bus': Villagers in Zhambyl cut off by snow\n\n"
                   "By Aliya Nurlanova\n\n"
                   "Snowdrifts closed the only road to four villages in Zhambyl region on Monday.\n\n"
                   "\"We waited three days for a bus and then walked to the highway,\" Saule Abenova, "
                   "a nurse from Kokterek, told reporters.\n\n"
                   "Akim Erlan Dosov said the road would be cleared by Thursday.\n")


def test_single_marks_that_open_the_headline_are_a_quote_and_echo_the_body_quote_they_shorten(quotes_of) -> None:
    quotes = quotes_of(_HEADLINE_QUOTE, "en")
    head = next(q for q in quotes if q.text == "We waited three days for a bus")
    body = next(q for q in quotes if q.text.startswith("We waited three days for a bus and then"))
    assert body.speaker == "Saule Abenova"
    assert head.speaker == body.speaker


def test_single_marks_after_the_headlines_colon_are_a_quote(quotes_of) -> None:
    text = ("Almaty floods: 'The dam will hold until spring'\n\n"
            "Emergencies Minister Chingis Arinov visited the dam on Tuesday.\n")
    assert "The dam will hold until spring" in [q.text for q in quotes_of(text, "en")]


def test_a_quoted_term_mid_headline_or_one_word_is_no_quote(quotes_of) -> None:
    for headline in ("Kazakhstan adopts 'foreign agents' register for NGOs",
                     "'Exodus': Almaty cinema shows a film on the Aral"):
        text = f"{headline}\n\nThe register was approved by the Mazhilis on Wednesday.\n"
        assert not quotes_of(text, "en")


def test_a_headline_quote_sharing_words_with_two_body_quotes_equally_stays_unknown(quotes_of) -> None:
    text = ("'Prices will fall soon': Ministers disagree on bread\n\n"
            "\"Prices will rise before they settle,\" Trade Minister Arman Shakkaliyev said on Monday.\n\n"
            "\"Prices will not drop this winter,\" Agriculture Minister Aidarbek Saparov said.\n")
    head = next(q for q in quotes_of(text, "en") if q.text == "Prices will fall soon")
    assert head.speaker is None


def test_an_outlet_in_marks_after_the_preposition_la_is_no_quote(quotes_of) -> None:
    text = ("وزير النقل: القطار يصل إلى أستانا في الربيع\n\n"
            "وقال مسؤول بالوزارة لـ«الوطن» إن الخط الجديد سيفتتح في أبريل.\n\n"
            "وأكدت لـ\"المدى\" أن \"العمل يسير وفق الجدول\".\n")
    texts = [q.text for q in quotes_of(text, "ar")]
    assert "الوطن" not in texts and "المدى" not in texts
    assert "العمل يسير وفق الجدول" in texts  # a short quote after أن is still one


def test_a_short_phrase_in_marks_after_called_is_the_callers_words(quotes_of) -> None:
    text = ("Minister urges calm over fuel prices\n\n"
            "Energy Minister Almasadam Satkaliyev called the queues \"a temporary problem\" "
            "on Monday. He also called for \"a little patience\" from drivers.\n\n"
            "The village called \"Akkol\" has had no diesel for a week.\n")
    quotes = quotes_of(text, "en")
    assert [q.text for q in quotes] == ["a temporary problem", "a little patience"]
    assert {q.speaker for q in quotes} == {"Almasadam Satkaliyev"}


_STATEMENT_PUT = ("Uzbekistan's deputy energy minister on the Rogun deal\n\n"
                  "The Diplomat spoke with Deputy Energy Minister Jasur Rakhimov about power trade with Tajikistan. "
                  "The interview has been edited for length.\n\n"
                  "Why buy electricity from Rogun at all?\n\n"
                  "Because our own plants cannot cover the winter peak. We lose two gigawatts every January.\n\n"
                  "Some say the price is too high.\n\n"
                  "It is not. Our gas plants cost us more per kilowatt-hour in winter than Rogun will charge.\n\n"
                  "When will the first power arrive?\n\n"
                  "In the spring of 2028.\n")


def test_an_outlets_statement_put_as_a_question_in_an_unmarked_interview_is_no_answer(quotes_of) -> None:
    quotes = quotes_of(_STATEMENT_PUT, "en")
    texts = [q.text for q in quotes]
    assert "Some say the price is too high." not in texts
    assert "It is not. Our gas plants cost us more per kilowatt-hour in winter than Rogun will charge." in texts
    assert all(q.speaker == "Jasur Rakhimov" for q in quotes if q.sieve == SIEVE_INTERVIEW)


def test_a_one_sentence_second_paragraph_of_an_answer_before_a_question_stays_the_answer(quotes_of) -> None:
    statement = _STATEMENT_PUT.index("Some say")
    text = _STATEMENT_PUT[:statement] + "That is why we signed.\n\n" + \
        _STATEMENT_PUT[_STATEMENT_PUT.index("When will"):]
    assert "That is why we signed." in [q.text for q in quotes_of(text, "en")]
