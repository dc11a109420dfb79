"""A minister named by the bare title takes the portfolio of the one ministry the report names
(Министр X in a report on the Energy Ministry: Minister of Energy), and a minister whose title
gives the portfolio but no country takes the country the report names beside that ministry
(Министерство здравоохранения Республики Казахстан ... вице-министр здравоохранения X). Two
portfolios, another state's minister, or another country named anywhere: no guess (titles
round, issue 9). Every example is written for these tests."""

from __future__ import annotations


def test_kazakh_minister_after_a_genitive_ministry(english_title) -> None:
    text = ("Қазақстан Республикасы Энергетика министрлігінің вице-министрі Ерлан Сәдуақасов брифинг өткізді. "
            "Бұған дейін Министр Бақыт Омаров жаңа тарифтер туралы айтқан.\n")
    assert english_title(text, "kk", "Омаров") == "Minister of Energy of Kazakhstan"
    assert english_title(text, "kk", "Сәдуақасов") == "Deputy Minister of Energy of Kazakhstan"


def test_russian_country_from_the_ministry_named_in_the_lead(english_title) -> None:
    text = ("Министерство транспорта Республики Казахстан открыло новый маршрут. Об этом сообщил "
            "вице-министр транспорта Азамат Жумабаев. Ранее министр Ерлан Касымов подписал приказ.\n")
    assert english_title(text, "ru", "Жумабаев") == "Deputy Minister of Transport of Kazakhstan"
    assert english_title(text, "ru", "Касымов") == "Minister of Transport of Kazakhstan"


def test_no_portfolio_when_the_report_names_two(english_title) -> None:
    text = ("Министерство транспорта Республики Казахстан открыло новый маршрут. Об этом сообщил "
            "вице-министр финансов Азамат Жумабаев. Ранее министр Ерлан Касымов подписал приказ.\n")
    assert english_title(text, "ru", "Касымов") == "Minister"


def test_no_portfolio_when_another_country_is_named(english_title) -> None:
    text = ("Қазақстан Республикасы Энергетика министрлігінің вице-министрі Ерлан Сәдуақасов Өзбекстан "
            "делегациясымен кездесті. Министр Бақыт Омаров келіссөзге қатысқан жоқ.\n")
    assert english_title(text, "kk", "Омаров") == "Minister of Kazakhstan"


def test_no_country_when_that_countrys_own_minister_holds_the_portfolio(english_title) -> None:
    text = ("Министерство энергетики России провело совещание. Министр энергетики России Сергей Петров "
            "выступил первым, затем вице-министр энергетики Азамат Жумабаев.\n")
    assert english_title(text, "ru", "Жумабаев") == "Deputy Minister of Energy"


def test_a_neighbours_ministry_of_two_fields(english_title) -> None:
    text = ("Заместитель министра энергетики и водных ресурсов Республики Таджикистан Фаррух Саидов "
            "рассказал о ремонте Нурекской ГЭС.\n")
    assert english_title(text, "ru", "Саидов") == "Deputy Minister of Energy and Water Resources of Tajikistan"


def test_kazakh_country_before_the_portfolio(english_title) -> None:
    text = ("Жиынға Қырғыз Республикасының Экономика және коммерция министрінің орынбасары Айбек "
            "Токтосунов қатысты.\n")
    assert english_title(text, "kk", "Токтосунов") == "Deputy Minister of Economy and Commerce of Kyrgyzstan"
