"""Language profiles: every shipped file follows its schema, a misspelt key is an error that
names the file and the key, and the generic analysis modules hold no language's letters."""

from __future__ import annotations

import ast
import unicodedata
from pathlib import Path

import pytest

from dragoman.article.langdata import LANG_DIR, ProfileError, direction, profile, read_language_file
from dragoman.summarize.lexicon import lexicon

SUMMARIZE = Path(__file__).resolve().parents[2] / "dragoman" / "summarize"
# words.py belongs to the summary's speed work (helper `linear`); its normalisation table of
# Arabic and Cyrillic letter variants is listed for the lead to move into the profiles.
NOT_YET_GENERIC = {"words.py"}
SHIPPED = sorted(p.parent.name for p in LANG_DIR.glob("*/analysis.toml"))


def test_the_four_analysed_languages_have_profiles() -> None:
    assert SHIPPED == ["ar", "en", "kk", "ru"]


@pytest.mark.parametrize("code", SHIPPED)
def test_every_shipped_profile_reads_and_says_its_direction(code: str) -> None:
    found = profile(code)
    assert found.direction == ("rtl" if code == "ar" else "ltr")
    assert found.quote_pairs and lexicon(code).titles and lexicon(code).reporting_verbs


def test_direction_of_a_language_without_a_profile_comes_from_its_script() -> None:
    assert direction("fa") == "rtl" and direction("de") == "ltr"


def test_profile_gives_the_arabic_article_and_the_russian_stemmer() -> None:
    assert profile("ar").definite_article == "ال" and lexicon("ar").article == "ال"
    assert profile("ru").stemmer == "RussianStemmer" and profile("en").definite_article == ""


@pytest.mark.parametrize("content, key", [
    ('[officials]\nreporting_verbs = ["said"]\n', "officials.'reporting_verbs'"),
    ('[quote]\npronouns = ["he"]\n', "'quote'"),
    ('[profile]\ndirection = "rtl"\nstemer = "ArabicStemmer"\n', "profile.'stemer'"),
])
def test_a_misspelt_key_is_an_error_naming_the_file_and_the_key(tmp_path: Path, content: str, key: str) -> None:
    path = tmp_path / "analysis.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ProfileError) as error:
        read_language_file(path)
    assert str(path) in str(error.value) and key in str(error.value)


def test_a_value_of_the_wrong_type_or_a_bad_title_entry_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "analysis.toml"
    path.write_text('[quotes]\npronouns = "he"\n', encoding="utf-8")
    with pytest.raises(ProfileError, match="quotes.pronouns must be a list"):
        read_language_file(path)
    path.write_text('[[officials.titles]]\ntext = "minister"\nenglish = "Minister"\n', encoding="utf-8")
    with pytest.raises(ProfileError, match="english"):
        read_language_file(path)
    path.write_text('[profile]\ndirection = "up"\n', encoding="utf-8")
    with pytest.raises(ProfileError, match="ltr or rtl"):
        read_language_file(path)


def test_a_segmentation_file_is_checked_too(tmp_path: Path) -> None:
    path = tmp_path / "segmentation.toml"
    path.write_text('final_marks = ["."]\ndialog_dashes = ["—"]\n', encoding="utf-8")
    with pytest.raises(ProfileError, match="dialog_dashes"):
        read_language_file(path)


def _letter_literals(path: Path) -> list[str]:
    """String literals (not docstrings) of a module that hold Cyrillic or Arabic letters."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
                  and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            letters = [c for c in node.value if unicodedata.category(c).startswith("L")
                       and unicodedata.name(c, "").startswith(("CYRILLIC", "ARABIC"))]
            if letters:
                found.append(f"{path.name}:{node.lineno}: {node.value!r}")
    return found


def test_generic_analysis_modules_hold_no_cyrillic_or_arabic_letters() -> None:
    modules = [p for p in sorted(SUMMARIZE.glob("*.py"))
               if not p.name.startswith("lang_") and p.name not in NOT_YET_GENERIC]
    assert len(modules) > 15
    assert [hit for p in modules for hit in _letter_literals(p)] == []


def test_the_literal_scan_finds_a_letter_in_a_string(tmp_path: Path) -> None:
    module = tmp_path / "sample.py"
    module.write_text('"""Docstring with Мемлекет is fine."""\nSUFFIX = "ов"\nMARK = "،"\n', encoding="utf-8")
    assert _letter_literals(module) == ["sample.py:2: 'ов'"]
