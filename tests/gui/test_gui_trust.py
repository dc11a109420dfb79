"""English that needs checking, as the window shows it: marks, tooltips, the header count and F7,
the summary and quote marks, piece-by-piece hover in a long quotation, and the first-run card."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QToolTip

from dragoman.article.analysis import Analysis, Check, PieceResult, Quote, SentenceResult, TranslationInfo
from dragoman.gui.firstrun import DEMO_NOTE, size_text
from dragoman.gui.models import CHECK_ROLE, QuotesModel, SummaryModel
from dragoman.gui.reader import ReaderView
from dragoman.gui.trust import checking_summary, flagged_ids, model_line, sentence_reason

MISSING = Check("name-missing", "Ding Xuexiang is not in the English.")
TOOLTIP, MARK = Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DecorationRole
ADDED = Check("number-added", "1,395 is in the English but not in the source.")


def _analysis(count: int = 6, info: TranslationInfo | None = None) -> tuple[str, Analysis]:
    parts, sentences, position = [], [], 0
    for i in range(count):
        text = f"Сөйлем {i} туралы мәтін."
        if i:
            parts.append(" ")
            position += 1
        parts.append(text)
        sentences.append(SentenceResult(i, position, position + len(text), text, 0,
                                        translation=f"English sentence number {i}."))
        position += len(text)
    analysis = Analysis(language="kk", language_name="Kazakh", language_confidence=0.9, language_supported=True,
                        source=None, sentences=sentences,
                        translation=info or TranslationInfo(model="kk→en real", demo=False))
    return "".join(parts), analysis


def _reader(qtbot, source: str, analysis: Analysis) -> ReaderView:
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(900, 400)
    reader.show()
    qtbot.waitExposed(reader)
    reader.show_analysis(source, analysis)
    return reader


def test_reasons_come_from_the_checks_and_cover_engine_flags_without_checks():
    _source, analysis = _analysis(3)
    first, second, third = analysis.sentences
    first.flags, first.checks = ["name-missing", "number-added"], [MISSING, ADDED]
    second.flags = ["repeated"]
    assert sentence_reason(first) == f"{MISSING.detail}\n{ADDED.detail}"
    assert "repeated itself" in sentence_reason(second)
    assert sentence_reason(third) == ""
    third.translation, third.flags = None, ["empty"]  # nothing to check until there is English
    assert sentence_reason(third) == ""
    assert flagged_ids(analysis.sentences) == [0, 1]
    assert checking_summary(analysis.sentences) == "2 of 3 sentences need checking"
    second.flags = []
    assert checking_summary(analysis.sentences) == "1 of 3 sentences needs checking"
    first.flags, first.checks = [], []
    assert checking_summary(analysis.sentences) == ""


def test_flagged_english_is_marked_counted_and_its_details_shown_on_hover(qtbot, monkeypatch):
    source, analysis = _analysis(6)
    for i in (1, 4):
        analysis.sentences[i].flags, analysis.sentences[i].checks = ["name-missing"], [MISSING]
    reader = _reader(qtbot, source, analysis)
    english = reader.english
    assert english.flag_reason(4) == MISSING.detail and english.flag_reason(0) is None
    marked = sorted(english.highlighted("flags"))
    assert marked == [(english.span_of(i).start, english.span_of(i).end) for i in (1, 4)]
    header = reader.english_header.checks
    assert header.isVisibleTo(reader) and "2 of 6 sentences need checking" in header.text()
    shown: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda pos, text, *rest: shown.append(text))
    span = english.span_of(4)
    rect = english.cursorRect(english.cursor_for_span(span.start + 2, span.start + 2))
    point = QPoint(rect.left(), rect.center().y())
    english.viewportEvent(QHelpEvent(QEvent.Type.ToolTip, point, english.viewport().mapToGlobal(point)))
    assert shown == [MISSING.detail]


def test_marks_follow_the_checks_when_they_change(qtbot):
    source, analysis = _analysis(4)
    reader = _reader(qtbot, source, analysis)
    assert reader.english.highlighted("flags") == [] and not reader.english_header.checks.isVisibleTo(reader)
    analysis.sentences[2].flags, analysis.sentences[2].checks = ["number-added"], [ADDED]
    reader.refresh_checks()  # what the window calls after a recheck
    span = reader.english.span_of(2)
    assert reader.english.highlighted("flags") == [(span.start, span.end)]
    assert reader.english.flag_reason(2) == ADDED.detail
    assert "1 of 4 sentences needs checking" in reader.english_header.checks.text()


def test_next_and_previous_flagged_sentence_wrap_around(qtbot):
    source, analysis = _analysis(8)
    for i in (2, 5):
        analysis.sentences[i].flags = ["untranslated"]
    reader = _reader(qtbot, source, analysis)
    assert [reader.step_flagged(1) for _ in range(3)] == [2, 5, 2]
    span = reader.source.span_of(2)
    assert reader.source.highlighted("selected") == [(span.start, span.end)]
    assert [reader.step_flagged(-1) for _ in range(2)] == [5, 2]
    reader.show_sentences([6])
    assert reader.step_flagged(1) == 2 and reader.step_flagged(-1) == 5
    reader.english_header.checks.linkActivated.emit("next")  # clicking the count goes on
    span = reader.source.span_of(2)
    assert reader.source.highlighted("selected") == [(span.start, span.end)]
    for i in (2, 5):
        analysis.sentences[i].flags = []
    reader.refresh_checks()
    assert reader.step_flagged(1) == -1


def test_summary_and_quote_english_built_from_flagged_sentences_is_marked(qtmodeltester):
    _source, analysis = _analysis(4)
    analysis.sentences[1].flags, analysis.sentences[1].checks = ["name-missing"], [MISSING]
    summary = SummaryModel()
    summary.set_summary([0, 1], analysis.sentences, english=True)
    qtmodeltester.check(summary, force_py=True)
    assert [summary.index(r).data(CHECK_ROLE) for r in range(2)] == ["", MISSING.detail]
    assert MISSING.detail in summary.index(1).data(TOOLTIP)
    assert summary.index(0).data(MARK) is None and summary.index(1).data(MARK) is not None
    summary.set_summary([0, 1], analysis.sentences, english=False)  # the source shown: nothing to check
    assert summary.index(1).data(CHECK_ROLE) == ""
    quotes = QuotesModel()
    rows = [Quote("a", 0, 5, translation="English a", sentence_ids=[0]),
            Quote("b", 6, 9, translation="English b", sentence_ids=[1, 2]),
            Quote("c", 6, 9, translation=None, sentence_ids=[1])]
    quotes.set_rows(rows)
    quotes.set_sentences(analysis.sentences)
    qtmodeltester.check(quotes, force_py=True)
    assert [quotes.index(r, 2).data(CHECK_ROLE) for r in range(3)] == ["", MISSING.detail, ""]
    assert MISSING.detail in quotes.index(1, 2).data(TOOLTIP) and quotes.index(1, 2).data(MARK) is not None
    assert quotes.index(0, 2).data(MARK) is None
    assert "Translated alone" not in quotes.index(0, 2).data(TOOLTIP)
    rows[0].english_source = "own"
    assert "Translated alone" in quotes.index(0, 2).data(TOOLTIP)


def test_hovering_one_sentence_of_a_long_quotation_lights_that_piece_and_its_english(qtbot):
    source, analysis = _analysis(3)
    whole = analysis.sentences[1]
    # Sentence 1 becomes a two-sentence quotation translated piece by piece.
    first_en, second_en = "First part.", "Second part here."
    whole.translation = f"{first_en} {second_en}"
    cut = whole.start + 9
    whole.pieces = [PieceResult(whole.start, cut, first_en, 0, len(first_en)),
                    PieceResult(cut + 1, whole.end, second_en, len(first_en) + 1, len(whole.translation))]
    reader = _reader(qtbot, source, analysis)
    span = reader.source.span_of(1)
    english = reader.english.span_of(1)
    for offset, (s_range, e_range) in ((whole.start + 2, ((whole.start, cut), (english.start, english.start
                                                                                 + len(first_en)))),
                                       (whole.end - 2, ((cut + 1, whole.end), (english.start + len(first_en) + 1,
                                                                              english.end)))):
        rect = reader.source.cursorRect(reader.source.cursor_for_span(offset, offset))
        qtbot.mouseMove(reader.source.viewport(), QPoint(rect.left() + 1, rect.center().y()))
        qtbot.waitUntil(lambda s=s_range: reader.source.highlighted("hover") == [s], timeout=2000)
        assert reader.english.highlighted("hover") == [e_range]
    # From the English side: the second piece's English lights the second piece of the source.
    pane = reader.english
    rect = pane.cursorRect(pane.cursor_for_span(english.end - 3, english.end - 3))
    qtbot.mouseMove(pane.viewport(), QPoint(rect.left() + 1, rect.center().y()))
    qtbot.waitUntil(lambda: reader.source.highlighted("hover") == [(cut + 1, whole.end)], timeout=2000)
    # A sentence without pieces still lights whole.
    other = reader.source.span_of(0)
    rect = reader.source.cursorRect(reader.source.cursor_for_span(other.start + 2, other.start + 2))
    qtbot.mouseMove(reader.source.viewport(), QPoint(rect.left() + 1, rect.center().y()))
    qtbot.waitUntil(lambda: reader.source.highlighted("hover") == [(other.start, other.end)], timeout=2000)
    assert span.sentence == 1


def test_card_suggests_a_real_model_when_there_is_none_and_says_demo_english_is_a_demo(qtbot):
    from dragoman.translate.catalog import suggestions

    offered = suggestions("kk")[0]
    source, analysis = _analysis(3, TranslationInfo(model=None, message="No Kazakh→English model installed."))
    for s in analysis.sentences:
        s.translation = None
    reader = _reader(qtbot, source, analysis)
    text = reader.notice_text.text()
    assert reader.notice.isVisible() and not reader.english.isVisible()
    assert "No Kazakh→English model installed." in text
    assert offered.name in text and size_text(offered.size_bytes) in text and offered.licence in text
    if offered.licence_note:
        assert offered.licence_note in text
    assert reader.notice_button.isVisible()
    assert offered.install not in text  # the long how-to waits behind a link
    reader.notice_text.linkActivated.emit("more")
    assert offered.install in reader.notice_text.text() and "Fewer details" in reader.notice_text.text()
    reader.notice_text.linkActivated.emit("less")
    assert "How to get it" in reader.notice_text.text()
    source, demo = _analysis(3, TranslationInfo(model="kk→en demo", demo=True))
    reader.show_analysis(source, demo)
    assert reader.notice.isVisible() and reader.english.isVisible()
    assert DEMO_NOTE in reader.notice_text.text() and offered.name in reader.notice_text.text()
    reader.notice.close_button.click()  # closed: it stays closed for this language's demo
    reader.show_analysis(source, demo)
    assert not reader.notice.isVisible()
    source, real = _analysis(3, TranslationInfo(model="kk→en NLLB", demo=False, family="nllb"))
    reader.show_analysis(source, real)
    assert not reader.notice.isVisible() and reader.english.isVisible()


def test_size_text_and_the_header_line_for_imported_english():
    assert size_text(630_000_000) == "about 0.6 GB"
    assert size_text(100_000_000) == "about 100 MB"
    assert model_line(TranslationInfo(model="agency.txt", family="file", english_file="agency.txt")) == \
        "English from agency.txt"
    assert model_line(TranslationInfo(model="kk→en NLLB")) == "kk→en NLLB"


def test_quote_marks_repaint_only_the_rows_whose_mark_changed(qtbot):
    _source, analysis = _analysis(4)
    quotes = QuotesModel()
    quotes.set_rows([Quote(str(i), 0, 1, translation=f"English {i}", sentence_ids=[i]) for i in range(4)])
    quotes.set_sentences(analysis.sentences)
    changed: list[tuple[int, int]] = []
    quotes.dataChanged.connect(lambda first, last, *_: changed.append((first.row(), last.row())))
    quotes.refresh()
    assert changed == []  # nothing changed: no repaint (streaming calls this often)
    analysis.sentences[1].flags, analysis.sentences[1].checks = ["name-missing"], [MISSING]
    analysis.sentences[2].flags = ["repeated"]
    quotes.refresh()
    assert changed == [(1, 2)] and quotes.index(2, 2).data(CHECK_ROLE)
