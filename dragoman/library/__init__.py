"""The reading library: every article read, kept in SQLite with its analysis, searchable.

The API is the contract in briefs/library-api.md; all SQL is in ``store``.
"""

from .library import Library, article_title
from .models import (
    ArticleRow,
    Dossier,
    DossierArticle,
    DossierQuote,
    LibraryError,
    SearchHit,
    StoredArticle,
)

__all__ = ["Library", "StoredArticle", "ArticleRow", "SearchHit", "Dossier", "DossierArticle", "DossierQuote",
           "LibraryError", "article_title"]
