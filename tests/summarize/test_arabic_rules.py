"""Branch arabic (issue 9): Arabic officials, mentions and the title sieve, each rule checked on
short reports written for it (none taken from the development or held-out articles)."""

from __future__ import annotations

from dragoman.summarize.officials import find_officials
from dragoman.summarize.quotes import find_quotes


def analyse(article_of, text: str):
    article = article_of(text, "ar")
    officials = find_officials(article)
    quotes = find_quotes(article, officials)
    return {o.name: o for o in officials}, [(q.text, q.speaker) for q in quotes]


def speaker_of(quotes, words: str) -> str | None:
    return next(speaker for text, speaker in quotes if words in text)


def test_a_foreign_name_before_a_comma_and_its_title_is_an_official(article_of) -> None:
    officials, quotes = analyse(article_of, (
        "الدوحة 3 ديسمبر (قنا) - التقى وزير الزراعة القطري اليوم مع بولات جانيبيكوف، نائب وزير الطاقة في "
        "جمهورية كازاخستان، في مقر الوزارة.\n\n"
        "وقال جانيبيكوف إن \"بلادنا مستعدة لتوريد القمح العضوي إلى الأسواق الخليجية\".\n"))
    assert "بولات جانيبيكوف" in officials
    assert officials["بولات جانيبيكوف"].organisation == "Kazakhstan"
    assert speaker_of(quotes, "القمح العضوي") == "بولات جانيبيكوف"


def test_a_tribal_family_name_after_a_title_is_a_name(article_of) -> None:
    officials, _ = analyse(article_of, (
        "عمان 3 كانون الأول (بترا) – أكد وزير النقل سامي الطراونة، اليوم، أن العمل على خط السكك "
        "الحديدية سيبدأ العام المقبل.\n"))
    assert "سامي الطراونة" in officials


def test_two_of_one_family_name_are_told_apart_by_the_verbs_gender(article_of) -> None:
    _, quotes = analyse(article_of, (
        "افتتحت الدكتورة هند الزعبي، وزيرة الصحة، أمس مستشفى جديدا في إربد، بحضور المهندس فراس الزعبي، "
        "مدير المشروعات في الوزارة.\n\n"
        "وقال الزعبي: \"أنجزنا المبنى قبل موعده بشهرين\".\n\n"
        "وقالت الزعبي: \"المستشفى سيخدم نصف مليون مواطن في الشمال\".\n"))
    assert speaker_of(quotes, "قبل موعده") == "فراس الزعبي"
    assert speaker_of(quotes, "نصف مليون") == "هند الزعبي"


def test_a_bare_title_of_a_womans_form_means_the_woman(article_of) -> None:
    officials, quotes = analyse(article_of, (
        "استقبل وزير الاقتصاد خالد المري اليوم جانار أيتجانوفا، وزيرة التجارة في جمهورية كازاخستان، "
        "والوفد المرافق لها.\n\n"
        "وقالت الوزيرة إن \"الصادرات الكازاخستانية إلى المنطقة تضاعفت في عامين\".\n\n"
        "وقال الوزير إن \"الباب مفتوح أمام المستثمرين من آسيا الوسطى\".\n"))
    assert speaker_of(quotes, "تضاعفت") == "جانار أيتجانوفا"
    assert speaker_of(quotes, "الباب مفتوح") == "خالد المري"


def test_a_bare_title_holds_its_honorific_and_the_portfolio_it_repeats(article_of) -> None:
    officials, _ = analyse(article_of, (
        "وزير الصحة: افتتاح ثلاثة مستشفيات قبل نهاية العام\n\n"
        "أعلن الدكتور عادل الشريف، وزير الصحة والسكان، اليوم خطة جديدة، تنفيذا لتوجيهات جلالة الملك "
        "عبدالله الثاني.\n\n"
        "وأشاد الشريف بمتابعة جلالة الملك للقطاع الصحي.\n"))
    minister = [m.text for m in officials["عادل الشريف"].mentions]
    king = [m.text for m in officials["عبدالله الثاني"].mentions]
    assert "وزير الصحة" in minister
    assert "جلالة الملك" in king


def test_a_bare_title_two_presidents_fit_is_the_datelines_countrys(article_of) -> None:
    _, quotes = analyse(article_of, (
        "القاهرة في 3 ديسمبر /أ ش أ/ استقبل الرئيس عبد الفتاح السيسي اليوم الرئيس الطاجيكي إمام علي رحمن "
        "بقصر الاتحادية.\n\n"
        "وقال الرئيس، خلال المؤتمر الصحفي، إن \"مصر تدعم مشروعات المياه في آسيا الوسطى\".\n"))
    assert speaker_of(quotes, "مشروعات المياه") == "عبد الفتاح السيسي"


def test_the_person_whose_saying_is_relayed_speaks(article_of) -> None:
    _, quotes = analyse(article_of, (
        "بحث وزير الخارجية بدر عبد العاطي اليوم مع مراد نورتليو، وزير خارجية كازاخستان، العلاقات بين "
        "البلدين.\n\n"
        "ونقلت الخارجية المصرية عن نورتليو قوله خلال لقائه عبد العاطي: \"نريد خطا بحريا مباشرا إلى "
        "الموانئ المصرية\".\n"))
    assert speaker_of(quotes, "خطا بحريا") == "مراد نورتليو"
