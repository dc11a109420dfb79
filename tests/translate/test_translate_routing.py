"""Route choice: direct before pivot, real before demo, newer before older; BPE packages skipped."""

from __future__ import annotations

from pathlib import Path

from dragoman.translate.manager import PackageInfo
from dragoman.translate.routing import choose_route


def package(tmp_path: Path, pair: str, *, demo: bool = False, version: str = "1.0",
            tokenizer: str = "sentencepiece.model") -> PackageInfo:
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
    packages = [package(tmp_path, "kk-ru"), package(tmp_path, "ru-en"), direct]
    assert ids(choose_route(packages, "kk", "en")) == [direct.id]


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


def many(tmp_path: Path, name: str, family: str, sources: tuple[str, ...], *, demo: bool = False) -> PackageInfo:
    """A converted many-language folder (model.bin at its top)."""
    folder = tmp_path / name
    folder.mkdir()
    (folder / "model.bin").write_bytes(b"x")
    return PackageInfo(name, name, sources[0], "en", sources[0], "en", "", 1, demo, False, folder,
                       family=family, licence="CC-BY-NC-4.0", from_codes=sources, to_codes=("en",))


def test_a_many_language_folder_routes_each_of_its_languages_with_its_own_pair(tmp_path):
    nllb = many(tmp_path, "nllb", "nllb", ("ar", "kk", "ru"))
    for code in ("ar", "kk", "ru"):
        (leg,) = choose_route([nllb], code, "en", preferred=[])
        assert (leg.id, leg.from_code, leg.to_code, leg.family) == ("nllb", code, "en", "nllb")
    assert choose_route([nllb], "de", "en", preferred=[]) is None


def test_real_beats_demo_then_pair_specific_beats_many_language(tmp_path):
    nllb = many(tmp_path, "nllb", "nllb", ("ar", "kk"))
    m2m = many(tmp_path, "m2m", "m2m100", ("ar", "kk"))
    argos = package(tmp_path, "ar-en")
    demo = package(tmp_path, "kk-en", demo=True)
    assert ids(choose_route([demo, m2m, nllb, argos], "ar", "en", preferred=[])) == [argos.id]
    assert ids(choose_route([demo, m2m, nllb, argos], "kk", "en", preferred=[])) == ["nllb"]
    assert ids(choose_route([demo, m2m], "kk", "en", preferred=[])) == ["m2m"]


def test_a_preference_picks_among_real_models_but_never_a_demo(tmp_path):
    nllb = many(tmp_path, "nllb", "nllb", ("ar", "kk"))
    argos = package(tmp_path, "ar-en")
    demo = package(tmp_path, "kk-en", demo=True)
    assert ids(choose_route([argos, nllb], "ar", "en", preferred=["nllb"])) == ["nllb"]
    assert ids(choose_route([demo, nllb], "kk", "en", preferred=[demo.id])) == ["nllb"]


def test_the_preferences_file_and_the_environment(tmp_path, monkeypatch):
    from dragoman.translate.preferences import prefer, preferred

    monkeypatch.setenv("DRAGOMAN_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("DRAGOMAN_MODEL", raising=False)
    nllb = many(tmp_path, "nllb", "nllb", ("ar", "kk"))
    argos = package(tmp_path, "ar-en")
    assert ids(choose_route([argos, nllb], "ar", "en")) == [argos.id]
    prefer("nllb")
    prefer("other")
    assert preferred() == ["other", "nllb"]
    assert ids(choose_route([argos, nllb], "ar", "en")) == ["nllb"]
    monkeypatch.setenv("DRAGOMAN_MODEL", argos.id)
    assert ids(choose_route([argos, nllb], "ar", "en")) == [argos.id]


def test_the_catalog_suggests_only_what_the_families_can_read():
    from dragoman.translate.catalog import catalog
    from dragoman.translate.families import FAMILY_NAMES
    from dragoman.translate.family_nllb import nllb_codes

    models = catalog()
    assert models and {m.family for m in models} <= set(FAMILY_NAMES)
    for model in models:
        if model.family == "nllb":
            assert set(model.covers) <= set(nllb_codes()), model.id
            assert "NC" in model.licence and model.licence_note
