"""The article in a web page: its headline and body, without menus, scripts or comments."""

from __future__ import annotations

import codecs
import logging
import re
from html.parser import HTMLParser
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.etree import _Element

from .encoding import PLAUSIBLE, Decoded, decode_bytes, plausibility
from .model import ArticleError

log = logging.getLogger(__name__)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_BLOCKS = {"head", "p", "quote", "item", "row", "code"}  # trafilatura's block elements
MIN_HEADLINE_WORDS = 3  # a shorter <title> is more likely a site name than a headline
MIN_FALLBACK_LETTERS = 20  # less visible text than this is a menu or a label, not an article
FALLBACK_NOTE = ("Dragoman could not pick out the article in {name}, "
                 "so it shows all of the page's visible text.")
MAX_ATTRIBUTE_CHARS = 100_000  # longer values (inline data, junk) are dropped before parsing
_HUGE_QUOTED = re.compile(rf"""=\s*(?:"[^"]{{{MAX_ATTRIBUTE_CHARS},}}"|'[^']{{{MAX_ATTRIBUTE_CHARS},}}')""")
# Elements whose content is not visible text, or is the site's furniture around the article.
_HIDDEN = {"head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
           "nav", "header", "footer", "aside", "menu", "select", "button"}  # not <form>: ASP.NET
# pages wrap the whole body in one
_BREAKS = {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
           "tr", "table", "section", "article", "main", "body", "blockquote", "pre", "figcaption",
           "hr", "address"}
_CELLS = {"td", "th"}


def decode_html(data: bytes, name: str = "The page") -> Decoded:
    """Decode a page by its byte-order mark, else its <meta charset> checked against the bytes,
    else by plausibility.

    A page's declared charset is often wrong (a template's default kept over UTF-8 text), so
    it is believed only when the bytes agree: bytes that are valid UTF-8 of plausible text are
    UTF-8, and a declared decoding that does not look like prose gives way to the bytes' own
    most plausible decoding. Either override is reported in a note.
    """
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_bytes(data, name)
    declared = _META_CHARSET.search(data[:4096])
    if not declared:
        return decode_bytes(data, name)
    codec = declared.group(1).decode("ascii").lower()
    claimed = _decode_as(data, codec)
    if claimed is None or _is_utf8(codec):
        return decode_bytes(data, name) if claimed is None else claimed
    utf8 = _plausible_utf8(data)
    if utf8 is not None:
        return Decoded(utf8, "utf-8", (_override_note(name, codec, "UTF-8"),))
    if plausibility(claimed.text) >= PLAUSIBLE:
        return claimed
    try:
        judged = decode_bytes(data, name)
    except ArticleError:
        return claimed  # nothing reads better than what the page says
    if judged.encoding == claimed.encoding or plausibility(judged.text) < PLAUSIBLE:
        return claimed
    note = _override_note(name, codec, judged.encoding)
    return Decoded(judged.text, judged.encoding, judged.notes + (note,))


def _decode_as(data: bytes, codec: str) -> Decoded | None:
    try:
        return Decoded(data.decode(codec), codec)
    except (LookupError, UnicodeDecodeError):
        return None  # the page lies about its charset or names an unknown one


def _is_utf8(codec: str) -> bool:
    try:
        return codecs.lookup(codec).name == "utf-8"
    except LookupError:
        return False


def _plausible_utf8(data: bytes) -> str | None:
    """The page as UTF-8 when its bytes are valid UTF-8 holding plausible non-ASCII text."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if text.isascii() or plausibility(text) < PLAUSIBLE:
        return None
    return text


def _override_note(name: str, declared: str, used: str) -> str:
    return (f"{name} says its text is in {declared}, but its bytes read as {used}, "
            f"so Dragoman read it as {used}.")


def html_text(html: str, name: str = "The page") -> tuple[str, list[str]]:
    """The page's article as plain text (the headline, then one block per paragraph), and notes.

    Blocks are separated by blank lines; a <br> inside a paragraph stays a line break. When
    trafilatura finds nothing or fails (a page nested deeper than lxml parses, a huge attribute
    on the text's element), all the visible text of the page is used instead, with a note, so
    an article is never lost silently. Raises ArticleError when the page has no text at all.
    """
    html = drop_huge_attributes(html)
    blocks, title = _trafilatura_blocks(html)
    if not blocks:
        blocks = plain_blocks(html)
        if sum(ch.isalpha() for block in blocks for ch in block) < MIN_FALLBACK_LETTERS:
            raise ArticleError(f"{name} has no article text that Dragoman can find; "
                               "copy the article's text and paste it instead.")
        return "\n\n".join(blocks), [FALLBACK_NOTE.format(name=name)]
    if len(title.split()) >= MIN_HEADLINE_WORDS and not _same(title, blocks[0]):
        blocks.insert(0, title)
    return "\n\n".join(blocks), []


def drop_huge_attributes(html: str) -> str:
    """``html`` with attribute values over MAX_ATTRIBUTE_CHARS emptied: they are never article
    text, lxml gives up on a value over 10 MB, and trafilatura crawls through a long class."""
    def empty_if_in_a_tag(match: re.Match[str]) -> str:
        inside_tag = html.rfind("<", 0, match.start()) > html.rfind(">", 0, match.start())
        return '=""' if inside_tag else match.group()  # `x = "..."` in prose stays

    return _HUGE_QUOTED.sub(empty_if_in_a_tag, html)


def _trafilatura_blocks(html: str) -> tuple[list[str], str]:
    """trafilatura's article blocks and title; nothing when it finds no article or fails."""
    import trafilatura  # imported here: it pulls in lxml and friends (~0.3 s)

    try:
        document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                               include_tables=True, include_images=False)
        if document is None or isinstance(document, dict) or document.body is None:  # dict only with as_dict
            return [], ""
        return _blocks(document.body), (document.title or "").strip()
    except Exception:  # lxml and trafilatura raise many kinds on hostile pages; fall back
        # INFO, not WARNING: the note tells the person; the traceback is for a configured log only
        log.info("trafilatura failed on a page; using its plain text", exc_info=True)
        return [], ""


def plain_blocks(html: str) -> list[str]:
    """The visible text of a page, one block per paragraph-like element, without scripts,
    styles, navigation, headers and footers. Python's own HTML parser has no depth or
    attribute-size limit, so it reads what lxml gives up on."""
    parser = _PlainText()
    parser.feed(html)
    parser.close()
    return parser.finish()


class _PlainText(HTMLParser):
    """Collects text outside ``_HIDDEN`` elements, starting a new block at each ``_BREAKS`` tag."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.hidden: list[str] = []  # open hidden elements, innermost last

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self.hidden.clear()  # a <head> left open ends where the body starts
        if tag in _HIDDEN:
            self.hidden.append(tag)
        elif tag == "br":
            self.current.append("\n")
        elif tag in _CELLS:
            self.current.append(" ")
        elif tag in _BREAKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in self.hidden:
            while self.hidden and self.hidden.pop() != tag:
                pass  # an unclosed hidden element inside ends with its parent
        elif tag in _BREAKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.current.append(_collapse(data))

    def _flush(self) -> None:
        text = re.sub(r" *\n *", "\n", re.sub(" {2,}", " ", "".join(self.current))).strip()
        if text:
            self.blocks.append(text)
        self.current = []

    def finish(self) -> list[str]:
        self._flush()
        return self.blocks


def _blocks(body: _Element) -> list[str]:
    blocks: list[str] = []
    for element in body.iter():
        if element.tag not in _BLOCKS or _inside_block(element):
            continue
        text = _element_text(element).strip()
        if text:
            blocks.append(text)
    return blocks


def _inside_block(element: _Element) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.tag in _BLOCKS:
            return True
        parent = parent.getparent()
    return False


def _element_text(element: _Element) -> str:
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
