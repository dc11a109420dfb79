"""Key quotes: marks of each language, dash dialogue, names that are not quotes, speakers."""

from __future__ import annotations

from dragoman.summarize.officials import find_officials
from dragoman.summarize.quotes import find_quotes


def quotes_of(article):
    return find_quotes(article, find_officials(article))


def test_dash_dialogue_over_several_sentences_is_one_quote(article_of) -> None:
    text = ("Сыртқы істер министрі Ержан Қалиев сапармен келді.\n\n"
            "– Біз жаңа келісімге дайынбыз. Ол екі елге де тиімді. Жұмыс жалғасады, – деді Ержан Қалиев.\n")
    article = article_of(text, "kk")
    quotes = quotes_of(article)
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.text == "Біз жаңа келісімге дайынбыз. Ол екі елге де тиімді. Жұмыс жалғасады"
    assert text[quote.start:quote.end] == quote.text
    assert quote.speaker == "Ержан Қалиев" and quote.speaker_en == "Yerzhan Kaliyev"
    assert len(quote.sentence_ids) >= 1 and quote.translation is None


def test_names_in_quotation_marks_are_not_quotes(article_of) -> None:
    text = ("Министр Асқар Омаров «Бір белдеу, бір жол» бастамасы туралы айтты.\n"
            "«Егемен Қазақстан» газеті сұхбат жариялады.\n")
    assert quotes_of(article_of(text, "kk")) == []


def test_russian_guillemets_and_a_dash_attribution(article_of) -> None:
    text = ("Министр энергетики Руслан Бекетаев провёл брифинг.\n"
            "«Отопительный сезон начнётся вовремя во всех регионах страны», — сказал Бекетаев.\n")
    quotes = quotes_of(article_of(text, "ru"))
    assert [q.speaker for q in quotes] == ["Руслан Бекетаев"]


def test_arabic_quote_without_its_closing_mark_and_a_continuing_speaker(article_of) -> None:
    text = ("قال وزير الخارجية العماني بدر البوسعيدي إن الحوار مستمر.\n"
            "وتابع قائلا\" إن التعاون بين البلدين يشمل التجارة والطاقة والنقل والسياحة\n"
            "وأضاف أن الزيارة المقبلة ستكون في الربيع.\n")
    quotes = quotes_of(article_of(text, "ar"))
    assert len(quotes) == 1
    assert quotes[0].text.startswith("إن التعاون") and quotes[0].text.endswith("والسياحة")
    assert quotes[0].speaker == "بدر البوسعيدي"


def test_english_quote_said_after_and_an_unknown_speaker(article_of) -> None:
    text = ("Trade Minister Daniel Brooks opened the fair on Monday.\n"
            "\"Our exporters need faster customs checks at every border crossing,\" Brooks said.\n"
            "A senior official said the plan \"will take at least three more years to complete.\"\n")
    quotes = quotes_of(article_of(text, "en"))
    assert [q.speaker for q in quotes] == ["Daniel Brooks", None]


def test_a_second_quote_in_the_paragraph_keeps_its_speaker(article_of) -> None:
    text = ("Foreign Minister Laura Peters spoke in Vienna.\n"
            "\"We are ready to talk to everyone who wants peace,\" Peters said. \"But talks need two sides.\"\n")
    quotes = quotes_of(article_of(text, "en"))
    assert [q.speaker for q in quotes] == ["Laura Peters", "Laura Peters"]


def test_english_speakers_named_only_beside_said(article_of) -> None:
    text = ("The Foreign Ministry said on Monday that talks would resume.\n"
            "\"We expect progress within weeks,\" said John Carter, who leads the delegation.\n"
            "Carter later met Governor Ellis in the capital. "
            "\"The region needs investment more than anything else,\" Ellis said.\n")
    article = article_of(text, "en")
    officials = find_officials(article)
    assert [o.name for o in officials] == ["John Carter", "Ellis"]  # not "Foreign Ministry"
    assert [q.speaker for q in find_quotes(article, officials)] == ["John Carter", "Ellis"]


def test_a_quoted_paragraph_alone_goes_on_with_the_last_speaker_only(article_of) -> None:
    opening = "\"Nobody has told us when the new bridge will finally be opened to lorries.\"\n"
    text = (opening +
            "Transport Minister Omar Haddad visited the site on Friday.\n"
            "\"The bridge will open to lorries in May, after the load tests are finished,\" Haddad said.\n"
            "\"Cars will follow a month later, once the approach roads are ready.\"\n")
    article = article_of(text, "en")
    speakers = [q.speaker for q in find_quotes(article, find_officials(article))]
    assert speakers == [None, "Omar Haddad", "Omar Haddad"]


def test_quotation_mark_mix_ups() -> None:
    from dragoman.summarize.quotemarks import quoted_spans

    def inside(line: str) -> list[str]:
        return [line[s.start:s.end] for s in quoted_spans(line, 0, len(line))]

    assert inside("Он сказал: “Мы готовы к переговорам“, — и ушёл.") == ["Мы готовы к переговорам"]
    assert inside("وقال ”نحن مستعدون للحوار“ في المؤتمر") == ["نحن مستعدون للحوار"]
    assert inside("Er sagte »Wir sind bereit« und ging.") == ["Wir sind bereit"]
    assert inside("«Внешний „контур“ работает», — сказал он.") == ["Внешний „контур“ работает"]
    assert inside('وتابع قائلا" يجري تنفيذ هذا التوافق') == ["يجري تنفيذ هذا التوافق"]


def test_a_quote_that_runs_on_into_the_next_paragraph_is_one_quote_per_paragraph(article_of) -> None:
    text = ("Trade Minister Arman Shakkaliyev spoke in Astana on Monday.\n\n"
            "Shakkaliyev said exporters needed cheaper rail tariffs. \"Grain must reach the ports in days, "
            "not weeks. Every delay costs farmers money.\n\n"
            "\"We will cut the waiting times by half,\" Shakkaliyev said.\n")
    article = article_of(text, "en")
    quotes = find_quotes(article, find_officials(article))
    assert [q.text for q in quotes] == [
        "Grain must reach the ports in days, not weeks. Every delay costs farmers money.",
        "We will cut the waiting times by half,"]
    assert [q.speaker for q in quotes] == ["Arman Shakkaliyev", "Arman Shakkaliyev"]


def test_a_closed_quote_at_a_paragraph_end_stays_its_own(article_of) -> None:
    text = ("Trade Minister Arman Shakkaliyev spoke in Astana on Monday.\n\n"
            "\"Grain must reach the ports in days, not weeks,\" Shakkaliyev said.\n\n"
            "\"We will cut the waiting times by half,\" he added.\n")
    article = article_of(text, "en")
    assert len(find_quotes(article, find_officials(article))) == 2


def test_a_name_with_a_who_clause_before_its_verb_is_the_speaker(article_of) -> None:
    text = ("Ports on the Caspian are busier than ever.\n\n"
            "Lena Marsh, who ran the regional shipping board until May, said the queues were "
            "\"a warning to every government on the coast.\"\n")
    article = article_of(text, "en")
    officials = find_officials(article)
    assert [o.name for o in officials] == ["Lena Marsh"]
    quotes = find_quotes(article, officials)
    assert [q.speaker for q in quotes] == ["Lena Marsh"]


def test_a_gendered_pronoun_skips_the_official_of_the_other_gender(article_of) -> None:
    text = ("Министр торговли Арман Шаккалиев встретился с послом Италии Лаурой Бениньи и "
            "заместителем министра Дариной Есеновой.\n"
            "«Экспорт зерна в этом году вырастет на треть», — сказала она.\n"
            "«Мы откроем два новых терминала», — сказал он.\n")
    article = article_of(text, "ru")
    quotes = find_quotes(article, find_officials(article))
    assert [q.speaker for q in quotes] == ["Дарина Есенова", "Арман Шаккалиев"]
