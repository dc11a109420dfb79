"""The one place that composes article/, translate/ and summarize/ into an Analysis.

The window and the command line both come through here; neither computes anything itself.
Every function is plain Python (no Qt) and safe to call from a worker thread. The functions
that the window runs in the background return new values rather than mutating shared state,
except ``apply_translation``, which the window calls on its own thread.

Every sentence's English, a model's or one a person imported (``apply_english``), goes
through the same checks (``recheck``, summarize/checks.py), and a quote's English is always
built from the English of the sentences it covers (``quote_english``).

Heavy modules (ctranslate2, sumy, the name tables) are imported inside the functions that
need them, so importing this module costs nothing at start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dragoman.article.analysis import (
    CHECK_NAME_ADDED,
    CHECK_NAME_MISSING,
    CHECK_NUMBER_ADDED,
    CHECK_NUMBER_MISSING,
    CHECK_PLACE_ADDED,
    CHECK_PLACE_MISSING,
    Analysis,
    Check,
    PieceResult,
    Quote,
    SentenceResult,
    Summary,
    TranslationInfo,
)
from dragoman.article.english_file import EnglishFileError, read_english, source_lines  # noqa: F401 - pipeline's API
from dragoman.article.model import Article

if TYPE_CHECKING:  # only for annotations; importing translate.engine loads ctranslate2
    from dragoman.summarize.checks import Checker
    from dragoman.translate.engine import Engine, SentenceTranslation

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
    from dragoman.translate.engine import get_engine

    return get_engine()


def translation_info(article: Article, engine: Engine | None = None) -> TranslationInfo:
    """Which model would translate this article, or why none can; any language an installed
    model covers is translated, whether or not Dragoman has analysis data for it."""
    if article.code == TARGET:
        return TranslationInfo(model=None, demo=False, complete=True, route=[TARGET],
                               message="The article is in English; nothing to translate.")
    if article.code == "und":
        return TranslationInfo(message="Dragoman could not tell the language, so it cannot choose a model.")
    from dragoman.translate.errors import PackageError  # a small module: no engine, no ctranslate2

    try:
        plan = _engine(engine).plan(article.code, TARGET)
    except OSError as error:  # the model folder cannot be made or read (e.g. a path through a file)
        return TranslationInfo(message=_folder_message(error))
    except PackageError as error:  # translate.manager's own sentence for the same
        return TranslationInfo(message=str(error))
    return TranslationInfo(model=plan.model, demo=plan.demo, complete=False, route=list(plan.route),
                           message=plan.message, family=plan.family, licence=plan.licence)


def _folder_message(error: OSError) -> str:
    """One sentence for a model folder that cannot be used; the details go to the log (at INFO:
    Python's last-resort handler would print a WARNING's traceback on the terminal)."""
    import logging

    logging.getLogger(__name__).info("model folder unusable", exc_info=error)
    where = f" {error.filename}" if error.filename else ""
    why = error.strerror or str(error) or type(error).__name__
    return (f"Dragoman cannot use the model folder{where} ({why}), so nothing is translated; "
            "make it a folder Dragoman may write (ARGOS_PACKAGES_DIR names it, if set).")


def storage_notes(engine: Engine | None = None) -> list[str]:
    """What the translation cache has to tell the person (it could not be written, the disk is
    full, a damaged file was set aside), each thing once per process. Without ``engine``, the
    process-wide one if it exists; none is created (nor ctranslate2 imported) just to ask."""
    if engine is None:
        import sys

        module = sys.modules.get("dragoman.translate.engine")
        engine = getattr(module, "_engine", None) if module is not None else None
    cache = getattr(engine, "cache", None)
    take = getattr(cache, "take_notes", None)
    return take() if take is not None else []


def _sentence_results(article: Article) -> list[SentenceResult]:
    english = article.code == TARGET
    return [
        SentenceResult(id=s.id, start=s.start, end=s.end, text=s.text, paragraph=s.paragraph,
                       translation=s.text if english else None)
        for s in article.sentences
    ]


def _language_notes(article: Article) -> list[str]:
    """The article's notes, with the loader's "not analysed" note replaced by what is true now:
    a language without analysis data still gets its English when a model covers it."""
    from dragoman.article.load import _language_notes as loader_notes  # the loader's own wording

    notes = list(article.notes)
    if article.language.supported or article.code == "und":
        return notes
    notes = [n for n in notes if n not in loader_notes(article.language)]
    notes.append(f"Quotes and officials are not analysed for {article.language.name}.")
    return notes


def analyse_source(article: Article, options: Options | None = None, *,
                   engine: Engine | None = None) -> Analysis:
    """Everything that does not wait for translation: sentences, summary, quotes, officials, plan.

    Sentence translations are None (the source itself for English articles); the summary text is
    the source of the chosen sentences until translations arrive.
    """
    options = options or Options()
    analysis = analyse_text(article, options)
    plan_translation(analysis, article, options, engine)
    return analysis


def analyse_text(article: Article, options: Options | None = None) -> Analysis:
    """The part of :func:`analyse_source` that needs no engine (the window runs it in a second
    process): sentences, officials, quotes, summary, the language's notes."""
    from dragoman.summarize.officials import find_officials
    from dragoman.summarize.quotes import find_quotes

    options = options or Options()
    analysis = Analysis(
        language=article.language.code,
        language_name=article.language.name,
        language_confidence=round(article.language.confidence, 3),
        language_supported=article.language.supported,
        source=article.source,
        sentences=_sentence_results(article),
    )
    analysis.translation = TranslationInfo(message="Translation was not requested.")
    analysis.notes = _language_notes(article)
    if article.language.supported:
        found = find_officials(article)  # with the private voices the quotes may name
        analysis.officials = list(found)
        analysis.quotes = find_quotes(article, found)
    if article.code == TARGET:
        for quote in analysis.quotes:
            quote.translation = quote.text
    analysis.summary = update_summary(analysis, article, options)
    return analysis


def plan_translation(analysis: Analysis, article: Article, options: Options,
                     engine: Engine | None = None) -> None:
    """Which model will translate (``analysis.translation``) and the notes about it, when asked."""
    if not options.translate:
        return
    analysis.translation = translation_info(article, engine)
    if analysis.translation.message and not analysis.translation.model and article.code != TARGET:
        analysis.notes.append(analysis.translation.message)
    analysis.notes += storage_notes(engine)


def translate_sentences(article: Article, *, ids: Iterable[int] | None = None,
                        cancel: Callable[[], bool] | None = None,
                        engine: Engine | None = None) -> Iterator[SentenceTranslation]:
    """Stream the English of each sentence (only those ``ids`` when given, e.g. the ones a
    cancelled run left untranslated) as the engine finishes it; nothing when no model."""
    if article.code in (TARGET, "und") or not article.sentences:
        return iter(())
    wanted = None if ids is None else set(ids)
    items = [(s.id, s.text) for s in article.sentences if wanted is None or s.id in wanted]
    if not items:
        return iter(())
    return _engine(engine).translate(items, article.code, TARGET, cancel=cancel)


def piece_results(sentence_start: int, translation: str | None,
                  pieces: Sequence[tuple[int, int, str]]) -> list[PieceResult]:
    """The engine's (start, end, english) pieces of one sentence as PieceResults: absolute source
    offsets, and where each piece's English lies in the sentence's joined translation.

    The engine joins pieces with " " inside a line and "\\n" between lines, so each piece's English
    is found in order from a moving cursor; one it cannot find (the model's text changed in the
    join) gets an empty span at the cursor rather than a wrong one.
    """
    results, cursor = [], 0
    for start, end, english in pieces:
        at = translation.find(english, cursor) if translation and english else -1
        en_start, en_end = (at, at + len(english)) if at >= 0 else (cursor, cursor)
        cursor = en_end
        results.append(PieceResult(start=sentence_start + start, end=sentence_start + end,
                                   translation=english, en_start=en_start, en_end=en_end))
    return results


def apply_translation(analysis: Analysis, result: SentenceTranslation, checker: Checker | None = None) -> None:
    """Record one sentence's translation, flags, score and pieces in the analysis; with a
    ``checker`` (summarize.checks.Checker), also check that sentence's English."""
    _follow_plan(analysis, result)
    sentence = analysis.sentences[result.id]
    sentence.translation = result.translation
    sentence.flags = list(result.flags)
    sentence.checks = []
    sentence.score = result.score
    sentence.pieces = piece_results(sentence.start, result.translation, result.pieces)
    _update_complete(analysis, result.id, sentence.translation is not None)
    if checker is not None:
        checker.check(result.id)


# The first sentence still without English, kept on the analysis as a plain attribute (not a
# field: asdict and the JSON never see it): the completeness test looks there instead of scanning
# every sentence for each one that arrives (quadratic on a long article).
_FIRST_PENDING = "_first_pending"


def _update_complete(analysis: Analysis, sentence_id: int, translated: bool) -> None:
    """Set ``analysis.translation.complete`` after sentence ``sentence_id`` changed, in amortised
    O(1): sentences arrive in order, so the first pending one only moves forward."""
    sentences = analysis.sentences
    first = getattr(analysis, _FIRST_PENDING, 0)
    if not translated:
        first = min(first, sentence_id)
    while first < len(sentences) and sentences[first].translation is not None:
        first += 1
    if first >= len(sentences) and not analysis.translation.complete:
        # The hint says done: make sure once (English may have been set outside this function).
        first = next((i for i, s in enumerate(sentences) if s.translation is None), len(sentences))
    setattr(analysis, _FIRST_PENDING, first)
    analysis.translation.complete = first >= len(sentences)


def _follow_plan(analysis: Analysis, result: SentenceTranslation) -> None:
    """Name the model that really wrote this English: when the planned one failed mid-run (a
    damaged or removed package), the engine fell back, and the analysis must say so, not keep
    naming the model it planned."""
    plan, info = result.plan, analysis.translation
    if plan is None or plan.model is None or plan.model == info.model:
        return
    if info.model:
        analysis.notes.append(f"{info.model} could not translate; the English from sentence {result.id + 1} "
                              f"on is by {plan.model}.")
    # Some English may be from the planned model, some from the fallback: demo if either is.
    info.demo = info.demo or plan.demo
    info.model, info.family, info.licence, info.message = plan.model, plan.family, plan.licence, plan.message


def _segments(sentence: SentenceResult) -> list[tuple[int, int, int, int]]:
    """(start, end, en_start, en_end) of each piece of a translated sentence; the whole sentence
    is its own one piece when the engine did not split it."""
    if sentence.translation is None:
        return []
    if sentence.pieces:
        return [(p.start, p.end, p.en_start, p.en_end) for p in sentence.pieces]
    return [(sentence.start, sentence.end, 0, len(sentence.translation))]


def _covered_english(quote: Quote, sentences: Sequence[SentenceResult]) -> tuple[str | None, bool]:
    """(English, lined up) of a quote from the sentences around it: the slice of each sentence's
    English over the pieces the quote covers at least half of, so it is the very text the English
    pane shows. (None, True) while a sentence it covers has no English yet; (None, False) when no
    piece lines up (the quote is shorter than half of every piece it touches)."""
    parts: dict[int, str] = {}  # by the sentence whose English it is, so a shared line comes once
    for sentence in sentences:
        if sentence.end <= quote.start or sentence.start >= quote.end:
            continue
        if sentence.translation is None:
            return None, True
        if sentence.english_with is not None:  # imported English: this sentence's is its neighbour's
            parts.setdefault(sentence.english_with, _english_of(sentences, sentence.english_with))
            continue
        chosen = [(a, b) for start, end, a, b in _segments(sentence)
                  if 2 * (min(end, quote.end) - max(start, quote.start)) >= end - start > 0]
        if chosen:
            parts.setdefault(sentence.id, sentence.translation[chosen[0][0]:chosen[-1][1]].strip())
    return (" ".join(p for p in parts.values() if p), True) if parts else (None, False)


def _english_of(sentences: Sequence[SentenceResult], sentence_id: int) -> str:
    return next((s.translation or "" for s in sentences if s.id == sentence_id), "")


def quote_english(article: Article, quotes: Sequence[Quote], *, analysis: Analysis | None = None,
                  engine: Engine | None = None) -> list[tuple[str | None, str | None]]:
    """(English, where it came from) of each quote: "sentences" when built from the English of the
    sentences or pieces it covers (see ``_covered_english``), "own" when the quote had to be
    translated alone. Uses ``analysis``' sentences when given, else the engine's (cached) English
    of the sentences the quotes touch. Imported English (no model) never translates alone: a quote
    shorter than a piece then gets its whole sentences' English."""
    if article.code == TARGET:
        return [(q.text, None) for q in quotes]
    sentences = analysis.sentences if analysis is not None else _translated_around(article, quotes, engine)
    from_file = analysis is not None and analysis.translation.family == "file"
    results: list[tuple[str | None, str | None]] = []
    alone: list[int] = []
    for index, quote in enumerate(quotes):
        english, lined_up = _covered_english(quote, sentences)
        if not lined_up and from_file:
            english = " ".join(s.translation for s in sentences if s.translation and
                               s.start < quote.end and s.end > quote.start) or None
        elif not lined_up:
            alone.append(index)
        results.append((english, "sentences" if english is not None else None))
    if alone:
        items = [(i, quotes[i].text) for i in alone]
        for result in _engine(engine).translate(items, article.code, TARGET):
            results[result.id] = (result.translation, "own" if result.translation is not None else None)
    return results


def _translated_around(article: Article, quotes: Sequence[Quote], engine: Engine | None) -> list[SentenceResult]:
    """The sentences the quotes overlap, translated (the engine's cache makes this a look-up)."""
    spans = [(q.start, q.end) for q in quotes]
    ids = {s.id for s in article.sentences if any(s.start < end and s.end > start for start, end in spans)}
    results = {s.id: s for s in _sentence_results(article) if s.id in ids}
    for result in translate_sentences(article, ids=ids, engine=engine):
        sentence = results[result.id]
        sentence.translation = result.translation
        sentence.pieces = piece_results(sentence.start, result.translation, result.pieces)
    return list(results.values())


def quote_translations(article: Article, quotes: list[Quote], *, engine: Engine | None = None,
                       analysis: Analysis | None = None) -> list[str | None]:
    """The English of each quote, the same text the English pane shows (see ``quote_english``)."""
    return [english for english, _ in quote_english(article, quotes, analysis=analysis, engine=engine)]


def fill_quotes(article: Article, analysis: Analysis, *, engine: Engine | None = None) -> None:
    """Set each quote's ``translation`` and ``english_source`` from the analysis' English."""
    english = quote_english(article, analysis.quotes, analysis=analysis, engine=engine)
    for quote, (text, source) in zip(analysis.quotes, english):
        quote.translation, quote.english_source = text, source


def update_summary(analysis: Analysis, article: Article, options: Options) -> Summary:
    """The summary for these options, in English where the chosen sentences are translated.

    It works for any language: one without analysis data is ranked without stop words."""
    from dragoman.summarize.summary import DEFAULT_LENGTH, summarize

    if article.code == "und" or not article.sentences:
        return Summary(algorithm=options.algorithm)
    english = {s.id: s.translation for s in analysis.sentences if s.translation is not None}
    rank_on = options.rank_on if english else "source"
    length = options.length if options.length is not None else DEFAULT_LENGTH
    ids = summarize(article, algorithm=options.algorithm, length=length,
                    english=english or None, rank_on=rank_on)
    in_english = bool(ids) and all(i in english for i in ids)
    texts = _summary_english(analysis, ids) if in_english else [article.sentences[i].text for i in ids]
    return Summary(sentence_ids=list(ids), text=" ".join(texts), algorithm=options.algorithm,
                   english=in_english)


def _summary_english(analysis: Analysis, ids: Sequence[int]) -> list[str]:
    """The English of the chosen sentences; a sentence whose English is another's (imported
    English, see ``apply_english``) gives that sentence's English, once."""
    texts, used = [], set()
    for i in ids:
        owner = analysis.sentences[i].english_with
        owner = i if owner is None else owner
        english = analysis.sentences[owner].translation
        if owner not in used and english:
            texts.append(english)
        used.add(owner)
    return texts


def analyze(article: Article, options: Options | None = None, *,
            engine: Engine | None = None) -> Analysis:
    """The whole analysis, blocking: what ``main.py analyze`` prints."""
    options = options or Options()
    analysis = analyse_source(article, options, engine=engine)
    if not options.translate or not analysis.translation.model:
        return analysis
    for result in translate_sentences(article, engine=engine):
        apply_translation(analysis, result)
    recheck(article, analysis)
    fill_quotes(article, analysis, engine=engine)
    analysis.summary = update_summary(analysis, article, options)
    analysis.notes += storage_notes(engine)  # a write that failed while translating
    return analysis


# ------------------------------------------------------------------ checks


def make_checker(article: Article, analysis: Analysis) -> Checker:
    """A summarize.checks.Checker over this analysis, for ``apply_translation(..., checker=)``."""
    from dragoman.summarize.checks import Checker

    return Checker(article, analysis)


def recheck(article: Article, analysis: Analysis) -> None:
    """Check every translated sentence afresh (names, numbers, places, copies, score, length):
    after a whole translation, after an import, and at the end of ``analyze``."""
    checker = make_checker(article, analysis)
    checker.check_all()
    _check_shared_lines(checker, analysis)


_ADDED = frozenset({CHECK_NAME_ADDED, CHECK_NUMBER_ADDED, CHECK_PLACE_ADDED})
_MISSING = frozenset({CHECK_NAME_MISSING, CHECK_NUMBER_MISSING, CHECK_PLACE_MISSING})


def _check_shared_lines(checker: Checker, analysis: Analysis) -> None:
    """Checks for imported English lines that cover several sentences (``english_with``): the
    line's English is checked against each of its sentences; what any of them lacks is missing,
    and only what none of them has is added. All of it goes on the first sentence; the others,
    whose English is that one's, carry none."""
    shared: dict[int, list[int]] = {}
    for sentence in analysis.sentences:
        if sentence.english_with is not None:
            shared.setdefault(sentence.english_with, []).append(sentence.id)
    for owner_id, others in shared.items():
        owner = analysis.sentences[owner_id]
        lacks: list[Check] = []
        added = {c.detail for c in owner.checks if c.kind in _ADDED}
        for sid in others:
            sentence = analysis.sentences[sid]
            sentence.translation = owner.translation
            found = checker.check(sid)
            lacks += [c for c in found if c.kind in _MISSING]
            added &= {c.detail for c in found if c.kind in _ADDED}
            sentence.translation, sentence.checks, sentence.flags = "", [], []
        kept = [c for c in owner.checks if c.kind not in _ADDED or c.detail in added]
        owner.checks = list({(c.kind, c.detail): c for c in kept + lacks}.values())
        owner.flags = list(dict.fromkeys(c.kind for c in owner.checks))


# ------------------------------------------------------------------ a person's own English


def apply_english(article: Article, analysis: Analysis, lines: Sequence[str], name: str,
                  options: Options | None = None) -> None:
    """Put the English of ``lines`` (from ``read_english``: one per non-empty source line) where a
    model's translation goes: sentences, quotes and summary, then the same checks.

    A source line of one sentence gets its English line. A line of several sentences has its
    English split with the English sentence splitter and mapped one to one when the counts agree;
    otherwise the line's first sentence gets the whole English line and each other sentence of
    the line gets the translation "" with ``english_with`` set to that first sentence's id (it has
    English, in its neighbour), so nothing is flagged empty or missing for it.
    """
    from dragoman.article.sentences import split_sentences
    from dragoman.translate.flags import translation_flags

    for ids, english in zip(source_lines(article), lines):
        parts = [s.text for s in split_sentences(english, TARGET)] if len(ids) > 1 else [english]
        if len(parts) != len(ids):
            parts = [english] + [""] * (len(ids) - 1)
        for sid, text in zip(ids, parts):
            sentence = analysis.sentences[sid]
            sentence.translation, sentence.pieces, sentence.score, sentence.checks = text, [], None, []
            sentence.english_with = ids[0] if (text == "" and sid != ids[0]) else None
            sentence.flags = [] if sentence.english_with is not None else translation_flags(sentence.text, text)
    analysis.translation = TranslationInfo(model=f"English from {name}", demo=False, complete=True,
                                           route=[article.code, TARGET], family="file", english_file=name)
    analysis.notes = [n for n in analysis.notes if not _about_models(n)]
    recheck(article, analysis)
    fill_quotes(article, analysis)
    analysis.summary = update_summary(analysis, article, options or Options())


def _about_models(note: str) -> bool:
    """A note that only said no model was installed or asked for, which imported English answers."""
    return note == "Translation was not requested." or note.startswith("No ") and note.endswith(" model installed.")


def analyze_with_english(article: Article, english_path: str, options: Options | None = None) -> Analysis:
    """The analysis with the person's English from ``english_path`` instead of a model's (no model
    runs); raises EnglishFileError when the file does not fit the article."""
    from pathlib import Path

    lines = read_english(english_path, article)
    options = options or Options()
    analysis = analyse_source(article, Options(algorithm=options.algorithm, length=options.length,
                                               rank_on=options.rank_on, translate=False))
    apply_english(article, analysis, lines, Path(english_path).name, options)
    return analysis
