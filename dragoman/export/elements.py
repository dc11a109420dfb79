"""The few shapes every export is made of: headings, paragraphs and tables.

An article or a dossier becomes a list of these (``document.article_elements``,
``dossier.dossier_elements``), and each format renders the list: so Markdown, HTML, Word and
PDF say the same things in the same order, and a new format is one small renderer.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dragoman.article.langdata import direction


@dataclass
class Block:
    """Text in one language: ``lang`` is its ISO code, ``rtl`` whether it runs right to left."""

    text: str
    lang: str
    rtl: bool = False


def block(text: str, lang: str) -> Block:
    """Text tagged with its language and direction."""
    return Block(text=text, lang=lang, rtl=direction(lang, text) == "rtl")

Cell = Block | str


@dataclass
class Heading:
    text: Block | str
    level: int = 1  # 1 for the title, 2 for sections, 3 for items inside one


@dataclass
class Para:
    text: Block | str
    kind: str = "text"  # "text", "meta" (source, model), "note" (a check, a caveat), "quote", "english"


@dataclass
class Table:
    header: list[str]
    rows: list[list[Cell]] = field(default_factory=list)


Element = Heading | Para | Table


def plain(cell: Cell | None) -> str:
    """A cell's text, whatever it is."""
    if cell is None:
        return ""
    return cell.text if isinstance(cell, Block) else cell
