"""Sentence and paragraph splitting rules, one behaviour per test, plus span properties."""

from __future__ import annotations

import random

import pytest
from article_fixtures import own_articles

from dragoman.article.sentences import split_paragraphs, split_sentences


def texts(text: str, language: str) -> list[str]:
    return [s.text for s in split_sentences(text, language)]


def test_plain_sentences_split_after_full_stop_question_and_exclamation() -> None:
    text = "The talks ended. Did they agree? Yes! A statement followed."
    assert texts(text, "en") == ["The talks ended.", "Did they agree?", "Yes!",
                                 "A statement followed."]


def test_arabic_comma_and_question_mark() -> None:
    text = "وصل الوزير إلى أستانا، والتقى نظيره. هل تم توقيع الاتفاق؟ نعم، تم ذلك."
    assert texts(text, "ar") == ["وصل الوزير إلى أستانا، والتقى نظيره.", "هل تم توقيع الاتفاق؟",
                                 "نعم، تم ذلك."]


@pytest.mark.parametrize("language,first", [
    ("kk", "ҚХР Төрағасы мұнай, газ т.б. салаларды талқылады."),
    ("ru", "Обсудили энергетику, транспорт и т.д. и договорились о встрече."),
    ("ru", "Визит состоялся в 2024 г. после долгих переговоров."),
    ("ru", "Это касается крупных, т.е. стратегических, проектов."),
    ("ru", "Его принял В. Путин в Кремле."),
    ("ru", "Его принял В.В. Путин в Кремле."),
    ("ru", "Сумма составила 3,1 млрд долл. США в прошлом году."),
    ("en", "Mr. Smith met Dr. Jones in the U.S. capital."),
    ("en", "The report by A. Smith came out on Jan. 15 at 10 a.m. local time."),
    ("kk", "Кездесуге Л.Н. Гумилев атындағы университеттің ректоры қатысты."),
    ("kk", "Форум 2026 ж. Стамбұлда өтеді."),
])
def test_no_split_after_abbreviations_and_initials(language: str, first: str) -> None:
    second = "Келесі сөйлем." if language == "kk" else (
        "Следующее предложение." if language == "ru" else "Another sentence.")
    assert texts(f"{first} {second}", language) == [first, second]


@pytest.mark.parametrize("language,text", [
    ("ru", "Обсудили энергетику, транспорт и т.д. Затем министры подписали протокол."),
    ("en", "They traded grain, oil, metals, etc. The deal was signed later."),
    ("ru", "Договор подписан в 2024 г. Следующий раунд пройдёт весной."),
])
def test_sentence_final_abbreviation_splits_before_a_capital(language: str, text: str) -> None:
    assert len(texts(text, language)) == 2


@pytest.mark.parametrize("language,first", [
    ("kk", "Тауар айналымы 1,395 млрд долларға жетті."),
    ("ru", "Рост составил 3.5 процента."),
    ("ru", "Встреча назначена на 12.11.2024 в Астане."),
    ("ru", "Подробности на сайте gov.kz сегодня."),
    ("ar", "بلغ حجم التجارة 185.5 مليون دولار."),
])
def test_numbers_dates_and_addresses_do_not_split(language: str, first: str) -> None:
    second = "Итог." if language == "ru" else ("Қорытынды." if language == "kk" else "وانتهى.")
    assert texts(f"{first} {second}", language) == [first, second]


@pytest.mark.parametrize("language,text", [
    ("ru", "«Мы готовы. Документы подписаны», – сказал министр."),
    ("ru", "Он сказал: „Мы готовы. Всё решено“ и ушёл."),
    ("en", "“We are ready. Everything is signed,” the minister said."),
    ("en", "\"We are ready. Everything is signed,\" the minister said."),
    ("ar", "وتابع قائلا \"إن التعاون مستمر. ونأمل المزيد من المشاريع\"."),
    ("kk", "«Біз дайынбыз. Құжаттар қол қойылды», – деді министр."),
])
def test_no_split_inside_a_quotation(language: str, text: str) -> None:
    assert texts(text, language) == [text]


def test_sentence_after_a_closed_quotation_is_separate() -> None:
    text = 'He said: "We are ready." Then the talks began.'
    assert texts(text, "en") == ['He said: "We are ready."', "Then the talks began."]


def test_unclosed_quotation_protects_nothing() -> None:
    text = 'He said "we are ready. Then the talks began.'
    assert len(texts(text, "en")) == 2


@pytest.mark.parametrize("language,text", [
    ("kk", "– Біз дайынбыз. Келісім жасалды. Жұмыс басталады, – деді Қасым-Жомарт Тоқаев."),
    ("ru", "— Мы готовы. Соглашение подписано, — сказал Даурен Серикбаев."),
    ("ru", "— Можно ли ждать результата? Думаю, да, — заявил он."),
    ("kk", "- Біз дайынбыз. Жұмыс басталады, - деді әкім."),
])
def test_dash_dialogue_keeps_its_attribution(language: str, text: str) -> None:
    assert texts(text, language) == [text]


def test_dash_dialogue_quote_resumes_after_the_attribution() -> None:
    text = "– Біз дайынбыз. Келісім жасалды, – деді министр. – Жұмыс ертең басталады. Бәрі дайын."
    assert texts(text, "kk") == ["– Біз дайынбыз. Келісім жасалды, – деді министр.",
                                 "– Жұмыс ертең басталады. Бәрі дайын."]


def test_no_sentence_is_only_an_attribution() -> None:
    for path in own_articles():
        language = path.stem.split("-")[0]
        for sentence in split_sentences(path.read_text(encoding="utf-8"), language):
            assert not sentence.text.startswith(("– деді", "— сказал", "– деп", "— заявил"))


def test_quoted_question_with_attribution_stays_whole() -> None:
    text = '"Why should we wait?" Sadykov asked. The meeting ended.'
    assert texts(text, "en") == ['"Why should we wait?" Sadykov asked.', "The meeting ended."]


def test_every_line_break_ends_a_sentence() -> None:
    text = "Екіжақты ынтымақтастық нығаяды\n1,395\nоқылды\n\nКездесу өтті. Келісім жасалды."
    assert texts(text, "kk") == ["Екіжақты ынтымақтастық нығаяды", "1,395", "оқылды",
                                 "Кездесу өтті.", "Келісім жасалды."]


def test_list_numbers_do_not_stand_alone() -> None:
    assert texts("1. Первый пункт повестки.", "ru") == ["1. Первый пункт повестки."]


def test_unknown_language_uses_the_fallback_rules() -> None:
    assert texts("Перший пункт. Другий пункт.", "uk") == ["Перший пункт.", "Другий пункт."]
    assert texts("会谈结束了。双方签署了协议。", "zh") == ["会谈结束了。", "双方签署了协议。"]


def test_paragraphs_are_blank_line_blocks() -> None:
    text = "Headline\nDateline\n\n  First paragraph.  \n\n\n\nSecond paragraph.\n"
    paragraphs = split_paragraphs(text)
    assert [text[p.start:p.end] for p in paragraphs] == ["Headline\nDateline",
                                                         "First paragraph.", "Second paragraph."]


def test_without_blank_lines_each_line_is_a_paragraph() -> None:
    text = "First line. Still first.\nSecond line.\n"
    assert [text[p.start:p.end] for p in split_paragraphs(text)] == [
        "First line. Still first.", "Second line."]
    assert [s.paragraph for s in split_sentences(text, "en")] == [0, 0, 1]


def _check_spans(text: str, language: str) -> None:
    paragraphs = split_paragraphs(text)
    sentences = split_sentences(text, language)
    assert [s.id for s in sentences] == list(range(len(sentences)))
    assert [p.id for p in paragraphs] == list(range(len(paragraphs)))
    previous_end = 0
    for sentence in sentences:
        assert text[sentence.start:sentence.end] == sentence.text
        assert sentence.text and sentence.text == sentence.text.strip()
        assert sentence.start >= previous_end
        previous_end = sentence.end
        paragraph = paragraphs[sentence.paragraph]
        assert paragraph.start <= sentence.start and sentence.end <= paragraph.end
    covered = "".join(s.text for s in sentences)
    assert "".join(covered.split()) == "".join(text.split())  # nothing but whitespace is lost


@pytest.mark.parametrize("path", own_articles(), ids=lambda p: p.stem)
def test_spans_are_exact_on_every_fixture(path) -> None:
    text = path.read_text(encoding="utf-8")
    for language in (path.stem.split("-")[0], "und"):
        _check_spans(text, language)


def test_spans_are_exact_on_random_cuts_of_the_fixtures() -> None:
    """Any slice of any article, glued to another, with odd whitespace, keeps exact spans."""
    rng = random.Random(2025)
    corpus = [p.read_text(encoding="utf-8") for p in own_articles()]
    for _ in range(300):
        a, b = rng.sample(corpus, 2)
        i, j = sorted(rng.sample(range(len(a)), 2))
        glue = rng.choice(["", " ", "\n", "\n \n", "\t", "  \n\n  "])
        text = a[i:j] + glue + b[: rng.randrange(len(b))]
        _check_spans(text, rng.choice(["kk", "ar", "ru", "en", "und"]))
