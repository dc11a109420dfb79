"""The shared core: load a file or pasted text into an ``Article`` (no Qt, no heavy imports)."""

from . import load as _loader  # the submodule first, so the function below keeps the name
from .model import Article, ArticleError, LanguageGuess, Paragraph, Sentence


def load(path: str) -> Article:
    """Load a .txt/.html/.htm/.docx file into an Article; raises ArticleError."""
    return _loader.load_file(path)


def from_text(text: str, source: str | None = None) -> Article:
    """Build an Article from text a person pasted; raises ArticleError."""
    return _loader.load_text(text, source=source)


__all__ = ["Article", "ArticleError", "LanguageGuess", "Paragraph", "Sentence", "load", "from_text"]
