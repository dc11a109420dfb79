"""The offices-aren round: the offices of public life beyond diplomacy in Arabic and English
(courts, prosecutors, police ranks, local government, legislators, consuls) and the shapes of
the names beside them. Texts written for these tests."""

from __future__ import annotations

from dragoman.summarize.officials import find_officials


def _officials(article_of, text: str, language: str):
    return {o.name: o for o in find_officials(article_of(text, language))}


# English

def test_a_rank_before_a_gulf_name_is_neither_name_nor_office(article_of) -> None:
    text = ("Brigadier Hamad Al Suwaidi, Director of the Traffic Department at Abu Dhabi Police, "
            "said the new cameras would start working in January.\n\n"
            "\"Speed is still the first cause of deaths,\" Al Suwaidi said.\n")
    found = _officials(article_of, text, "en")
    assert set(found) == {"Hamad Al Suwaidi"}
    assert found["Hamad Al Suwaidi"].title_en.startswith("Director of the Traffic Department")


def test_a_body_of_police_or_courts_is_no_person(article_of) -> None:
    text = ("Colonel Saeed Al Ketbi, Director of the Cyber Crime Department, said Ajman Police "
            "had closed 14 fake shops.\n")
    found = _officials(article_of, text, "en")
    assert set(found) == {"Saeed Al Ketbi"}
    assert found["Saeed Al Ketbi"].title_en.startswith("Director of the Cyber Crime Department")


def test_judges_prosecutors_and_consuls_before_a_name_are_offices(article_of) -> None:
    text = ("Prosecutor Aliya Sarsenova asked for five years. Judge Nurlan Abenov said he would rule on "
            "Friday. Yerbol Tokenov, Consul General of Kazakhstan in Istanbul, attended the hearing.\n")
    found = _officials(article_of, text, "en")
    assert {"Aliya Sarsenova", "Nurlan Abenov", "Yerbol Tokenov"} <= set(found)
    assert found["Aliya Sarsenova"].title_en.startswith("Prosecutor")
    assert found["Nurlan Abenov"].title_en.startswith("Judge")
    assert found["Yerbol Tokenov"].title_en.startswith("Consul General")


def test_a_rank_alone_makes_no_official(article_of) -> None:
    text = "The Colonel Hotel in Almaty was closed on Monday for repairs.\n"
    assert _officials(article_of, text, "en") == {}


# Arabic

def test_a_police_rank_opens_a_name_whose_office_follows(article_of) -> None:
    text = "وقال اللواء سامح الشريف، مدير أمن الإسكندرية، إن الحملة مستمرة.\n"
    found = _officials(article_of, text, "ar")
    assert set(found) == {"سامح الشريف"}
    assert found["سامح الشريف"].title_en.startswith("Director of Security")


def test_a_consul_posted_in_a_known_city_is_read_past_it(article_of) -> None:
    text = ("وقال القنصل العام لكازاخستان في دبي أرمان سيريكباييف إن القنصلية مفتوحة.\n\n"
            "وأوضح القنصل العام لأوزبكستان في القاهرة شوكت ناظروف أن الرحلات عادت.\n")
    found = _officials(article_of, text, "ar")
    assert {"أرمان سيريكباييف", "شوكت ناظروف"} <= set(found)
    assert found["أرمان سيريكباييف"].title_en.startswith("Consul General")


def test_an_mp_before_her_name_is_an_official(article_of) -> None:
    text = "وقالت النائبة هدى الشريف، عضو لجنة الصحة، إن المشروع يحتاج إلى تمويل.\n"
    found = _officials(article_of, text, "ar")
    assert "هدى الشريف" in found
