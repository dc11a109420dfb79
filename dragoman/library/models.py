"""The library's records: what ``Library`` returns (the contract in briefs/library-api.md)."""

from __future__ import annotations

from dataclasses import dataclass, field

from dragoman.article.analysis import Analysis
from dragoman.article.model import Article
from dragoman.errors import UserFacingError


class LibraryError(UserFacingError):
    """Every library failure a person can meet; ``str(error)`` is one sentence saying what
    happened and what to do."""


@dataclass
class ArticleRow:
    id: int
    source: str
    title: str
    language: str
    read_at: str  # ISO date and time, UTC
    date: str | None  # the article's own day (ISO), from its dateline, when it gives one
    outlet: str | None
    officials: int
    quotes: int


@dataclass
class StoredArticle(ArticleRow):
    text: str = ""
    content_hash: str = ""
    analysis: Analysis | None = None  # always set by Library.get
    article: Article | None = None
    models_key: str = ""
    data_version: str = ""


@dataclass
class SearchHit:
    id: int
    source: str
    title: str
    language: str
    date: str | None
    outlet: str | None
    snippet: str  # the matching words between [ and ]
    score: float  # bm25: lower is a better match


@dataclass
class DossierArticle:
    id: int
    source: str
    title: str
    date: str | None
    outlet: str | None
    language: str
    name_as_written: str
    title_as_stated: str | None
    title_en: str | None


@dataclass
class DossierQuote:
    article_id: int
    text: str
    translation: str | None
    date: str | None
    source: str


@dataclass
class Dossier:
    name_en: str
    names: list[str] = field(default_factory=list)
    titles_en: list[str] = field(default_factory=list)
    articles: list[DossierArticle] = field(default_factory=list)
    quotes: list[DossierQuote] = field(default_factory=list)
    companions: list[tuple[str, int]] = field(default_factory=list)
