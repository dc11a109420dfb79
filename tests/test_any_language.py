"""Any language an installed model covers is translated and summarised, even one Dragoman has no
analysis data for (Ukrainian here): a real package in a temporary ARGOS_PACKAGES_DIR, the real
engine and CTranslate2, and `main.py analyze` as a person runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from copied_package import copy_demo_package

from dragoman import article, pipeline
from dragoman.translate.cache import TranslationCache
from dragoman.translate.engine import Engine
from dragoman.translate.manager import list_packages

REPO = Path(__file__).resolve().parent.parent
UKRAINIAN = (
    "Міністр закордонних справ України провів переговори з колегою з Польщі у Варшаві.\n\n"
    "Сторони обговорили питання енергетичної безпеки та розвиток транспортних коридорів. "
    "Після зустрічі міністри підписали спільну заяву про співпрацю.\n\n"
    "Наступна зустріч міністрів відбудеться восени у Києві.\n\n"
    "Польська сторона запропонувала створити спільну робочу групу з питань енергетики.\n"
)


@pytest.fixture
def uk_packages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary ARGOS_PACKAGES_DIR holding one uk→en package (not a demo)."""
    folder = tmp_path / "argos"
    folder.mkdir()
    copy_demo_package("ru", folder, from_code="uk")
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(folder))
    return folder


@pytest.fixture
def engine(uk_packages: Path, tmp_path: Path) -> Engine:
    made = Engine(packages=list_packages, cache=TranslationCache(tmp_path / "cache.sqlite"))
    yield made
    made.close()


def test_ukrainian_is_translated_and_summarised_without_analysis_data(engine: Engine) -> None:
    doc = article.from_text(UKRAINIAN)
    assert doc.code == "uk" and doc.language.supported is False
    analysis = pipeline.analyze(doc, engine=engine)
    assert analysis.language_supported is False
    info = analysis.translation
    assert info.model and info.model.startswith("uk→en") and info.demo is False and info.complete
    assert all(s.translation for s in analysis.sentences)
    summary = analysis.summary
    assert summary.english and 0 < len(summary.sentence_ids) < len(analysis.sentences)
    assert summary.text == " ".join(analysis.sentences[i].translation for i in summary.sentence_ids)
    assert analysis.quotes == [] and analysis.officials == []
    assert "Quotes and officials are not analysed for Ukrainian." in analysis.notes
    assert not any("does not analyse" in note for note in analysis.notes)


def test_without_a_model_ukrainian_still_gets_a_source_summary(tmp_path: Path) -> None:
    engine = Engine(packages=lambda: [], cache=TranslationCache(tmp_path / "none.sqlite"))
    analysis = pipeline.analyze(article.from_text(UKRAINIAN), engine=engine)
    assert analysis.translation.model is None
    assert "No Ukrainian→English model installed." in analysis.notes
    assert analysis.summary.sentence_ids and analysis.summary.english is False
    assert all(s.translation is None for s in analysis.sentences)


def test_cli_translates_ukrainian_with_the_installed_package(uk_packages: Path, tmp_path: Path) -> None:
    path = tmp_path / "uk.txt"
    path.write_text(UKRAINIAN, encoding="utf-8")
    env = os.environ.copy()  # carries the monkeypatched ARGOS_PACKAGES_DIR
    result = subprocess.run([sys.executable, str(REPO / "main.py"), "analyze", str(path), "--json"],
                            capture_output=True, text=True, timeout=120, env=env, cwd=REPO)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["language"] == "uk" and data["language_supported"] is False
    assert data["translation"]["model"].startswith("uk→en") and data["translation"]["complete"] is True
    assert all(s["translation"] for s in data["sentences"])
    assert data["summary"]["english"] is True
    assert "note: Quotes and officials are not analysed for Ukrainian." in result.stderr
