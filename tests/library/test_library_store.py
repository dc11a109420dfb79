"""The library's storage: round trips, idempotent stores, listing, search across scripts."""

from __future__ import annotations

import json
import sqlite3

import pytest
from library_fixtures import AR_XI, EN_WIRE, KK_XI, RU_PLAIN, analysed

from dragoman import article, pipeline
from dragoman.article.paths import RESOURCES
from dragoman.library import Library, LibraryError
from dragoman.library.codec import analysis_from_json
from dragoman.library.store import MIGRATIONS

SAMPLES = sorted((RESOURCES / "samples").glob("*.txt"))


@pytest.fixture
def library(tmp_path):
    with Library(tmp_path / "library.sqlite") as lib:
        yield lib


@pytest.fixture(scope="module")
def sample_analyses():
    """Each sample with the bundled demo model's English (real translations, checks, quotes)."""
    found = []
    for path in SAMPLES:
        doc = article.load(str(path))
        found.append((path, doc, pipeline.analyze(doc)))
    return found


def test_there_are_samples_with_officials_and_quotes(sample_analyses):
    assert len(sample_analyses) >= 4
    assert sum(len(a.officials) for _, _, a in sample_analyses) >= 4
    assert sum(len(a.quotes) for _, _, a in sample_analyses) >= 4


def test_codec_round_trip_is_exact(sample_analyses):
    for _, _, analysis in sample_analyses:
        data = analysis.to_json()
        rebuilt = analysis_from_json(json.loads(json.dumps(data, ensure_ascii=False)))
        assert rebuilt == analysis
        assert rebuilt.to_json() == data


def test_codec_refuses_what_is_not_an_analysis():
    with pytest.raises(ValueError):
        analysis_from_json({"sentences": []})
    with pytest.raises(ValueError):
        analysis_from_json({"language": "kk", "sentences": [{"nonsense": 1}]})


def test_store_get_gives_back_the_analysis_and_the_article(library, sample_analyses):
    for path, doc, analysis in sample_analyses:
        article_id = library.store(doc, analysis, source=str(path), models_key="m", data_version="d")
        stored = library.get(article_id)
        assert stored.analysis == analysis
        assert stored.text == doc.text
        assert stored.article.sentences == doc.sentences
        assert stored.article.paragraphs == doc.paragraphs
        assert stored.article.language == doc.language
        assert stored.source == str(path)
        assert all(doc.text[s.start:s.end] == s.text for s in stored.article.sentences)
    assert library.count() == len(sample_analyses)


def test_sample_titles_dates_and_outlets(library, sample_analyses):
    by_name = {}
    for path, doc, analysis in sample_analyses:
        by_name[path.name] = library.get(library.store(doc, analysis, source=str(path)))
    kk = by_name["kk-official-visit.txt"]
    assert kk.title == "Қасым-Жомарт Тоқаев Италия Сыртқы істер министрі Лоренцо Бианкиді қабылдады"
    assert kk.date == "2025-03-14"
    assert by_name["ar-talks.txt"].date == "2025-03-10"
    assert by_name["ru-briefing.txt"].date == "2025-09-12"
    assert kk.officials == len(kk.analysis.officials) > 0


def test_same_content_same_keys_is_one_row_with_a_new_read_at(library):
    doc, analysis = analysed(RU_PLAIN, "a.txt")
    first = library.store(doc, analysis, source="a.txt", models_key="m1", data_version="d1")
    read_at = library.get(first).read_at
    second = library.store(doc, analysis, source="b.txt", models_key="m1", data_version="d1")
    assert second == first and library.count() == 1
    assert library.get(first).read_at >= read_at
    assert library.is_current(library.get(first).content_hash, "m1", "d1")
    assert not library.is_current(library.get(first).content_hash, "m2", "d1")
    assert len(library.search("школу")) == 1


def test_same_content_other_models_replaces_the_analysis(library):
    doc, plain = analysed(KK_XI, "kk.txt")
    first = library.store(doc, plain, source="kk.txt", models_key="untranslated", data_version="d")
    _, translated = analysed(KK_XI, "kk.txt", translate=True)
    assert translated.translation.model  # the bundled demo model translates Kazakh
    second = library.store(doc, translated, source="kk.txt", models_key="argos:demo", data_version="d")
    assert second == first and library.count() == 1
    stored = library.get(first)
    assert stored.analysis == translated and stored.models_key == "argos:demo"
    assert library.db.query("SELECT count(*) FROM fts")[0][0] == 1
    assert library.db.query("SELECT count(*) FROM officials")[0][0] == len(translated.officials)


def test_find_by_source_and_hash(library):
    doc, analysis = analysed(EN_WIRE, "/news/ferry.txt")
    article_id = library.store(doc, analysis, source="/news/ferry.txt")
    assert library.find(source="/news/ferry.txt") == article_id
    assert library.find(content_hash=library.get(article_id).content_hash) == article_id
    assert library.find(source="/news/other.txt") is None


def test_get_missing_is_one_sentence(library):
    with pytest.raises(LibraryError, match="no article 42"):
        library.get(42)


def test_xi_jinping_finds_every_script(library):
    ids = {}
    for name, text in (("kk", KK_XI), ("ar", AR_XI), ("ru", RU_PLAIN), ("en", EN_WIRE)):
        doc, analysis = analysed(text, f"{name}.txt")
        ids[name] = library.store(doc, analysis, source=f"{name}.txt")
    hits = library.search("Xi Jinping")
    assert {h.id for h in hits} == {ids["kk"], ids["ar"]}
    by_id = {h.id: h for h in hits}
    assert "[Си] [Цзиньпин]" in by_id[ids["kk"]].snippet
    assert "[شي] [جين] [بينغ]" in by_id[ids["ar"]].snippet
    assert [h.id for h in library.search("Xi Jinping", language="ar")] == [ids["ar"]]
    assert library.search("Си Цзиньпин") and {h.id for h in library.search("Си Цзиньпин")} == {ids["kk"], ids["ar"]}


def test_search_ranks_filters_and_dates(library):
    ids = {}
    for name, text in (("kk", KK_XI), ("ar", AR_XI), ("ru", RU_PLAIN), ("en", EN_WIRE)):
        doc, analysis = analysed(text, f"{name}.txt")
        ids[name] = library.store(doc, analysis, source=f"{name}.txt")
    ferry = library.search("ferry")
    assert [h.id for h in ferry] == [ids["en"]]
    assert ferry[0].date == "2025-05-20" and ferry[0].outlet == "Reuters"
    assert ferry[0].title == "Caspian ferry line opens"
    assert [h.id for h in library.search("Xi Jinping", since="2025-04-06")] == [ids["ar"]]
    assert [h.id for h in library.search("Xi Jinping", until="2025-04-06")] == [ids["kk"]]
    assert [h.id for h in library.search("келіссөз", official="Kassym-Jomart Tokayev")] == [ids["kk"]]
    assert library.search("келіссөз", official="Xi Jinping")[0].id == ids["kk"]
    assert library.search("келіссөз", official="Dauren Serikbayev") == []
    assert library.search('"OR" AND NOT (') == []  # operators are words, never FTS syntax errors
    assert library.search("   ") == []
    rows = library.list(language="ru")
    assert [r.id for r in rows] == [ids["ru"]] and rows[0].date == "2024-02-02"
    assert {r.id for r in library.list(official="Си Цзиньпин")} == {ids["kk"], ids["ar"]}
    assert {r.id for r in library.list(since="2025-01-01")} == {ids["kk"], ids["ar"], ids["en"]}
    assert len(library.list(limit=2)) == 2 and len(library.list(limit=2, offset=2)) == 2


def test_schema_version_wal_and_foreign_keys(tmp_path):
    path = tmp_path / "library.sqlite"
    Library(path).close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.execute("PRAGMA user_version = 99")
    db.commit()
    db.close()
    with pytest.raises(LibraryError, match="newer Dragoman"):
        Library(path)
