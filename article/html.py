"""The article in a web page: its headline and body, without menus, scripts or comments."""

from __future__ import annotations

import re

from .encoding import Decoded, decode_bytes
from .model import ArticleError

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_BLOCKS = {"head", "p", "quote", "item", "row", "code"}  # trafilatura's block elements
MIN_HEADLINE_WORDS = 3  # a shorter <title> is more likely a site name than a headline


def decode_html(data: bytes, name: str = "The page") -> Decoded:
    """Decode a page by its byte-order mark, else its <meta charset>, else by plausibility."""
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        declared = _META_CHARSET.search(data[:4096])
        if declared:
            codec = declared.group(1).decode("ascii").lower()
            try:
                return Decoded(data.decode(codec), codec)
            except (LookupError, UnicodeDecodeError):
                pass  # the page lies about its charset; judge the bytes instead
    return decode_bytes(data, name)


def html_text(html: str, name: str = "The page") -> str:
    """The page's article as plain text: the headline, then one block per paragraph.

    Blocks are separated by blank lines; a <br> inside a paragraph stays a line break.
    Raises ArticleError when the page has no article text.
    """
    import trafilatura  # imported here: it pulls in lxml and friends (~0.3 s)

    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                           include_tables=True, include_images=False)
    blocks = _blocks(document.body) if document is not None and document.body is not None else []
    if not blocks:
        raise ArticleError(f"{name} has no article text that Dragoman can find; "
                           "copy the article's text and paste it instead.")
    title = (document.title or "").strip()
    if len(title.split()) >= MIN_HEADLINE_WORDS and not _same(title, blocks[0]):
        blocks.insert(0, title)
    return "\n\n".join(blocks)


def _blocks(body) -> list[str]:
    blocks = []
    for element in body.iter():
        if element.tag not in _BLOCKS or _inside_block(element):
            continue
        text = _element_text(element).strip()
        if text:
            blocks.append(text)
    return blocks


def _inside_block(element) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.tag in _BLOCKS:
            return True
        parent = parent.getparent()
    return False


def _element_text(element) -> str:
    """Text of a block as a browser shows it: runs of whitespace are one space, <br> breaks."""
    parts = [_collapse(element.text)]
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag == "cell":
            parts.append(" | " if "".join(parts).strip() else "")
            parts.append(_element_text(child))
        else:
            parts.append(_element_text(child))
        parts.append(_collapse(child.tail))
    return re.sub(r" *\n *", "\n", "".join(parts))


def _collapse(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "")


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
