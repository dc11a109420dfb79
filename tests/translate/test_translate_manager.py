"""Install, list and remove packages in the argos folder; bundled demos are listed but kept apart."""

from __future__ import annotations

import zipfile

import pytest

from dragoman.translate import manager
from dragoman.translate.errors import PackageError


def test_bundled_demos_are_listed_and_marked(argos_dir):
    packages = manager.list_packages()
    demos = {(p.from_code, p.to_code): p for p in packages if p.bundled}
    assert set(demos) >= {("kk", "en"), ("ar", "en"), ("ru", "en")}
    for package in demos.values():
        assert package.demo and package.id.startswith("demo/")
        assert "DEMO" in package.name
        assert package.version.endswith("-demo")
        assert package.size_bytes > 100_000
        assert (package.path / "model" / "model.bin").is_file()
        assert argos_dir not in package.path.parents  # never put into the person's argos folder
    assert manager.list_packages(include_demo=False) == []


def test_install_list_remove(argos_dir, make_variant):
    file = make_variant("ar-en", top="translate-ar_en-1_0", dragoman_demo=None, package_version="1.0",
                        name=None)
    info = manager.install_package_file(file)
    assert info.id == "translate-ar_en-1_0"
    assert (info.from_code, info.to_code, info.version) == ("ar", "en", "1.0")
    assert not info.demo and not info.bundled
    assert info.path == argos_dir / "translate-ar_en-1_0"
    assert [p.id for p in manager.list_packages(include_demo=False)] == [info.id]
    manager.remove_package(info.id)
    assert manager.list_packages(include_demo=False) == []
    assert list(argos_dir.iterdir()) == []
    assert not [p for p in argos_dir.parent.iterdir() if p.name.startswith(".dragoman-")]


def test_installing_the_same_pair_again_replaces_it(argos_dir, make_variant):
    manager.install_package_file(make_variant("ru-en", top="translate-ru_en-1_0", package_version="1.0"))
    newer = manager.install_package_file(make_variant("ru-en", top="translate-ru_en-1_1", package_version="1.1"))
    installed = manager.list_packages(include_demo=False)
    assert [(p.id, p.version) for p in installed] == [(newer.id, "1.1")]


def test_demo_cannot_be_removed(argos_dir):
    demo = next(p for p in manager.list_packages() if p.bundled)
    with pytest.raises(PackageError, match="bundled with Dragoman"):
        manager.remove_package(demo.id)
    assert demo.path.is_dir()


def test_removing_an_unknown_id_says_so(argos_dir):
    with pytest.raises(PackageError, match="No installed package has the id nope"):
        manager.remove_package("nope")


def test_argostranslate_sees_our_packages_and_we_see_its(argos_dir, make_variant):
    from argostranslate import package as argos_package

    ours = manager.install_package_file(make_variant("kk-en", top="translate-kk_en-ours"))
    # argospm installs by extracting the zip into its folder; do exactly that for a second package.
    with zipfile.ZipFile(make_variant("ru-en", top="translate-ru_en-argospm")) as archive:
        archive.extractall(argos_dir)
    seen_by_argos = {p.package_path.name for p in argos_package.get_installed_packages(path=[argos_dir])}
    assert seen_by_argos == {ours.id, "translate-ru_en-argospm"}
    assert {p.id for p in manager.list_packages(include_demo=False)} == seen_by_argos


def test_a_changed_bundled_file_is_extracted_again(argos_dir, tmp_path, make_variant, monkeypatch):
    from dragoman.translate import bundled

    shipped = tmp_path / "shipped"
    shipped.mkdir()
    target = shipped / "kk-en-demo.argosmodel"
    target.write_bytes(make_variant("kk-en", package_version="0.1-demo").read_bytes())
    monkeypatch.setattr(bundled, "BUNDLED_DIR", shipped)
    first = manager.list_packages()
    assert [p.version for p in first if p.bundled] == ["0.1-demo"]
    target.write_bytes(make_variant("kk-en", package_version="0.2-demo").read_bytes())
    assert [p.version for p in manager.list_packages() if p.bundled] == ["0.2-demo"]


def test_a_many_language_model_lists_the_analysed_languages_first(tmp_path):
    from dragoman.translate.manager import PackageInfo

    codes = ("az", "be", "bg", "de", "kk", "ru")
    info = PackageInfo("nllb", "NLLB-200", "az", "en", "Azerbaijani", "English", "", 1, False, False, tmp_path,
                       family="nllb", from_codes=codes, to_codes=codes + ("en",))
    assert info.languages() == "kk, ru, az, … (6) → en"
    assert PackageInfo("p", "p", "ar", "en", "Arabic", "English", "1", 1, False, False, tmp_path).languages() == "ar→en"
