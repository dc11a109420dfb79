"""Route choice: direct before pivot, real before demo, newer before older; BPE packages skipped."""

from __future__ import annotations

from pathlib import Path

from translate.manager import PackageInfo
from translate.routing import choose_route


def package(tmp_path: Path, pair: str, *, demo: bool = False, version: str = "1.0", tokenizer: str = "sentencepiece.model") -> PackageInfo:
    from_code, to_code = pair.split("-")
    folder = tmp_path / f"{pair}-{version}-{'demo' if demo else 'real'}"
    (folder / "model").mkdir(parents=True)
    (folder / "model" / "model.bin").write_bytes(b"x")
    (folder / tokenizer).write_bytes(b"x")
    return PackageInfo(folder.name, pair, from_code, to_code, from_code, to_code, version, 1, demo, demo, folder)


def ids(route):
    return [p.id for p in route] if route else None


def test_direct_real_package(tmp_path):
    direct = package(tmp_path, "kk-en")
    assert ids(choose_route([package(tmp_path, "kk-ru"), package(tmp_path, "ru-en"), direct], "kk", "en")) == [direct.id]


def test_newest_version_of_a_pair(tmp_path):
    old, new = package(tmp_path, "ar-en", version="1.0"), package(tmp_path, "ar-en", version="1.10")
    assert ids(choose_route([new, old], "ar", "en")) == [new.id]


def test_real_pivot_beats_direct_demo_and_demo_direct_beats_demo_pivot(tmp_path):
    demo = package(tmp_path, "kk-en", demo=True)
    real_pivot = [package(tmp_path, "kk-ru"), package(tmp_path, "ru-en")]
    assert ids(choose_route([demo, *real_pivot], "kk", "en")) == [p.id for p in real_pivot]
    demo_pivot = [package(tmp_path, "kk-tr"), package(tmp_path, "tr-en", demo=True)]
    assert ids(choose_route([demo, *demo_pivot], "kk", "en")) == [demo.id]


def test_no_route(tmp_path):
    assert choose_route([package(tmp_path, "ru-en"), package(tmp_path, "en-ru")], "kk", "en") is None


def test_bpe_packages_are_not_used(tmp_path):
    assert choose_route([package(tmp_path, "de-en", tokenizer="bpe.model")], "de", "en") is None
