"""Paragraphs and sentences with exact character spans (first version: a simple splitter)."""

from __future__ import annotations

import re

from .model import Paragraph, Sentence

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = re.compile(r"[.!?…؟]+[»”\"']*(?=\s)")


def split_paragraphs(text: str) -> list[Paragraph]:
    """Blocks of text separated by blank lines, trimmed of surrounding whitespace."""
    paragraphs: list[Paragraph] = []
    pos = 0
    for match in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        start, stop = _trim(text, pos, end)
        if start < stop:
            paragraphs.append(Paragraph(len(paragraphs), start, stop))
        pos = match.end() if match else len(text)
    return paragraphs


def split_sentences(text: str, language: str = "und") -> list[Sentence]:
    """Sentences in order; every line break ends a sentence; spans exclude surrounding space."""
    sentences: list[Sentence] = []
    for paragraph in split_paragraphs(text):
        for line in re.finditer(r"[^\n]+", text[paragraph.start : paragraph.end]):
            base = paragraph.start + line.start()
            pos = 0
            chunk = line.group()
            for end in [m.end() for m in _SENTENCE_END.finditer(chunk)] + [len(chunk)]:
                start, stop = _trim(text, base + pos, base + end)
                if start < stop:
                    sentences.append(Sentence(len(sentences), start, stop, text[start:stop], paragraph.id))
                pos = end
    return sentences


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
