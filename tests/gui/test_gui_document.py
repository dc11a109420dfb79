"""The evented document and what hangs on it: changes said once per turn, rows updated in place,
spans found by index, long texts loaded in pieces, find capped, old highlights gone."""

from __future__ import annotations

import random
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint
from PySide6.QtWidgets import QTableView

from dragoman import pipeline
from dragoman.article import from_text as load_text
from dragoman.article.analysis import Analysis, Quote, SentenceResult
from dragoman.gui.document import ArticleDocument
from dragoman.gui.findbar import MAX_MATCHES, FindBar
from dragoman.gui.models import QuotesModel, SummaryModel, changed_runs
from dragoman.gui.panes import ALL_MARKS, LOAD_CHUNK, MAX_PAINTED, SentencePane
from dragoman.gui.reader import ReaderView
from dragoman.gui.session import grouped
from dragoman.gui.textmap import Span, SpanIndex, span_at
from dragoman.translate.engine import SentenceTranslation

TIMEOUT_MS = 60_000


def _analysis(count: int) -> tuple[str, Analysis]:
    """A plain article of ``count`` numbered sentences and its analysis, untranslated."""
    texts = [f"Sentence number {i} of the record." for i in range(count)]
    source = " ".join(texts)
    sentences, at = [], 0
    for i, text in enumerate(texts):
        sentences.append(SentenceResult(id=i, start=at, end=at + len(text), text=text, paragraph=0))
        at += len(text) + 1
    return source, Analysis(language="en", language_name="English", language_confidence=1.0,
                            language_supported=True, source=None, sentences=sentences)


def _result(sentence_id: int, english: str | None = "English.") -> SentenceTranslation:
    return SentenceTranslation(id=sentence_id, translation=english, flags=[])


# ---- the document ------------------------------------------------------------------------------
def test_arrivals_of_one_turn_are_announced_once_with_their_ids(qtbot):
    _, analysis = _analysis(30)
    document = ArticleDocument()
    document.set_analysis(analysis)
    announced: list[list[int]] = []
    document.sentencesChanged.connect(announced.append)
    for sentence_id in (4, 9, 4, 20):
        document.apply_sentence(_result(sentence_id, f"English {sentence_id}."), [], [])
    assert announced == []  # nothing yet: the turn is not over
    qtbot.waitUntil(lambda: bool(announced), timeout=2000)
    assert announced == [[4, 9, 20]]
    assert analysis.sentences[9].translation == "English 9." and document.translated == 3


def test_a_new_analysis_drops_the_old_ones_pending_changes(qtbot):
    _, first = _analysis(5)
    _, second = _analysis(5)
    document = ArticleDocument()
    document.set_analysis(first)
    announced: list[list[int]] = []
    document.sentencesChanged.connect(announced.append)
    document.apply_sentence(_result(2), [], [])
    document.set_analysis(second)
    qtbot.wait(50)
    assert announced == [] and document.translated == 0


def test_completeness_follows_arrivals_in_any_order_and_failures():
    _, analysis = _analysis(6)
    order = [3, 0, 5, 1, 4]
    for sentence_id in order:
        pipeline.apply_translation(analysis, _result(sentence_id))
        assert not analysis.translation.complete
    pipeline.apply_translation(analysis, _result(2))
    assert analysis.translation.complete
    pipeline.apply_translation(analysis, _result(1, None))  # a sentence lost its English again
    assert not analysis.translation.complete
    pipeline.apply_translation(analysis, _result(1))
    assert analysis.translation.complete


def test_grouped_hands_over_what_came_together_and_passes_errors_on():
    def produce(stopped):
        for group in ((1, 2, 3), (4, 5)):
            yield from group
            time.sleep(0.15)  # the engine decoding the next batch

    groups = list(grouped(produce, lambda: False, seconds=0.05, quiet=0.02))
    assert [x for g in groups for x in g] == [1, 2, 3, 4, 5]
    assert groups[0] == [1, 2, 3]  # handed over while the producer was still busy

    def broken(stopped):
        yield 1
        raise ValueError("the model file is damaged")

    with pytest.raises(ValueError, match="damaged"):
        list(grouped(broken, lambda: False))


def test_grouped_stops_the_producer_when_cancelled():
    cancel = threading.Event()
    seen: list[int] = []

    def produce(stopped):
        for i in range(10_000):
            if stopped():
                return
            seen.append(i)
            yield i
            time.sleep(0.001)

    for _group in grouped(produce, cancel.is_set):
        cancel.set()
        break
    count = len(seen)
    time.sleep(0.05)
    assert len(seen) == count < 10_000  # the producer thread stopped too


# ---- spans by index ------------------------------------------------------------------------------
def test_span_index_agrees_with_a_scan_through_resizes():
    rng = random.Random(11)
    for _ in range(200):
        spans, at = [], rng.randint(0, 3)
        for i in range(rng.randint(0, 25)):
            at += rng.randint(0, 3)
            length = rng.randint(0, 5)
            spans.append(Span(i, at, at + length))
            at += length
        index = SpanIndex(spans)
        for _step in range(3):
            assert index.spans() == spans
            for offset in range(at + 12):
                assert index.at(offset) == span_at(spans, offset)
            if not spans:
                break
            k, length = rng.randrange(len(spans)), rng.randint(0, 9)
            delta = length - (spans[k].end - spans[k].start)
            spans = [s if i < k else Span(s.sentence, s.start + (delta if i > k else 0), s.end + delta)
                     for i, s in enumerate(spans)]
            at += delta
            index.resize(k, length)


# ---- the English pane --------------------------------------------------------------------------
def test_streamed_english_keeps_unchanged_marks_and_rebuilds_only_the_changed(qtbot):
    source, analysis = _analysis(300)
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.show()
    reader.show_analysis(source, analysis)
    for sentence in analysis.sentences[:200]:
        sentence.translation, sentence.flags = f"English {sentence.id}.", ["copy"]
    reader.english_changed(range(200))
    reader.flush_english()
    pane = reader.english
    kept = dict(pane._flag_cache)
    assert len(kept) == 200
    analysis.sentences[250].translation, analysis.sentences[250].flags = "Late English.", ["copy"]
    reader.english_changed([250])
    reader.flush_english()
    assert all(pane._flag_cache[i] is kept[i] for i in kept)  # the old marks were not rebuilt
    span = pane.span_of(250)
    assert pane.text()[span.start:span.end] == "Late English."
    assert (span.start, span.end) in pane.highlighted("flags")
    assert pane.toPlainText() == pane.text()


def test_a_long_text_goes_in_piece_by_piece_and_is_highlighted_once_in(qtbot):
    text = "\n".join(f"Line {i} of a very long parliamentary record." for i in range(LOAD_CHUNK // 10))
    spans = [Span(0, 0, 4), Span(1, len(text) - 6, len(text))]
    pane = SentencePane("long")
    qtbot.addWidget(pane)
    pane.show()
    pane.set_content(text, spans)
    assert pane.is_loading() and len(pane.toPlainText()) < len(text)
    pane.highlight_sentences([1])
    with qtbot.waitSignal(pane.loaded, timeout=TIMEOUT_MS):
        pass
    assert pane.toPlainText() == text
    assert pane.highlighted("selected") == [(len(text) - 6, len(text))]


def test_a_one_letter_find_on_a_long_article_paints_a_capped_number(qtbot):
    source, analysis = _analysis(2000)
    reader = ReaderView()
    qtbot.addWidget(reader)
    bar = FindBar(reader)
    qtbot.addWidget(bar)
    reader.show()
    reader.show_analysis(source, analysis)
    qtbot.waitUntil(lambda: not reader.source.is_loading(), timeout=TIMEOUT_MS)
    bar.open()
    started = time.perf_counter()
    qtbot.keyClicks(bar.entry, "e")
    assert time.perf_counter() - started < 5
    assert source.count("e") > MAX_MATCHES > MAX_PAINTED  # the English pane shows only "…" yet
    assert len(bar.matches()) == MAX_MATCHES
    assert len(reader.source.highlighted("find")) == MAX_PAINTED
    assert bar.count.text().startswith(f"{MAX_MATCHES}+ found") and f"the first {MAX_PAINTED}" in bar.count.text()


# ---- item models -------------------------------------------------------------------------------
def test_quote_english_repaints_the_rows_and_keeps_the_selection(qtbot):
    _, analysis = _analysis(10)
    quotes = [Quote(text=f"Quote {i}", start=0, end=7, sentence_ids=[i]) for i in range(5)]
    model = QuotesModel()
    model.set_rows(quotes)
    model.set_sentences(analysis.sentences)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.selectionModel().select(model.index(3, 0), QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
    resets, changes = [], []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda top, bottom, _roles=(): changes.append((top.row(), bottom.row())))
    for quote in quotes:
        quote.translation = f"English of {quote.text}"
    model.english_changed()
    assert not resets and changes == [(0, 4)]
    assert [i.row() for i in view.selectionModel().selectedRows()] == [3]
    changes.clear()
    analysis.sentences[1].translation, analysis.sentences[1].flags = "x", ["copy"]
    analysis.sentences[4].translation, analysis.sentences[4].flags = "y", ["copy"]
    model.refresh([1, 4, 7])
    assert changes == [(1, 1), (4, 4)]  # only the rows whose mark changed, not the stretch between


def test_summary_rows_of_changed_sentences_only():
    _, analysis = _analysis(10)
    model = SummaryModel()
    model.set_summary([1, 5, 6], analysis.sentences)
    changes = []
    model.dataChanged.connect(lambda top, bottom, _roles=(): changes.append((top.row(), bottom.row())))
    model.refresh([6, 9])
    assert changes == [(2, 2)]
    assert changed_runs([7, 3, 4, 5, 9]) == [(3, 5), (7, 7), (9, 9)]


# ---- the window --------------------------------------------------------------------------------
def _open_and_wait(qtbot, window, path: Path) -> None:
    outcome: list[str] = []
    window.session.translationFinished.connect(lambda _complete: outcome.append("finished"))
    window.session.openFailed.connect(outcome.append)
    window.open_path(str(path))
    qtbot.waitUntil(lambda: bool(outcome), timeout=TIMEOUT_MS)
    assert outcome[0] == "finished", outcome[0]


def _hover_everywhere(qtbot, pane: SentencePane) -> None:
    viewport = pane.viewport()
    for y in range(2, viewport.height(), 15):
        qtbot.mouseMove(viewport, QPoint(viewport.width() // 2, y))


def test_a_short_article_after_a_long_one_hovers_without_a_qt_warning(qtbot, window, samples_dir, tmp_path):
    # pytest-qt's qt_log_level_fail turns "QTextCursor::setPosition: Position out of range" into
    # a failure: every old range must be gone or clipped once the shorter text is in.
    long = tmp_path / "long.txt"
    long.write_text("\n\n".join([(samples_dir / "kk-official-visit.txt").read_text(encoding="utf-8")] * 4),
                    encoding="utf-8")
    _open_and_wait(qtbot, window, long)
    reader = window.reader
    last = window.session.analysis.sentences[-1].id
    reader.show_sentences([last])
    _hover_everywhere(qtbot, reader.source)
    reader.english.scroll_to_sentence(last)
    _hover_everywhere(qtbot, reader.english)
    window.find_action.trigger()
    window.find_bar.entry.setText("а")  # a one-letter Cyrillic query (keyClicks types ASCII only)
    short = tmp_path / "short.txt"
    short.write_text("Министр брифинг өткізді.\n", encoding="utf-8")
    _open_and_wait(qtbot, window, short)
    for pane in (reader.source, reader.english):
        _hover_everywhere(qtbot, pane)
        for layer in ("selected", "mentions", "find", "hover", "flags"):
            assert all(end <= len(pane.text()) for _, end in pane.highlighted(layer)), layer
    assert reader.source.toPlainText() == short.read_text(encoding="utf-8")


def test_the_window_says_it_is_loading_then_analysing(qtbot, window, samples_dir):
    stages: list[str] = []
    window.session.openProgress.connect(stages.append)
    _open_and_wait(qtbot, window, samples_dir / "ru-briefing.txt")
    assert stages == ["Loading", "Analysing"]


def test_streamed_english_in_the_window_matches_a_full_analysis(qtbot, window, samples_dir):
    path = samples_dir / "ar-talks.txt"
    _open_and_wait(qtbot, window, path)
    expected = pipeline.analyze(load_text(path.read_text(encoding="utf-8")), window.session.options)
    shown = window.reader.english
    for sentence in expected.sentences:
        span = shown.span_of(sentence.id)
        assert shown.text()[span.start:span.end] == (sentence.translation or "…")
    assert shown.toPlainText() == shown.text()


def test_a_long_articles_marks_follow_the_screen(qtbot):
    source, analysis = _analysis(ALL_MARKS * 3)
    for sentence in analysis.sentences:
        sentence.translation, sentence.flags = f"English {sentence.id}.", ["copy"]
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(600, 400)
    reader.show()
    reader.show_analysis(source, analysis)
    pane = reader.english  # a long article's English is laid out a turn later, in pieces
    qtbot.waitUntil(lambda: pane.span_of(analysis.sentences[-1].id) is not None and not pane.is_loading(),
                    timeout=TIMEOUT_MS)
    last = pane.span_of(analysis.sentences[-1].id)
    # (the pane may still be settling to its size: the marks follow the last resize)
    qtbot.waitUntil(lambda: 0 < len(pane.highlighted("flags")) < ALL_MARKS, timeout=5000)
    assert (last.start, last.end) not in pane.highlighted("flags")
    pane.verticalScrollBar().setValue(pane.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: (last.start, last.end) in pane.highlighted("flags"), timeout=5000)
    assert pane.flag_reason(0)  # the tooltip reasons stay for every sentence
