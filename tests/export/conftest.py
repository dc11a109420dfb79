"""Analyses the export tests share: the bundled Kazakh and Arabic samples, analysed for real
with the bundled demo models (about a second each, once per session), and a real library."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from dragoman import article as article_io
from dragoman import pipeline
from dragoman.article.paths import RESOURCES

SAMPLES = RESOURCES / "samples"


def _analysed(name: str):
    doc = article_io.load(str(SAMPLES / name))
    return doc, pipeline.analyze(doc)


@pytest.fixture(scope="session")
def _kazakh():
    return _analysed("kk-official-visit.txt")


@pytest.fixture(scope="session")
def _arabic():
    return _analysed("ar-talks.txt")


@pytest.fixture
def kazakh(_kazakh):
    """(Article, Analysis) of the Kazakh sample; a copy, so a test may change it."""
    return copy.deepcopy(_kazakh)


@pytest.fixture
def arabic(_arabic):
    return copy.deepcopy(_arabic)


@pytest.fixture
def library(tmp_path: Path, _kazakh, _arabic):
    """A real library file holding both samples; yields (Library, kazakh id, arabic id)."""
    from dragoman.library import Library

    with Library(tmp_path / "library.sqlite") as lib:
        kk_id = lib.store(*_kazakh, source=_kazakh[0].source)
        ar_id = lib.store(*_arabic, source=_arabic[0].source)
        yield lib, kk_id, ar_id
