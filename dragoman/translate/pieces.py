"""One input text as the single sentences ("pieces") the engine translates, and back.

The article splitter keeps a quotation whole (a dash-dialogue paragraph, an Arabic quote that runs
past full stops), but translation models are trained on single sentences and drop or garble content
when given several at once. So the engine translates each line of a text piece by piece
(``article.sentences.split_pieces``), joins the pieces' English with one space and the lines with
``\\n``, and gives the text the union of its pieces' flags.

``piece_spans`` says where each piece is in the text and where its English is in the joined
translation, so a window can light one sentence of a long quotation in both panes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dragoman.article.analysis import FLAG_EMPTY, FLAG_REPEATED, FLAG_TRUNCATED, FLAG_UNTRANSLATED
from dragoman.article.sentences import split_pieces

from .flags import translation_flags

FLAG_ORDER = (FLAG_EMPTY, FLAG_UNTRANSLATED, FLAG_REPEATED, FLAG_TRUNCATED)  # translation_flags' order


@dataclass(frozen=True)
class Unit:
    """An input text and the pieces of each of its lines, in order."""

    text: str
    lines: tuple[tuple[str, ...], ...]
    # (start, end) of each piece in ``text``, in ``pieces`` order: text[start:end] == piece.
    spans: tuple[tuple[int, int], ...]

    @property
    def pieces(self) -> list[str]:
        return [piece for line in self.lines for piece in line]

    @property
    def whole(self) -> bool:
        """True when the text is its own single piece (translated exactly as before splitting)."""
        return len(self.lines) == 1 and len(self.lines[0]) == 1

    def join(self, outputs: Sequence[str]) -> str:
        """The text's translation from its pieces' translations (given in ``pieces`` order)."""
        if self.whole:
            return outputs[0]
        lines, at = [], 0
        for line in self.lines:
            lines.append(" ".join(outputs[at : at + len(line)]))
            at += len(line)
        # Like LoadedModel.translate (translate/ct2_model.py) and argostranslate for a text with line breaks.
        return "\n".join(lines).lstrip("\n")

    def flags(self, translation: str, piece_flags: Sequence[Sequence[str]]) -> list[str]:
        """The union of the pieces' flags, except that untranslated still means the whole
        translation equals the whole text (one piece copied among translated ones is not that)."""
        if self.whole:
            return list(piece_flags[0])
        present = {flag for piece, flags in zip(self.pieces, piece_flags) if piece.strip() for flag in flags}
        present.discard(FLAG_UNTRANSLATED)
        if FLAG_UNTRANSLATED in translation_flags(self.text, translation):
            present.add(FLAG_UNTRANSLATED)
        return [flag for flag in FLAG_ORDER if flag in present]


def split_unit(text: str, language: str, split: bool = True) -> Unit:
    """``text`` as pieces: each line split by ``split_pieces`` in ``language``.

    A line that holds one sentence (or none: an empty line) is kept exactly as it is, so a
    single-sentence text is translated, cached and flagged exactly as it was before splitting.
    With ``split`` False the whole text is one piece (line breaks are then the model's business).
    """
    if not split:
        return Unit(text, ((text,),), ((0, len(text)),))
    lines, offsets, at = [], [], 0
    for line in text.split("\n"):
        spans = split_pieces(line, language)
        if len(spans) <= 1:
            spans = [(0, len(line))]
        lines.append(tuple(line[start:end] for start, end in spans))
        offsets += [(at + start, at + end) for start, end in spans]
        at += len(line) + 1  # the line break
    return Unit(text, tuple(lines), tuple(offsets))


def piece_english(unit: Unit, outputs: Sequence[str]) -> list[tuple[int, int, str]]:
    """``SentenceTranslation.pieces`` of a unit: (start, end, english) of every piece, blank lines
    included (their English is part of the join); empty when the unit is one piece. "english" is
    exactly the substring ``unit.join(outputs)`` holds for that piece."""
    if unit.whole:
        return []
    joined = unit.join(outputs)
    spans = _english_spans(unit.text, unit.spans, outputs)
    return [(start, end, joined[en_start:en_end]) for (start, end), (en_start, en_end) in zip(unit.spans, spans)]


def piece_spans(
    unit_or_text: Unit | str, language: str, pieces: Sequence[tuple[int, int, str]] | Sequence[str]
) -> list[tuple[int, int, int, int]]:
    """(start, end, en_start, en_end) of each piece: ``text[start:end]`` is the piece and
    ``joined[en_start:en_end]`` its English, where ``joined`` is the text's whole translation.

    ``pieces`` is either a ``SentenceTranslation.pieces`` list of (start, end, english) - then the
    text alone is enough and ``language`` is not used - or the pieces' translations in order, with
    the Unit (or the text and its language, split again as the engine splits it). The join rule is
    ``Unit.join``'s: pieces of a line joined with " ", lines with "\\n", leading line breaks dropped.
    Offsets are code points, relative to the input text and to its translation.
    """
    source: list[tuple[int, int]]
    if pieces and not isinstance(pieces[0], str):
        text = unit_or_text.text if isinstance(unit_or_text, Unit) else unit_or_text
        triples = [piece for piece in pieces if not isinstance(piece, str)]  # all of them: one kind per list
        source = [(start, end) for start, end, _ in triples]
        outputs = [english for _, _, english in triples]
    else:
        unit = unit_or_text if isinstance(unit_or_text, Unit) else split_unit(unit_or_text, language)
        text, source = unit.text, list(unit.spans)
        outputs = [piece for piece in pieces if isinstance(piece, str)]
    english = _english_spans(text, source, outputs)
    return [(start, end, en_start, en_end) for (start, end), (en_start, en_end) in zip(source, english)]


def _english_spans(text: str, source: Sequence[tuple[int, int]], outputs: Sequence[str]) -> list[tuple[int, int]]:
    """Where each output lands in the joined English. Two pieces are on the same line (joined with
    a space) unless the source between them holds a line break: every line, even a blank one, has
    a piece, so at most one line break lies between two pieces."""
    spans, joined = [], ""
    for index, ((start, _), output) in enumerate(zip(source, outputs)):
        if index:
            joined += "\n" if "\n" in text[source[index - 1][1] : start] else " "
        spans.append((len(joined), len(joined) + len(output)))
        joined += output
    if len(source) <= 1:
        return spans  # a whole text is joined as it is, with nothing stripped
    dropped = len(joined) - len(joined.lstrip("\n"))  # Unit.join strips leading line breaks
    return [(max(0, s - dropped), max(0, e - dropped)) for s, e in spans]
