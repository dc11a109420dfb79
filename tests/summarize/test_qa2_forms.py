"""The qa2 round: interviews whose questions carry no label, Arabic question words after a title,
quotes broken by their attribution inside one pair of marks, headline quotes. Texts written for
these tests."""

from __future__ import annotations

from dragoman.article.analysis import SIEVE_FAMILY, SIEVE_INTERVIEW
from dragoman.summarize.document import Document
from dragoman.summarize.interview import find_interview
from dragoman.summarize.officials import find_officials


def test_plain_questions_and_plain_answers_are_an_interview_with_the_intros_official(quotes_of) -> None:
    text = ("Аким Костаная: зима пройдет без аварий\n\n"
            "Корреспондент поговорил с акимом города Бакытжаном Нургалиевым о подготовке к зиме.\n\n"
            "Сколько котельных отремонтировали?\n\n"
            "Все восемнадцать, последнюю закончили в сентябре.\n\n"
            "А трубы?\n\n"
            "Заменили двенадцать километров.\n\n"
            "После беседы аким уехал на совещание.\n")
    quotes = quotes_of(text, "ru")
    assert [q.text for q in quotes] == ["Все восемнадцать, последнюю закончили в сентябре.",
                                        "Заменили двенадцать километров."]
    assert {(q.speaker, q.sieve) for q in quotes} == {("Бакытжан Нургалиев", SIEVE_INTERVIEW)}


def test_starred_questions_answered_by_dash_paragraphs(quotes_of) -> None:
    text = ("وزير النقل: القطار السريع يعمل في 2028\n\n"
            "أجرت الصحيفة حوارا مع وزير النقل الأردني المهندس خالد الحياري.\n\n"
            "* ما أبرز المشاريع هذا العام؟\n\n"
            "- القطار السريع بين عمان والزرقاء.\n\n"
            "* متى يبدأ التشغيل؟\n\n"
            "- في عام 2028.\n\n"
            "وكان الوزير قد زار موقع المشروع الأسبوع الماضي.\n")
    quotes = quotes_of(text, "ar")
    assert [q.text for q in quotes] == ["القطار السريع بين عمان والزرقاء.", "في عام 2028."]
    assert [q.sieve for q in quotes] == [SIEVE_INTERVIEW] * 2 and quotes[0].speaker is not None


def test_questions_in_an_ordinary_report_make_no_interview(article_of) -> None:
    text = ("Prices rise again in Almaty\n\n"
            "Bread cost 12 percent more in November, the statistics bureau said.\n\n"
            "Why are prices rising?\n\n"
            "Economists point to the weak tenge and to the cost of fuel.\n\n"
            "Will it last?\n\n"
            "The central bank expects inflation to slow in spring.\n")
    assert find_interview(Document.of(article_of(text, "en"), with_tokens=False)) is None


def test_a_question_word_after_a_title_names_no_official(article_of) -> None:
    text = ("حوار مع وزير الصحة\n\n"
            "التقت الصحيفة وزير الصحة الكويتي الدكتور أحمد العوضي.\n\n"
            "* معالي الوزير، ما أبرز ما تحقق هذا العام؟\n\n"
            "افتتحنا ثلاثة مستشفيات جديدة.\n\n"
            "* وسئل الوزير عما إذا كانت الرسوم سترتفع؟\n\n"
            "لا.\n")
    names = [o.name for o in find_officials(article_of(text, "ar"))]
    assert names == ["أحمد العوضي"]


def test_a_quote_broken_by_its_attribution_inside_one_pair_of_marks_is_two_quotes(quotes_of) -> None:
    text = ("Министр финансов Мадина Абылкасымова выступила в сенате.\n\n"
            "«Дефицит бюджета сократится до двух процентов, — заявила она. — Расходы на оборону "
            "останутся прежними».\n")
    quotes = quotes_of(text, "ru")
    assert [q.text for q in quotes] == ["Дефицит бюджета сократится до двух процентов",
                                        "Расходы на оборону останутся прежними"]
    assert [q.speaker for q in quotes] == ["Мадина Абылкасымова"] * 2


def test_a_headline_quote_goes_to_the_family_name_the_headline_gives(quotes_of) -> None:
    text = ("«Паром пойдет в апреле» — Жумабеков\n\n"
            "Министр транспорта Казахстана Нурлан Жумабеков и вице-министр Асель Омарова "
            "посетили порт Курык.\n\n"
            "По словам министра, новый паром примет сто вагонов.\n")
    quotes = quotes_of(text, "ru")
    assert [(q.text, q.speaker, q.sieve) for q in quotes] == [
        ("Паром пойдет в апреле", "Нурлан Жумабеков", SIEVE_FAMILY)]


def test_a_headline_quote_with_no_name_beside_it_gets_none_from_the_headline(quotes_of) -> None:
    text = ("«Паром пойдет в апреле»: в Курыке открыли терминал\n\n"
            "Министр транспорта Казахстана Нурлан Жумабеков посетил порт Курык.\n")
    quotes = quotes_of(text, "ru")
    assert all(q.sieve != SIEVE_FAMILY for q in quotes)
