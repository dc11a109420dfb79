"""English titles (branch names): one office one English title (the full diplomatic rank,
Healthcare, the head of government), a minister's joined portfolios, an envoy's posting from
any of their titles, and a Kazakh report filed abroad. Every example is written for these tests."""

from __future__ import annotations

import pytest

from dragoman.summarize.officials import find_officials
from dragoman.summarize.titles import agreed_title, same_office


def titles_of(article_of, text: str, language: str) -> dict[str, str | None]:
    return {o.name: o.title_en for o in find_officials(article_of(text, language))}


@pytest.mark.parametrize("title, agreed", [
    ("Ambassador Extraordinary and Plenipotentiary of Kazakhstan to Japan", "Ambassador of Kazakhstan to Japan"),
    ("Vice Minister of Healthcare of Kazakhstan", "Deputy Minister of Health of Kazakhstan"),
    ("Healthcare Minister", "Minister of Health"),
])
def test_forms_of_one_office_are_one_title(title: str, agreed: str) -> None:
    assert agreed_title(title) == agreed


def test_the_head_of_government_is_the_prime_minister_where_there_is_one() -> None:
    assert same_office("Head of Government", "Kazakhstan") == "Prime Minister"
    assert same_office("Head of Government", "Russia") == "Prime Minister"
    assert same_office("Head of Government", "China") == "Head of Government"  # the Premier's own entry


def test_kazakh_head_of_government_and_full_rank(article_of) -> None:
    text = ("Үкімет басшысы Ерлан Досымов жаңа бағдарламаны таныстырды.\n\n"
            "Қазақстанның Италиядағы Төтенше және өкілетті елшісі Бекзат Исабеков сенім "
            "грамотасын тапсырды.\n")
    found = titles_of(article_of, text, "kk")
    assert found["Ерлан Досымов"] == "Prime Minister of Kazakhstan"
    assert found["Бекзат Исабеков"] == "Ambassador of Kazakhstan to Italy"


def test_a_kazakh_report_from_abroad_names_kazakhstans_officials(article_of) -> None:
    text = ("АНКАРА. ҚазАқпарат – Кездесуге Энергетика вице-министрі Айдос Сейітқалиев қатысты.\n")
    assert titles_of(article_of, text, "kk")["Айдос Сейітқалиев"] == "Deputy Minister of Energy of Kazakhstan"


@pytest.mark.parametrize("portfolio, english", [
    ("الكهرباء والطاقة المتجددة", "Minister of Electricity and Renewable Energy"),
    ("التعليم العالي والبحث العلمي", "Minister of Higher Education and Scientific Research"),
    ("الإسكان والمرافق والمجتمعات العمرانية", "Minister of Housing, Utilities and Urban Communities"),
    ("الطاقة والمعادن", "Minister of Energy and Minerals"),
])
def test_a_ministers_joined_portfolios_are_all_named(article_of, portfolio: str, english: str) -> None:
    text = f"القاهرة في 5 مايو /أ ش أ/ قال الدكتور سامح عبد الرحيم وزير {portfolio} إن المشروع بدأ.\n"
    assert titles_of(article_of, text, "ar")["سامح عبد الرحيم"] == f"{english} of Egypt"


def test_an_envoys_posting_from_any_of_their_titles(article_of) -> None:
    text = ("استقبل الوزير اليوم السفير دانيار سارسينباييف، سفير جمهورية كازاخستان بالقاهرة، "
            "لبحث التعاون.\n\nكما التقى السفير يرلان قاراباييف سفير كازاخستان لدى سلطنة عمان.\n")
    found = titles_of(article_of, text, "ar")
    assert found["دانيار سارسينباييف"] == "Ambassador of Kazakhstan to Egypt"
    assert found["يرلان قاراباييف"] == "Ambassador of Kazakhstan to Oman"


def test_the_host_country_of_a_gulf_agency_is_its_datelines(article_of) -> None:
    text = ("الرياض 12 جمادى الآخرة /واس/ استقبل معالي الوزير سعادة السفير ماديار قاسيموف سفير "
            "جمهورية كازاخستان لدى المملكة.\n")
    assert titles_of(article_of, text, "ar")["ماديار قاسيموف"] == "Ambassador of Kazakhstan to Saudi Arabia"


def test_a_deputy_sits_in_the_one_chamber_the_article_names(article_of) -> None:
    text = ("Мәжілісте бюджет талқыланды.\n\nДепутат Айдар Жомартов жобаны сынады. «Бұл жеткіліксіз», "
            "– деді депутат.\n")
    assert titles_of(article_of, text, "kk")["Айдар Жомартов"] == "Deputy of the Mazhilis of Kazakhstan"
    both = ("Мажилис и Сенат обсудили бюджет.\n\nДепутат Айдар Жомартов раскритиковал проект.\n")
    title = titles_of(article_of, both, "ru")["Айдар Жомартов"] or ""
    assert "Mazhilis" not in title and "Senate" not in title  # two chambers named: neither


def test_a_senator_is_a_title(article_of) -> None:
    text = "АСТАНА, 4 декабря — Сенатор Ерлан Жомартов выступил против поправок.\n"
    assert titles_of(article_of, text, "ru")["Ерлан Жомартов"] == "Senator of Kazakhstan"
    kk = "Құжат бойынша жұмыс тобын сенатор Нұржан Әбілов басқарды.\n"
    assert titles_of(article_of, kk, "kk")["Нұржан Әбілов"] == "Senator of Kazakhstan"


def test_an_english_apposition_runs_on_through_its_portfolio(article_of) -> None:
    text = ("ABU DHABI, Dec 3 (Reuters) - Hamad Al Suwaidi, Minister of Industry and Advanced "
            "Technology, said on Monday the plant would open next year.\n")
    title = titles_of(article_of, text, "en")["Hamad Al Suwaidi"] or ""
    assert title.startswith("Minister of Industry and Advanced Technology")
