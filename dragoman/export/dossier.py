"""A dossier (one official across the library) as export elements.

Written against the fields of ``dragoman.library.Dossier`` (docs in /work/briefs: name_en,
names, titles_en, articles, quotes, companions); nothing here opens the library.
"""

from __future__ import annotations

from typing import Any

from .elements import Element, Heading, Para, Table, block


def _languages(dossier: Any) -> dict[int, str]:
    """Each article's language, so a quote is tagged with its script's direction."""
    return {article.id: article.language for article in dossier.articles}


def _article_rows(dossier: Any) -> list[list]:
    return [[article.date or "", article.outlet or "", block(article.title, article.language),
             article.language, block(article.name_as_written, article.language),
             block(article.title_as_stated, article.language) if article.title_as_stated else "",
             article.title_en or "", article.source]
            for article in dossier.articles]


def _quote_rows(dossier: Any) -> list[list]:
    languages = _languages(dossier)
    return [[quote.date or "", block(quote.text, languages.get(quote.article_id, "und")),
             block(quote.translation, "en") if quote.translation else "—", quote.source]
            for quote in dossier.quotes]


def dossier_elements(dossier: Any) -> list[Element]:
    """Who the person is, every article that mentions them, their quotes, and who they appear with."""
    items: list[Element] = [Heading(dossier.name_en, 1)]
    items.append(Para("Written as: " + (", ".join(dossier.names) or "—"), "meta"))
    items.append(Para("Titles: " + (", ".join(dossier.titles_en) or "—"), "meta"))
    items.append(Para(f"{len(dossier.articles)} article(s), {len(dossier.quotes)} quote(s)", "meta"))
    items.append(Heading("Articles", 2))
    items.append(Table(["Date", "Outlet", "Title", "Language", "Written as", "Title as stated",
                        "Title in English", "Source"], _article_rows(dossier)))
    items.append(Heading("Quotes", 2))
    items.append(Table(["Date", "Quote", "English", "Source"], _quote_rows(dossier))
                 if dossier.quotes else Para("(none found)", "note"))
    items.append(Heading("Appears with", 2))
    items.append(Table(["Official", "Shared articles"], [[name, str(count)] for name, count in dossier.companions])
                 if dossier.companions else Para("(nobody else)", "note"))
    return items
