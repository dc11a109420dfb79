"""Tiny model folders of each family, built once per test session, and a recording translator."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tiny_models import build_nllb, build_opus


@pytest.fixture(scope="session")
def tiny_folders(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Model folders in the converters' layouts: nllb, m2m100, opus-mt (ar→en), opus-multi (>>xxx<<)."""
    root = tmp_path_factory.mktemp("tiny-models")
    work = root / "work"
    return {
        "nllb": build_nllb(root / "nllb-200-tiny", work),
        "m2m100": build_nllb(root / "m2m100-tiny", work, m2m=True, seed=1),
        "opus-mt": build_opus(root / "opus-mt-ar-en", work, seed=2),
        "opus-multi": build_opus(root / "opus-mt-ru-mul", work, source_lang="ru", target_lang="mul",
                                 target_tokens=(">>deu<<", ">>eng<<", ">>fra<<"), seed=4),
    }


@pytest.fixture
def tiny_copy(tmp_path: Path, tiny_folders: dict[str, Path]):
    """A fresh copy of one tiny folder (tests may damage it)."""

    def copy(kind: str, name: str | None = None) -> Path:
        source = tiny_folders[kind]
        return Path(shutil.copytree(source, tmp_path / "src" / (name or source.name)))

    return copy


class RecordingTranslator:
    """Stands in for ctranslate2.Translator: records what it is handed and passes it to the real one."""

    def __init__(self, real) -> None:  # noqa: ANN001
        self.real = real
        self.calls: list[tuple[list[list[str]], dict]] = []
        self.results: list = []

    def translate_batch(self, source, **options):  # noqa: ANN001, ANN003, ANN201
        self.calls.append(([list(s) for s in source], dict(options)))
        results = self.real.translate_batch(source, **options)
        self.results.append(results)
        return results

    def score_batch(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN201
        return self.real.score_batch(*args, **kwargs)


class ScriptedTranslator:
    """Records the tokens and returns the hypothesis it is given (CTranslate2 returns the prefix too)."""

    def __init__(self, hypothesis: list[str]) -> None:
        self.hypothesis = hypothesis
        self.calls: list[tuple[list[list[str]], dict]] = []

    def translate_batch(self, source, **options):  # noqa: ANN001, ANN003, ANN201
        self.calls.append(([list(s) for s in source], dict(options)))
        prefix = (options.get("target_prefix") or [[]] * len(source))
        return [_Result(list(p or []) + self.hypothesis, [-0.5]) for p in prefix]


class _Result:
    def __init__(self, hypothesis: list[str], scores: list[float]) -> None:
        self.hypotheses, self.scores = [hypothesis], scores
