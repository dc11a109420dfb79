"""The offices-aren round: the offices of public life beyond diplomacy in Arabic and English
(courts, prosecutors, police ranks, local government, legislators, consuls) and the shapes of
the names beside them. Texts written for these tests."""

from __future__ import annotations

from dragoman.summarize.officials import find_officials


def _officials(article_of, text: str, language: str):
    return {o.name: o for o in find_officials(article_of(text, language))}


# English

def test_a_rank_before_a_gulf_name_is_neither_name_nor_office(article_of) -> None:
    text = ("Brigadier Hamad Salem Al Suwaidi, Director of the Traffic Department at Abu Dhabi Police, "
            "said the new cameras would start working in January.\n\n"
            "\"Speed is still the first cause of deaths,\" Al Suwaidi said.\n")
    found = _officials(article_of, text, "en")
    assert set(found) == {"Hamad Salem Al Suwaidi"}
    assert found["Hamad Salem Al Suwaidi"].title_en.startswith("Director of the Traffic Department")


def test_a_capital_al_inside_a_run_binds_the_name(article_of) -> None:
    text = "Lt-Gen Faris Khalfan Al Mazrouei, Commander-in-Chief of the police, opened the centre.\n"
    assert "Faris Khalfan Al Mazrouei" in _officials(article_of, text, "en")


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


def test_a_local_office_governs_the_place_before_the_name(article_of) -> None:
    text = ("أشرف والي نابل رضا الجبالي على اجتماع اللجنة الجهوية.\n\n"
            "وقالت رئيسة بلدية قليبية سناء العياشي إن الأشغال ستنتهي في مارس.\n")
    found = _officials(article_of, text, "ar")
    assert {"رضا الجبالي", "سناء العياشي"} <= set(found)
    assert found["رضا الجبالي"].title_en.startswith("Governor")
    assert found["سناء العياشي"].title_en.startswith("Mayor")


def test_a_given_name_with_the_article_before_bin_is_a_name(article_of) -> None:
    text = "واستقبل والي المنستير الطاهر بن عمار وفدا من المستثمرين.\n"
    assert "الطاهر بن عمار" in _officials(article_of, text, "ar")


def test_a_name_opening_with_waw_after_a_title_is_a_name(article_of) -> None:
    text = "وأفاد القاضي وائل الحمروني بأن الجلسة أجلت.\n"
    found = _officials(article_of, text, "ar")
    assert set(found) == {"وائل الحمروني"}
    assert found["وائل الحمروني"].title_en == "Judge"


def test_a_field_joined_with_waw_after_a_title_is_still_no_name(article_of) -> None:
    text = "بحضور المديرة الجهوية ومديري المستشفيات بالجهة.\n"
    assert _officials(article_of, text, "ar") == {}


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
