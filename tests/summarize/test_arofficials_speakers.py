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


def test_a_feminine_office_word_is_not_the_man_of_that_country(article_of) -> None:
    text = ("الرياض - واس\n\n"
            "وقال السيد نورلان أوماربيكوف، نائب وزير الاقتصاد الكازاخستاني، إن «المحطة ستخزن فائض الرياح».\n\n"
            "وقالت غولنارا سادينوفا، المديرة الإدارية في الصندوق، إن الصندوق سيحتفظ بحصة أقلية.\n\n"
            "وكتبت المسؤولة الكازاخستانية مساء أمس على حسابها: «يوم طويل في الرياض».\n")
    assert [s for _, s in _speakers(article_of, text)][1] != "نورلان أوماربيكوف"


def test_a_continuing_verb_goes_on_with_the_speaker_not_the_woman_named_in_his_words(article_of) -> None:
    text = ("أبوظبي - وام\n\n"
            "استقبلت معالي الدكتورة ميثاء بنت سالم الشامسي، وزيرة الدولة للتعليم العالي، سعادة "
            "السيد كوبات ساديكوف، نائب وزير التعليم القيرغيزي.\n\n"
            "وقالت معاليها إن «الجامعات ترحب بالطلبة القيرغيز».\n\n"
            "وأشار ساديكوف إلى أن بلاده أطلقت برنامجا للعربية، ولفت إلى أن وزيرة التعليم "
            "والعلوم أسيل جومابايفا ستزور الدولة في الربيع، وأضاف: «الزيارة ستشهد توقيع اتفاقية».\n\n"
            "وحضر اللقاء الدكتور راشد الكعبي، مدير إدارة البعثات بالوزارة.\n\n"
            "وتابعت الوزيرة: «سنرسل وفدا أكاديميا إلى بشكيك».\n")
    assert [s for _, s in _speakers(article_of, text)] == [
        "ميثاء بنت سالم الشامسي", "كوبات ساديكوف", "ميثاء بنت سالم الشامسي"]


def test_a_woman_first_quoted_after_her_reported_words_goes_on_herself(article_of) -> None:
    text = ("الغردقة - أحمد سليمان\n\n"
            "وقال اللواء سامي عبد الحميد محافظ البحر الأحمر: «لن ينام أحد في العراء».\n\n"
            "من جانبها، أوضحت نائبة المحافظ الدكتورة نجلاء فوزي أن لجنة الحصر بدأت عملها. "
            "وأضافت: «صرفنا الدفعة الأولى من الإعانات».\n")
    assert [s for _, s in _speakers(article_of, text)] == ["سامي عبد الحميد", "نجلاء فوزي"]


_BACK = ("القاهرة - صوت الأمة\n\n"
         "وكتب النائب محمود سعيد الدسوقي، أمين سر اللجنة، عبر صفحته: \"القانون خطوة أولى\".\n\n"
         "\"ابني في الثانوية العامة، ولم يحضر يوما واحدا في المدرسة\".\n\n"
         "{next}\n")


def test_a_back_reference_to_someone_no_official_leaves_the_words_unknown(article_of) -> None:
    text = _BACK.format(next="بهذه الجملة لخصت هناء فريد، مؤسسة مجموعة لأولياء الأمور، موقف كثير من الأسر.")
    assert [s for _, s in _speakers(article_of, text)] == ["محمود سعيد الدسوقي", None]


def test_a_back_reference_by_a_title_names_the_one_it_describes(article_of) -> None:
    text = ("الكويت - كونا\n\n"
            "بحث وزير الخارجية عبدالله اليحيا مع نائب وزير الخارجية في جمهورية كازاخستان "
            "أرمان بيسينوف سبل التعاون.\n\n"
            "وقال الوزير اليحيا إن \"الكويت تنظر إلى كازاخستان شريكا مهما\".\n\n"
            "\"نرحب بالاستثمارات الكويتية في مشاريع الزراعة\".\n\n"
            "بهذه العبارة لخص نائب الوزير الكازاخستاني نتائج زيارته.\n")
    assert [s for _, s in _speakers(article_of, text)] == ["عبدالله اليحيا", "أرمان بيسينوف"]


def test_a_statement_of_the_prosecution_is_not_the_official_who_announced_before(article_of) -> None:
    text = ("المنيا - سامح عبد العظيم\n\n"
            "من جانبها، أعلنت الدكتورة منال الشافعي وكيلة وزارة التربية والتعليم تعليق الدراسة، "
            "وقالت: {سينقل التلاميذ إلى المدرسة المجاورة}.\n\n"
            "وأمرت النيابة العامة بمعاينة الموقع، وجاء في بيانها أن {الشركة المنفذة لم تحصل على "
            "ترخيص بأعمال الهدم الجزئي}.\n")
    assert [s for _, s in _speakers(article_of, text)] == ["منال الشافعي", None]


_BASRA = ("شفق نيوز- البصرة\n\n"
          "من جانبه، قال قائممقام قضاء أبي الخصيب سعد جبار الحلفي للوكالة، إن \"فرق البلدية سحبت "
          "أكثر من 60 ألف متر مكعب من المياه\".\n\n"
          "وتابع القائممقام، \"المقاول ترك المشروع منذ سنتين، وأحلنا ملفه إلى هيئة النزاهة\".\n\n"
          "إلى ذلك، ذكر مدير الدفاع المدني في البصرة العميد ماجد الحلفي، أن فرقه أخلت 23 عائلة.\n\n"
          "وأضاف العميد الحلفي، أن \"سقف منزل قديم انهار فجر اليوم في منطقة باب الزبير\".\n\n"
          "وقال المواطن حسن عبد الزهرة، وهو من سكان حي الشعلة، إن \"الماء في غرفة النوم للشتاء الثالث\".\n\n"
          "\"الخلية ستبقى في حالة انعقاد دائم حتى انتهاء موجة الأمطار\".\n\n"
          "هذا ما جاء في بيان لمحافظة البصرة مساء اليوم.\n")


def test_a_qaimmaqam_is_an_official_and_a_quote_mark_ends_his_bare_title(article_of) -> None:
    names = _names(article_of, _BASRA)
    assert "سعد جبار الحلفي" in names and "ماجد الحلفي" in names
    assert not any("المشروع" in n for n in names), names


def test_a_shared_family_name_after_a_rank_is_the_one_named_with_that_rank(article_of) -> None:
    speakers = [s for _, s in _speakers(article_of, _BASRA)]
    assert speakers[:3] == ["سعد جبار الحلفي", "سعد جبار الحلفي", "ماجد الحلفي"]


def test_a_private_role_before_the_name_makes_a_voice(article_of) -> None:
    assert [s for _, s in _speakers(article_of, _BASRA)][3] == "حسن عبد الزهرة"


def test_a_back_reference_to_a_bodys_statement_is_nobodys_words(article_of) -> None:
    assert [s for _, s in _speakers(article_of, _BASRA)][4] is None


def test_a_verb_after_a_name_is_not_part_of_it(article_of) -> None:
    text = ("عمان - الغد\n\n"
            "وكان رئيس الوزراء حسين مراد طلب الشهر الماضي من الفريق الاقتصادي مراجعة التعرفة.\n\n"
            "أما النائب سابيتوف فكتب على حسابه أن \"الاتفاق يستحق المتابعة الدقيقة، لا التصفيق\".\n")
    names = _names(article_of, text)
    assert "حسين مراد" in names and not any("طلب" in n or "فكتب" in n for n in names), names


def test_a_shared_family_name_after_a_title_word_is_the_title_holders(article_of) -> None:
    text = ("بيروت - وطنية\n\n"
            "عقد وزير الطاقة والمياه طوني الحداد مؤتمرا صحافيا، في حضور رئيس معمل الزهراني الحراري "
            "المهندس سامي الحداد.\n\n"
            "واستهل الوزير الحداد المؤتمر بالقول إن المعمل سيعود إلى الشبكة يوم الاثنين.\n")
    article = article_of(text, "ar")
    minister = next(o for o in find_officials(article) if o.name == "طوني الحداد")
    assert "الحداد" in [article.text[m.start:m.end] for m in minister.mentions]
