"""Speaker sieves, class by class (issue 9): each test is a short text of our own in the style
of real outlets, and fails when the class it names is attributed wrongly or not at all."""

from __future__ import annotations

from dragoman.article.analysis import SIEVE_CONTINUING, SIEVE_FAMILY, SIEVE_PRONOUN, SIEVE_ROLE
from dragoman.summarize.officials import find_officials
from dragoman.summarize.quotes import find_quotes


def quotes_of(article):
    return find_quotes(article, find_officials(article))


def test_arabic_honorific_stands_for_the_dignitary_named_before(article_of) -> None:
    text = ("استقبل وزير الخارجية خالد بن سعود آل منصور في الرياض اليوم وفدا من رجال الأعمال.\n\n"
            "وجرى خلال اللقاء بحث سبل تعزيز التعاون في مجالات الطاقة والنقل.\n\n"
            "وقال سموه: \"نتطلع إلى شراكة اقتصادية أوسع مع دول آسيا الوسطى في السنوات المقبلة\".\n")
    quotes = quotes_of(article_of(text, "ar"))
    assert [(q.speaker, q.sieve) for q in quotes] == [("خالد بن سعود آل منصور", SIEVE_PRONOUN)]


def test_a_name_inside_the_last_quote_is_not_who_goes_on(article_of) -> None:
    text = ("استقبل وزير الخارجية ناصر بن علي الحمدان اليوم سفير كازاخستان.\n\n"
            "وأكد الحمدان أن \"العلاقات بين البلدين تتطور بفضل توجيهات الملك سلمان بن عبدالعزيز آل سعود\".\n\n"
            "وأضاف أن \"الرحلات المباشرة بين البلدين ستبدأ في الربيع المقبل\".\n")
    quotes = quotes_of(article_of(text, "ar"))
    assert [q.speaker for q in quotes] == ["ناصر بن علي الحمدان", "ناصر بن علي الحمدان"]
    assert quotes[1].sieve in (SIEVE_CONTINUING, SIEVE_PRONOUN)


def test_english_next_paragraph_names_whose_words_they_were(article_of) -> None:
    text = ("Foreign Minister Daniel Brooks met Italian Foreign Minister Marco Bellini in Brussels.\n\n"
            "\"Trade between us has doubled in five years, and we want it to double again,\" Brooks said.\n\n"
            "\"Central Asia is a region where Europe wants to invest in roads, railways and clean power.\"\n\n"
            "These words of Bellini were quoted by the ministry after the meeting.\n")
    quotes = quotes_of(article_of(text, "en"))
    assert [q.speaker for q in quotes] == ["Daniel Brooks", "Marco Bellini"]
    assert quotes[1].sieve == SIEVE_FAMILY


def test_one_capitalised_word_after_a_colon_is_an_answer(article_of) -> None:
    text = ("Министр финансов Олег Северцев выступил на форуме в Казани.\n\n"
            "На вопрос о сроках реформы Северцев ответил одним словом: «Посмотрим».\n")
    quotes = quotes_of(article_of(text, "ru"))
    assert [(q.text, q.speaker) for q in quotes] == [("Посмотрим", "Олег Северцев")]


def test_a_short_quote_closing_the_reporting_clause_is_speech(article_of) -> None:
    text = ("Energy Minister Daniel Brooks visited Tashkent on Monday.\n\n"
            "Brooks later wrote on social media that the talks had been \"very useful\".\n")
    quotes = quotes_of(article_of(text, "en"))
    assert [(q.text, q.speaker) for q in quotes] == [("very useful", "Daniel Brooks")]


def test_a_short_phrase_in_marks_after_a_comma_is_not_a_quote(article_of) -> None:
    text = ("Energy Minister Daniel Brooks urged the regions to save water, adding that reform would go "
            "\"region by region.\"\n")
    assert quotes_of(article_of(text, "en")) == []


def test_kazakh_attribution_by_role_the_article_described(article_of) -> None:
    text = ("Брифингте ведомство ресми өкілінің орынбасары Сәуле Жанұзақова азаматтарды елге қайтару "
            "жұмысына тоқталды.\n\n"
            "– Өткен аптада 120 азаматымыз елге оралды, – деді Жанұзақова.\n\n"
            "Брифингке Сыртқы істер министрі Ерлан Бекмұхамбетов та қатысты.\n\n"
            "– Қалғандары келесі рейсті күтіп отыр, – деді ресми өкілдің орынбасары.\n")
    quotes = quotes_of(article_of(text, "kk"))
    assert [q.speaker for q in quotes] == ["Сәуле Жанұзақова", "Сәуле Жанұзақова"]
    assert quotes[1].sieve == SIEVE_ROLE


def test_russian_role_picks_the_official_it_describes_not_the_last_named(article_of) -> None:
    text = ("Председатель кабинета министров Киргизии Бакыт Турсунов предложил создать общий фонд.\n\n"
            "Его поддержал министр экономики Казахстана Ерлан Сапаров.\n\n"
            "«Нужно вместе вкладываться в пункты пропуска на границах», – отметил глава киргизского "
            "кабинета.\n")
    quotes = quotes_of(article_of(text, "ru"))
    assert [(q.speaker, q.sieve) for q in quotes] == [("Бакыт Турсунов", SIEVE_ROLE)]


def test_an_unnamed_speaker_is_not_the_official_described_before(article_of) -> None:
    text = ("Аким района Ерлан Досмаганбетов провел встречу с жителями села.\n\n"
            "– Когда будет вода? Мы ждем уже третий год! – выкрикнул один из жителей села.\n")
    quotes = quotes_of(article_of(text, "ru"))
    assert [q.speaker for q in quotes] == [None]


def test_english_role_after_a_long_title(article_of) -> None:
    text = ("The ceremony was led by National Leader of the Turkmen People and Chairman of the People's "
            "Council Berdy Orazov.\n\n"
            "\"Our gas will reach every partner who respects our neutrality,\" the national leader told "
            "guests.\n")
    quotes = quotes_of(article_of(text, "en"))
    assert [q.speaker for q in quotes] == ["Berdy Orazov"]


def test_a_pronoun_after_an_unnamed_speaker_is_not_the_last_official(article_of) -> None:
    text = ("Mayor of Bishkek Aigerim Satybaldiyeva promised new electric buses by spring.\n\n"
            "An economist at a local university said the plan was realistic only if fares rose. "
            "\"Twenty soms is not enough to run an electric bus,\" he said.\n")
    quotes = quotes_of(article_of(text, "en"))
    assert [q.speaker for q in quotes] == [None]


def test_a_pronoun_means_the_official_beside_the_verb_not_the_first_named(article_of) -> None:
    text = ("Foreign Minister Karim Haddad opened the talks in Doha.\n\n"
            "The offer was made on the orders of President Samir Khoury, Foreign Ministry spokesman Omar Nasser "
            "said at his weekly briefing. \"We have no agenda of our own,\" he said.\n")
    quotes = quotes_of(article_of(text, "en"))
    assert [(q.speaker, q.sieve) for q in quotes] == [("Omar Nasser", SIEVE_PRONOUN)]


def test_the_official_beside_the_verb_before_the_quote_speaks(article_of) -> None:
    text = ("Health Minister Dana Sultanova presented the rural clinics programme.\n\n"
            "Asked by Prime Minister Ruslan Abenov whether the schedule was realistic, the minister replied: "
            "\"Yes, every clinic will open on time.\"\n")
    quotes = quotes_of(article_of(text, "en"))
    assert [q.speaker for q in quotes] == ["Dana Sultanova"]


def test_arabic_verb_without_a_subject_goes_on_with_the_last_speaker(article_of) -> None:
    text = ("استقبل وزير الخارجية سامح الجندي اليوم نظيره الكازاخستاني.\n\n"
            "وقال الجندي {نرحب بزيادة صادرات الحبوب عبر الموانئ المصرية خلال العام المقبل}.\n\n"
            "وأوضح أن {الجانبين اتفقا على تشكيل لجنة فنية مشتركة تجتمع خلال شهرين}.\n")
    quotes = quotes_of(article_of(text, "ar"))
    assert [q.speaker for q in quotes] == ["سامح الجندي", "سامح الجندي"]
    assert quotes[1].sieve == SIEVE_CONTINUING


def test_a_verb_with_an_unknown_subject_is_not_bare(article_of) -> None:
    text = ("Аким города Ерлан Досаев спросил директора водоканала о сроках.\n\n"
            "– Справимся к зиме? – спросил Досаев.\n\n"
            "– Да, успеем, – ответил тот.\n")
    quotes = quotes_of(article_of(text, "ru"))
    assert [q.speaker for q in quotes] == ["Ерлан Досаев", None]


def test_a_question_after_an_answer_is_another_voice(article_of) -> None:
    text = ("Президент провел совещание с губернатором области Натальей Ворониной.\n\n"
            "«Дамбы строим, третья будет сдана к апрелю», – ответила Воронина.\n\n"
            "«К апрелю – это точно? Вода ждать не будет».\n")
    quotes = quotes_of(article_of(text, "ru"))
    assert [q.speaker for q in quotes] == ["Наталья Воронина", None]


def test_a_quoted_paragraph_goes_on_with_the_last_speaker(article_of) -> None:
    text = ("Губернатор области Наталья Воронина провела совещание.\n\n"
            "«Дамбы строим, третья будет сдана к апрелю», – сказала Воронина.\n\n"
            "«Подрядчики работают в три смены, деньги выделены полностью».\n")
    quotes = quotes_of(article_of(text, "ru"))
    assert [q.speaker for q in quotes] == ["Наталья Воронина", "Наталья Воронина"]


def test_arabic_attribution_after_an_arabic_comma(article_of) -> None:
    text = ("وقالت الدكتورة هالة عبد الرحمن رئيسة الهيئة العامة للموانئ إن الهيئة أعدت دراسة فنية.\n\n"
            "{التمويل هو ما نناقشه الآن}، هكذا ردت عبد الرحمن على سؤال بشأن التكلفة.\n")
    quotes = quotes_of(article_of(text, "ar"))
    assert [(q.text, q.speaker) for q in quotes] == [("التمويل هو ما نناقشه الآن", "هالة عبد الرحمن")]


def test_kazakh_role_from_titles_in_a_row_before_the_name(article_of) -> None:
    text = ("Мемлекет басшысы Қасым-Жомарт Тоқаев Түркімен халқының Ұлттық көшбасшысы, Халық Маслахатының "
            "Төрағасы Бекмырат Оразовпен кездесті.\n\n"
            "«Теміржол арқылы тасымал көлемін екі есеге арттыруға болады», – деді Ұлттық көшбасшы.\n")
    quotes = quotes_of(article_of(text, "kk"))
    assert [q.speaker for q in quotes] == ["Бекмырат Оразов"]


def test_a_name_in_the_attribution_is_no_role(article_of) -> None:
    text = ("استقبلت الدكتورة سلمى فؤاد وزيرة التنمية المحلية، وفدا برئاسة يرلان تاشينوف نائب وزير السياحة.\n\n"
            "ومن جانبه، قال تاشينوف إن {الرحلات المباشرة بين البلدين ستزيد إلى أربع رحلات أسبوعيا}.\n")
    quotes = quotes_of(article_of(text, "ar"))
    assert [q.speaker for q in quotes] in (["يرلان تاشينوف"], [None])


def test_kazakh_statement_issued_by_the_one_who_made_it(article_of) -> None:
    text = ("Кездесу қорытындысы бойынша СІМ ресми өкілі Ғалым Есенжолов брифингте мәлімдеме жасады.\n\n"
            "«Тараптар әуе қатынасын кеңейту мәселесін келесі айда қарауға келісті», – делінген мәлімдемеде.\n")
    quotes = quotes_of(article_of(text, "kk"))
    assert [q.speaker for q in quotes] == ["Ғалым Есенжолов"]


def test_a_statement_quoting_an_official_as_saying(article_of) -> None:
    text = ("The program was approved by Minister of Culture Dana Yermekova, the ministry said.\n\n"
            "\"Libraries must teach digital skills, not only lend books,\" the statement quoted Yermekova "
            "as saying.\n")
    quotes = quotes_of(article_of(text, "en"))
    assert [q.speaker for q in quotes] == ["Dana Yermekova"]


def test_a_statement_long_after_an_announcement_is_not_the_announcers(article_of) -> None:
    text = ("Об этом сообщил журналистам вице-премьер России Алексей Кравцов по итогам заседания комиссии.\n\n"
            "Товарооборот двух стран за девять месяцев вырос на 6%.\n\n"
            "Казахстанская сторона предложила упростить ветеринарный контроль.\n\n"
            "Переговоры по зерну продолжатся в декабре.\n\n"
            "Следующее заседание комиссии пройдет в Казани.\n\n"
            "«Стороны подтвердили приверженность принципам свободной торговли», – говорится в совместном "
            "заявлении.\n")
    quotes = quotes_of(article_of(text, "ru"))
    assert [q.speaker for q in quotes] == [None]


def test_whose_press_secretary_does_not_make_them_the_head_of_state(article_of) -> None:
    text = ("Президент Казахстана Касым-Жомарт Токаев провел совещание по водной безопасности.\n\n"
            "Как сообщил пресс-секретарь президента Берик Уали, речь шла о новых водохранилищах.\n\n"
            "«Вопрос трансграничных рек должен решаться на основе международного права», – подчеркнул "
            "Глава государства.\n")
    quotes = quotes_of(article_of(text, "ru"))
    assert [(q.speaker, q.sieve) for q in quotes] == [("Касым-Жомарт Токаев", "title")]


def test_a_pronoun_means_the_named_subject_not_an_inflected_object(article_of) -> None:
    text = ("С президентом Азербайджана Ильхамом Гасановым провел переговоры президент Туркменистана "
            "Сердар Оразов.\n\n"
            "Речь шла о паромном сообщении между портами Каспийского моря.\n\n"
            "Так лидер обратился к участникам встречи, сообщает агентство.\n\n"
            "«Мы построили терминалы, теперь нужны суда и расписание», – продолжил он.\n")
    quotes = quotes_of(article_of(text, "ru"))
    assert [(q.speaker, q.sieve) for q in quotes] == [("Сердар Оразов", SIEVE_PRONOUN)]


def test_a_short_quoted_paragraph_the_next_one_attributes(article_of) -> None:
    text = ("Президент Касым-Жомарт Токаев провел совещание по вопросам энергетики.\n\n"
            "«Почему тарифы растут быстрее инфляции?»\n\n"
            "Этот вопрос глава государства задал министру энергетики.\n")
    quotes = quotes_of(article_of(text, "ru"))
    assert [(q.text, q.speaker) for q in quotes] == [("Почему тарифы растут быстрее инфляции?", "Касым-Жомарт Токаев")]


def test_a_name_in_marks_alone_on_its_line_is_not_speech(article_of) -> None:
    text = ("Министр энергетики Алмасадам Саткалиев открыл форум.\n\n"
            "«Казахстан Темір Жолы Холдинг»\n")
    assert quotes_of(article_of(text, "ru")) == []


def test_a_name_and_a_colon_introduce_the_words(article_of) -> None:
    text = ("Премьер-министр Олжас Сарыбаев Үкімет отырысын өткізді.\n\n"
            "Кеңейтілген отырыста энергетика министрі Алмас Жұмабаев баяндама жасады.\n\n"
            "О.Сарыбаев: «Жылу беру маусымы уақытында басталуы тиіс».\n")
    quotes = quotes_of(article_of(text, "kk"))
    assert [q.speaker for q in quotes] == ["Олжас Сарыбаев"]


def test_a_quoted_paragraph_with_its_full_stop_outside_the_marks(article_of) -> None:
    text = ("Министр энергетики Алмасадам Саткалиев провел брифинг.\n\n"
            "«Тарифы не вырастут до весны», – сказал Саткалиев.\n\n"
            "«Резерв угля превышает норму на 15%».\n")
    quotes = quotes_of(article_of(text, "ru"))
    assert [q.speaker for q in quotes] == ["Алмасадам Саткалиев", "Алмасадам Саткалиев"]


def test_a_pronoun_after_a_sentence_about_someone_unlisted_stays_unknown(article_of) -> None:
    text = ("Water Minister Bakyt Toraliev promised digital meters on every canal.\n\n"
            "\"Every farmer will see how much water reaches him,\" Toraliev said.\n\n"
            "Asanova was not convinced. \"Meters do not make rain,\" she said.\n")
    quotes = quotes_of(article_of(text, "en"))
    assert [q.speaker for q in quotes] == ["Bakyt Toraliev", None]


def test_a_title_opening_the_sentence_before_a_pronoun_is_the_official(article_of) -> None:
    text = ("Министр энергетики Алмасадам Саткалиев посетил Экибастуз.\n\n"
            "Глава ведомства осмотрел восьмой энергоблок. «Ремонт закончим к ноябрю», – сказал он.\n")
    quotes = quotes_of(article_of(text, "ru"))
    assert [q.speaker for q in quotes] == ["Алмасадам Саткалиев"]


def test_short_words_in_marks_after_an_attributed_quote_in_the_line(article_of) -> None:
    text = ("Премьер-министр Олжас Сарыбаев провел заседание правительства.\n\n"
            "«Отопительный сезон должен начаться вовремя», – сказал он. – «Акимы отвечают лично».\n")
    quotes = quotes_of(article_of(text, "ru"))
    assert [(q.text, q.speaker) for q in quotes] == [("Отопительный сезон должен начаться вовремя", "Олжас Сарыбаев"),
                                                     ("Акимы отвечают лично", "Олжас Сарыбаев")]


def test_a_dash_paragraph_without_attribution_is_speech_but_a_dashed_list_is_not(article_of) -> None:
    speech = ("Депутат Бауыржан Ахметов тарифті көтермес бұрын аудит жүргізуді ұсынды.\n\n"
              "– Тұрғындардың табысы өскен жоқ. Зейнеткер ай сайын зейнетақысының үштен бірін төлейді.\n")
    assert [q.text[:20] for q in quotes_of(article_of(speech, "kk"))] == ["Тұрғындардың табысы "]
    listed = ("Министр Бауыржан Ахметов жоспарды таныстырды.\n\n"
              "– ауылдарға жаңа су құбырларын тарту;\n\n"
              "– қалаларда ескі жылу желілерін толық ауыстыру жұмыстарын бастау.\n")
    assert quotes_of(article_of(listed, "kk")) == []
