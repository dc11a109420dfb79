"""Turn a file or pasted text into an ``Article`` (first version: UTF-8 .txt and paste)."""

from __future__ import annotations

from pathlib import Path

from .language import detect_language
from .model import Article, ArticleError
from .sentences import split_paragraphs, split_sentences


def load_file(path: str | Path) -> Article:
    """Read a UTF-8 text file into an Article; raises ArticleError with a readable sentence."""
    p = Path(path)
    if not p.exists():
        raise ArticleError(f"There is no file at {p}.")
    if p.is_dir():
        raise ArticleError(f"{p} is a folder, not an article file.")
    data = p.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{p.name} is not UTF-8 text.") from exc
    article = load_text(text, source=str(p))
    article.encoding = "utf-8"
    return article


def load_text(text: str, source: str | None = None) -> Article:
    """Build an Article from text: normalise line ends, detect language, split."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleError("The article is empty.")
    language = detect_language(text)
    article = Article(text=text, language=language, source=source)
    article.paragraphs = split_paragraphs(text)
    article.sentences = split_sentences(text, language.code)
    if not language.supported:
        article.notes.append(f"{language.name} is not one of the languages Dragoman analyses.")
    return article
