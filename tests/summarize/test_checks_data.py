"""The checks' data and parts: number reading, the gazetteers, faithful English of the tuning
set, planted errors, English attached by line, and the real demo engine's English."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from dragoman import article, pipeline
from dragoman.article.analysis import CHECK_NAME_MISSING, CHECK_NUMBER_MISSING, CHECK_PLACE_ADDED, CHECK_PLACE_MISSING
from dragoman.summarize.checks import Checker
from dragoman.summarize.english_lines import attach_english, split_english
from dragoman.summarize.gazetteer import places_in
from dragoman.summarize.numbers import numbers_in

REPO = Path(__file__).resolve().parents[2]
ENGLISH = REPO / "tests" / "data" / "english"
INDEX = tomllib.loads((ENGLISH / "index.toml").read_text(encoding="utf-8"))["english"]


def values(text: str, language: str) -> list[set[float]]:
    return [set(n.values) for n in numbers_in(text, language) if not n.weak]


@pytest.mark.parametrize("text, language, expected", [
    ("1,395 оқылды", "kk", [{1395.0, 1.395}]),
    ("1 395 человек", "ru", [{1395.0}]),
    ("1,5 млрд", "kk", [{1.5e9}]),
    ("1.5 billion", "en", [{1.5e9}]),
    ("١٬٣٩٥ و٢٢ نوفمبر", "ar", [{1395.0}, {22.0}, {11.0}]),
    ("22 қараша", "kk", [{22.0}, {11.0}]),
    ("on November 22, 2023", "en", [{22.0}, {11.0}, {2023.0}]),
    ("11-отырысы", "kk", [{11.0}]),
    ("the 11th meeting", "en", [{11.0}]),
    ("15% и 2020–2025", "ru", [{15.0}, {2020.0}, {2025.0}]),
    ("twenty-five and three hundred", "en", [{25.0}, {300.0}]),
    ("жиырма бес", "kk", [{25.0}]),
    ("خمسة وعشرين", "ar", [{25.0}]),
    ("22.11.2023", "ru", [{22.0}, {11.0}, {2023.0}]),
])
def test_numbers_are_read_in_each_languages_style(text, language, expected):
    assert values(text, language) == expected


def test_small_number_words_are_weak_and_common_words_are_no_numbers():
    assert [n.weak for n in numbers_in("екі ел", "kk")] == [True]
    assert numbers_in("онда оны бірге", "kk") == [] or all(n.weak for n in numbers_in("онда оны бірге", "kk"))
    assert numbers_in("It may rain in March.", "en") == []  # a month counts only beside a number


@pytest.mark.parametrize("text, language, ids", [
    ("Қытайдың ҚХР-дың қытайлық Бейжіңге Қазақстандағы", "kk", ["china", "china", "china", "beijing", "kazakhstan"]),
    ("والصين للصين الصينية بكين للأمم المتحدة", "ar", ["china", "china", "china", "beijing", "un"]),
    ("Китая китайской в Пекине Астане ООН", "ru", ["china", "china", "beijing", "astana", "un"]),
    ("Kazakhstan's US the Shanghai Cooperation Organisation us china", "en", ["kazakhstan", "united_states", "sco"]),
])
def test_the_gazetteers_find_inflected_forms_and_longest_names(text, language, ids):
    assert [sorted(found)[0] for found in places_in(text, language)] == ids


@pytest.mark.parametrize("text, language", [
    ("Делегация елге оралды.", "kk"),  # returned, not Oral
    ("Врач осмотрел вену.", "ru"),  # a vein, not Vienna
    ("They served turkey on fine china.", "en"),
    ("Ерлан Қарин Мемлекеттік кеңесші болып тағайындалды.", "kk"),
])
def test_common_words_that_look_like_places_are_no_places(text, language):
    assert places_in(text, language) == []


def test_every_gazetteer_shares_the_english_ids_and_covers_the_regions_news():
    lang = REPO / "dragoman" / "resources" / "lang"
    english = tomllib.loads((lang / "en" / "places.toml").read_text(encoding="utf-8"))["places"]
    for code in ("kk", "ar", "ru"):
        places = tomllib.loads((lang / code / "places.toml").read_text(encoding="utf-8"))["places"]
        assert set(places) <= set(english), code
        assert len(places) >= 170, code  # ~85 countries, ~65 cities, ~35 bodies and regions
    assert all(forms for forms in english.values())


def test_english_lines_split_into_sentences_keep_initials():
    assert split_english("ROME, 21 November. Minister S.V. Lavrov spoke. “We agreed,” he said.") == \
        ["ROME, 21 November.", "Minister S.V. Lavrov spoke.", "“We agreed,” he said."]


def _faithful(entry: dict):
    source = REPO / entry["source"]  # a shared seed is named by its absolute path
    if not source.is_file() and not source.is_relative_to(REPO):
        pytest.skip(f"{source} is not beside this clone")
    doc = article.load(str(source))
    analysis = pipeline.analyse_source(doc, pipeline.Options(translate=False))
    lines = [line for line in (ENGLISH / entry["file"]).read_text(encoding="utf-8").split("\n") if line.strip()]
    attach_english(doc, analysis, lines)
    return doc, analysis


def test_the_index_names_existing_sources_and_a_held_out_set_per_language():
    held = {Path(e["source"]).parent.name for e in INDEX if e["set"] == "heldout"}
    assert held == {"kk", "ar", "ru"}
    assert len([e for e in INDEX if e["set"] == "tuning"]) >= 6
    for entry in [e for e in INDEX if (REPO / e["source"]).is_relative_to(REPO) or (REPO / e["source"]).is_file()]:
        source = [line for line in (REPO / entry["source"]).read_text(encoding="utf-8").split("\n") if line.strip()]
        english = [line for line in (ENGLISH / entry["file"]).read_text(encoding="utf-8").split("\n") if line.strip()]
        assert len(source) == len(english), entry["file"]


@pytest.mark.parametrize("entry", [e for e in INDEX if e["set"] == "tuning"], ids=lambda e: e["file"])
def test_faithful_english_of_the_tuning_set_is_not_flagged(entry):
    doc, analysis = _faithful(entry)
    Checker(doc, analysis).check_all()
    translated = [s for s in analysis.sentences if s.translation]
    flagged = [(s.id, [c.detail for c in s.checks]) for s in translated if s.checks]
    assert len(translated) >= 5
    assert len(flagged) <= len(translated) // 20, flagged  # at most 5 %


def test_english_attached_by_line_covers_the_lines_other_sentences(article_of):
    text = "Тараптар Қытаймен келісті. Бұл 2024 жылы болды.\nКездесу Астанада өтті.\n"
    doc = article_of(text, "kk")
    analysis = pipeline.analyse_source(doc, pipeline.Options(translate=False))
    assert len(analysis.sentences) == 3
    attach_english(doc, analysis,
                   ["The parties agreed with China; this happened in 2024.", "The meeting was in Astana."])
    assert analysis.sentences[1].translation == ""
    Checker(doc, analysis).check_all()
    assert [s.flags for s in analysis.sentences] == [[], [], []]
    with pytest.raises(ValueError, match="2 non-empty lines and the English has 1"):
        attach_english(doc, analysis, ["One line."])


def _plants(english: str, name: str | None) -> dict[str, tuple[str, set[str]]]:
    """Errors planted by rule, each with the kinds that must catch it."""
    city = next(c for c in ("Cairo", "Tokyo", "Paris") if c not in english)
    plants = {"city added": (english.rstrip(".") + f" in {city}.", {CHECK_PLACE_ADDED})}
    if name and name in english:
        plants["person dropped"] = (english.replace(name, "the official"), {CHECK_NAME_MISSING})
    number = re.search(r"\b\d+\b", english)
    if number:
        plants["number dropped"] = (english[: number.start()] + english[number.end():], {CHECK_NUMBER_MISSING})
    country = re.search(r"\b(Kazakhstan|China|Uzbekistan|Russia|Jordan|Italy)\b", english)
    if country:
        plants["country swapped"] = (english[: country.start()] + "Brazil" + english[country.end():],
                                     {CHECK_PLACE_MISSING, CHECK_PLACE_ADDED})
    return plants


def test_planted_errors_in_faithful_english_are_caught():
    caught, total = 0, 0
    for entry in [e for e in INDEX if e["set"] == "tuning" and (REPO / e["source"]).is_file()]:
        doc, analysis = _faithful(entry)
        checker = Checker(doc, analysis)
        checker.check_all()
        names = [o.name_en for o in analysis.officials]
        for sentence in [s for s in analysis.sentences if s.translation and not s.checks]:
            english = sentence.translation
            name = next((n for n in names if n in english), None)
            for text, kinds in _plants(english, name).values():
                sentence.translation = text
                total += 1
                caught += bool({c.kind for c in checker.check(sentence.id)} & kinds)
            sentence.translation = english
    assert total >= 60
    assert caught >= 0.95 * total


def test_the_demo_models_invented_english_of_a_seed_is_flagged(seeds_dir):
    from dragoman.translate.bundled import ensure_demo_packages
    from dragoman.translate.engine import Engine
    from dragoman.translate.manager import read_package

    demos = [read_package(folder, bundled=True) for folder in ensure_demo_packages()]
    engine = Engine(packages=lambda: [d for d in demos if d is not None], cache=None)
    doc = article.load(str(seeds_dir / "000_4e29ef8c0546d831.txt"))
    analysis = pipeline.analyze(doc, pipeline.Options(), engine=engine)
    Checker(doc, analysis).check_all()
    first = analysis.sentences[0]
    assert first.translation
    assert "Ding Xuexiang is not in the English." in [c.detail for c in first.checks]
    translated = [s for s in analysis.sentences if s.translation]
    assert sum(bool(s.checks) for s in translated) >= len(translated) // 2
