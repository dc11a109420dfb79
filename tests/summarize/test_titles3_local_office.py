"""A Kazakh local office named by its kind alone (облыс әкімі, аудан әкімі: "the region's akim")
governs the region or district of that kind the report named before it, in any case form, by the
gazetteer's English or, for a name it lacks, by rule; a caption's word or a function word before
the kind's word is no place (titles3 round, issue 9). Every example is written for these tests."""

from __future__ import annotations

from dragoman.summarize.officials import find_officials


def title_of(article_of, text: str, family: str) -> str | None:
    found = [o for o in find_officials(article_of(text, "kk")) if family in o.name]
    assert len(found) == 1, [o.name for o in find_officials(article_of(text, "kk"))]
    return found[0].title_en


def test_the_region_named_before_in_another_case(article_of) -> None:
    text = ("Президент Түркістан облысына барды. Облыс әкімі Нұрлан Сейітов Президентке "
            "мақта жинау барысы туралы баяндады.\n")
    assert title_of(article_of, text, "Сейітов") == "Akim of Turkistan Region"


def test_a_region_the_gazetteer_lacks_by_rule(article_of) -> None:
    text = ("ҰЛЫТАУ ОБЛЫСЫ. Жаңа жол ашылды.\n\n"
            "Суретте: облыс әкімінің орынбасары Бауыржан Ахметов.\n")
    assert title_of(article_of, text, "Ахметов") == "Deputy Akim of Ulytau Region"


def test_no_place_from_a_caption_or_a_function_word(article_of) -> None:
    text = "Суретте: облыс әкімінің орынбасары Бауыржан Ахметов.\n"
    assert "Suret" not in (title_of(article_of, text, "Ахметов") or "")
    text = "Жол жөнделді. Енді қаланың әкімі Бауыржан Ахметов жаңа саябақ ашады.\n"
    assert "Yendi" not in (title_of(article_of, text, "Ахметов") or "")
