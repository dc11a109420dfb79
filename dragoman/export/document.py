"""What an export says, once, whatever its format: a plain model every writer renders.

The wording of trust (who wrote the English, the demo note, what to check) comes from
``dragoman.article.report``, the one place that words it; the writers only lay it out.
"""

from __future__ import annotations

from dataclasses import dataclass

from dragoman.article import report
from dragoman.article.analysis import FLAG_DETAILS, Analysis, SentenceResult
from dragoman.article.model import Article, LanguageGuess

from .elements import Block, Element, Heading, Para, Table, block

SIDE_BY_SIDE = "side-by-side"
INTERLEAVED = "interleaved"
LAYOUTS = (SIDE_BY_SIDE, INTERLEAVED)


@dataclass
class Row:
    """One paragraph of the article and its English (None when it has none)."""

    source: Block
    english: Block | None


@dataclass
class QuoteItem:
    speaker: str
    source: Block
    english: str | None
    by: str  # who wrote the English, with its note ("— English by X (demo model — ...)")


@dataclass
class OfficialItem:
    name_en: str
    title_en: str | None
    organisation: str | None
    written: Block  # the name (and title) as the article writes them
    mentions: int


@dataclass
class CheckItem:
    sentence: int
    source: Block
    english: str
    details: list[str]  # one sentence each, for a person


@dataclass
class Document:
    """An article's export: every writer renders exactly this."""

    title: Block
    source: str
    language: str  # "Arabic (ar)"
    model_line: str  # "Translation: ... — English by ..., demo note"
    checking: str  # "3 of 10 sentences need checking"
    layout: str
    rows: list[Row]
    summary: Block | None
    summary_by: str
    quotes: list[QuoteItem]
    officials: list[OfficialItem]
    checks: list[CheckItem]
    notes: list[str]


def article_title(article: Article | None, analysis: Analysis) -> str:
    """The title the library lists the article under (the library's rule); from a JSON analysis,
    the same rule over the text rebuilt from its sentences."""
    from dragoman.library.library import article_title as library_title

    if article is None:
        language = LanguageGuess(analysis.language, analysis.language_name, analysis.language_confidence,
                                 analysis.language_supported)
        article = Article(text=_text_of(None, analysis), language=language)
    return library_title(article)


def _translated(analysis: Analysis) -> bool:
    """Whether the English came from a model or a file: report.py's rule, not a second copy."""
    return report._translated(analysis)  # the one rule, kept in report.py


def _text_of(article: Article | None, analysis: Analysis) -> str:
    """The article's text, or (from a JSON analysis) its sentences paragraph by paragraph."""
    if article is not None:
        return article.text
    return "\n\n".join(" ".join(s.text for s in group) for group in _paragraphs(analysis.sentences))


def _paragraphs(sentences: list[SentenceResult]) -> list[list[SentenceResult]]:
    groups: dict[int, list[SentenceResult]] = {}
    for sentence in sentences:
        groups.setdefault(sentence.paragraph, []).append(sentence)
    return [groups[key] for key in sorted(groups)]


def _paragraph_text(article: Article | None, group: list[SentenceResult]) -> str:
    """A paragraph as written (the gaps between its sentences kept when the text is at hand)."""
    if article is not None:
        return article.text[group[0].start:group[-1].end]
    return " ".join(s.text for s in group)


def _english_of(group: list[SentenceResult]) -> str | None:
    parts = [s.translation for s in group if s.translation]
    return " ".join(parts) if parts else None


def _rows(article: Article | None, analysis: Analysis) -> list[Row]:
    rows = []
    for group in _paragraphs(analysis.sentences):
        english = _english_of(group) if _translated(analysis) else None
        rows.append(Row(source=block(_paragraph_text(article, group), analysis.language),
                        english=block(english, "en") if english is not None else None))
    return rows


def model_line(analysis: Analysis) -> str:
    """Who wrote the English and whether it is a demo's, in report.py's words."""
    info = analysis.translation
    if not _translated(analysis):
        return f"{report.NOT_TRANSLATED}" + (f" ({info.message})" if info.message else "")
    line = report.english_by(analysis)
    return f"{line} ({report.DEMO_NOTE})" if info.demo else line


def _summary(analysis: Analysis) -> tuple[Block | None, str]:
    copy = report.summary_for_copy(analysis)
    if not copy:
        return None, ""
    text, _, by = copy.rpartition("\n")
    lang = "en" if analysis.summary.english else analysis.language
    return block(text, lang), by


def _quotes(analysis: Analysis) -> list[QuoteItem]:
    items = []
    for quote in analysis.quotes:
        translated = (quote.translation is not None and quote.translation != quote.text
                      and _translated(analysis))
        if translated:
            note = report.quote_note(analysis, quote)
            by = f"{report.english_by(analysis)} ({note})" if note else report.english_by(analysis)
        else:
            by = report.NOT_TRANSLATED
        items.append(QuoteItem(speaker=report.speaker_line(analysis, quote),
                               source=block(quote.text, analysis.language),
                               english=quote.translation if translated else None, by=by))
    return items


def _officials(analysis: Analysis) -> list[OfficialItem]:
    return [OfficialItem(name_en=o.name_en, title_en=o.title_en, organisation=o.organisation,
                         written=block(o.name + (f", {o.title}" if o.title else ""), analysis.language),
                         mentions=len(o.mentions))
            for o in analysis.officials]


def _check_details(sentence: SentenceResult) -> list[str]:
    details = [check.detail for check in sentence.checks]
    explained = {check.kind for check in sentence.checks}
    details += [FLAG_DETAILS.get(flag, flag) for flag in sentence.flags if flag not in explained]
    return list(dict.fromkeys(details))


def _checks(analysis: Analysis) -> list[CheckItem]:
    return [CheckItem(sentence=s.id, source=block(s.text, analysis.language), english=s.translation or "",
                      details=_check_details(s))
            for s in analysis.sentences if report.needs_checking(s)]


def build(article: Article | None, analysis: Analysis, layout: str = SIDE_BY_SIDE) -> Document:
    """The export of one analysed article; ``article`` may be None (an analysis read from JSON)."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}")
    summary, summary_by = _summary(analysis)
    translated = _translated(analysis)
    return Document(
        title=block(article_title(article, analysis), analysis.language),
        source=analysis.source or (article.source if article is not None else None) or "pasted text",
        language=f"{analysis.language_name} ({analysis.language})",
        model_line=model_line(analysis),
        checking=report.checking_header(analysis) if translated else "",
        layout=layout, rows=_rows(article, analysis), summary=summary, summary_by=summary_by,
        quotes=_quotes(analysis), officials=_officials(analysis),
        checks=_checks(analysis) if translated else [], notes=list(analysis.notes))


# ------------------------------------------------------------------ as elements


def _meta(doc: Document) -> list[Element]:
    lines = [f"Source: {doc.source}", f"Language: {doc.language}", doc.model_line]
    if doc.checking:
        lines.append(doc.checking)
    return [Para(line, "meta") for line in lines]


def _text_elements(doc: Document) -> list[Element]:
    if doc.layout == SIDE_BY_SIDE:
        return [Table(["Source", "English"], [[row.source, row.english or "—"] for row in doc.rows])]
    items: list[Element] = []
    for row in doc.rows:
        items.append(Para(row.source))
        if row.english is not None:
            items.append(Para(row.english, "english"))
    return items


def _summary_elements(doc: Document) -> list[Element]:
    if doc.summary is None:
        return [Para("(no summary)", "note")]
    return [Para(doc.summary), Para(doc.summary_by, "note")]


def _quote_elements(doc: Document) -> list[Element]:
    items: list[Element] = []
    for quote in doc.quotes:
        items.append(Heading(quote.speaker, 3))
        items.append(Para(quote.source, "quote"))
        if quote.english is not None:
            items.append(Para(block(quote.english, "en"), "english"))
        items.append(Para(quote.by, "note"))
    return items or [Para("(none found)", "note")]


def _official_elements(doc: Document) -> list[Element]:
    if not doc.officials:
        return [Para("(none found)", "note")]
    return [Table(["English name", "Title", "Country or body", "As written", "Mentions"],
                  [[o.name_en, o.title_en or "", o.organisation or "", o.written, str(o.mentions)]
                   for o in doc.officials])]


def _check_elements(doc: Document) -> list[Element]:
    if not doc.checks:
        return [Para("Nothing flagged.", "note")]
    return [Table(["Sentence", "Source", "English", "Why check it"],
                  [[str(c.sentence), c.source, c.english, " ".join(c.details)] for c in doc.checks])]


def article_elements(doc: Document) -> list[Element]:
    """The export in order: title, where it came from and who wrote the English, the text, the
    summary, quotes, officials, what to check, and the analysis's notes."""
    items: list[Element] = [Heading(doc.title, 1), *_meta(doc)]
    items += [Heading("Article and English" if doc.checking else "Article", 2), *_text_elements(doc)]
    items += [Heading("Summary", 2), *_summary_elements(doc)]
    items += [Heading("Key quotes", 2), *_quote_elements(doc)]
    items += [Heading("Officials", 2), *_official_elements(doc)]
    if doc.checking:
        items += [Heading("Checks", 2), Para(doc.checking, "note"), *_check_elements(doc)]
    if doc.notes:
        items += [Heading("Notes", 2), *(Para(note, "note") for note in doc.notes)]
    return items
