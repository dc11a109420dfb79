"""The apposition round's rules, on short articles of our own through the real analysis:
names in apposition, private people introduced in apposition, title references by body,
country and role, and Russian base forms of first names the suffix rules cannot undo."""

from __future__ import annotations

import pytest

from dragoman.article import from_text
from dragoman.summarize.officials import analyse_officials
from dragoman.summarize.persons import _first_names_by_dictionary
from dragoman.summarize.quotes import find_quotes


def _analyse(text: str):
    article = from_text(text)
    found = analyse_officials(article)
    return found.officials, find_quotes(article, found.officials)


EN_APPOSITION = (
    "Flood defences ready by March, officials say\n"
    "\n"
    "OSH, Dec 2 - Work on the new flood defences will finish by March, officials said on "
    "Wednesday.\n"
    "\n"
    "The meeting was attended by Deputy Prime Minister Edil Baisalov and Aibek Turdubayev, "
    'head of the regional water authority. "We work in two shifts," Turdubayev said.\n'
    "\n"
    'Nurgul Abdykerimova, a 47-year-old apricot grower from Papan, was less sure. "They said '
    'the same in 2019," she said.\n'
)


def test_a_name_after_and_with_a_title_in_apposition_is_an_official() -> None:
    officials, _ = _analyse(EN_APPOSITION)
    names = [o.name for o in officials]
    assert "Aibek Turdubayev" in names and "Edil Baisalov" in names
    assert next(o for o in officials if o.name == "Aibek Turdubayev").title == "head"


def test_a_private_person_in_apposition_with_an_age_speaks_but_is_no_official() -> None:
    officials, quotes = _analyse(EN_APPOSITION)
    assert "Nurgul Abdykerimova" not in [o.name for o in officials]
    assert [o.name for o in officials.voices] == ["Nurgul Abdykerimova"]
    said = next(q for q in quotes if q.text.startswith("They said"))
    assert said.speaker == "Nurgul Abdykerimova"


def test_the_same_words_without_the_private_role_leave_no_voice() -> None:
    officials, _ = _analyse(EN_APPOSITION.replace("apricot grower", "apricot orchard owner's"))
    assert officials.voices == []


RU_REFERENCES = (
    "Казахстан и Киргизия договорились об энергии\n"
    "\n"
    "БИШКЕК, 2 декабря – Министр энергетики Казахстана Алмасадам Саткалиев и министр "
    "энергетики Киргизии Таалайбек Ибраев подписали соглашение. Председатель кабинета "
    "министров Киргизии Адылбек Касымалиев принял делегацию. Премьер-министр Казахстана Олжас "
    "Бектенов направил ему письмо.\n"
    "\n"
    "«Мы поставим электроэнергию», – сказал журналистам глава Минэнерго Казахстана.\n"
    "\n"
    "Кыргызский премьер поручил подготовить договор. «Годовые договоренности не работают», – "
    "заявил он.\n"
)


def test_a_ministry_head_reference_goes_to_that_countrys_minister() -> None:
    officials, quotes = _analyse(RU_REFERENCES)
    satkaliyev = next(o for o in officials if o.name == "Алмасадам Саткалиев")
    assert "глава Минэнерго Казахстана" in [m.text for m in satkaliyev.mentions]
    assert next(q for q in quotes if q.text.startswith("Мы поставим")).speaker == "Алмасадам Саткалиев"


def test_a_country_adjective_and_the_role_find_the_one_head_of_government() -> None:
    officials, quotes = _analyse(RU_REFERENCES)
    kasymaliev = next(o for o in officials if o.name == "Адылбек Касымалиев")
    assert "Кыргызский премьер" in [m.text for m in kasymaliev.mentions]
    bektenov = next(o for o in officials if o.name == "Олжас Бектенов")
    assert "Кыргызский премьер" not in [m.text for m in bektenov.mentions]
    assert next(q for q in quotes if q.text.startswith("Годовые")).speaker == "Адылбек Касымалиев"


def test_a_reference_by_role_that_fits_two_people_names_nobody() -> None:
    text = RU_REFERENCES.replace("Кыргызский премьер", "Кыргызский министр").replace(
        "Председатель кабинета министров Киргизии", "Министр финансов Киргизии")
    officials, _ = _analyse(text)
    assert not any("Кыргызский министр" in [m.text for m in o.mentions] for o in officials)


def test_the_un_chief_is_the_secretary_general() -> None:
    text = ("Guterres visits Nukus\n\nNUKUS – UN Secretary-General António Guterres met farmers on Tuesday. "
            "President Shavkat Mirziyoyev received him in Tashkent.\n\n"
            "The UN chief said the fund needed \"at least twice that\" by 2030.\n")
    officials, quotes = _analyse(text)
    guterres = next(o for o in officials if o.name == "António Guterres")
    assert "The UN chief" in [m.text for m in guterres.mentions]
    assert quotes[0].speaker == "António Guterres"


def test_a_title_in_apposition_before_the_name_reaches_over_the_place_of_the_office() -> None:
    text = ("Aral talks\n\nNUKUS – The UN Resident Coordinator in Uzbekistan, Kristina Hallberg, met "
            "families on the former shore on Tuesday.\n")
    officials, _ = _analyse(text)
    assert [o.name for o in officials] == ["Kristina Hallberg"]
    assert (officials[0].title or "").endswith("UN Resident Coordinator in Uzbekistan")


def test_russian_first_names_in_a_by_the_dictionary() -> None:
    pytest.importorskip("pymorphy3")
    text = ("Переговоры в Ташкенте\n\nТАШКЕНТ, 2 дек – Вице-премьер Казахстана Серик Жумангарин провел переговоры "
            "с вице-премьером Узбекистана Мусой Рахимовым. "
            "«Совет будет собираться каждый квартал», – сказал Рахимов.\n")
    officials, quotes = _analyse(text)
    assert "Муса Рахимов" in [o.name for o in officials]
    assert quotes[0].speaker == "Муса Рахимов"


def test_a_first_name_written_so_elsewhere_keeps_the_rules_reading() -> None:
    assert _first_names_by_dictionary(["Муса", "Рахимов"], ["Мус", "Рахимов"], {"мусой", "рахимовым"})
    assert not _first_names_by_dictionary(["Муса", "Рахимов"], ["Мус", "Рахимов"], {"мус", "рахимовым"})
    assert not _first_names_by_dictionary(["Муса", "Рахимова"], ["Мус", "Рахимов"], set())  # another family name
    assert not _first_names_by_dictionary(["Ерлан", "Карин"], ["Ерлан", "Карин"], set())  # nothing differs


def _mention_texts(officials, name: str) -> list[str]:
    return [m.text for o in officials if o.name == name for m in o.mentions]


def test_a_counterpart_is_referred_to_by_the_office_of_the_one_named_before() -> None:
    text = ("Ferries for the Caspian\n\nBAKU – Azerbaijani Foreign Minister Jeyhun Bayramov met his Kazakh "
            "counterpart Yermek Kosherbayev on Tuesday.\n\n"
            "\"Our shipyards are working at full capacity,\" the Kazakh minister said.\n")
    officials, quotes = _analyse(text)
    assert "the Kazakh minister" in _mention_texts(officials, "Yermek Kosherbayev")
    assert quotes[0].speaker == "Yermek Kosherbayev"
    other = text.replace("the Kazakh minister", "the Turkish minister")
    assert not any("minister" in m for o in _analyse(other)[0] for m in [x.text for x in o.mentions])


def test_an_indefinite_word_before_a_title_names_nobody() -> None:
    text = ("Caspian talks\n\nBAKU – Turkmen Foreign Minister Rashid Meredov met EU envoys on Monday.\n\n"
            "\"Nothing is signed yet,\" a minister said.\n")
    officials, quotes = _analyse(text)
    assert _mention_texts(officials, "Rashid Meredov") == ["Rashid Meredov"]
    assert quotes[0].speaker is None
    named = _analyse(text.replace("a minister said", "the minister said"))
    assert "the minister" in _mention_texts(named[0], "Rashid Meredov")


def test_a_reference_spans_the_kind_of_place_it_names() -> None:
    text = ("Су құбыры\n\nПАВЛОДАР. Павлодар облысының әкімі Асаин Байханов ауылдарды аралады.\n\n"
            "«Құбыр жыл соңына дейін салынады», – деді облыс әкімі.\n")
    officials, _ = _analyse(text)
    assert "облыс әкімі" in _mention_texts(officials, "Асаин Байханов")


def test_a_plural_title_is_no_reference_to_one_person() -> None:
    pytest.importorskip("pymorphy3")
    text = ("Переговоры в Москве\n\nМОСКВА, 2 декабря – Министр иностранных дел России Сергей Лавров провел "
            "переговоры в Москве.\n\nМинистры обсудили транзит. «Мы договорились», – сказал министр.\n")
    officials, _ = _analyse(text)
    mentions = _mention_texts(officials, "Сергей Лавров")
    assert "министр" in mentions and "Министры" not in mentions


def test_an_inflected_title_before_a_comma_belongs_to_another_clause() -> None:
    text = ("В Кремле\n\nМОСКВА, 2 декабря – Пресс-секретарь президента России Дмитрий Песков назвал переговоры "
            "содержательными.\n\nПо словам представителя Кремля, Путин и Токаев договорились о новой встрече.\n")
    officials, _ = _analyse(text)
    putin = next(o for o in officials if o.name == "Путин" or o.name.endswith("Путин"))
    assert putin.title is None
    assert "представителя Кремля" in _mention_texts(officials, "Дмитрий Песков")


def test_a_name_the_table_knows_with_one_ending_off_every_word() -> None:
    text = ("Визит в Ташкент\n\nТАШКЕНТ, 2 дек – Вице-премьер Казахстана Серик Жумангарин передал приглашение "
            "от Касым-Жомарта Токаева посетить Туркестан.\n")
    officials, _ = _analyse(text)
    assert "Касым-Жомарт Токаев" in [o.name for o in officials]


@pytest.mark.parametrize("text, name, address", [
    ("Интервью\n\nВице-министр транспорта России Арсений Гладышев рассказал о коридоре.\n\n"
     "— Арсений Викторович, сколько грузов пойдет по коридору?\n\n— Около 10 млн тонн.\n",
     "Арсений Гладышев", "Арсений Викторович"),
    ("Сұхбат\n\nТОКИО. Елші Бақыт Сұлтанбеков тілшіге сұхбат берді.\n\n"
     "– Бақыт Асқарұлы, сауда қалай өзгерді?\n\n– Сауда өсті.\n",
     "Бақыт Сұлтанбеков", "Бақыт Асқарұлы"),
])
def test_a_first_name_and_patronymic_address_the_person_named_in_full(text: str, name: str, address: str) -> None:
    officials, _ = _analyse(text)
    assert address in _mention_texts(officials, name)
    assert name in [o.name for o in officials] and address not in [o.name for o in officials]
    other = text.replace(address.split()[0] + ",", "Марат,").replace(address, "Марат " + address.split()[1])
    assert not any("Марат" in m for m in _mention_texts(_analyse(other)[0], name))
