"""An officer of a local council (maslikhat) is written as Kazakhstan's English outlets write
it, the council's place and level inside its name and no country: Secretary of the Aktobe
Regional Maslikhat, Deputy of the Pavlodar City Maslikhat. A title that names the council
without its level takes the level and place of the one council the report names with them; a
deputy named with no body at all, in a report on a maslikhat's session that names no chamber
of parliament, sits in that maslikhat (titles round, issue 9). Every example is written for
these tests."""

from __future__ import annotations


def test_kazakh_secretary_of_the_council_named_with_its_place(english_title) -> None:
    text = ("Ақтөбе облыстық мәслихатының сессиясы өтті. Сессияны мәслихат хатшысы Ғалым Сейітов "
            "жүргізді.\n")
    assert english_title(text, "kk", "Сейітов") == "Secretary of the Aktobe Regional Maslikhat"


def test_kazakh_deputy_with_the_level_and_the_place_named_elsewhere(english_title) -> None:
    text = ("Қостанай облыстық мәслихатында бюджет талқыланды. Облыстық мәслихат депутаты Айгүл "
            "Жақсыбекова мектептер туралы айтты.\n")
    assert english_title(text, "kk", "Жақсыбекова") == "Deputy of the Kostanay Regional Maslikhat"


def test_russian_deputy_of_a_city_council_named_by_its_adjective(english_title) -> None:
    text = ("На сессии Карагандинского городского маслихата обсудили тарифы. Депутат городского "
            "маслихата Ерлан Сапаров потребовал отчета.\n")
    assert english_title(text, "ru", "Сапаров") == "Deputy of the Karaganda City Maslikhat"


def test_a_bare_deputy_at_a_maslikhat_session(english_title) -> None:
    text = ("На сессии Павлодарского городского маслихата обсудили тарифы. Депутат Ерлан Сапаров "
            "потребовал отчета.\n")
    assert english_title(text, "ru", "Сапаров") == "Deputy of the Pavlodar City Maslikhat"


def test_a_bare_deputy_stays_the_chambers_when_the_report_names_one(english_title) -> None:
    text = ("Депутаты Мажилиса и Павлодарского городского маслихата встретились с жителями. "
            "Депутат Ерлан Сапаров потребовал отчета.\n")
    assert english_title(text, "ru", "Сапаров") != "Deputy of the Pavlodar City Maslikhat"


def test_no_place_when_the_report_names_two_cities_councils(english_title) -> None:
    text = ("Депутаты Павлодарского городского маслихата и Карагандинского городского маслихата "
            "встретились. Секретарь маслихата Ерлан Сапаров открыл заседание.\n")
    assert english_title(text, "ru", "Сапаров") == "Secretary of the City Maslikhat"
