"""The ar4 round: Arabic officials of local government, utilities and emergencies, and the
shapes of their names (a place without the article after a local office, a compound given
name, an unlisted body before an honorific, a particle after an office named alone). Texts
written for these tests."""

from __future__ import annotations

from dragoman.summarize.officials import find_officials


def _officials(article_of, text: str):
    return {o.name: o for o in find_officials(article_of(text, "ar"))}


def test_a_local_office_governs_a_place_the_gazetteer_lacks(article_of) -> None:
    text = ("توزر، 3 ديسمبر 2026 (وات) - أشرف والي توزر الطيب بن صالح، صباح اليوم، على اجتماع "
            "اللجنة الجهوية للفلاحة.\n\n"
            "وقالت رئيسة بلدية نفطة سميرة الزواوي إن \"البئر الجديدة تكفي الواحة كلها\".\n")
    found = _officials(article_of, text)
    assert set(found) == {"الطيب بن صالح", "سميرة الزواوي"}


def test_a_place_is_not_skipped_before_a_listed_given_name(article_of) -> None:
    # رئيس بلدية, then a listed given name at once (a headline's short form): it is no place.
    text = "وقال رئيس بلدية محمد الهاشمي إن الأشغال ستنتهي في الربيع.\n"
    assert "محمد الهاشمي" in _officials(article_of, text)


def test_a_compound_given_name_does_not_end_at_its_second_half(article_of) -> None:
    text = "أكد اللواء بهاء الدين سليم محافظ سوهاج أن الطرق أعيد فتحها صباح اليوم.\n"
    assert set(_officials(article_of, text)) == {"بهاء الدين سليم"}


def test_an_honorific_after_an_unlisted_body_opens_the_name(article_of) -> None:
    text = ("وأوضح مدير مصنع أسمدة طلخا المهندس كريم الدسوقي أن الإنتاج عاد إلى طاقته "
            "الكاملة مساء أمس.\n")
    assert set(_officials(article_of, text)) == {"كريم الدسوقي"}


def test_no_honorific_in_reach_reads_no_body(article_of) -> None:
    # The words after the title reach a verb before any honorific: the usual rules apply.
    text = "وقال رئيس الوزراء مصطفى مدبولي إن المهندس المسؤول سيحاسب.\n"
    found = _officials(article_of, text)
    assert "مصطفى مدبولي" in found
    assert not any("المسؤول" in name for name in found)


def test_a_particle_or_verb_after_an_office_named_alone_is_no_name(article_of) -> None:
    text = ("قالت وزيرة التخطيط رانيا المشاط إن الخطة جاهزة.\n\n"
            "وحضرت الوزيرة رغم انشغالها افتتاح المعرض، وعن موعد التنفيذ أجابت الوزيرة مبتسمة: "
            "\"قريبا\". وكانت الوزيرة حين وصلت قد التقت العمال.\n")
    assert set(_officials(article_of, text)) == {"رانيا المشاط"}


def test_a_deputy_governor_named_by_the_office_alone(article_of) -> None:
    text = ("قالت الدكتورة ليلى منصور نائبة المحافظ إن المدارس ستفتح غدا.\n\n"
            "وأضافت نائبة المحافظ أن الأسر عادت إلى بيوتها.\n")
    found = _officials(article_of, text)
    assert set(found) == {"ليلى منصور"}
    assert found["ليلى منصور"].title_en.startswith("Deputy Governor")
