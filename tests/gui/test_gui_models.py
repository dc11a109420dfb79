"""The panels' item models pass Qt's model tester and show exactly the data they are given."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from dragoman.article.analysis import Mention, Official, Quote, SentenceResult
from dragoman.gui.models import (
    OBJECT_ROLE,
    SENTENCE_ROLE,
    AvailableModel,
    OfficialsModel,
    PackagesModel,
    QuotesModel,
    SummaryModel,
)
from dragoman.translate import index, manager


def _quotes() -> list[Quote]:
    return [
        Quote(text="– Біз ынтымақтастықты дамытамыз, – деді Президент.", start=10, end=60,
              speaker="Қасым-Жомарт Тоқаев", speaker_en="Kassym-Jomart Tokayev", translation="We will develop.",
              official=0, sentence_ids=[2]),
        Quote(text="\"نعمل معا\"", start=80, end=90, speaker=None, speaker_en=None, translation=None,
              sentence_ids=[]),
    ]


def _officials() -> list[Official]:
    return [
        Official(name="Қасым-Жомарт Тоқаев", name_en="Kassym-Jomart Tokayev", title="Президент",
                 title_en="President of Kazakhstan", organisation="Kazakhstan",
                 mentions=[Mention(0, 19, "Қасым-Жомарт Тоқаев"), Mention(40, 47, "Тоқаевқа")]),
        Official(name="Ding Xuexiang", name_en="Ding Xuexiang", mentions=[Mention(5, 18, "Ding Xuexiang")]),
    ]


def test_quotes_model_passes_the_model_tester_and_shows_each_quote(qtmodeltester):
    model = QuotesModel()
    quotes = _quotes()
    model.set_rows(quotes)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2 and model.columnCount() == 3
    assert model.index(0, 0).data() == "Kassym-Jomart Tokayev"
    assert model.index(0, 2).data() == "We will develop."
    assert model.index(1, 0).data() == "Unknown speaker"  # honest, not guessed
    assert model.index(1, 2).data() == "—"
    assert model.index(0, 1).data(OBJECT_ROLE) is quotes[0]
    assert model.index(0, 1).data(SENTENCE_ROLE) == 2
    assert model.index(1, 1).data(SENTENCE_ROLE) is None


def test_officials_model_passes_the_model_tester_and_counts_mentions(qtmodeltester):
    model = OfficialsModel()
    officials = _officials()
    model.set_rows(officials)
    qtmodeltester.check(model, force_py=True)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == \
        ["Name", "As written", "Title", "Country / organisation", "Mentions"]
    assert [model.index(0, c).data() for c in range(5)] == \
        ["Kassym-Jomart Tokayev", "Қасым-Жомарт Тоқаев", "President of Kazakhstan", "Kazakhstan", "2"]
    assert model.index(1, 4).data() == "1"
    assert model.index(1, 0).data(OBJECT_ROLE) is officials[1]


def test_summary_model_prefers_english_and_falls_back_to_the_source(qtmodeltester):
    sentences = [SentenceResult(i, i * 10, i * 10 + 9, f"source {i}", 0) for i in range(4)]
    sentences[3].translation = "english 3"
    model = SummaryModel()
    model.set_summary([3, 1], sentences, english=True)
    qtmodeltester.check(model, force_py=True)
    assert [model.index(r).data() for r in range(2)] == ["english 3", "source 1"]
    assert [model.index(r).data(SENTENCE_ROLE) for r in range(2)] == [3, 1]
    model.set_summary([1, 3], sentences, english=False)
    assert model.plain_text() == "source 1 source 3"
    sentences[1].translation = "english 1"
    model.set_summary([1, 3], sentences, english=True)
    assert model.plain_text() == "english 1 english 3"


def test_models_accept_an_empty_analysis(qtmodeltester):
    for model in (QuotesModel(), OfficialsModel(), PackagesModel()):
        model.set_rows([])
        qtmodeltester.check(model, force_py=True)
        assert model.rowCount() == 0


def test_packages_model_lists_what_the_manager_reports(qtmodeltester):
    packages = manager.list_packages()
    model = PackagesModel()
    model.set_rows(packages)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == len(packages)
    for row, package in enumerate(packages):
        assert package.from_code in model.index(row, 0).data()
        assert model.index(row, 2).data() == package.version
        assert ("demo" in model.index(row, 4).data()) == package.demo
    fake_path = Path("/nonexistent")
    model.set_rows([manager.PackageInfo("x", "Kazakh → English", "kk", "en", "Kazakh", "English", "1.0",
                                        3 * 1024 * 1024, True, True, fake_path)])
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 3).data() == "3.0 MB"
    assert model.index(0, 4).data() == "demo model, bundled"


def test_available_packages_model_shows_the_index_offers(qtmodeltester):
    offers = [index.AvailablePackage("ar", "en", "Arabic", "English", "1.9", ["http://127.0.0.1/x"], "ar-en"),
              index.AvailablePackage("ru", "en", "Russian", "English", "1.7", [], "")]
    model = AvailableModel()
    model.set_rows(offers)
    qtmodeltester.check(model, force_py=True)
    assert [model.index(r, 0).data() for r in range(2)] == ["Arabic → English (ar→en)", "Russian → English (ru→en)"]
    assert [model.index(r, 1).data() for r in range(2)] == ["1.9", "1.7"]
    assert model.index(0, 0).data(OBJECT_ROLE) is offers[0]
