"""The sentence panes: spans at the right Qt positions (also past the BMP), RTL, flags, links."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from dragoman.article.analysis import Analysis, Mention, SentenceResult, TranslationInfo
from dragoman.gui.panes import SentencePane
from dragoman.gui.reader import ReaderView
from dragoman.gui.textmap import Span


def _pane(qtbot, text, spans, rtl=False):
    pane = SentencePane("test")
    qtbot.addWidget(pane)
    pane.resize(500, 300)
    pane.show()
    pane.set_content(text, spans, rtl=rtl)
    return pane


def test_highlight_covers_the_sentence_even_after_astral_characters(qtbot):
    text = "Emoji 😀😀 first. Then 𝔘 second sentence."
    first_end = text.index(".") + 1
    second_start = text.index("Then")
    pane = _pane(qtbot, text, [Span(0, 0, first_end), Span(1, second_start, len(text))])
    pane.highlight_sentence(1)
    [selection] = pane.extraSelections()  # what Qt paints
    assert selection.cursor.selectedText() == text[second_start:]  # Qt's own view of the selection
    assert pane.highlighted("selected") == [(second_start, len(text))]


def test_offset_at_maps_qt_positions_back_to_python_offsets(qtbot):
    text = "😀😀😀 abc"
    pane = _pane(qtbot, text, [Span(0, 0, len(text))])
    cursor = pane.cursor_for_span(4, 5)
    assert cursor.selectedText() == "a"
    rect = pane.cursorRect(pane.cursor_for_span(5, 5))
    assert pane.offset_at(QPoint(rect.left() + 1, rect.center().y())) in (5, 6)


def test_arabic_pane_is_laid_out_right_to_left(qtbot):
    text = "قال الوزير: \"نعمل معا\"، وأضاف أن التعاون مستمر."
    pane = _pane(qtbot, text, [Span(0, 0, len(text))], rtl=True)
    option = pane.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    assert option.alignment() & Qt.AlignmentFlag.AlignRight
    # The first character is drawn at the right edge, as a reader of Arabic expects.
    first = pane.cursorRect(pane.cursor_for_span(0, 0))
    assert first.left() > pane.viewport().width() // 2
    pane.set_right_to_left(False)
    first = pane.cursorRect(pane.cursor_for_span(0, 0))
    assert pane.document().defaultTextOption().textDirection() == Qt.LayoutDirection.LeftToRight


def test_arabic_sentence_final_punctuation_sits_at_the_left_end(qtbot):
    # In a right-to-left paragraph the full stop that ends a sentence is drawn at its left end,
    # after the last word, not at the right where a left-to-right layout would put it.
    text = "وأضاف الوزير أن التعاون مستمر."
    pane = _pane(qtbot, text, [Span(0, 0, len(text))], rtl=True)
    last_word = text.rindex(" ") + 1
    stop = len(text) - 1
    word_rect = pane.cursorRect(pane.cursor_for_span(last_word, last_word))
    stop_rect = pane.cursorRect(pane.cursor_for_span(stop, stop))
    end_rect = pane.cursorRect(pane.cursor_for_span(len(text), len(text)))
    first_rect = pane.cursorRect(pane.cursor_for_span(0, 0))
    assert first_rect.center().y() == end_rect.center().y()  # one line
    assert end_rect.left() < stop_rect.left() < word_rect.left() < first_rect.left()


def test_flagged_sentences_show_their_reason_on_hover(qtbot):
    text = "Good sentence. Looping looping looping."
    pane = _pane(qtbot, text, [Span(0, 0, 14), Span(1, 15, len(text))])
    pane.set_flags({1: "Looping: the model repeated itself."})
    assert pane.flag_reason(1) == "Looping: the model repeated itself."
    assert pane.flag_reason(0) is None
    underlined = [s for s in pane.extraSelections() if s.format.underlineStyle() != 0]
    assert [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in underlined] == [(15, len(text))]


def test_hover_and_click_report_the_sentence_under_the_mouse(qtbot):
    text = "First sentence here.\nSecond sentence there."
    pane = _pane(qtbot, text, [Span(0, 0, 20), Span(1, 21, len(text))])
    rect = pane.cursorRect(pane.cursor_for_span(25, 25))
    point = QPoint(rect.left() + 2, rect.center().y())
    with qtbot.waitSignal(pane.sentenceHovered, timeout=2000) as hovered:
        qtbot.mouseMove(pane.viewport(), point)
    assert hovered.args == [1]
    with qtbot.waitSignal(pane.sentenceClicked, timeout=2000) as clicked:
        qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert clicked.args == [1]


def _analysis(translations):
    source = "Бірінші сөйлем. Екінші сөйлем.\n\nҮшінші сөйлем."
    spans = [(0, 15), (16, 30), (32, 46)]
    sentences = [SentenceResult(i, s, e, source[s:e], 0 if i < 2 else 1, translation=t)
                 for i, ((s, e), t) in enumerate(zip(spans, translations))]
    analysis = Analysis(language="kk", language_name="Kazakh", language_confidence=0.9,
                        language_supported=True, source=None, sentences=sentences,
                        translation=TranslationInfo(model="kk→en demo", demo=True))
    return source, analysis


def test_reader_links_a_sentence_in_both_panes_and_shows_mentions(qtbot):
    source, analysis = _analysis(["First sentence.", None, "Third sentence."])
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(900, 400)
    reader.show()
    reader.show_analysis(source, analysis)
    english = reader.english.text()
    assert english == "First sentence. …\n\nThird sentence."
    assert reader.english_header.badge.isVisible()
    reader.show_sentences([2])
    assert reader.source.highlighted("selected") == [(32, 46)]
    start = english.index("Third")
    assert reader.english.highlighted("selected") == [(start, len(english))]
    reader.show_mentions([Mention(16, 22, "Екінші")])
    assert reader.source.highlighted("mentions") == [(16, 22)]
    assert reader.english.highlighted("mentions") == [(english.index("…"), english.index("…") + 1)]


def test_missing_model_notice_replaces_the_english_pane(qtbot):
    source, analysis = _analysis([None, None, None])
    analysis.translation = TranslationInfo(model=None, message="No Kazakh→English model installed.")
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.show()
    reader.show_analysis(source, analysis)
    assert reader.notice.isVisible()
    assert "No Kazakh→English model installed." in reader.notice_text.text()
    assert reader.notice_button.isVisible()
    assert not reader.english.isVisible()
    with qtbot.waitSignal(reader.modelManagerRequested, timeout=1000):
        qtbot.mouseClick(reader.notice_button, Qt.MouseButton.LeftButton)


def test_highlights_are_recoloured_when_the_palette_changes(qtbot):
    from PySide6.QtGui import QColor, QPalette

    from dragoman.gui.theme import dark_palette

    text = "One sentence. Another one."
    pane = _pane(qtbot, text, [Span(0, 0, 13), Span(1, 14, len(text))])
    pane.highlight_ranges([(0, 3)], "mentions")
    before = pane.extraSelections()
    light = QColor(before[0].format.background().color())
    pane.setPalette(dark_palette())
    after = pane.extraSelections()
    dark = QColor(after[0].format.background().color())
    assert pane.highlighted("mentions") == [(0, 3)]
    assert dark.lightness() < light.lightness()
    assert dark.lightness() < pane.palette().color(QPalette.ColorRole.Text).lightness()


def _long_analysis(count: int = 60):
    pieces, sentences, position = [], [], 0
    for i in range(count):
        text = f"Сөйлем нөмірі {i} туралы ұзағырақ мәтін, ол бірнеше сөзден тұрады."
        if i:
            gap = "\n\n" if i % 3 == 0 else " "
            pieces.append(gap)
            position += len(gap)
        pieces.append(text)
        sentences.append(SentenceResult(i, position, position + len(text), text, i // 3,
                                        translation=f"English of sentence {i}, somewhat shorter."))
        position += len(text)
    analysis = Analysis(language="kk", language_name="Kazakh", language_confidence=0.9, language_supported=True,
                        source=None, sentences=sentences, translation=TranslationInfo(model="kk→en demo"))
    return "".join(pieces), analysis


def test_scrolling_one_pane_brings_the_same_sentence_to_the_top_of_the_other(qtbot):
    source, analysis = _long_analysis()
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(900, 300)
    reader.show()
    qtbot.waitExposed(reader)
    reader.show_analysis(source, analysis)
    for target in (30, 12, 45):
        reader.source.scroll_to_sentence(target)  # moves the source scroll bar, as a person would
        top = reader.source.top_sentence()
        assert abs(top - target) <= 1
        english_bar = reader.english.verticalScrollBar()
        # The shorter English text may run out of room near the end: then it stays at its bottom.
        assert reader.english.top_sentence() == top or english_bar.value() == english_bar.maximum()
    for target in (20, 21, 22):  # back from the English side, sentence by sentence
        reader.english.scroll_to_sentence(target)
        # The sentence may start mid-line: then the line at the top begins with the one before it.
        assert reader.english.top_sentence() in (target - 1, target)
        assert reader.source.top_sentence() == reader.english.top_sentence()


def test_hovering_a_sentence_highlights_its_counterpart(qtbot):
    source, analysis = _long_analysis(6)
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(900, 400)
    reader.show()
    reader.show_analysis(source, analysis)
    span = reader.source.span_of(4)
    rect = reader.source.cursorRect(reader.source.cursor_for_span(span.start + 3, span.start + 3))
    qtbot.mouseMove(reader.source.viewport(), QPoint(rect.left(), rect.center().y()))
    qtbot.waitUntil(lambda: reader.english.highlighted("hover") != [])
    english = reader.english.span_of(4)
    assert reader.english.highlighted("hover") == [(english.start, english.end)]
    assert reader.source.highlighted("hover") == [(span.start, span.end)]


def test_flagged_translations_carry_their_reason_to_a_tooltip(qtbot, monkeypatch):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    source, analysis = _long_analysis(4)
    analysis.sentences[2].flags = ["repeated", "truncated"]
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(900, 400)
    reader.show()
    reader.show_analysis(source, analysis)
    english = reader.english
    reason = english.flag_reason(2)
    assert "repeated itself" in reason and "longer than the model accepts" in reason
    assert english.flag_reason(1) is None
    shown: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda pos, text, *rest: shown.append(text))
    span = english.span_of(2)
    rect = english.cursorRect(english.cursor_for_span(span.start + 2, span.start + 2))
    point = QPoint(rect.left(), rect.center().y())
    event = QHelpEvent(QEvent.Type.ToolTip, point, english.viewport().mapToGlobal(point))
    english.viewportEvent(event)
    assert shown == [reason]


def test_streamed_sentences_are_written_in_place_exactly_as_a_full_layout(qtbot):
    import random

    from dragoman.gui.textmap import layout_translation

    source, analysis = _long_analysis(40)
    final = [s.translation for s in analysis.sentences]
    final[7] = "Emoji 😀 and 𝔘 outside the BMP."  # UTF-16 positions shift after this one
    for sentence in analysis.sentences:
        sentence.translation = None
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.show()
    reader.show_analysis(source, analysis)
    reader.show_sentences([30])
    order = list(range(40))
    random.Random(5).shuffle(order)
    for batch in (order[:13], order[13:14], order[14:]):
        for i in batch:
            analysis.sentences[i].translation = final[i]
            reader.schedule_english(i)
        reader.flush_english()
        expected_text, expected_spans = layout_translation(
            source, [(s.id, s.start, s.end) for s in analysis.sentences], [s.translation for s in analysis.sentences])
        assert reader.english.text() == expected_text
        assert reader.english.toPlainText() == expected_text  # what Qt holds, too
        assert reader.english.spans() == expected_spans
        span = reader.english.span_of(30)
        assert reader.english.highlighted("selected") == [(span.start, span.end)]
    assert reader.english.cursor_for_span(span.start, span.end).selectedText() == final[30]


def test_an_officials_english_name_is_marked_where_the_translation_has_it(qtbot):
    source, analysis = _analysis(["President Tokayev met the delegation.", "They talked.", "Third sentence."])
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.show()
    reader.show_analysis(source, analysis)
    reader.show_mentions([Mention(0, 7, "Бірінші"), Mention(16, 22, "Екінші")], "Kassym-Jomart Tokayev")
    english = reader.english.text()
    start = english.index("Tokayev")
    second = reader.english.span_of(1)
    # Sentence 0 names him in English: just the name; sentence 1 does not: the whole sentence.
    assert reader.english.highlighted("mentions") == [(start, start + len("Tokayev")), (second.start, second.end)]
