"""Quotation-mark pairs in one line of text, tolerant of the mix-ups news text has.

Only the outermost pairs are returned; a mark left open at the end of the line runs to the
end of the line (a closing mark that was never written).
"""

from __future__ import annotations

from dataclasses import dataclass

OPENERS = {"«": "»", "„": "“”", "“": "”", "‹": "›"}
SYMMETRIC = "\"″"  # the same mark opens and closes
REVERSED = {"»": "«", "”": "“"}  # a closing mark used to open, and the mark that then closes it


@dataclass(frozen=True)
class QuotedSpan:
    start: int  # offset of the first character inside the marks
    end: int  # offset just after the last character inside
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark, None when it is missing


def quoted_spans(text: str, start: int, end: int,
                 extra: tuple[tuple[str, str], ...] = ()) -> list[QuotedSpan]:
    """Outermost quoted spans of ``text[start:end]`` (one line or paragraph); ``extra``: more
    (opening, closing) pairs a language's papers use as quote marks (the profile's)."""
    openers = {**OPENERS, **{a: b for a, b in extra}} if extra else OPENERS
    stack: list[tuple[str, int]] = []
    spans: list[QuotedSpan] = []
    for pos in range(start, end):
        char = text[pos]
        if stack and stack[-1][0] == "“" and char == "“" and _ends_word(text, pos, end):
            char = "”"  # “...“ typed with the opening mark twice
        if stack and _closes(stack[-1][0], char, openers):
            mark, opened = stack.pop()
            if not stack:
                spans.append(QuotedSpan(opened + 1, pos, opened, pos))
        elif char in openers or char in SYMMETRIC:
            if char == "“" and any(m == "„" for m, _ in stack):
                continue
            stack.append((char, pos))
        elif char in REVERSED and not stack and REVERSED[char] in text[pos + 1:end]:
            stack.append((char, pos))  # »...« and ”...“: marks turned round (German, right-to-left)
        elif char in "»”" and not stack:
            continue  # a stray closing mark: nothing to pair it with
    if stack:
        _, opened = stack[0]
        spans.append(QuotedSpan(opened + 1, end, opened, None))
    return [_trimmed(text, s) for s in spans if s.end > s.start]


def _ends_word(text: str, pos: int, end: int) -> bool:
    """The mark follows a word and precedes a space, punctuation or the end of the line."""
    after = text[pos + 1] if pos + 1 < end else " "
    return pos > 0 and not text[pos - 1].isspace() and (after.isspace() or not after.isalnum())


def _closes(opener: str, char: str, openers: dict[str, str] = OPENERS) -> bool:
    if opener in REVERSED:
        return char == REVERSED[opener]
    if opener in SYMMETRIC:
        return char in SYMMETRIC or char == "”"
    if opener == "“":
        return char in "”\""
    return char in openers.get(opener, "")


def _trimmed(text: str, span: QuotedSpan) -> QuotedSpan:
    """Without the spaces just inside the marks (`" تولي الصين ..."` has one)."""
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return QuotedSpan(start, end, span.open_mark, span.close_mark)
