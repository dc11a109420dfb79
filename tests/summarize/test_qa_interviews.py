"""Interviews in question-and-answer form, quotes without verbs or opening marks, « » names,
and quotes that run over paragraphs (the qa round). Texts written for these tests."""

from __future__ import annotations

from dragoman.article.analysis import SIEVE_INTERVIEW
from dragoman.summarize.document import Document
from dragoman.summarize.interview import find_interview


def test_name_labels_make_the_answers_the_labelled_officials_and_the_questions_no_quotes(quotes_of) -> None:
    text = ("Almaty: an interview with Deputy Minister Aliya Serikova\n\n"
            "ALMATY - The Kazakh Times spoke to Aliya Serikova, Deputy Minister of Ecology of Kazakhstan.\n\n"
            "Kazakh Times: Why are the rivers so low this year?\n\n"
            "Serikova: The snow melted early and the spring was dry.\n\n"
            "Kazakh Times: Will farmers get water in July?\n\n"
            "Serikova: Yes. Every district has its quota.\n\n"
            "The ministry published the quotas on Friday.\n")
    quotes = quotes_of(text, "en")
    assert [q.text for q in quotes] == ["The snow melted early and the spring was dry.",
                                        "Yes. Every district has its quota."]
    assert {(q.speaker, q.sieve) for q in quotes} == {("Aliya Serikova", SIEVE_INTERVIEW)}


def test_arabic_question_and_answer_labels_take_the_interviewee_from_the_intro(quotes_of) -> None:
    text = ("وزير النقل: الخط الجديد يعمل في مايو\n\n"
            "كشف وزير النقل العراقي الدكتور كريم الساعدي عن موعد تشغيل الخط، وذلك في حوار مع الصحيفة:\n\n"
            "س: متى يبدأ التشغيل؟\n\n"
            "ج: في مايو المقبل.\n\n"
            "س: هل ترتفع الأسعار؟\n\n"
            "ج: لا.\n\n"
            "وأشار الوزير إلى أن الشركات جاهزة.\n")
    quotes = quotes_of(text, "ar")
    assert [q.text for q in quotes] == ["في مايو المقبل.", "لا."]
    assert [q.sieve for q in quotes] == [SIEVE_INTERVIEW, SIEVE_INTERVIEW]
    assert len({q.speaker for q in quotes}) == 1 and quotes[0].speaker is not None


def test_a_quote_inside_a_labelled_answer_is_its_own_speakers(quotes_of) -> None:
    text = ("An interview with Energy Minister Almasadam Satkaliyev\n\n"
            "ASTANA - Energy Minister Almasadam Satkaliyev spoke to our correspondent.\n\n"
            "Question: Is the grid ready for winter?\n\n"
            "Almasadam Satkaliyev: Mostly. President Kassym-Jomart Tokayev told us in May, \"No town "
            "may freeze this winter.\" We took that as an order.\n\n"
            "Question: And the prices?\n\n"
            "Almasadam Satkaliyev: They stay where they are until spring.\n")
    quotes = quotes_of(text, "en")
    by_text = {q.text: q.speaker for q in quotes}
    assert by_text["No town may freeze this winter."] == "Kassym-Jomart Tokayev"
    answer = next(t for t in by_text if t.startswith("Mostly."))
    assert by_text[answer] == "Almasadam Satkaliyev"


def test_dash_interview_questions_are_not_quotes_and_short_answers_are(quotes_of) -> None:
    text = ("Вице-министр: Көмір жеткілікті\n\n"
            "Біз Энергетика вице-министрі Ернар Балғынбаевпен сұхбаттастық.\n\n"
            "– Ернар Серікұлы, биыл көмір жеткілікті ме?\n\n"
            "– Жеткілікті. Қоймаларда 4 миллион тонна бар.\n\n"
            "– Тариф өсе ме?\n\n"
            "– Жоқ.\n")
    quotes = quotes_of(text, "kk")
    assert [q.text for q in quotes] == ["Жеткілікті. Қоймаларда 4 миллион тонна бар.", "Жоқ."]
    assert [q.sieve for q in quotes] == [SIEVE_INTERVIEW, SIEVE_INTERVIEW]


def test_a_dialogue_with_attributions_is_no_interview(article_of) -> None:
    text = ("Әкім тұрғындармен кездесті.\n\n"
            "– Су қашан келеді? – деп сұрады зейнеткер.\n\n"
            "– Ертең келеді, – деді әкім.\n\n"
            "– Жол ше? – деп сұрады тағы бір тұрғын.\n\n"
            "– Жазда жөнделеді, – деді әкім.\n")
    assert find_interview(Document.of(article_of(text, "kk"), with_tokens=False)) is None


def test_a_quote_over_three_paragraphs_is_three_quotes_with_the_last_ones_speaker(quotes_of) -> None:
    text = ("Port officials met on Monday.\n\n"
            "\"The harbour is full. Ships wait for days.\n\n"
            "\"We need two more berths before the harvest.\n\n"
            "\"The money is there,\" Port Minister Daulet Kairov said.\n")
    quotes = quotes_of(text, "en")
    assert [q.text for q in quotes] == ["The harbour is full. Ships wait for days.",
                                        "We need two more berths before the harvest.", "The money is there,"]
    assert [q.speaker for q in quotes] == ["Daulet Kairov"] * 3


def test_a_paragraph_that_goes_on_without_its_opening_mark(quotes_of) -> None:
    text = ("Министр энергетики Алмасадам Саткалиев выступил в мажилисе.\n\n"
            "«Мы заменили 300 километров сетей. Это больше, чем в прошлом году.\n\n"
            "В следующем году заменим еще 400 километров», — сказал Саткалиев.\n")
    quotes = quotes_of(text, "ru")
    assert [q.text for q in quotes] == ["Мы заменили 300 километров сетей. Это больше, чем в прошлом году.",
                                        "В следующем году заменим еще 400 километров"]
    assert [q.speaker for q in quotes] == ["Алмасадам Саткалиев"] * 2


def test_a_short_dash_turn_after_a_colon_takes_the_introductions_speaker_or_none(quotes_of) -> None:
    text = ("Министр энергетики Алмасадам Саткалиев встретился с жителями.\n\n"
            "Из зала крикнули:\n\n"
            "— Опять обещания!\n\n"
            "На вопрос о тарифах А.Саткалиев ответил коротко:\n\n"
            "— Нет.\n")
    quotes = quotes_of(text, "ru")
    assert [(q.text, q.speaker) for q in quotes] == [("Опять обещания!", None), ("Нет.", "Алмасадам Саткалиев")]


def test_marks_around_names_are_not_quotes(quotes_of) -> None:
    ru = "Об этом министр энергетики Алмасадам Саткалиев рассказал «Деловой газете» в понедельник.\n"
    ar = "وقال الوزير إن الحكومة ستبني 40 مدرسة ضمن مشروع «مدارس ذكية» هذا العام.\n"
    assert quotes_of(ru, "ru") == []
    assert quotes_of(ar, "ar") == []
