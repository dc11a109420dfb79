"""A long article's panes fill in pieces over several event-loop turns (a 2 M-character file laid
out at once held the window for 150-230 ms): the pane must end with the whole text and the right
sentence offsets, stay consistent while pieces arrive, and a second open must replace a load
under way without mixing the two."""

from __future__ import annotations

import random

from dragoman.article.analysis import Analysis, SentenceResult
from dragoman.gui.findbar import FindBar
from dragoman.gui.panes import SentencePane
from dragoman.gui.reader import BUILD_SENTENCES, ReaderView
from dragoman.gui.textmap import Span, SpanIndex, layout_translation

TIMEOUT_MS = 60_000


def _article(count: int, word: str, seed: int) -> tuple[str, Analysis]:
    """``count`` sentences of varying length, lines and paragraphs; every third one translated."""
    rng = random.Random(seed)
    parts, sentences, at = [], [], 0
    for i in range(count):
        words = [rng.choice(("of", "the", "record", "said", "today")) for _ in range(rng.randint(1, 9))]
        text = f"{word} {i} " + " ".join(words) + "."
        gap = rng.choice((" ", " ", "\n", "\n\n")) if i else ""
        parts += [gap, text]
        at += len(gap)
        english = f"{word.upper()} English {i}." if i % 3 == 0 else None
        sentences.append(SentenceResult(id=i, start=at, end=at + len(text), text=text, paragraph=0,
                                        translation=english))
        at += len(text)
    analysis = Analysis(language="en", language_name="English", language_confidence=1.0,
                        language_supported=True, source=None, sentences=sentences)
    return "".join(parts), analysis


def _expected(source: str, analysis: Analysis) -> tuple[str, list[Span]]:
    spans = [(s.id, s.start, s.end) for s in analysis.sentences]
    return layout_translation(source, spans, [s.translation for s in analysis.sentences])


def _reader(qtbot) -> ReaderView:
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(700, 500)
    reader.show()
    return reader


def test_a_pane_filled_in_pieces_equals_one_filled_at_once(qtbot):
    source, analysis = _article(3000, "Piece", seed=1)
    text, spans = _expected(source, analysis)
    whole = SentencePane("whole")
    pieces = SentencePane("pieces")
    for pane in (whole, pieces):
        qtbot.addWidget(pane)
        pane.show()
    whole.set_content(text, spans)
    pieces.begin_content(sentences=len(spans))
    cuts = [0, 1, 7, 500, 1999, 2000, len(spans)]
    for first, last in zip(cuts, cuts[1:]):
        start = spans[first].start if first else 0
        end = spans[last].start if last < len(spans) else len(text)
        piece = [Span(s.sentence, s.start - start, s.end - start) for s in spans[first:last]]
        pieces.add_content(text[start:end], piece)
        assert pieces.is_loading()
        assert pieces.span_of(spans[last - 1].sentence) == spans[last - 1]  # indexed as it comes
        assert pieces.span_of(spans[last].sentence) is None if last < len(spans) else True
    pieces.end_content()
    qtbot.waitUntil(lambda: not pieces.is_loading() and not whole.is_loading(), timeout=TIMEOUT_MS)
    assert pieces.text() == whole.text() == text
    assert pieces.toPlainText() == text
    assert pieces.spans() == whole.spans() == spans
    for offset in random.Random(2).sample(range(len(text)), 300):
        assert pieces.span_at(offset) == whole.span_at(offset)


def test_a_translation_arriving_while_a_long_text_loads_goes_in_without_loading_it_all(qtbot):
    source, analysis = _article(3000, "Late", seed=3)
    text, spans = _expected(source, analysis)
    pane = SentencePane("late")
    qtbot.addWidget(pane)
    pane.show()
    pane.set_content(text, spans)
    assert pane.is_loading()
    early, late = spans[0].sentence, spans[-1].sentence  # one in the document, one still to come
    pane.replace_sentences({early: "Now in English, early.", late: "Now in English, at the end."})
    assert len(pane.toPlainText()) < len(pane.text())  # the rest still comes a piece per turn
    qtbot.waitUntil(lambda: not pane.is_loading(), timeout=TIMEOUT_MS)
    assert pane.toPlainText() == pane.text()
    for sentence, english in ((early, "Now in English, early."), (late, "Now in English, at the end.")):
        span = pane.span_of(sentence)
        assert pane.text()[span.start:span.end] == english


def test_a_long_articles_english_is_laid_out_in_pieces_with_progress_and_ends_whole(qtbot):
    source, analysis = _article(BUILD_SENTENCES * 3 + 17, "Long", seed=4)
    reader = _reader(qtbot)
    progress: list[tuple[int, int]] = []
    reader.english.loadProgress.connect(lambda shown, total: progress.append((shown, total)))
    reader.show_analysis(source, analysis)
    qtbot.waitUntil(lambda: reader.english.is_loading(), timeout=TIMEOUT_MS)  # laid out a turn on
    qtbot.waitUntil(lambda: len(reader.english.spans()) > 0, timeout=TIMEOUT_MS)
    assert len(reader.english.spans()) < len(analysis.sentences)  # one piece in, the rest to come
    # Translations arriving while it is laid out: one already in the pane, one not yet.
    built = reader.english.spans()[-1].sentence
    for sentence_id in (built, len(analysis.sentences) - 1):
        analysis.sentences[sentence_id].translation = f"Arrived {sentence_id}."
    reader.english_changed([built, len(analysis.sentences) - 1])
    qtbot.waitUntil(lambda: not reader.is_laying_out(), timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: not reader._arrived and not reader._rerender.isActive(), timeout=TIMEOUT_MS)
    text, spans = _expected(source, analysis)
    assert reader.english.text() == text
    assert reader.english.toPlainText() == text
    assert reader.english.spans() == spans
    assert len(progress) > 2 and progress[-1] == (len(spans), len(spans))
    assert [p for p, _ in progress] == sorted(p for p, _ in progress)
    assert reader.english_header.progress.isHidden()
    # Find, selection and hover use the per-sentence index of the whole text.
    bar = FindBar(reader)
    qtbot.addWidget(bar)
    bar.open()
    bar.entry.setText(f"Arrived {len(analysis.sentences) - 1}.")
    bar.refresh()
    found = [(start, end) for pane, start, end in bar.matches() if pane is reader.english]
    last = reader.english.span_of(len(analysis.sentences) - 1)
    assert found == [(last.start, last.end)]
    reader.show_sentences([len(analysis.sentences) - 1])
    assert (last.start, last.end) in reader.english.highlighted("selected")


def test_a_second_open_during_a_chunked_load_replaces_it_cleanly(qtbot):
    first_source, first = _article(BUILD_SENTENCES * 4, "First", seed=5)
    second_source, second = _article(BUILD_SENTENCES * 2 + 3, "Second", seed=6)
    reader = _reader(qtbot)
    reader.show_analysis(first_source, first)
    qtbot.waitUntil(lambda: len(reader.english.spans()) > 0, timeout=TIMEOUT_MS)
    assert reader.is_laying_out()
    reader.show_analysis(second_source, second)  # while the first is still being laid out
    qtbot.waitUntil(lambda: not reader.is_laying_out() and not reader.source.is_loading(), timeout=TIMEOUT_MS)
    qtbot.wait(50)  # nothing of the first is still to come
    text, spans = _expected(second_source, second)
    assert reader.english.text() == reader.english.toPlainText() == text
    assert "First" not in reader.english.toPlainText() and "FIRST" not in reader.english.toPlainText()
    assert reader.english.spans() == spans
    assert reader.source.toPlainText() == second_source
    assert reader.source.spans() == [Span(s.id, s.start, s.end) for s in second.sentences]


def test_a_span_index_grown_in_pieces_answers_as_one_built_at_once():
    rng = random.Random(7)
    spans, at = [], 0
    for i in range(500):
        at += rng.randint(0, 3)
        length = rng.randint(0, 6)
        spans.append(Span(i, at, at + length))
        at += length
    whole, grown = SpanIndex(spans), SpanIndex()
    for first in range(0, len(spans), 37):
        grown.extend(spans[first:first + 37])
    assert grown.spans() == whole.spans() == spans
    for offset in range(at + 2):
        assert grown.at(offset) == whole.at(offset)
    grown.resize(3, 40)
    whole.resize(3, 40)
    grown.extend([Span(900, at + 40, at + 45)])
    assert grown.get(900) == Span(900, at + 40, at + 45) and grown.spans()[:-1] == whole.spans()


def test_a_long_articles_marks_come_with_its_pieces_and_equal_one_full_marking(qtbot):
    """Flag and pending marks are made piece by piece as the English is laid out (not in one pass
    over every sentence at the end); when the layout ends they are what marking all at once gives."""
    source, analysis = _article(BUILD_SENTENCES * 3 + 5, "Marked", seed=7)
    for sentence in analysis.sentences:
        if sentence.translation is not None and sentence.id % 4 == 0:
            sentence.flags = ["untranslated"]  # some translated sentences need checking
    reader = _reader(qtbot)
    reader.show_analysis(source, analysis)
    qtbot.waitUntil(lambda: len(reader.english.spans()) > 0, timeout=TIMEOUT_MS)
    assert reader.is_laying_out()
    first_piece = [span.sentence for span in reader.english.spans()]
    flagged = [i for i in first_piece if analysis.sentences[i].flags and analysis.sentences[i].translation]
    assert flagged and all(reader.english.flag_reason(i) for i in flagged)  # before the layout ends
    qtbot.waitUntil(lambda: not reader.is_laying_out(), timeout=TIMEOUT_MS)
    piecewise = ({i: reader.english.flag_reason(i) for i in range(len(analysis.sentences))},
                 set(reader.english._muted), reader.flagged())
    reader._refresh_english_marks()  # everything at once, as a short article is marked
    at_once = ({i: reader.english.flag_reason(i) for i in range(len(analysis.sentences))},
               set(reader.english._muted), reader.flagged())
    assert piecewise == at_once
    assert len(piecewise[2]) == sum(1 for s in analysis.sentences if s.flags and s.translation)
    assert piecewise[1] == {s.id for s in analysis.sentences if s.translation is None}
