"""The failure classes issue 9 found on real news, each in a small example of our own
written in the manner of an outlet (never its text)."""

from __future__ import annotations

from dragoman.summarize.officials import find_officials
from dragoman.summarize.quotes import find_quotes


def analysed(article):
    officials = find_officials(article)
    return {o.name: o for o in officials}, find_quotes(article, officials)


def test_arabic_papers_put_speech_in_braces(article_of) -> None:
    text = ("استقبل وزير الخارجية سامح الهلالي سفير كازاخستان في القاهرة.\n"
            "وقال الهلالي إن {العلاقات بين البلدين تشهد نموا مطردا في جميع المجالات}.\n")
    _, quotes = analysed(article_of(text, "ar"))
    assert [q.text for q in quotes] == ["العلاقات بين البلدين تشهد نموا مطردا في جميع المجالات"]
    assert quotes[0].speaker == "سامح الهلالي"


def test_very_short_quotes_with_a_verb_just_before_or_an_attribution_after(article_of) -> None:
    text = ("Finance Minister Daniyar Akhmetov spoke to reporters after the session.\n"
            'Asked whether taxes would rise, Akhmetov replied: "No."\n'
            '"Never," Akhmetov said when asked about a new loan.\n')
    _, quotes = analysed(article_of(text, "en"))
    assert [(q.text, q.speaker) for q in quotes] == [("No.", "Daniyar Akhmetov"), ("Never,", "Daniyar Akhmetov")]


def test_a_russian_one_word_answer_before_its_dash_attribution(article_of) -> None:
    text = ("Министр энергетики Аскар Нуржанов ответил на вопросы депутатов.\n"
            "«Поддерживаю», – коротко ответил Нуржанов.\n")
    _, quotes = analysed(article_of(text, "ru"))
    assert [(q.text, q.speaker) for q in quotes] == [("Поддерживаю", "Аскар Нуржанов")]


def test_a_one_word_name_in_marks_is_still_no_quote(article_of) -> None:
    text = "Министр энергетики Аскар Нуржанов дал интервью газете «Коммерсант».\n"
    assert analysed(article_of(text, "ru"))[1] == []


def test_an_arabic_name_ends_with_the_ruling_familys_name(article_of) -> None:
    text = ("استقبل سمو الشيخ سعود بن خالد آل ثاني وزير الدولة وفد كازاخستان في الدوحة.\n")
    officials, _ = analysed(article_of(text, "ar"))
    assert "سعود بن خالد آل ثاني" in officials


def test_capitalised_words_of_a_long_english_title_are_not_the_name(article_of) -> None:
    text = "Minister of Emergency Situations Ruslan Sarsenov said the dam held.\n"
    officials, _ = analysed(article_of(text, "en"))
    assert list(officials) == ["Ruslan Sarsenov"]
    assert officials["Ruslan Sarsenov"].title_en.startswith("Minister of Emergency Situations")


def test_media_and_honorifics_are_not_officials(article_of) -> None:
    text = ("An economist quoted by Al Jazeera said prices would rise.\n"
            '"We expect a hard winter," His Highness said after meeting Foreign Minister Erlan Dosov.\n')
    officials, _ = analysed(article_of(text, "en"))
    assert list(officials) == ["Erlan Dosov"]


def test_a_genitive_body_between_title_and_name_is_not_the_name(article_of) -> None:
    text = "В совещании участвовал председатель Совета Федерации Анна Кравцова.\n"
    officials, _ = analysed(article_of(text, "ru"))
    assert list(officials) == ["Анна Кравцова"]


def test_a_long_title_of_a_national_leader_is_the_same_in_every_language(article_of) -> None:
    texts = {"en": "National Leader of the Turkmen People Gurbanguly Berdimuhamedov arrived in Baku.\n",
             "ru": "Национальный лидер туркменского народа Гурбангулы Бердымухамедов прибыл в Баку.\n"}
    titles = {code: [o.title_en for o in find_officials(article_of(text, code))] for code, text in texts.items()}
    assert titles == {"en": ["National Leader of the Turkmen People"], "ru": ["National Leader of the Turkmen People"]}


def test_one_office_has_one_english_title_in_every_language(article_of) -> None:
    texts = {"kk": "ҚХР Төрағасы Си Цзиньпин Астанаға мемлекеттік сапармен келді.\n",
             "ar": "وصل الرئيس الصيني شي جين بينغ إلى أستانا في زيارة دولة.\n",
             "ru": "Председатель КНР Си Цзиньпин прибыл в Астану.\n",
             "en": "Chinese President Xi Jinping arrived in Astana.\n"}
    titles = {code: [(o.name_en, o.title_en) for o in find_officials(article_of(text, code))]
              for code, text in texts.items()}
    assert titles == {code: [("Xi Jinping", "President of China")] for code in texts}


def test_arabic_women_officials_after_a_title_or_an_honorific(article_of) -> None:
    text = ("استقبلت الدكتورة نادية السويدي وزيرة الاقتصاد وفدا من كازاخستان.\n"
            "وقالت المديرة العامة للهيئة منى الحارثي إن \"التعاون مع أستانا يتسع كل عام\".\n")
    officials, quotes = analysed(article_of(text, "ar"))
    assert sorted(officials) == ["منى الحارثي", "نادية السويدي"]
    assert [q.speaker for q in quotes] == ["منى الحارثي"]


def test_an_arabic_name_with_two_fathers_and_the_family(article_of) -> None:
    text = "وصرح معالي الشيخ حمد بن ناصر بن خليفة آل ثاني وزير الدولة بأن المباحثات كانت مثمرة.\n"
    officials, _ = analysed(article_of(text, "ar"))
    assert list(officials) == ["حمد بن ناصر بن خليفة آل ثاني"]


def test_a_womans_first_name_before_an_indeclinable_surname(article_of) -> None:
    text = "В заседании участвовала председатель комитета Галина Кравченко.\n"
    assert [o.name for o in find_officials(article_of(text, "ru"))] == ["Галина Кравченко"]


def test_a_title_with_a_countrys_full_name_in_the_genitive(article_of) -> None:
    text = "Министр торговли Китайской Народной Республики Чжан Вэй прибыл в Алматы.\n"
    assert [o.name for o in find_officials(article_of(text, "ru"))] == ["Чжан Вэй"]


def test_dash_dialogue_whose_opening_dash_is_missing(article_of) -> None:
    text = ("Облыс әкімі Марат Сейітов жаңа мектептің құрылысын аралады.\n"
            "Мердігерлер жұмысты қыркүйекке дейін аяқтауға міндетті, – деді Сейітов.\n"
            "Жұмыс кестесі бекітілді, мектеп қыркүйекте ашылады.\n")
    _, quotes = analysed(article_of(text, "kk"))
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Мердігерлер жұмысты қыркүйекке дейін аяқтауға міндетті", "Марат Сейітов")]
