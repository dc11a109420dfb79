"""Word export (python-docx): headings, paragraphs and tables in a font with Kazakh and Arabic
glyphs; a right-to-left block gets ``w:bidi`` on its paragraph and ``w:rtl`` on its runs, so
Word lays it out and aligns it right to left."""

from __future__ import annotations

import io

from .elements import Block, Cell, Element, Heading, Para, Table, plain

FONT = "DejaVu Sans"  # fonts-dejavu-core: Cyrillic with Kazakh letters, and Arabic
LANG_TAGS = {"ar": "ar-SA", "fa": "fa-IR", "ur": "ur-PK", "he": "he-IL", "kk": "kk-KZ", "ru": "ru-RU", "en": "en-GB"}
NOTE_COLOUR = (0x6A, 0x4B, 0x00)
ENGLISH_COLOUR = (0x12, 0x3F, 0x73)


def _set_font(run_properties, name: str) -> None:
    """One font for every script Word distinguishes (Latin, complex scripts, East Asian)."""
    from docx.oxml.ns import qn

    fonts = run_properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = run_properties.makeelement(qn("w:rFonts"), {})
        run_properties.insert(0, fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), name)


def _mark_direction(paragraph, text: Block | str) -> None:
    """Right to left (``w:bidi``, ``w:rtl``) and the language tag, for a block in another script."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn

    if not isinstance(text, Block):
        return
    tag = LANG_TAGS.get(text.lang, text.lang)
    if text.rtl:
        paragraph_properties = paragraph._p.get_or_add_pPr()
        paragraph_properties.append(paragraph_properties.makeelement(qn("w:bidi"), {}))
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for run in paragraph.runs:
        run_properties = run._r.get_or_add_rPr()
        if text.rtl:
            run_properties.append(run_properties.makeelement(qn("w:rtl"), {}))
        lang = run_properties.makeelement(qn("w:lang"), {qn("w:bidi" if text.rtl else "w:val"): tag})
        run_properties.append(lang)


def _fill(paragraph, text: Block | str, kind: str = "text") -> None:
    from docx.shared import RGBColor

    run = paragraph.add_run(plain(text))
    if kind == "note":
        run.italic = True
        run.font.color.rgb = RGBColor(*NOTE_COLOUR)
    elif kind == "english":
        run.font.color.rgb = RGBColor(*ENGLISH_COLOUR)
    _mark_direction(paragraph, text)


def _table(document, table: Table) -> None:
    grid = document.add_table(rows=1, cols=len(table.header))
    grid.style = "Table Grid"
    for cell, name in zip(grid.rows[0].cells, table.header):
        cell.paragraphs[0].add_run(name).bold = True
    for row in table.rows:
        cells = grid.add_row().cells
        for cell, value in zip(cells, row):
            _fill(cell.paragraphs[0], value)


def _document():
    import docx
    from docx.oxml.ns import qn

    document = docx.Document()
    for style in document.styles:
        if getattr(style, "font", None) is not None:
            style.font.name = FONT
            _set_font(style.element.get_or_add_rPr(), FONT)
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:  # text without a style of its own (table cells) falls back here
        run_defaults = defaults.find(qn("w:rPrDefault"))
        if run_defaults is not None and run_defaults.find(qn("w:rPr")) is not None:
            _set_font(run_defaults.find(qn("w:rPr")), FONT)
    return document


def render(elements: list[Element], title: str) -> bytes:
    """The elements as the bytes of a .docx file."""
    document = _document()
    document.core_properties.title = title
    for item in elements:
        if isinstance(item, Heading):
            heading = document.add_heading("", level=item.level)
            _fill(heading, item.text)
        elif isinstance(item, Table):
            _table(document, item)
        else:
            _fill(document.add_paragraph(), item.text, item.kind)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


__all__ = ["render", "Cell", "Para"]
