"""Offsets between Python strings and Qt's UTF-16 positions, and the English pane's layout."""

from __future__ import annotations

from dragoman.gui.textmap import Span, Utf16Map, layout_translation, span_at


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_utf16_map_round_trips_every_offset_with_astral_characters():
    text = "Салем 😀 مرحبا 𝔘 end 👍🏽!"
    mapping = Utf16Map(text)
    for offset in range(len(text) + 1):
        position = mapping.to_qt(offset)
        assert position == _utf16_len(text[:offset])
        assert mapping.from_qt(position) == offset


def test_utf16_map_is_identity_for_bmp_text():
    text = "Қасым-Жомарт Тоқаев و شي"
    mapping = Utf16Map(text)
    assert [mapping.to_qt(i) for i in range(len(text) + 1)] == list(range(len(text) + 1))


def test_layout_keeps_the_source_breaks_and_marks_pending_sentences():
    source = "Title\n\nFirst one. Second one.\nThird."
    spans = [(0, 0, 5), (1, 7, 17), (2, 18, 29), (3, 30, 36)]
    text, out = layout_translation(source, spans, ["T", "One.", None, "Three."], placeholder="…")
    assert text == "T\n\nOne. …\nThree."
    assert [text[s.start:s.end] for s in out] == ["T", "One.", "…", "Three."]
    assert [s.sentence for s in out] == [0, 1, 2, 3]


def test_span_at_finds_the_sentence_and_nothing_in_gaps():
    spans = [Span(0, 0, 4), Span(1, 6, 10)]
    assert span_at(spans, 2).sentence == 0
    assert span_at(spans, 6).sentence == 1
    assert span_at(spans, 5) is None
    assert span_at(spans, 11) is None
