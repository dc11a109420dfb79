"""The ar2 round: Arabic names right after a verb whose subject they are, women's foreign
surnames shaped like participles, counterparts by country adjective, titles whose complement
must stop at a colon. Texts written for these tests."""

from __future__ import annotations

from dragoman.summarize.officials import find_officials
from dragoman.summarize.quotes import find_quotes


def _officials(article_of, text: str):
    return {o.name: o for o in find_officials(article_of(text, "ar"))}


def test_a_name_after_a_readout_verb_takes_the_title_after_it(article_of) -> None:
    text = ("استقبل كريم منصور وزير الري، صباح اليوم، وفدا من المزارعين.\n\n"
            "والتقت سلمى الدسوقي وزيرة البيئة بممثلي الشركات في مكتبها.\n")
    found = _officials(article_of, text)
    assert {"كريم منصور", "سلمى الدسوقي"} <= set(found)
    assert found["كريم منصور"].title_en and found["كريم منصور"].title_en.startswith("Minister of Irrigation")


def test_a_verb_before_a_foreign_name_is_not_part_of_it(article_of) -> None:
    text = "من جهته، أوضح بولات أسانوف الأمين العام للمنظمة أن الاجتماع المقبل في أستانا.\n"
    assert "بولات أسانوف" in _officials(article_of, text)


def test_a_womans_surname_of_participle_shape_is_a_name(article_of) -> None:
    text = ("وصل إلى القاهرة وفد برئاسة غولنارا مصطفينوفا نائبة وزير الطاقة الكازاخستاني.\n\n"
            "وقالت مصطفينوفا: {نريد شراكة طويلة}.\n")
    article = article_of(text, "ar")
    officials = find_officials(article)
    assert "غولنارا مصطفينوفا" in {o.name for o in officials}
    assert [q.speaker for q in find_quotes(article, officials)] == ["غولنارا مصطفينوفا"]


def test_a_short_participle_is_still_no_name(article_of) -> None:
    text = "قال وزير المالية خالد الراشد معروفا إن الميزانية متوازنة.\n"
    assert set(_officials(article_of, text)) == {"خالد الراشد"}


def test_counterparts_by_country_adjective_hold_the_office_named_before(article_of) -> None:
    text = ("بحث وزير الزراعة التركي إبراهيم يومقلي مع نظيريه الكازاخستاني أيدار أرينوف "
            "والأوزبكي عزيز وحيدوف سبل التعاون.\n\n"
            "وقال الوزير الأوزبكي: \"الممر جاهز\".\n")
    article = article_of(text, "ar")
    officials = {o.name: o for o in find_officials(article)}
    assert officials["أيدار أرينوف"].organisation == "Kazakhstan"
    assert officials["عزيز وحيدوف"].organisation == "Uzbekistan"
    assert officials["عزيز وحيدوف"].title_en == "Minister of Agriculture of Uzbekistan"
    quotes = find_quotes(article, list(officials.values()))
    assert [q.speaker for q in quotes] == ["عزيز وحيدوف"]


def test_a_name_before_his_counterpart_is_not_the_counterpart(article_of) -> None:
    text = "واستقبل سامي الحداد نظيره الكازاخستاني مراد أبلاييف في عمان.\n"
    found = _officials(article_of, text)
    assert "سامي الحداد" not in found
    assert "مراد أبلاييف" in found


def test_a_title_complement_stops_at_a_colon(article_of) -> None:
    text = ("التقى الرئيس الكازاخستاني قاسم جومارت توكاييف بوزير الخارجية الأذربيجاني جيحون بيراموف.\n\n"
            "وقال الوزير الأذربيجاني: \"المرحلة الأولى ستربط ساحل البحر بالميناء\".\n")
    names = set(_officials(article_of, text))
    assert not any("ستربط" in n for n in names)


def test_a_statement_issued_by_a_named_body_is_not_the_ministers(article_of) -> None:
    text = ("أعلن وزير الصحة فهد العلي، اليوم، افتتاح مستشفى جديد.\n\n"
            "وقال العلي: \"المستشفى يخدم ثلاث محافظات\".\n\n"
            "وذكرت الهيئة الوطنية للتأمين الصحي في بيان أن \"التغطية ستشمل المستشفى الجديد\".\n")
    article = article_of(text, "ar")
    quotes = find_quotes(article, find_officials(article))
    assert [q.speaker for q in quotes] == ["فهد العلي", None]


def test_a_statement_without_its_body_goes_to_the_announcer(article_of) -> None:
    text = ("أعلن وزير الصحة فهد العلي، اليوم، افتتاح مستشفى جديد.\n\n"
            "وذكر البيان أن \"المستشفى الجديد يخدم سكان ثلاث محافظات في الجنوب\".\n")
    article = article_of(text, "ar")
    quotes = find_quotes(article, find_officials(article))
    assert [q.speaker for q in quotes] == ["فهد العلي"]


def test_a_private_speaker_after_a_reporting_verb_with_a_role_in_apposition(article_of) -> None:
    text = ("وقال وزير الزراعة فهد العلي إن {الموسم هذا العام أفضل من الذي سبقه}.\n\n"
            "وقال سعيد الكندري، المزارع في منطقة الوفرة، إن {الأسعار لا تغطي التكلفة}.\n")
    article = article_of(text, "ar")
    officials = find_officials(article)
    assert [o.name for o in officials] == ["فهد العلي"]
    assert [o.name for o in officials.voices] == ["سعيد الكندري"]
    assert [q.speaker for q in find_quotes(article, officials)] == ["فهد العلي", "سعيد الكندري"]


def test_a_name_after_a_reporting_verb_without_a_private_role_is_no_voice(article_of) -> None:
    text = "وقال سعيد الكندري، في تصريح، إن {الأسعار لا تغطي التكلفة}.\n"
    officials = find_officials(article_of(text, "ar"))
    assert not officials and not officials.voices
