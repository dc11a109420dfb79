"""The refs round of issue 9: references that tie a quote to an official (a word for an
official with a country's adjective, a given name with a word of address after it, a bare
title repeating a title stated after the name, a portfolio with "и" before the name); each
test on text written for it."""

from __future__ import annotations

from dragoman.summarize.officials import find_officials


def _mentions(article_of, text: str, language: str) -> dict[str, list[str]]:
    return {o.name: [m.text for m in o.mentions] for o in find_officials(article_of(text, language))}


def _titles(article_of, text: str, language: str) -> dict[str, str | None]:
    return {o.name: o.title for o in find_officials(article_of(text, language))}


def test_the_kazakh_official_is_the_one_kazakh_official_named_before(article_of) -> None:
    text = ("Kazakh Deputy Energy Minister Murat Zhaksybekov met Omani Undersecretary Salim al-Harthy.\n\n"
            "\"We will ship more oil through Aktau,\" the Kazakh official said.\n")
    assert "Kazakh official" in _mentions(article_of, text, "en")["Murat Zhaksybekov"]


def test_an_unnamed_kazakh_official_is_nobody(article_of) -> None:
    text = ("Kazakh Deputy Energy Minister Murat Zhaksybekov met reporters in Astana.\n\n"
            "A Kazakh official said the tariffs were not settled.\n")
    assert not any("official" in m for m in _mentions(article_of, text, "en")["Murat Zhaksybekov"])


def test_the_feminine_reference_goes_to_the_woman_of_that_country(article_of) -> None:
    text = ("التقى مراد تولغانوف سفير كازاخستان، ونائبة وزير الزراعة الكازاخستانية دانا أوسبانوفا بالصحفيين.\n\n"
            "وقالت المسؤولة الكازاخستانية إن \"القمح سيصل في الربيع\".\n")
    mentions = _mentions(article_of, text, "ar")
    assert "المسؤولة الكازاخستانية" in mentions["دانا أوسبانوفا"]
    assert "المسؤولة الكازاخستانية" not in mentions["مراد تولغانوف"]


def test_a_reference_two_officials_of_the_country_fit_goes_to_nobody(article_of) -> None:
    text = ("التقى مراد تولغانوف سفير كازاخستان، ونائب وزير الزراعة الكازاخستاني أرمان سيتقالييف بالصحفيين.\n\n"
            "وقال المسؤول الكازاخستاني إن \"القمح سيصل في الربيع\".\n")
    mentions = _mentions(article_of, text, "ar")
    assert not any("المسؤول الكازاخستاني" in m for names in mentions.values() for m in names)


def test_a_given_name_with_a_word_of_address_after_it_is_its_holder(article_of) -> None:
    text = ("Брифингке облыс әкімінің орынбасары Гүлнар Сейітова қатысты.\n\n"
            "«Қойма көктемде ашылады», – деді Гүлнар ханым.\n\n"
            "Гүлнар ханымның айтуынша, жұмыс тамызда басталады.\n")
    mentions = _mentions(article_of, text, "kk")["Гүлнар Сейітова"]
    assert "Гүлнар ханым" in mentions and "Гүлнар ханымның" in mentions


def test_a_word_of_address_after_a_given_name_two_people_share_is_nobody(article_of) -> None:
    text = ("Брифингке облыс әкімінің орынбасары Гүлнар Сейітова мен басқарма басшысы Гүлнар Бекова қатысты.\n\n"
            "«Қойма көктемде ашылады», – деді Гүлнар ханым.\n")
    mentions = _mentions(article_of, text, "kk")
    assert not any("ханым" in m for names in mentions.values() for m in names)


def test_a_bare_title_repeats_the_first_words_of_a_title_stated_after_the_name(article_of) -> None:
    text = ("استقبل سامي الحديدي وزير السياحة والآثار اليوم وفدا من رجال الأعمال.\n\n"
            "وقال وزير السياحة إن \"الفنادق جاهزة\".\n")
    assert "وزير السياحة" in _mentions(article_of, text, "ar")["سامي الحديدي"]


def test_a_portfolio_with_and_before_the_name_keeps_the_title_on_the_name(article_of) -> None:
    text = ("Об этом сообщил вице-министр промышленности и строительства Тимур Алдабергенов.\n\n"
            "«Сертификат придет на телефон», — сказал вице-министр.\n")
    assert _titles(article_of, text, "ru")["Тимур Алдабергенов"] is not None
    assert "вице-министр" in _mentions(article_of, text, "ru")["Тимур Алдабергенов"]


def test_a_title_in_the_lines_an_article_opens_with_means_the_one_named_later(article_of) -> None:
    text = ("Энергетика\n10:15, 2 декабря 2026\n\n"
            "Вице-министр энергетики Казахстана — о газе и ценах\n\n"
            "Вице-министр энергетики Ербол Сагындыков рассказал журналистам о сроках.\n")
    mentions = _mentions(article_of, text, "ru")["Ербол Сагындыков"]
    assert any(m.startswith("Вице-министр энергетики") and "Сагындыков" not in m for m in mentions)


def test_a_title_in_a_sentence_before_the_name_is_no_reference_to_it(article_of) -> None:
    text = ("Газ на севере\n\n"
            "Вице-министр энергетики выступит завтра.\n\n"
            "Вице-министр энергетики Ербол Сагындыков рассказал журналистам о сроках.\n")
    mentions = _mentions(article_of, text, "ru")["Ербол Сагындыков"]
    assert all("Сагындыков" in m for m in mentions)


def test_a_long_english_title_with_of_and_the_keeps_to_its_name(article_of) -> None:
    text = ("Deputy Minister of Digital Development and Transport of the Republic of Azerbaijan "
            "Elvin Rustamli spoke in Baku.\n\n\"The ferries will run daily,\" the deputy minister said.\n")
    assert _titles(article_of, text, "en")["Elvin Rustamli"] is not None
    assert "deputy minister" in " ".join(_mentions(article_of, text, "en")["Elvin Rustamli"]).lower()


def test_an_and_after_a_comma_opens_the_next_persons_title(article_of) -> None:
    text = ("The forum was attended by Dr Salim Al Harthy, Minister of State for Foreign Trade, "
            "and Kazakhstan's Minister of Transport Nurlan Abenov.\n")
    titles = _titles(article_of, text, "en")
    assert "State" not in (titles.get("Nurlan Abenov") or "")
