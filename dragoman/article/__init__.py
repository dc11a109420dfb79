"""The shared core: load a file or pasted text into an ``Article`` (no Qt, no heavy imports)."""

from . import load as _loader  # the submodule first, so the function below keeps the name
from .model import Article, ArticleError, LanguageGuess, Paragraph, Sentence


def load(path: str) -> Article:
    """Load a .txt/.html/.htm/.docx file, or fetch an http(s):// address, into an Article;
    raises ArticleError (an address appears in its message exactly as given)."""
    if "://" in path:  # an address is not a path (Path() folds its //); urllib loads only for one
        from .fetch import fetch_article, is_address

        if is_address(path):
            return fetch_article(path)
    return _loader.load_file(path)


def from_text(text: str, source: str | None = None) -> Article:
    """Build an Article from text a person pasted; raises ArticleError."""
    return _loader.load_text(text, source=source)


__all__ = ["Article", "ArticleError", "LanguageGuess", "Paragraph", "Sentence", "load", "from_text"]
