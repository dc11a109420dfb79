"""A person's own English of an article (a translator's version, an agency's English edition):
one line of English for each non-empty line of the source, read and lined up with the article.

Blank lines are ignored on both sides, so the English file may space its paragraphs as it likes.
Every refusal is an ``EnglishFileError`` whose message is one sentence a person can act on.
"""

from __future__ import annotations

from pathlib import Path

from .encoding import control_share, decode_bytes
from .load import BINARY_CONTROL_SHARE, MAX_FILE_BYTES, normalise
from .model import Article, ArticleError
from .reading import read_regular_file
from .sniff import describe_binary


class EnglishFileError(ArticleError):
    """An English file that cannot be used for this article; ``str()`` is one sentence."""


def source_lines(article: Article) -> list[list[int]]:
    """The sentence ids of each non-empty line of the article, in order (a line break always ends a
    sentence, so every sentence lies on one line)."""
    lines: list[list[int]] = []
    at, ids = 0, iter(article.sentences)
    pending = next(ids, None)
    for line in article.text.split("\n"):
        end = at + len(line)
        if line.strip():
            found = []
            while pending is not None and pending.start < end:
                found.append(pending.id)
                pending = next(ids, None)
            if found:
                lines.append(found)
        at = end + 1
    return lines


def read_english(path: str | Path, article: Article) -> list[str]:
    """The non-empty lines of the English file at ``path``, stripped, one for each non-empty line
    of ``article``. Raises EnglishFileError for a missing, unreadable, empty, binary or wrongly
    encoded file, and for a line count that differs from the article's (saying both counts)."""
    path = Path(path)
    lines = [line.strip() for line in _text(path).split("\n") if line.strip()]
    if not lines:
        raise EnglishFileError(f"{path.name} is empty; there is no English to check.")
    expected = len(source_lines(article))
    if len(lines) != expected:
        raise EnglishFileError(f"{path.name} has {len(lines)} non-empty line{'s' * (len(lines) != 1)}; "
                               f"the article has {expected}.")
    return lines


def _text(path: Path) -> str:
    """The file's text, decoded as articles are (article/encoding.py)."""
    data = read_regular_file(path, MAX_FILE_BYTES, EnglishFileError,
                             "the English text file", "English file")
    if not data.strip():
        raise EnglishFileError(f"{path.name} is empty; there is no English to check.")
    binary = describe_binary(data)
    if binary is not None:
        raise EnglishFileError(f"{path.name} looks like {binary}, not English text.")
    try:
        text = normalise(decode_bytes(data, path.name).text)
    except ArticleError as error:
        raise EnglishFileError(str(error)) from error
    # Only control characters count: no-break spaces and zero-width joiners are ordinary text.
    if "\x00" in text or control_share(text[:100_000]) > BINARY_CONTROL_SHARE:
        raise EnglishFileError(f"{path.name} contains binary data, not English text.")
    return text
