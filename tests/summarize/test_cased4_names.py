"""The cased4 round: English Gulf names of four words (a capitalised "Al" before the family
name, "bint" as "bin"), and a title after a name whose complement ends in a capitalised body.
Texts written for these tests."""

from __future__ import annotations

from dragoman.summarize.officials import find_officials


def _officials(article_of, text: str, language: str):
    return {o.name: o for o in find_officials(article_of(text, language))}


def test_a_four_word_gulf_name_is_one_person_with_its_family_name(article_of) -> None:
    text = ("Brigadier Mohammed Saif Al Zaabi, Director of the Traffic Department at Fujairah Police, "
            "said the road would reopen on Friday.\n\n"
            "\"The repairs took longer than we planned,\" Al Zaabi said.\n")
    found = _officials(article_of, text, "en")
    assert set(found) == {"Mohammed Saif Al Zaabi"}
    assert found["Mohammed Saif Al Zaabi"].title_en.startswith("Director of the Traffic Department")


def test_bint_joins_a_womans_name_as_bin_does(article_of) -> None:
    text = ("Dr. Noura bint Salem Al Harthy, Director of the Health Department, said two clinics "
            "would open in the spring.\n")
    found = _officials(article_of, text, "en")
    assert set(found) == {"Noura bint Salem Al Harthy"}


def test_a_title_ending_in_a_capitalised_body_stays_with_the_name_before_it(article_of) -> None:
    text = ("Colonel Rashid Ali Al Dhaheri, Director General of Ras Al Khaimah Civil Defence, said "
            "the fire was put out within two hours.\n")
    found = _officials(article_of, text, "en")
    assert "Rashid Ali Al Dhaheri" in found
    assert found["Rashid Ali Al Dhaheri"].title_en.startswith("Director General")


def test_a_title_right_before_the_next_name_is_still_that_names(article_of) -> None:
    text = ("Asked about the delay, Nurlan Abenov declined to comment. Spokesperson Aigerim "
            "Sadykova said the ministry would answer on Monday.\n")
    found = _officials(article_of, text, "en")
    assert "Aigerim Sadykova" in found
    assert found["Aigerim Sadykova"].title_en.startswith("Spokesperson")


def test_initials_written_before_the_full_name_are_that_person(article_of) -> None:
    text = ("A reply signed by K. Abenova said the clinic would open in spring.\n\n"
            "Karlygash Abenova, head of the city health department, said on Monday that the "
            "clinic was delayed. \"We lost two months to the tender,\" she said.\n")
    found = _officials(article_of, text, "en")
    assert set(found) == {"Karlygash Abenova"}


def test_a_womans_initials_in_a_caption_before_her_full_name_in_russian(article_of) -> None:
    text = ("На фото: Д.Омарова на брифинге.\n\n"
            "Вице-министр финансов Динара Омарова заявила, что бюджет будет исполнен. "
            "«Дефицита не будет», – отметила Омарова.\n")
    found = _officials(article_of, text, "ru")
    assert set(found) == {"Динара Омарова"}


def test_a_private_role_before_a_firms_quoted_name_makes_a_private_voice(article_of) -> None:
    text = ("Министр финансов Ерлан Жумабеков заявил, что бюджет будет исполнен.\n\n"
            "«Рынок ждал этого решения», – считает ведущий аналитик брокерской компании "
            "«Степь Инвест» Арман Каримов.\n")
    found = _officials(article_of, text, "ru")
    assert set(found) == {"Ерлан Жумабеков"}


def test_a_private_role_over_a_number_makes_a_private_voice(article_of) -> None:
    text = ("«Света не было два дня», – рассказала жительница дома № 7 Сауле Ибраева.\n\n"
            "Аким района Марат Есенов пообещал восстановить подачу электричества.\n")
    found = _officials(article_of, text, "ru")
    assert "Сауле Ибраева" not in found
    assert "Марат Есенов" in found


def test_a_comma_still_ends_the_private_role(article_of) -> None:
    text = ("«Работы завершат к пятнице», – сказал аналитик, а затем вице-министр энергетики "
            "Болат Нуров подтвердил сроки.\n")
    found = _officials(article_of, text, "ru")
    assert "Болат Нуров" in found
