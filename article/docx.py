"""Text of a Word .docx document: body paragraphs and table rows in document order."""

from __future__ import annotations

from io import BytesIO

from .model import ArticleError


def docx_text(data: bytes, name: str = "The document") -> str:
    """Paragraphs (and table rows, cells joined by " | ") separated by blank lines.

    Empty paragraphs are skipped; headers, footers and comments are not part of the article.
    Raises ArticleError when the file is not a readable .docx.
    """
    import docx  # python-docx: imported here because it is slow to import

    try:
        document = docx.Document(BytesIO(data))
        blocks = [_block_text(item) for item in document.iter_inner_content()]
    except Exception as exc:  # python-docx raises many kinds (zip, XML, missing parts)
        raise ArticleError(f"{name} is not a readable Word document (.docx); "
                           "it may be damaged — open and save it again in Word.") from exc
    return "\n\n".join(block for block in blocks if block.strip())


def _block_text(item) -> str:
    from docx.table import Table

    if isinstance(item, Table):
        rows = []
        for row in item.rows:
            cells: list[str] = []
            for cell in row.cells:
                text = cell.text.strip()
                if text and (not cells or cells[-1] != text):  # merged cells repeat their text
                    cells.append(text)
            if cells:
                rows.append(" | ".join(cells))
        return "\n".join(rows)
    return item.text
