"""pipeline.py composes the real article core, translation engine and analysis."""

from __future__ import annotations

from pathlib import Path

import pytest

import article
import pipeline
from translate.cache import TranslationCache
from translate.engine import Engine

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"


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
    for result in pipeline.translate_sentences(doc, engine=engine):
        pipeline.apply_translation(streamed, result)
        seen.append(result.id)
    assert seen == [s.id for s in doc.sentences]
    for quote, english in zip(streamed.quotes, pipeline.quote_translations(doc, streamed.quotes, engine=engine)):
        quote.translation = english
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
