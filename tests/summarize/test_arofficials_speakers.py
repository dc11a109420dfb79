"""The arofficials round of issue 9: Arabic officials, their mentions and the speakers of their
words. A quote run over paragraphs that a back-reference after it names (بهذه الكلمات لخصت X,
هكذا شرح X) is X's, not the previous speaker's going on; phrases after a title or an opener
are no name (اكتفى الوزير بكلمة واحدة, بحضور وفدي البلدين); a woman undersecretary's title
before her honorific and name (each test on text written for it; every person is invented)."""

from __future__ import annotations

from dragoman.summarize.officials import find_officials
from dragoman.summarize.quotes import find_quotes


def _speakers(article_of, text: str) -> list[tuple[str, str | None]]:
    article = article_of(text, "ar")
    return [(q.text[:12], q.speaker) for q in find_quotes(article, find_officials(article))]


def _names(article_of, text: str) -> list[str]:
    return [o.name for o in find_officials(article_of(text, "ar"))]


_RUN = ("الدوحة - قنا\n\n"
        "التقى سعادة السيد خالد بن سعد المري، وزير الدولة للشؤون الخارجية، سعادة السيد "
        "نورلان أيتماتوف، نائب وزير الخارجية القيرغيزي، بحضور سعادة السيدة مريم بنت علي "
        "الكواري، مديرة إدارة الشؤون الآسيوية بالوزارة.\n\n"
        "وقال أيتماتوف إن بلاده «تريد رحلات مباشرة قبل الصيف».\n\n"
        "«نحتاج إلى تسهيل التأشيرات للعمال في قطاع البناء.\n\n"
        "وسنعرض مسودة مذكرة على الجانب القيرغيزي الشهر المقبل».\n\n"
        "{next}\n")


def test_a_run_of_quoted_paragraphs_is_the_one_a_back_reference_names(article_of) -> None:
    text = _RUN.format(next="بهذه الكلمات لخصت الكواري الشق القنصلي من المباحثات.")
    assert [s for _, s in _speakers(article_of, text)] == [
        "نورلان أيتماتوف", "مريم بنت علي الكواري", "مريم بنت علي الكواري"]


def test_hakadha_with_the_verb_sharaha_names_the_speaker_after(article_of) -> None:
    text = _RUN.format(next="هكذا شرحت الكواري الشق القنصلي من المباحثات.")
    assert [s for _, s in _speakers(article_of, text)][1:] == ["مريم بنت علي الكواري"] * 2


def test_a_run_with_no_back_reference_still_goes_on_with_the_last_speaker(article_of) -> None:
    text = _RUN.format(next="وتستضيف الدوحة اللجنة المشتركة في مارس.")
    assert [s for _, s in _speakers(article_of, text)][1:] == ["نورلان أيتماتوف"] * 2


_ONE_WORD = ("الكويت - كونا\n\n"
             "بحث وزير التجارة والصناعة معالي الشيخ سالم جابر المبارك مع نائب وزير الزراعة "
             "الكازاخستاني يرلان بايكينوف، بحضور وفدي البلدين إلى جانب عدد من ممثلي الشركات، "
             "توريد القمح.\n\n"
             "وعندما سئل عن موعد الشحنة الأولى، اكتفى نائب الوزير الكازاخستاني بكلمة واحدة: «فبراير».\n")


def test_with_one_word_after_a_title_is_no_name(article_of) -> None:
    names = _names(article_of, _ONE_WORD)
    assert "سالم جابر المبارك" in names and "يرلان بايكينوف" in names
    assert not any("بكلمة" in n or "وفدي" in n or "جانب" in n for n in names), names


def test_the_one_word_answer_is_the_deputy_ministers(article_of) -> None:
    assert _speakers(article_of, _ONE_WORD) == [("فبراير", "يرلان بايكينوف")]


def test_a_woman_undersecretary_before_her_honorific_and_name_is_an_official(article_of) -> None:
    text = ("الرياض - واس\n\n"
            "أوضحت وكيلة وزارة الاستثمار للاستثمار الدولي الدكتورة لمياء بنت سعد الحربي أن "
            "الاستثمارات تجاوزت أربعة مليارات دولار، وقالت: «الرقم ليس هدفنا».\n\n"
            "وسئلت عن الحوافز، فردت الوكيلة: «لا حاجة».\n")
    article = article_of(text, "ar")
    officials = find_officials(article)
    found = [o for o in officials if o.name == "لمياء بنت سعد الحربي"]
    assert found and found[0].title.startswith("وكيلة وزارة")
    assert [q.speaker for q in find_quotes(article, officials)] == ["لمياء بنت سعد الحربي"] * 2
