"""Dossiers, the officials list, and corrections that reach names.toml and every stored analysis."""

from __future__ import annotations

import tomllib

import pytest
from library_fixtures import AR_XI, KK_XI, RU_PLAIN, analysed

from dragoman.article.paths import data_home
from dragoman.library import Library, LibraryError

KK_QUOTE = ("Тоқаев кеңесте сөйледі\n"
            "Астана, 9 мамыр 2025 – Kazinform\n\n"
            "Мемлекет басшысы Қасым-Жомарт Тоқаев Қауіпсіздік кеңесінің отырысын өткізді. "
            "«Біз шекарадағы тәртіпті күшейтеміз», – деді Қасым-Жомарт Тоқаев.\n")


@pytest.fixture
def library(tmp_path):
    with Library(tmp_path / "library.sqlite") as lib:
        for name, text in (("kk", KK_XI), ("ar", AR_XI), ("ru", RU_PLAIN), ("kq", KK_QUOTE)):
            doc, analysis = analysed(text, f"/news/{name}.txt")
            lib.store(doc, analysis, source=f"/news/{name}.txt")
        yield lib


@pytest.fixture
def names_file():
    path = data_home() / "names.toml"
    path.unlink(missing_ok=True)
    yield path
    path.unlink(missing_ok=True)
    from dragoman.summarize.names import refresh_user_table

    refresh_user_table()


def test_dossier_by_any_spelling(library):
    for name in ("Xi Jinping", "Си Цзиньпин", "شي جين بينغ"):
        dossier = library.dossier(name)
        assert dossier.name_en == "Xi Jinping"
        assert set(dossier.names) == {"Си Цзиньпин", "شي جين بينغ"}
        assert [a.source for a in dossier.articles] == ["/news/ar.txt", "/news/kk.txt"]  # newest day first
        assert dossier.articles[0].date == "2025-04-07" and dossier.articles[0].outlet == "واس"
        assert dossier.articles[1].title_as_stated == "Қытай Төрағасы"
        assert "President of China" in dossier.titles_en
    assert ("Kassym-Jomart Tokayev", 1) in library.dossier("Xi Jinping").companions


def test_dossier_quotes_are_the_persons_own(library):
    dossier = library.dossier("Kassym-Jomart Tokayev")
    assert len(dossier.articles) == 2
    assert [q.text for q in dossier.quotes] == ["Біз шекарадағы тәртіпті күшейтеміз"]
    assert dossier.quotes[0].source == "/news/kq.txt" and dossier.quotes[0].date == "2025-05-09"
    assert library.dossier("Xi Jinping").quotes == []


def test_dossier_of_a_stranger_is_one_sentence(library):
    with pytest.raises(LibraryError, match="No article in the library mentions Nobody Atall"):
        library.dossier("Nobody Atall")


def test_officials_by_prefix(library):
    everyone = dict(library.officials())
    assert everyone["Kassym-Jomart Tokayev"] == 2 and everyone["Xi Jinping"] == 2
    assert library.officials("xi") == [("Xi Jinping", 2)]
    assert library.officials("Xi", limit=1) == [("Xi Jinping", 2)]


def test_correct_official_everywhere_and_in_names_toml(library, names_file):
    changed = library.correct_official("Си Цзиньпин", name_en="Xi Jinping (PRC)", title_en="Chinese leader")
    assert changed == 2
    with names_file.open("rb") as handle:
        entries = tomllib.load(handle)["official"]
    entry = next(e for e in entries if e["en"] == "Xi Jinping (PRC)")
    assert {"Си Цзиньпин", "شي جين بينغ", "Xi Jinping"} <= set(entry["variants"])
    assert entry["title_en"] == "Chinese leader"
    dossier = library.dossier("شي جين بينغ")
    assert dossier.name_en == "Xi Jinping (PRC)" and dossier.titles_en == ["Chinese leader"]
    for article in dossier.articles:
        stored = library.get(article.id)
        names = [o.name_en for o in stored.analysis.officials]
        assert "Xi Jinping (PRC)" in names and "Xi Jinping" not in names
    assert {h.source for h in library.search("PRC")} == {"/news/kk.txt", "/news/ar.txt"}
    # A later analysis reads the person's names.toml (summarize/names.py re-reads it).
    # the corrected title too, in either script's article
    for text in (KK_XI.replace("келді", "оралды"), AR_XI + "\n"):
        _, later = analysed(text)
        xi = next(o for o in later.officials if o.name_en == "Xi Jinping (PRC)")
        assert xi.title_en == "Chinese leader"


def test_a_damaged_names_toml_is_never_overwritten(library, names_file):
    names_file.write_text("[[official]\nen = ", encoding="utf-8")
    with pytest.raises(LibraryError, match="cannot be read"):
        library.correct_official("Си Цзиньпин", name_en="X")
    assert names_file.read_text(encoding="utf-8") == "[[official]\nen = "
    assert library.dossier("Си Цзиньпин").name_en == "Xi Jinping"
