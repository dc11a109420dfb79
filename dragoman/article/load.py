"""Turn a file or pasted text into an ``Article``: read, decode, detect the language, split.

Accepted: plain text in any common encoding (see article.encoding), web pages (.html, .htm,
.xhtml, or any file that starts like one), Word documents (.docx, or any file that is one), and
pasted text. The text is kept as the person sees it: line ends become ``\\n`` and a byte-order
mark is dropped, nothing else, so every offset points into ``Article.text``.

Limits: ``MAX_FILE_BYTES`` (20 MB) on a file, which lets any news article through (a 1 MB
article is a short book) while keeping Dragoman from reading a disk image by mistake; and
``MAX_TEXT_CHARS`` (2 million characters, about 300,000 words) on the text itself, which a
web page or a .docx can unpack to from a small file. Only regular files are read, and never
more than the limit whatever size they report (article.reading); a .docx is counted as it
inflates (article.docx).

What a person should know about how a file was read (damaged UTF-8 bytes, a page's charset
that did not match its bytes, a page whose article could not be picked out) goes to
``Article.notes``.

Every refusal is an ``ArticleError`` whose message is one sentence a person can act on.
"""

from __future__ import annotations

import re
from pathlib import Path

from .encoding import control_share, decode_bytes
from .language import detect_language
from .model import Article, ArticleError, LanguageGuess
from .reading import read_regular_file
from .sentences import split_paragraphs, split_sentences
from .sniff import describe_binary, is_docx, is_zip

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TEXT_CHARS = 2_000_000
BINARY_CONTROL_SHARE = 0.05  # more control characters than this: not text
LOW_CONFIDENCE = 0.5  # below this the language guess is reported as unsure
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_HTML_START = re.compile(rb"(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]",
                         re.IGNORECASE | re.DOTALL)


def load_file(path: str | Path) -> Article:
    """Read a .txt, .html/.htm or .docx file into an Article.

    Raises ArticleError for a missing file, a folder, an empty or oversized file, a binary
    file, text in no readable encoding, or a damaged .docx. A language Dragoman does not
    analyse is not an error: the Article says so in ``language.supported`` and ``notes``.
    """
    p = Path(path)
    text, encoding, notes = _extract(p, _read_bytes(p))
    _refuse_binary_text(text, p.name)
    article = _build(text, source=str(p), name=p.name)
    article.encoding = encoding
    article.notes[:0] = notes  # how the file was read comes before what its language is
    return article


def load_text(text: str, source: str | None = None) -> Article:
    """Build an Article from text a person pasted (or any str); raises ArticleError when empty
    or too long."""
    _refuse_binary_text(text, "The pasted text")
    return _build(text, source=source, name="The pasted text")


def normalise(text: str) -> str:
    """The text as a reader sees it: ``\\r\\n`` and ``\\r`` become ``\\n``; a BOM is dropped."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _read_bytes(path: Path) -> bytes:
    data = read_regular_file(path, MAX_FILE_BYTES)
    if not data.strip():
        raise ArticleError(f"{path.name} is empty; there is no article to show.")
    return data


def _extract(path: Path, data: bytes) -> tuple[str, str | None, list[str]]:
    """The text of a file, the encoding its bytes were in (None for .docx), and notes on how
    it was read."""
    suffix = path.suffix.lower()
    binary = describe_binary(data)
    if binary is not None and not (suffix == ".docx" and is_zip(data)):
        raise ArticleError(f"This looks like {binary}, not a text article.")
    if suffix == ".docx" or is_docx(data):  # a damaged .docx still gets the Word message
        from .docx import docx_text

        return docx_text(data, path.name, MAX_TEXT_CHARS), None, []
    if suffix in HTML_SUFFIXES or _HTML_START.match(data[:2048]):
        from .html import decode_html, html_text

        decoded = decode_html(data, path.name)
        text, notes = html_text(decoded.text, path.name)
        return text, decoded.encoding, [*decoded.notes, *notes]
    decoded = decode_bytes(data, path.name)
    return decoded.text, decoded.encoding, list(decoded.notes)


def _refuse_binary_text(text: str, name: str) -> None:
    """Decoded text with a NUL or many control characters is a binary file.

    Only control characters count (Unicode category Cc, other than line breaks and tabs):
    no-break spaces (U+00A0, U+202F), zero-width joiners (U+200C, U+200D) and direction marks
    are not printable in Python's sense yet are ordinary in Arabic, Persian and French text.
    """
    if "\x00" in text:
        raise ArticleError(f"{name} contains binary data, not text.")
    sample = text[:100_000]
    if sample and control_share(sample) > BINARY_CONTROL_SHARE:
        raise ArticleError(f"{name} contains binary data, not text.")


def _build(text: str, source: str | None, name: str) -> Article:
    text = normalise(text)
    if not text.strip():
        raise ArticleError(f"{name} is empty; there is no article to show.")
    if len(text) > MAX_TEXT_CHARS:
        raise ArticleError(f"{name} has {len(text):,} characters; Dragoman analyses articles "
                           f"up to {MAX_TEXT_CHARS:,}.")
    language = detect_language(text)
    paragraphs = split_paragraphs(text)
    article = Article(text=text, language=language, source=source, paragraphs=paragraphs,
                      sentences=split_sentences(text, language.code, paragraphs))
    article.notes.extend(_language_notes(language))
    return article


def _language_notes(language: LanguageGuess) -> list[str]:
    if language.code == "und":
        return ["Dragoman could not tell which language this text is in, so it is shown "
                "without translation, quotes or officials."]
    notes = []
    if not language.supported:
        notes.append(f"The text seems to be in {language.name}, which Dragoman does not analyse; "
                     "it is shown without translation, quotes or officials.")
    elif language.confidence < LOW_CONFIDENCE:
        notes.append(f"Dragoman is unsure of the language ({language.name}, "
                     f"{language.confidence:.0%} confidence).")
    return notes
