"""pipeline.py composes the real article core, translation engine and analysis."""

from __future__ import annotations

from pathlib import Path

import pytest

from dragoman import article, pipeline
from dragoman.translate.cache import TranslationCache
from dragoman.translate.engine import Engine

SAMPLES = Path(__file__).resolve().parent.parent / "dragoman" / "resources" / "samples"


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    """The real engine over the bundled demo packages, with its own SQLite cache."""
    made = Engine(cache=TranslationCache(tmp_path / "cache.sqlite"))
    yield made
    made.close()


@pytest.fixture
def no_models(tmp_path: Path) -> Engine:
    return Engine(packages=lambda: [], cache=TranslationCache(tmp_path / "empty.sqlite"))


def test_kazakh_article_is_translated_by_the_demo_model_and_the_summary_is_english(engine: Engine) -> None:
    doc = article.load(str(SAMPLES / "kk-official-visit.txt"))
    analysis = pipeline.analyze(doc, engine=engine)
    assert analysis.language == "kk"
    assert analysis.translation.demo is True and analysis.translation.model
    assert analysis.translation.complete is True
    assert all(s.translation for s in analysis.sentences)
    summary = analysis.summary
    assert summary.sentence_ids and summary.english
    assert summary.text == " ".join(analysis.sentences[i].translation for i in summary.sentence_ids)
    assert analysis.quotes and all(q.translation for q in analysis.quotes)


def test_streaming_then_finishing_gives_what_analyze_gives(engine: Engine) -> None:
    doc = article.load(str(SAMPLES / "ar-talks.txt"))
    options = pipeline.Options()
    whole = pipeline.analyze(doc, options, engine=engine)

    streamed = pipeline.analyse_source(doc, options, engine=engine)
    assert all(s.translation is None for s in streamed.sentences)
    assert streamed.summary.english is False
    seen = []
    checker = pipeline.make_checker(doc, streamed)
    for result in pipeline.translate_sentences(doc, engine=engine):
        pipeline.apply_translation(streamed, result, checker)
        seen.append(result.id)
        checked = streamed.sentences[result.id]
        assert checked.flags == list(dict.fromkeys(c.kind for c in checked.checks))
    assert seen == [s.id for s in doc.sentences]
    pipeline.recheck(doc, streamed)  # the whole translation is in: copies between sentences too
    pipeline.fill_quotes(doc, streamed, engine=engine)
    streamed.summary = pipeline.update_summary(streamed, doc, options)
    assert streamed.to_json() == whole.to_json()


def test_cancel_stops_the_stream_between_batches(engine: Engine) -> None:
    doc = article.load(str(SAMPLES / "ru-briefing.txt"))
    got = []
    for result in pipeline.translate_sentences(doc, engine=engine, cancel=lambda: len(got) >= 1):
        got.append(result)
    assert 1 <= len(got) < len(doc.sentences)


def test_without_a_model_the_reason_is_said_once_and_the_rest_works(no_models: Engine) -> None:
    doc = article.load(str(SAMPLES / "kk-official-visit.txt"))
    analysis = pipeline.analyze(doc, engine=no_models)
    assert all(s.translation is None for s in analysis.sentences)
    assert analysis.translation.model is None and analysis.translation.complete is False
    assert analysis.translation.message == "No Kazakh→English model installed."
    assert analysis.notes.count(analysis.translation.message) == 1
    assert analysis.officials and analysis.quotes and analysis.summary.sentence_ids
    assert analysis.summary.english is False
    assert all(q.translation is None for q in analysis.quotes)


def test_english_needs_no_model_and_is_its_own_translation(no_models: Engine) -> None:
    doc = article.load(str(SAMPLES / "en-summit.txt"))
    analysis = pipeline.analyze(doc, engine=no_models)
    assert all(s.translation == s.text for s in analysis.sentences)
    assert analysis.translation.complete is True
    assert all(q.translation == q.text for q in analysis.quotes)


def test_summary_options_change_the_summary(engine: Engine) -> None:
    doc = article.load(str(SAMPLES / "ru-briefing.txt"))
    analysis = pipeline.analyze(doc, engine=engine)
    two = pipeline.update_summary(analysis, doc, pipeline.Options(algorithm="luhn", length=2))
    assert len(two.sentence_ids) == 2 and two.algorithm == "luhn"
    one = pipeline.update_summary(analysis, doc, pipeline.Options(algorithm="lsa", length=1))
    assert len(one.sentence_ids) == 1


def test_unsupported_language_gets_sentences_and_a_note_but_no_guesswork(no_models: Engine) -> None:
    doc = article.from_text("Прэзідэнт Беларусі сустрэўся з паслом Казахстана ў Мінску. "
                            "Бакі абмеркавалі пытанні гандлю і транспарту.")
    analysis = pipeline.analyze(doc, engine=no_models)
    assert analysis.language_supported is False
    assert analysis.sentences and all(s.translation is None for s in analysis.sentences)
    assert analysis.officials == [] and analysis.quotes == []
    assert any("Belarusian" in note for note in analysis.notes)


def pieced(engine: Engine, doc, sentence_id: int):
    """The engine's translation of one sentence with its pieces, as the engine reports them:
    each single sentence inside it translated by the real model, (start, end, english) relative
    to the sentence, joined with a space."""
    from dragoman.translate.engine import SentenceTranslation
    from dragoman.translate.pieces import split_unit

    sentence = doc.sentences[sentence_id]
    unit = split_unit(sentence.text, doc.code)
    texts = unit.pieces
    english = {r.id: r.translation for r in engine.translate(list(enumerate(texts)), doc.code, "en")}
    pieces, at = [], 0
    for index, text in enumerate(texts):
        start = sentence.text.index(text, at)
        at = start + len(text)
        pieces.append((start, at, english[index]))
    joined = unit.join([english[i] for i in range(len(texts))])
    return SentenceTranslation(sentence_id, joined, [], pieces=pieces, score=-0.25)


def test_apply_translation_keeps_score_and_places_each_piece_in_source_and_english(engine: Engine) -> None:
    doc = article.load(str(SAMPLES / "kk-official-visit.txt"))
    analysis = pipeline.analyse_source(doc, engine=engine)
    sid = analysis.quotes[0].sentence_ids[0]
    result = pieced(engine, doc, sid)
    assert len(result.pieces) >= 2
    pipeline.apply_translation(analysis, result)
    sentence = analysis.sentences[sid]
    assert sentence.score == -0.25 and len(sentence.pieces) == len(result.pieces)
    for piece, (start, end, english) in zip(sentence.pieces, result.pieces):
        assert doc.text[piece.start:piece.end] == doc.sentences[sid].text[start:end]
        assert sentence.translation[piece.en_start:piece.en_end] == english == piece.translation
    starts = [p.en_start for p in sentence.pieces]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)


def test_a_repeated_piece_english_is_found_at_its_own_place() -> None:
    pieces = pipeline.piece_results(100, "Yes. Yes.\nNo.", [(0, 3, "Yes."), (4, 7, "Yes."), (8, 11, "No.")])
    assert [(p.en_start, p.en_end) for p in pieces] == [(0, 4), (5, 9), (10, 13)]
    assert [p.start for p in pieces] == [100, 104, 108]


def test_quote_english_is_the_english_pane_text_of_what_it_covers(engine: Engine) -> None:
    from dragoman.article.analysis import Quote

    doc = article.load(str(SAMPLES / "kk-official-visit.txt"))
    analysis = pipeline.analyse_source(doc, engine=engine)
    sid = analysis.quotes[0].sentence_ids[0]
    pipeline.apply_translation(analysis, pieced(engine, doc, sid))
    sentence = analysis.sentences[sid]
    first, second = sentence.pieces[0], sentence.pieces[1]
    whole = Quote(text=doc.text[sentence.start:sentence.end], start=sentence.start, end=sentence.end)
    two = Quote(text=doc.text[first.start:second.end], start=first.start, end=second.end)
    inner = Quote(text="x", start=second.start + 2, end=second.start + 9)  # far shorter than a piece
    english = pipeline.quote_english(doc, [whole, two, inner], analysis=analysis, engine=engine)
    assert english[0] == (sentence.translation, "sentences")
    assert english[1] == (sentence.translation[first.en_start:second.en_end], "sentences")
    assert english[2][1] == "own" and english[2][0] is not None


def test_found_quotes_get_the_english_of_their_sentences(engine: Engine) -> None:
    doc = article.load(str(SAMPLES / "ru-briefing.txt"))
    analysis = pipeline.analyze(doc, engine=engine)
    assert analysis.quotes
    for quote in analysis.quotes:
        assert quote.english_source == "sentences"
        covered = [analysis.sentences[i].translation for i in quote.sentence_ids]
        assert quote.translation == " ".join(covered)


def test_translate_only_the_ids_asked_for(engine: Engine) -> None:
    doc = article.load(str(SAMPLES / "ru-briefing.txt"))
    got = [r.id for r in pipeline.translate_sentences(doc, ids=[1, 3], engine=engine)]
    assert got == [1, 3]
    assert list(pipeline.translate_sentences(doc, ids=[], engine=engine)) == []


def test_resume_after_cancel_translates_the_rest_and_ends_complete(engine: Engine) -> None:
    doc = article.load(str(SAMPLES / "ar-talks.txt"))
    analysis = pipeline.analyse_source(doc, engine=engine)
    for result in pipeline.translate_sentences(doc, engine=engine, cancel=lambda: True):
        pipeline.apply_translation(analysis, result)
    missing = [s.id for s in analysis.sentences if s.translation is None]
    assert missing and analysis.translation.complete is False
    resumed = []
    for result in pipeline.translate_sentences(doc, ids=missing, engine=engine):
        pipeline.apply_translation(analysis, result)
        resumed.append(result.id)
    assert resumed == missing
    assert analysis.translation.complete is True


def test_analyze_ends_with_every_translated_sentence_checked(engine: Engine) -> None:
    import copy

    doc = article.load(str(SAMPLES / "kk-official-visit.txt"))
    analysis = pipeline.analyze(doc, engine=engine)
    first = analysis.sentences[0]  # Tokayev received Lorenzo Bianchi; the demo English names neither
    details = [c.detail for c in first.checks]
    assert "Kassym-Jomart Tokayev is not in the English." in details
    assert "Lorenzo Bianchi is not in the English." in details
    assert first.flags == list(dict.fromkeys(c.kind for c in first.checks))
    again = copy.deepcopy(analysis)
    pipeline.recheck(doc, again)
    assert again.to_json() == analysis.to_json()


def test_a_checker_given_to_apply_translation_checks_that_sentence(engine: Engine) -> None:
    doc = article.load(str(SAMPLES / "kk-official-visit.txt"))
    analysis = pipeline.analyse_source(doc, engine=engine)
    checker = pipeline.make_checker(doc, analysis)
    result = next(iter(pipeline.translate_sentences(doc, ids=[0], engine=engine)))
    pipeline.apply_translation(analysis, result, checker)
    assert analysis.sentences[0].checks and analysis.sentences[1].checks == []


def test_translation_info_carries_the_plans_family_and_licence(engine: Engine) -> None:
    doc = article.load(str(SAMPLES / "ar-talks.txt"))
    plan = engine.plan("ar", "en")
    info = pipeline.translation_info(doc, engine)
    assert info.model == plan.model and info.demo == plan.demo
    assert (info.family, info.licence) == (getattr(plan, "family", None), getattr(plan, "licence", None))
