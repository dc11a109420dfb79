"""The sieves4 round of issue 9: a headline's quote whose dash or colon gives the speaker's
title and no name (``«...» — вице-министр торговли``, ``ونائب الوزير: "..."``) is the official
the article describes in those words, when the headline repeats two words of that
description and the word beside the dash or the colon is one of them; a headline whose
words outside the marks are a sentence about a body names nobody (each test on text
written for it)."""

from __future__ import annotations

from dragoman.article.analysis import SIEVE_ROLE, SIEVE_TITLE
from dragoman.summarize.officials import find_officials
from dragoman.summarize.quotes import find_quotes

# A short title the mention finder ties to the official makes the title sieve answer first;
# either names the same one.
_BY_TITLE = (SIEVE_ROLE, SIEVE_TITLE)


def _headline_quote(article_of, text: str, language: str) -> tuple[str | None, str | None] | None:
    article = article_of(text, language)
    head_end = text.index("\n")
    found = [(q.speaker, q.sieve) for q in find_quotes(article, find_officials(article)) if q.end <= head_end]
    return found[0] if found else None


_RU_BODY = ("\n\nАстана. Министерство энергетики проверит готовность котельных. Об этом на брифинге "
            "рассказал вице-министр энергетики и водных ресурсов Ержан Бектуров. Рядом с ним выступал "
            "председатель комитета атомного надзора Нурлан Сатпаев.\n\n"
            "«Котельные проверим до конца месяца», — сказал Бектуров.\n")


def test_a_dash_and_a_short_title_name_the_official_so_described(article_of) -> None:
    text = "«Тарифы на тепло до весны не вырастут» — вице-министр энергетики" + _RU_BODY
    speaker, sieve = _headline_quote(article_of, text, "ru")
    assert speaker == "Ержан Бектуров" and sieve in _BY_TITLE


def test_a_colon_after_the_quote_and_a_title_name_the_official(article_of) -> None:
    text = "«Тарифы на тепло до весны не вырастут»: вице-министр энергетики о котельных" + _RU_BODY
    assert _headline_quote(article_of, text, "ru")[0] == "Ержан Бектуров"


def test_a_sentence_about_a_body_after_the_colon_names_nobody(article_of) -> None:
    text = "«Тарифы на тепло до весны не вырастут»: комитет атомного надзора одобрил проверку" + _RU_BODY
    assert _headline_quote(article_of, text, "ru") in (None, (None, None))


def test_an_arabic_title_before_the_colon_with_a_glued_conjunction(article_of) -> None:
    text = ('جولة في المستشفيات.. ونائب الوزير: "لن يبقى قسم طوارئ بلا طبيب بعد اليوم"\n\n'
            "عمّان - بترا\n\n"
            "تفقد نائب وزير الصحة الدكتور خالد العبادي، اليوم، قسم الطوارئ في مستشفى الزرقاء، "
            "يرافقه مدير المستشفى الدكتور سامي الرواشدة.\n\n"
            'وقال الرواشدة إن "التوسعة ستضيف 25 سريرا خلال ثلاثة أشهر".\n')
    speaker, sieve = _headline_quote(article_of, text, "ar")
    assert speaker == "خالد العبادي" and sieve in _BY_TITLE


def test_a_kazakh_short_headline_quote_is_kept_when_its_title_names_the_speaker(article_of) -> None:
    text = ("«Көпір маусымда ашылады» – әкім орынбасары\n\n"
            "ОРАЛ. Облыс әкімінің орынбасары Ғалым Нұрмұханов жаңа көпірдің құрылысын аралады. Оған "
            "басқарма басшысы Сәуле Жұмабаева ілесті.\n\n"
            "– Жұмыс қыста да тоқтамайды, – деді Ғалым Нұрмұханов.\n")
    assert _headline_quote(article_of, text, "kk") == ("Ғалым Нұрмұханов", SIEVE_ROLE)
