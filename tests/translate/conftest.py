"""Fixtures for translate/ tests: a private argos folder and data home per test, demo packages,
and package files rebuilt with other metadata (for pivots and bad-file cases)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from translate_fixtures import rewrite_package

from dragoman.article.paths import RESOURCES

MODELS = RESOURCES / "models"


@pytest.fixture
def argos_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty argos package folder and Dragoman data home for this test only."""
    folder = tmp_path / "argos-packages"
    folder.mkdir()
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(folder))
    monkeypatch.setenv("DRAGOMAN_HOME", str(tmp_path / "dragoman-home"))
    return folder


@pytest.fixture(scope="session")
def demo_file() -> Callable[[str], Path]:
    def find(pair: str) -> Path:
        path = MODELS / f"{pair}-demo.argosmodel"
        if not path.is_file():
            pytest.fail(f"{path} is missing: run scripts/build_demo_models.py")
        return path

    return find


@pytest.fixture
def make_variant(tmp_path: Path, demo_file: Callable[[str], Path]) -> Callable[..., Path]:
    """A copy of a demo package with other codes/metadata, e.g. make_variant("kk-en", from_code="xx")."""
    counter = iter(range(1000))

    def make(pair: str, *, top: str | None = None, **changes: object) -> Path:
        target = tmp_path / f"variant-{next(counter)}.argosmodel"
        return rewrite_package(demo_file(pair), target, top=top, **changes)

    return make


from families_fixtures import tiny_copy, tiny_folders  # noqa: E402,F401 - fixtures for the family tests
