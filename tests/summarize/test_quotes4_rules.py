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
