"""Round 11 (arnames): the governorates and provinces of Arab states in the gazetteer give a
governor's English title its place and a paper that names only them its country's spelling of
Arab names; Egypt's style writes ق as k, a closing ي as y and the compound's الدين as El-Din."""

from __future__ import annotations

from pathlib import Path

import pytest

from dragoman.article import load
from dragoman.summarize.names import style_country
from dragoman.summarize.officials import find_officials
from dragoman.summarize.romanize import romanize_name


def _officials(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "ar-governorate.txt"
    path.write_text(text, encoding="utf-8")
    return {o.name: o for o in find_officials(load(str(path)))}


def test_an_egyptian_governor_gets_his_governorate_and_the_egyptian_spelling(tmp_path: Path) -> None:
    found = _officials(tmp_path, (
        "محافظ أسيوط يفتتح مستشفى جديدا\n\nكتب - محرر الأخبار\n\n"
        "افتتح اللواء حازم صبري محافظ أسيوط، اليوم، مستشفى جديدا بمركز ديروط، وقال إن "
        "{المستشفى يخدم 300 ألف مواطن}.\n\nوأكد المحافظ أن أسيوط ستفتتح مستشفيين آخرين العام المقبل.\n"))
    governor = found["حازم صبري"]
    assert governor.title_en == "Governor of Asyut"
    assert governor.name_en == "Hazem Sabry"  # Egypt's style, from the governorate named twice


def test_a_tunisian_governor_by_the_dateline_takes_the_french_style(tmp_path: Path) -> None:
    found = _officials(tmp_path, (
        "والي قفصة يتفقد مشاريع الماء\n\n"
        "قفصة، 3 ديسمبر 2026 (وات) - قال والي قفصة منير الزغلامي إن \"الأشغال ستنتهي قبل الصيف\".\n"))
    governor = found["منير الزغلامي"]
    assert governor.title_en == "Governor of Gafsa"
    assert governor.name_en == "Mounir Zeghlami"


def test_a_mayor_keeps_no_place_from_an_earlier_clause_nor_from_the_dateline(tmp_path: Path) -> None:
    found = _officials(tmp_path, (
        "القيروان، 2 ديسمبر 2026 (وات) - وفي ولاية نابل، قال رئيس بلدية قربة سمير الدريدي إن "
        "\"الطريق انهارت\".\n"))
    assert found["سمير الدريدي"].title_en == "Mayor"  # not of Nabeul, nor of the dateline's Kairouan


def test_a_province_counts_for_its_country_and_a_word_named_in_passing_does_not_outweigh_it() -> None:
    assert style_country("قال محافظ سوهاج إن سوهاج ...", "ar") == "Egypt"
    assert style_country("في صفاقس. ثم عاد إلى صفاقس", "ar") == "Tunisia"
    assert style_country("محافظة المنيا ... المنيا ... بعد المغرب", "ar") == "Egypt"  # maghrib: sunset
    assert style_country("البحر الأحمر ثم البحر الأحمر", "ar") is None  # the sea is no country's


@pytest.mark.parametrize("name, english", [
    ("وائل قنديل", "Wael Kandil"),
    ("أيمن صبري", "Ayman Sabry"),
    ("أحمد المهدي", "Ahmed El-Mahdy"),
    ("محمود عبد الرازق", "Mahmoud Abdel Razek"),
    ("صلاح الدين عبد الغني", "Salah El-Din Abdel Ghani"),
    ("علي حسن", "Ali Hassan"),
])
def test_egyptian_spelling_of_arab_names(name: str, english: str) -> None:
    assert romanize_name(name, "ar", "Egypt") == english


def test_the_gulf_spelling_is_unchanged() -> None:
    assert romanize_name("وائل قنديل", "ar") == "Wael Qandil"
    assert romanize_name("أحمد المهدي", "ar") == "Ahmed Al-Mahdi"


def test_a_mayor_of_a_town_of_two_words_is_not_given_its_second_word(tmp_path: Path) -> None:
    found = _officials(tmp_path, (
        "سوسة، 4 ديسمبر 2026 (وات) - قال رئيس بلدية حمام سوسة منير بن صالح إن \"الأشغال انطلقت\".\n"))
    assert "منير بن صالح" in found  # حمام سوسة is the town, not "سوسة منير بن صالح"
    assert found["منير بن صالح"].name_en == "Mounir Ben Salah"  # صالح as the Maghreb writes it
    assert found["منير بن صالح"].title_en == "Mayor"  # not of Sousse


def test_an_arab_papers_minister_without_a_dateline_is_of_the_one_arab_state_it_names(tmp_path: Path) -> None:
    found = _officials(tmp_path, (
        "وزيرة التضامن تستقبل وفدا كازاخستانيا\n\nكتب - محمد علي\n\n"
        "استقبلت الدكتورة هالة عبد الله وزيرة التضامن الاجتماعي، اليوم، وفدا من كازاخستان برئاسة ألماس "
        "نورلانوفا نائبة وزير العمل، وقالت إن {مصر ترحب بالتعاون}.\n\n"
        "وأكد المهندس كريم عادل رئيس هيئة تنمية الصادرات أن {الصادرات إلى كازاخستان ستتضاعف}.\n"))
    assert found["هالة عبد الله"].title_en == "Minister of Social Solidarity of Egypt"
    assert found["ألماس نورلانوفا"].title_en == "Deputy Minister of Labour"  # the guest: no Egypt
    assert "Egypt" not in (found["كريم عادل"].title_en or "")  # a body's head is never "President of Egypt"


def test_no_state_when_two_arab_states_are_named_as_often() -> None:
    from dragoman.summarize.lexicon import lexicon
    from dragoman.summarize.titles import region_country
    lex = lexicon("ar")
    assert region_country("زار وزير مصري الرياض", lex) is None
    assert region_country("قال الوزير في القاهرة إن مصر والسعودية", lex) == "Egypt"
