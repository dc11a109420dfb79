"""Markdown export: plain CommonMark, tables as pipe tables."""

from __future__ import annotations

import re

from .elements import Block, Cell, Element, Heading, Para, Table, plain

_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_LINE_START = re.compile(r"^(\s*)([#>+-]|\d+\.)", re.MULTILINE)


def escape(text: str) -> str:
    """Text that Markdown shows as written: its markup characters backslash-escaped."""
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), _SPECIAL.sub(r"\\\1", text))


def _cell(cell: Cell) -> str:
    return escape(plain(cell)).replace("\n", " ").strip() or " "


def _table(table: Table) -> str:
    lines = ["| " + " | ".join(escape(h) for h in table.header) + " |",
             "|" + "---|" * len(table.header)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in table.rows]
    return "\n".join(lines)


def _para(para: Para) -> str:
    text = escape(plain(para.text))
    if para.kind == "quote":
        return "\n".join(f"> {line}" for line in text.splitlines())
    if para.kind == "english":
        return "\n".join(f"> *{line}*" if line.strip() else ">" for line in text.splitlines())
    if para.kind == "note":
        return f"*{text}*"
    return text.replace("\n", "  \n")  # a line break inside a paragraph stays one


def render(elements: list[Element]) -> str:
    """The elements as one Markdown document."""
    parts = []
    for item in elements:
        if isinstance(item, Heading):
            parts.append("#" * item.level + " " + escape(plain(item.text)).replace("\n", " "))
        elif isinstance(item, Table):
            parts.append(_table(item))
        else:
            parts.append(_para(item))
    return "\n\n".join(parts) + "\n"


__all__ = ["render", "escape", "Block"]
