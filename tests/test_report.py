"""article/report.py: the honest text of copies and of the command line's report, on analyses the
real pipeline builds (the demo engine, a copied package that is not demo, no model at all)."""

from __future__ import annotations

from pathlib import Path

import pytest
from copied_package import copy_demo_package

from dragoman import article, pipeline
from dragoman.article.analysis import CHECK_COPY, CHECK_NAME_MISSING, CHECK_NUMBER_MISSING, CHECK_PLACE_ADDED, Check
from dragoman.article.report import (
    DEMO_NOTE,
    NO_ENGLISH_NOTE,
    english_note,
    format_report,
    official_for_copy,
    quote_for_copy,
    summary_for_copy,
)
from dragoman.translate.cache import TranslationCache
from dragoman.translate.engine import Engine

SAMPLES = Path(__file__).resolve().parent.parent / "dragoman" / "resources" / "samples"
KK = SAMPLES / "kk-official-visit.txt"


@pytest.fixture
def demo_engine(tmp_path: Path) -> Engine:
    made = Engine(cache=TranslationCache(tmp_path / "cache.sqlite"))
    yield made
    made.close()


@pytest.fixture
def real_engine(tmp_path: Path) -> Engine:
    """One installed kk→en package that is not a demo (a copied demo model)."""
    info = copy_demo_package("kk", tmp_path / "packages")
    made = Engine(packages=lambda: [info], cache=TranslationCache(tmp_path / "real.sqlite"))
    yield made
    made.close()


@pytest.fixture
def no_models(tmp_path: Path) -> Engine:
    return Engine(packages=lambda: [], cache=TranslationCache(tmp_path / "empty.sqlite"))


def kk_analysis(engine: Engine):
    return pipeline.analyze(article.load(str(KK)), engine=engine)


def test_real_unflagged_english_has_no_note_and_flagged_english_names_its_checks(real_engine: Engine) -> None:
    analysis = kk_analysis(real_engine)
    assert analysis.translation.demo is False and analysis.translation.model
    for s in analysis.sentences:  # whatever the checks said, start from clean English
        s.flags, s.checks = [], []
    assert english_note(analysis, [0, 1]) == ""
    analysis.sentences[1].checks = [Check(CHECK_NAME_MISSING, "Ding Xuexiang is not in the English."),
                                    Check(CHECK_NUMBER_MISSING, "The number 1,395 is not in the English.")]
    analysis.sentences[1].flags = [CHECK_NAME_MISSING, CHECK_NUMBER_MISSING]
    assert english_note(analysis, [0, 1]) == "check: Ding Xuexiang missing, 1,395 missing"
    assert english_note(analysis, [0]) == ""


def test_a_long_list_of_problems_is_cut_to_three_and_a_count(real_engine: Engine) -> None:
    analysis = kk_analysis(real_engine)
    for s in analysis.sentences:
        s.flags, s.checks = [], []
    analysis.sentences[2].checks = [Check(CHECK_NUMBER_MISSING, f"The number {n} is not in the English.")
                                    for n in (11, 12, 13)]
    analysis.sentences[3].checks = [Check(CHECK_PLACE_ADDED, "Paris is in the English but not in the source."),
                                    Check(CHECK_COPY, "Sentence 7 has the same English.")]
    note = english_note(analysis, [2, 3])
    assert note == "check: 11 missing, 12 missing, 13 missing and 2 more"


def test_engine_flags_without_a_check_still_make_a_note(real_engine: Engine) -> None:
    analysis = kk_analysis(real_engine)
    for s in analysis.sentences:
        s.flags, s.checks = [], []
    analysis.sentences[0].flags = ["untranslated"]
    assert english_note(analysis, [0]) == "check: untranslated"


def test_demo_english_always_carries_the_demo_note(demo_engine: Engine) -> None:
    analysis = kk_analysis(demo_engine)
    assert analysis.translation.demo
    ids = analysis.summary.sentence_ids
    assert english_note(analysis, ids).startswith(DEMO_NOTE)
    copy = summary_for_copy(analysis)
    assert copy.startswith(analysis.summary.text + "\n")
    assert f"— English by {analysis.translation.model}" in copy and DEMO_NOTE in copy


def test_no_english_yet_when_a_sentence_has_none(demo_engine: Engine) -> None:
    doc = article.load(str(KK))
    analysis = pipeline.analyse_source(doc, engine=demo_engine)  # the model exists, no English yet
    assert english_note(analysis, [0]) == NO_ENGLISH_NOTE
    copy = summary_for_copy(analysis)
    assert copy.endswith("— source language, not translated (no English yet)")
    quote = quote_for_copy(analysis, analysis.quotes[0])
    assert analysis.quotes[0].text in quote and "not translated (no English yet)" in quote


def test_without_any_model_copies_say_the_text_is_not_translated(no_models: Engine) -> None:
    analysis = kk_analysis(no_models)
    copy = summary_for_copy(analysis)
    assert copy.endswith("\n— source language, not translated")
    assert "English by" not in copy


def test_a_quote_copy_has_speaker_english_model_note_and_source(real_engine: Engine) -> None:
    analysis = kk_analysis(real_engine)
    quote = analysis.quotes[0]
    official = analysis.officials[quote.official]
    for s in analysis.sentences:
        s.flags, s.checks = [], []
    missing = Check(CHECK_NUMBER_MISSING, "The number 18,5 is not in the English.")
    analysis.sentences[quote.sentence_ids[0]].checks = [missing]
    lines = quote_for_copy(analysis, quote).split("\n")
    assert lines[0] == f"{official.name_en}, {official.title_en}:"
    assert lines[1] == f"“{quote.translation}”"
    assert lines[2] == f"— English by {analysis.translation.model} (check: 18,5 missing)"
    assert lines[3] == f"As written: “{quote.text}”"


def test_an_official_copy_has_english_name_title_and_the_source_spelling(real_engine: Engine) -> None:
    analysis = kk_analysis(real_engine)
    official = analysis.officials[1]
    text = official_for_copy(analysis, official)
    first, second = text.split("\n")
    assert first.startswith(f"{official.name_en}, {official.title_en}")
    assert second == f"As written: {official.name}, {official.title}"


def test_english_article_copies_say_source_language(no_models: Engine) -> None:
    analysis = pipeline.analyze(article.load(str(SAMPLES / "en-summit.txt")), engine=no_models)
    assert summary_for_copy(analysis).endswith("\n— source language, not translated")
    quote = quote_for_copy(analysis, analysis.quotes[0])
    assert quote.split("\n")[1] == f"“{analysis.quotes[0].text}”"


def test_report_has_model_header_notes_and_check_details(real_engine: Engine) -> None:
    analysis = kk_analysis(real_engine)
    for s in analysis.sentences:
        s.flags, s.checks = [], []
    quote = analysis.quotes[0]
    flagged = quote.sentence_ids[0]
    analysis.sentences[flagged].checks = [Check(CHECK_NAME_MISSING, "Lorenzo Bianchi is not in the English.")]
    analysis.sentences[flagged].flags = [CHECK_NAME_MISSING]
    analysis.translation.licence = "CC-BY-4.0"
    report = format_report(analysis)
    assert f"Translation: {analysis.translation.model}\n" in report
    assert "licence CC-BY-4.0" in report
    assert f"1 of {len(analysis.sentences)} sentences need checking" in report
    assert "      check: Lorenzo Bianchi is not in the English." in report
    english_line = f"      English: {quote.translation}\n      note: check: Lorenzo Bianchi missing"
    assert english_line in report


def test_demo_report_says_every_sentence_needs_checking(demo_engine: Engine) -> None:
    analysis = kk_analysis(demo_engine)
    report = format_report(analysis)
    count = len(analysis.sentences)
    assert f"{count} of {count} sentences need checking" in report
    assert f"  note: {DEMO_NOTE}" in report


def test_imported_english_is_credited_to_its_file() -> None:
    english = Path(__file__).resolve().parent / "data" / "english" / "ru-briefing.en.txt"
    doc = article.load(str(SAMPLES / "ru-briefing.txt"))
    analysis = pipeline.analyze_with_english(doc, str(english))
    for s in analysis.sentences:
        s.flags, s.checks = [], []
    assert summary_for_copy(analysis).endswith("\n— English from ru-briefing.en.txt")
    quote = quote_for_copy(analysis, analysis.quotes[0]).split("\n")
    assert quote[1] == f"“{analysis.quotes[0].translation}”"
    assert quote[2] == "— English from ru-briefing.en.txt"
    report = format_report(analysis)
    assert "Translation: English from ru-briefing.en.txt\n" in report
    assert f"0 of {len(analysis.sentences)} sentences need checking" in report


def test_a_quote_translated_alone_says_so(real_engine: Engine) -> None:
    analysis = kk_analysis(real_engine)
    for s in analysis.sentences:
        s.flags, s.checks = [], []
    quote = analysis.quotes[0]
    assert quote.english_source == "sentences"
    assert "translated alone" not in quote_for_copy(analysis, quote)
    quote.english_source = "own"
    assert quote_for_copy(analysis, quote).split("\n")[2].endswith("(the quote translated alone)")
    assert "      note: the quote translated alone" in format_report(analysis)
