"""One input text as the single sentences ("pieces") the engine translates, and back.

The article splitter keeps a quotation whole (a dash-dialogue paragraph, an Arabic quote that runs
past full stops), but translation models are trained on single sentences and drop or garble content
when given several at once. So the engine translates each line of a text piece by piece
(``article.sentences.split_pieces``), joins the pieces' English with one space and the lines with
``\\n``, and gives the text the union of its pieces' flags.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from article.analysis import FLAG_EMPTY, FLAG_REPEATED, FLAG_TRUNCATED, FLAG_UNTRANSLATED
from article.sentences import split_pieces

from .flags import translation_flags

FLAG_ORDER = (FLAG_EMPTY, FLAG_UNTRANSLATED, FLAG_REPEATED, FLAG_TRUNCATED)  # translation_flags' order


@dataclass(frozen=True)
class Unit:
    """An input text and the pieces of each of its lines, in order."""

    text: str
    lines: tuple[tuple[str, ...], ...]

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
        # Like LoadedPackage.translate and argostranslate for a text with line breaks.
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
        return Unit(text, ((text,),))
    lines = []
    for line in text.split("\n"):
        spans = split_pieces(line, language)
        lines.append(tuple(line[start:end] for start, end in spans) if len(spans) > 1 else (line,))
    return Unit(text, tuple(lines))
