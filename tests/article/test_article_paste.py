"""Pasted text becomes an Article the same way a file does, with offsets into the text as kept."""

from __future__ import annotations

from dragoman.article.load import load_text


def test_paste_normalises_line_ends_and_drops_a_bom_only() -> None:
    pasted = "\ufeffМинистр прибыл в Астану.\r\nПереговоры начались.\rВстреча\u00a0завершилась.  "
    article = load_text(pasted)
    assert article.text == "Министр прибыл в Астану.\nПереговоры начались.\nВстреча\u00a0завершилась.  "
    assert (article.source, article.encoding, article.language.code) == (None, None, "ru")
    assert [s.text for s in article.sentences] == [
        "Министр прибыл в Астану.", "Переговоры начались.", "Встреча\u00a0завершилась."]
    for sentence in article.sentences:
        assert article.text[sentence.start:sentence.end] == sentence.text
        assert article.sentence_at(sentence.start) == sentence


def test_paste_keeps_a_source_label_and_splits_paragraphs() -> None:
    pasted = ("– Біз дайынбыз. Жұмыс басталады, – деді әкім.\n\n"
              "Кездесу барысында тараптар көлік мәселелерін талқылады.")
    article = load_text(pasted, source="clipboard")
    assert article.source == "clipboard"
    assert article.language.code == "kk"
    assert [(s.paragraph, s.text) for s in article.sentences] == [
        (0, "– Біз дайынбыз. Жұмыс басталады, – деді әкім."),
        (1, "Кездесу барысында тараптар көлік мәселелерін талқылады.")]
