"""split_pieces: the single sentences inside a sentence, for translation (quotes are not protected)."""

from __future__ import annotations

import pytest
from article_fixtures import own_articles

from dragoman.article.sentences import split_pieces, split_sentences


def pieces(text: str, language: str) -> list[str]:
    return [text[start:end] for start, end in split_pieces(text, language)]


def test_kazakh_dash_dialogue_splits_and_keeps_the_attribution_with_the_last_piece() -> None:
    text = "– Жолдың құрылысы биыл аяқталады. Қаржы толық бөлінді. Мердігер таңдалды, – деді әкім С. Нұрланұлы."
    assert len(split_sentences(text, "kk")) == 1  # the article keeps the quotation whole
    assert pieces(text, "kk") == ["– Жолдың құрылысы биыл аяқталады.", "Қаржы толық бөлінді.",
                                  "Мердігер таңдалды, – деді әкім С. Нұрланұлы."]


def test_russian_dash_dialogue_with_an_exclamation_before_the_attribution() -> None:
    text = "— Урожай собран раньше срока. Элеваторы заполнены! — сообщил министр. Брифинг продолжился."
    assert pieces(text, "ru") == ["— Урожай собран раньше срока.", "Элеваторы заполнены! — сообщил министр.",
                                  "Брифинг продолжился."]


def test_two_replies_of_dialogue_on_one_line_are_two_pieces() -> None:
    assert pieces("– Келісесіз бе? – Иә, келісемін, – деді депутат.", "kk") == [
        "– Келісесіз бе?", "– Иә, келісемін, – деді депутат."]


def test_arabic_quote_running_past_a_full_stop() -> None:
    text = 'وقال السفير: "العلاقات بين البلدين متينة. نعمل على توسيع التبادل التجاري." وانتهى اللقاء بعد ساعة.'
    assert len(split_sentences(text, "ar")) == 2
    assert pieces(text, "ar") == ['وقال السفير: "العلاقات بين البلدين متينة.', 'نعمل على توسيع التبادل التجاري."',
                                  "وانتهى اللقاء بعد ساعة."]


def test_english_quote_of_two_sentences_keeps_its_speaker() -> None:
    text = '"Prices will fall. Stocks are high," the trader said on Tuesday. Markets opened flat.'
    assert split_sentences(text, "en")[0].text.endswith("on Tuesday.")
    assert pieces(text, "en") == ['"Prices will fall.', 'Stocks are high," the trader said on Tuesday.',
                                  "Markets opened flat."]


def test_a_quoted_question_with_a_short_attribution_is_one_piece() -> None:
    assert pieces('"Who pays for it?" Omarov asked. Nobody answered.', "en") == [
        '"Who pays for it?" Omarov asked.', "Nobody answered."]


@pytest.mark.parametrize("language,text", [
    ("kk", "ҚХР Төрағасы көлік, энергетика т.б. салалардағы жобаларды атап өтті."),
    ("kk", "«Ынтымақтастық ҚХР мен Қазақстан үшін маңызды», – деді ол."),
    ("en", "The U.S. delegation and Mr. Brown met A. Karimov at 9 a.m. on Monday."),
    ("ru", "Соглашение подписано в 2023 г. в Астане и вступило в силу."),
    ("ru", "Объём составил 2,5 млрд долл. США за 12.11.2024 и т.д. по списку."),
])
def test_abbreviations_initials_and_numbers_do_not_split(language: str, text: str) -> None:
    assert pieces(text, language) == [text]


def test_spans_are_exact_offsets_into_the_text() -> None:
    text = "  Кездесу өтті.   «Бәрі жақсы. Рақмет!» – деді ол.\nКелесі жол.  "
    expected = ["Кездесу өтті.", "«Бәрі жақсы.", "Рақмет!» – деді ол.", "Келесі жол."]
    spans = split_pieces(text, "kk")
    assert spans == [(text.index(p), text.index(p) + len(p)) for p in expected]


@pytest.mark.parametrize("path", own_articles(), ids=lambda p: p.stem)
def test_pieces_refine_the_sentences_of_every_article(path) -> None:
    """Every sentence of the article is exactly a run of pieces: split_pieces only adds ends."""
    text = path.read_text(encoding="utf-8")
    language = path.stem.split("-")[0]
    spans = split_pieces(text, language)
    assert all(text[s:e] == text[s:e].strip() and "\n" not in text[s:e] for s, e in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    starts, ends = {s for s, _ in spans}, {e for _, e in spans}
    sentences = split_sentences(text, language)
    for sentence in sentences:
        assert sentence.start in starts and sentence.end in ends, sentence.text
    assert len(spans) >= len(sentences)


@pytest.mark.parametrize("path", own_articles(), ids=lambda p: p.stem)
def test_no_piece_starts_with_an_attribution(path) -> None:
    text = path.read_text(encoding="utf-8")
    for piece in pieces(text, path.stem.split("-")[0]):
        assert not piece.startswith(("– деді", "— сказал", "– деп", "— заявил", "- деді", ",")), piece
        assert not piece[:1].islower(), piece
