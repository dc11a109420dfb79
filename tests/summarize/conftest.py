"""Helpers for the analysis tests: Articles built from text in a known language."""

from __future__ import annotations

from pathlib import Path

import pytest

from dragoman.article.analysis import Quote
from dragoman.article.model import Article, LanguageGuess
from dragoman.article.sentences import split_paragraphs, split_sentences
from dragoman.summarize.officials import find_officials
from dragoman.summarize.quotes import find_quotes

ANNOTATED = Path(__file__).resolve().parent.parent / "data" / "annotated"


def make_article(text: str, language: str) -> Article:
    """An Article in ``language`` split by the project's own splitter (no detection, so a
    test fails only for reasons of the analysis)."""
    paragraphs = split_paragraphs(text)
    return Article(text=text, language=LanguageGuess(language, language, 1.0, True),
                   paragraphs=paragraphs, sentences=split_sentences(text, language, paragraphs))


def official_title(text: str, language: str, family: str) -> str | None:
    """The English title of the one official whose base name contains ``family``."""
    found = [o for o in find_officials(make_article(text, language)) if family in o.name]
    assert len(found) == 1, [o.name for o in find_officials(make_article(text, language))]
    return found[0].title_en


@pytest.fixture
def english_title():
    return official_title


@pytest.fixture
def article_of():
    return make_article


def quotes_in(text: str, language: str) -> list[Quote]:
    """The quotes of ``text`` in ``language`` with their speakers, after the officials stage."""
    article = make_article(text, language)
    return find_quotes(article, find_officials(article))


@pytest.fixture
def quotes_of():
    return quotes_in


@pytest.fixture(scope="session")
def annotated_dir() -> Path:
    return ANNOTATED
