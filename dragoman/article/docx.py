"""Text of a Word .docx document: body paragraphs and table rows in document order."""

from __future__ import annotations

import zipfile
from io import BytesIO
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

from .model import ArticleError

# Word's XML spends many bytes on each character (runs, properties, revision ids); more than
# this many unpacked bytes per character of the text limit is not an article but a zip bomb.
XML_BYTES_PER_CHAR = 16
CHUNK_BYTES = 1 << 20


def docx_text(data: bytes, name: str = "The document", max_chars: int = 2_000_000) -> str:
    """Paragraphs (and table rows, cells joined by " | ") separated by blank lines.

    Empty paragraphs are skipped; headers, footers and comments are not part of the article.
    Raises ArticleError when the file is not a readable .docx, or unpacks to more than an
    article of ``max_chars`` characters could (checked as it inflates, before any XML is parsed).
    """
    import docx  # python-docx: imported here because it is slow to import

    _refuse_oversized(data, name, unpacked_limit(len(data), max_chars))
    try:
        document = docx.Document(BytesIO(data))
        blocks = [_block_text(item) for item in document.iter_inner_content()]
    except Exception as exc:  # python-docx raises many kinds (zip, XML, missing parts)
        raise ArticleError(f"{name} is not a readable Word document (.docx); "
                           "it may be damaged — open and save it again in Word.") from exc
    return "\n\n".join(block for block in blocks if block.strip())


def _block_text(item: Paragraph | Table) -> str:
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
    return str(item.text)


def unpacked_limit(packed_bytes: int, max_chars: int) -> int:
    """The most a .docx of ``packed_bytes`` may unpack to: its own size (images and fonts barely
    compress) plus ``XML_BYTES_PER_CHAR`` bytes for each character of the text limit."""
    return packed_bytes + XML_BYTES_PER_CHAR * max_chars


def _refuse_oversized(data: bytes, name: str, limit: int) -> None:
    """Inflate every member, counting bytes, and stop as soon as the total passes ``limit``.

    The sizes a zip declares can lie, so the bytes that come out are counted, in chunks; a
    damaged archive is left for python-docx to report in the usual sentence.
    """
    total = 0
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            for member in archive.infolist():
                with archive.open(member) as stream:
                    while chunk := stream.read(CHUNK_BYTES):
                        total += len(chunk)
                        if total > limit:
                            raise ArticleError(
                                f"{name} unpacks to over {limit // 2**20} MB, far more than an "
                                "article; it may be damaged or made to fill memory.")
    except ArticleError:
        raise
    except Exception:  # noqa: BLE001 - damaged zip: python-docx gives the Word message below
        return
