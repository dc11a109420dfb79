"""The one place that composes article/, translate/ and summarize/ into an Analysis.

The window and the command line both come through here; neither computes anything itself.
Every function is plain Python (no Qt) and safe to call from a worker thread. The functions
that the window runs in the background return new values rather than mutating shared state,
except ``apply_translation``, which the window calls on its own thread.

Heavy modules (ctranslate2, sumy, the name tables) are imported inside the functions that
need them, so importing this module costs nothing at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterator

from article.analysis import Analysis, Quote, SentenceResult, Summary, TranslationInfo
from article.model import Article

if TYPE_CHECKING:  # only for annotations; importing translate.engine loads ctranslate2
    from translate.engine import Engine, SentenceTranslation

TARGET = "en"


@dataclass
class Options:
    """What a person can choose about an analysis; the window persists these."""

    algorithm: str = "lexrank"
    length: int | float | None = None  # None: the summariser's default
    rank_on: str = "source"  # or "english": rank the translated sentences
    translate: bool = True


def _engine(engine: Engine | None) -> Engine:
    if engine is not None:
        return engine
    from translate.engine import get_engine

    return get_engine()


def translation_info(article: Article, engine: Engine | None = None) -> TranslationInfo:
    """Which model would translate this article, or why none can."""
    if article.code == TARGET:
        return TranslationInfo(model=None, demo=False, complete=True, route=[TARGET],
                               message="The article is in English; nothing to translate.")
    if not article.language.supported:
        return TranslationInfo(message=f"{article.language.name} is not a language Dragoman translates.")
    plan = _engine(engine).plan(article.code, TARGET)
    return TranslationInfo(model=plan.model, demo=plan.demo, complete=False,
                           route=list(plan.route), message=plan.message)


def _sentence_results(article: Article) -> list[SentenceResult]:
    english = article.code == TARGET
    return [
        SentenceResult(id=s.id, start=s.start, end=s.end, text=s.text, paragraph=s.paragraph,
                       translation=s.text if english else None)
        for s in article.sentences
    ]


def analyse_source(article: Article, options: Options | None = None, *,
                   engine: Engine | None = None) -> Analysis:
    """Everything that does not wait for translation: sentences, summary, quotes, officials, plan.

    Sentence translations are None (the source itself for English articles); the summary text is
    the source of the chosen sentences until translations arrive.
    """
    from summarize.officials import find_officials
    from summarize.quotes import find_quotes

    options = options or Options()
    analysis = Analysis(
        language=article.language.code,
        language_name=article.language.name,
        language_confidence=round(article.language.confidence, 3),
        language_supported=article.language.supported,
        source=article.source,
        sentences=_sentence_results(article),
        notes=list(article.notes),
    )
    if options.translate:
        analysis.translation = translation_info(article, engine)
        if analysis.translation.message and not analysis.translation.model and article.code != TARGET:
            analysis.notes.append(analysis.translation.message)
    else:
        analysis.translation = TranslationInfo(message="Translation was not requested.")
    if article.language.supported:
        analysis.officials = find_officials(article)
        analysis.quotes = find_quotes(article, analysis.officials)
    if article.code == TARGET:
        for quote in analysis.quotes:
            quote.translation = quote.text
    analysis.summary = update_summary(analysis, article, options)
    return analysis


def translate_sentences(article: Article, *, cancel: Callable[[], bool] | None = None,
                        engine: Engine | None = None) -> Iterator[SentenceTranslation]:
    """Stream the English of each sentence as the engine finishes it; nothing when no model."""
    if article.code == TARGET or not article.language.supported or not article.sentences:
        return iter(())
    items = [(s.id, s.text) for s in article.sentences]
    return _engine(engine).translate(items, article.code, TARGET, cancel=cancel)


def apply_translation(analysis: Analysis, result: SentenceTranslation) -> None:
    """Record one sentence's translation (and its flags) in the analysis."""
    sentence = analysis.sentences[result.id]
    sentence.translation = result.translation
    sentence.flags = list(result.flags)
    analysis.translation.complete = all(s.translation is not None for s in analysis.sentences)


def quote_translations(article: Article, quotes: list[Quote], *,
                       engine: Engine | None = None) -> list[str | None]:
    """The English of each quote's own words (not of the sentence around it)."""
    if not quotes:
        return []
    if article.code == TARGET:
        return [q.text for q in quotes]
    # The engine translates a multi-sentence quote by its sentences and joins the English.
    items = [(index, quote.text) for index, quote in enumerate(quotes)]
    english: list[str | None] = [None] * len(quotes)
    for result in _engine(engine).translate(items, article.code, TARGET):
        english[result.id] = result.translation
    return english


def update_summary(analysis: Analysis, article: Article, options: Options) -> Summary:
    """The summary for these options, in English where the chosen sentences are translated."""
    from summarize.summary import DEFAULT_LENGTH, summarize

    if not article.language.supported or not article.sentences:
        return Summary(algorithm=options.algorithm)
    english = {s.id: s.translation for s in analysis.sentences if s.translation is not None}
    rank_on = options.rank_on if english else "source"
    length = options.length if options.length is not None else DEFAULT_LENGTH
    ids = summarize(article, algorithm=options.algorithm, length=length,
                    english=english or None, rank_on=rank_on)
    in_english = bool(ids) and all(i in english for i in ids)
    texts = [english[i] if in_english else article.sentences[i].text for i in ids]
    return Summary(sentence_ids=list(ids), text=" ".join(texts), algorithm=options.algorithm,
                   english=in_english)


def analyze(article: Article, options: Options | None = None, *,
            engine: Engine | None = None) -> Analysis:
    """The whole analysis, blocking: what ``main.py analyze`` prints."""
    options = options or Options()
    analysis = analyse_source(article, options, engine=engine)
    if not options.translate or not analysis.translation.model:
        return analysis
    for result in translate_sentences(article, engine=engine):
        apply_translation(analysis, result)
    for quote, english in zip(analysis.quotes, quote_translations(article, analysis.quotes, engine=engine)):
        quote.translation = english
    analysis.summary = update_summary(analysis, article, options)
    return analysis
