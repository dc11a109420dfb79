"""Three general failure classes: a speaker named by title alone, an official named once after
a long title, and the words of a long Arabic title taken for a person."""

from __future__ import annotations

import pytest

from dragoman.summarize.officials import find_officials
from dragoman.summarize.quotes import find_quotes


def analyse(article_of, text: str, language: str):
    article = article_of(text, language)
    officials = find_officials(article)
    return {o.name: o for o in officials}, find_quotes(article, officials)


@pytest.mark.parametrize("language, text, name, reference", [
    ("ru", "Вице-министр сельского хозяйства Казахстана Ерик Жумабаев провёл совещание с фермерами в Костанае.\n"
           "Аграрии попросили ускорить выплату субсидий.\n"
           "«Деньги поступят на счета до конца месяца», — отметил вице-министр.\n",
     "Ерик Жумабаев", "вице-министр"),
    ("kk", "Ауыл шаруашылығы вице-министрі Е. Жұмабаев Қостанайда фермерлермен кездесті.\n"
           "Шаруалар субсидия төлемін жеделдетуді сұрады.\n"
           "– Қаржы ай соңына дейін шоттарға түседі, – деді вице-министр.\n",
     "Е. Жұмабаев", "вице-министр"),
    ("en", "Deputy Agriculture Minister Yerik Zhumabayev met grain farmers in Kostanay on Monday.\n"
           "The farmers asked for subsidies to be paid sooner.\n"
           "\"The money will reach their accounts by the end of the month,\" the deputy minister said.\n",
     "Yerik Zhumabayev", "deputy minister"),
    ("ru", "Председатель комитета по аграрным вопросам Мажилиса Самат Нурпеисов открыл слушания.\n"
           "Депутаты обсудили закупочные цены на зерно.\n"
           "«Цены должны покрывать затраты хозяйств», — заявил глава комитета.\n",
     "Самат Нурпеисов", "глава комитета"),
    ("ar", "استقبل نائب وزير الزراعة خالد بن سالم الهنائي وفدا من المزارعين.\n"
           "وبحث الجانبان دعم صغار المنتجين.\n"
           "وقال نائب الوزير إن الدعم سيصرف قبل نهاية الشهر.\n",
     "خالد بن سالم الهنائي", "نائب الوزير"),
])
def test_a_speaker_named_by_title_alone_is_the_one_holder_named_before(
        article_of, language, text, name, reference) -> None:
    officials, quotes = analyse(article_of, text, language)
    assert name in officials
    assert reference in [m.text for m in officials[name].mentions]
    if language != "ar":  # the Arabic sentence reports speech without quote marks
        assert [q.speaker for q in quotes] == [name]


def test_a_title_alone_stays_unknown_when_two_people_hold_it(article_of) -> None:
    text = ("Вице-министр финансов Казахстана Ерик Жумабаев и вице-министр энергетики Казахстана "
            "Олжас Тлеуов провели брифинг.\n"
            "«Бюджет на следующий год сбалансирован», — отметил вице-министр.\n")
    officials, quotes = analyse(article_of, text, "ru")
    assert set(officials) == {"Ерик Жумабаев", "Олжас Тлеуов"}
    assert all(len(o.mentions) == 1 for o in officials.values())
    assert [q.speaker for q in quotes] == [None]


def test_arabic_coordinated_portfolio_words_continue_the_title(article_of) -> None:
    text = ("استقبل وزير الاقتصاد والتخطيط وتنمية الصادرات ناصر بن علي الرواحي وفدا تجاريا.\n"
            "وناقش الجانبان فتح أسواق جديدة للمنتجات المحلية.\n")
    officials, _ = analyse(article_of, text, "ar")
    assert list(officials) == ["ناصر بن علي الرواحي"]
    assert officials["ناصر بن علي الرواحي"].title == "وزير الاقتصاد والتخطيط وتنمية الصادرات"


def test_russian_name_after_a_title_and_its_long_body_is_an_official(article_of) -> None:
    text = ("Начальник городского управления по охране окружающей среды Асель Кенжебаева сообщила, "
            "что замеры воздуха будут публиковать ежедневно.\n"
            "Жители жаловались на смог прошлой зимой.\n")
    officials, _ = analyse(article_of, text, "ru")
    assert list(officials) == ["Асель Кенжебаева"]
    assert officials["Асель Кенжебаева"].title.startswith("Начальник городского управления")


def test_a_verb_between_title_and_name_does_not_join_them(article_of) -> None:
    text = ("Министр встретился с делегацией, а затем Асель Кенжебаева рассказала о замерах воздуха.\n")
    officials, _ = analyse(article_of, text, "ru")
    # She is still found as a person; the title before the verb is not hers.
    assert [(o.name, o.title) for o in officials.values()] == [("Асель Кенжебаева", None)]


def test_english_name_in_apposition_to_head_of_a_body_is_an_official(article_of) -> None:
    text = ("Dana Utegenova, head of the Caspian Fish Processors Association, said catches had fallen "
            "for a third year.\n"
            "Processors plan to import more frozen fish.\n")
    officials, _ = analyse(article_of, text, "en")
    assert list(officials) == ["Dana Utegenova"]
    assert officials["Dana Utegenova"].title_en.startswith("Head")


@pytest.mark.parametrize("text, name", [
    ("صرح رئيس جامعة الشيخ زايد الدكتور سالم محمد الكتبي بأن الجامعة ستفتح كلية للطب.\n", "سالم محمد الكتبي"),
    ("قال رئيس جمعية منتجي التمور في المنطقة راشد بن خليفة النعيمي إن المحصول تضاعف.\n", "راشد بن خليفة النعيمي"),
])
def test_arabic_name_after_a_title_and_the_name_of_a_body(article_of, text, name) -> None:
    officials, _ = analyse(article_of, text, "ar")
    assert list(officials) == [name]
    assert officials[name].title.startswith("رئيس ")
