"""HTML export: one standalone file (inline CSS, no scripts, nothing fetched), every text
escaped, and each block in a right-to-left script marked ``dir="rtl"`` with its ``lang``.

The PDF is printed from this same HTML by Qt (``dragoman.gui.pdf_writer``), so it keeps to the
subset of HTML and CSS that Qt's rich text understands: tables with ``border``/``cellpadding``
attributes, ``dir`` on block elements, simple style rules.
"""

from __future__ import annotations

from html import escape

from .elements import Block, Cell, Element, Heading, Table, plain

FONTS = '"DejaVu Sans", "Noto Sans", "Noto Naskh Arabic", "Arial", sans-serif'  # Kazakh and Arabic glyphs
STYLE = f"""
body {{ font-family: {FONTS}; font-size: 11pt; line-height: 1.4; margin: 1em; color: #111; }}
h1 {{ font-size: 18pt; }} h2 {{ font-size: 14pt; margin-top: 1.2em; }} h3 {{ font-size: 11pt; }}
table {{ border-collapse: collapse; width: 100%; }}
td, th {{ border: 1px solid #999; padding: 4px; vertical-align: top; text-align: start; }}
th {{ background: #eee; }}
p.meta {{ color: #333; margin: 0.1em 0; }}
p.note {{ color: #6a4b00; font-style: italic; }}
p.quote {{ margin-left: 1.5em; }}
p.english {{ margin-left: 1.5em; color: #123f73; }}
"""


def _attrs(text: Block | str) -> str:
    """``lang`` and ``dir`` for a block in another language; nothing for English prose."""
    if isinstance(text, Block) and text.lang not in ("", "en"):
        direction = "rtl" if text.rtl else "ltr"
        return f' lang="{escape(text.lang)}" dir="{direction}"' + (' align="right"' if text.rtl else "")
    return ""


def _inline(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _cell(cell: Cell) -> str:
    # The direction goes on a block inside the cell: Qt honours ``dir`` on blocks, not on cells.
    return f"<td><div{_attrs(cell)}>{_inline(plain(cell))}</div></td>"


def _table(table: Table) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in table.header)
    rows = "".join("<tr>" + "".join(_cell(c) for c in row) + "</tr>\n" for row in table.rows)
    return f'<table border="1" cellspacing="0" cellpadding="4" width="100%">\n<tr>{head}</tr>\n{rows}</table>'


def _element(item: Element) -> str:
    if isinstance(item, Heading):
        return f"<h{item.level}{_attrs(item.text)}>{_inline(plain(item.text))}</h{item.level}>"
    if isinstance(item, Table):
        return _table(item)
    return f'<p class="{item.kind}"{_attrs(item.text)}>{_inline(plain(item.text))}</p>'


def render(elements: list[Element], title: str) -> str:
    """The elements as one standalone HTML page."""
    body = "\n".join(_element(item) for item in elements)
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")
