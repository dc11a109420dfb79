"""Issue 12 items 3, 10 and 12: metadata of the wrong type, whole-archive zip bombs, and JSON nested
too deeply are each refused in one sentence, at install and when reading installed folders."""

from __future__ import annotations

import json
import shutil
import zipfile

import pytest
from test_translate_package_validation import assert_nothing_installed, demo_members, write_zip

from dragoman.translate import manager
from dragoman.translate.engine import Engine
from dragoman.translate.errors import PackageError

DEEP = b"[" * 100_000 + b"]" * 100_000  # deeper than Python's recursion limit inside json.loads


@pytest.mark.parametrize("field, value", [("target_prefix", 7), ("from_name", 5), ("to_name", ["en"]),
                                          ("package_version", [1]), ("license", 3), ("dragoman_demo", "no"),
                                          ("package_version", True)])
def test_a_field_of_the_wrong_type_is_refused_at_install(make_variant, argos_dir, field, value):
    path = make_variant("kk-en", **{field: value})
    with pytest.raises(PackageError) as caught:
        manager.install_package_file(path)
    assert f"gives {field} as" in str(caught.value) and "\n" not in str(caught.value)
    assert_nothing_installed(argos_dir)


def test_an_unpacked_folder_with_a_bad_field_is_refused(make_variant, tmp_path, argos_dir):
    with zipfile.ZipFile(make_variant("kk-en", target_prefix=7)) as archive:
        archive.extractall(tmp_path / "unpacked")
    folder = next((tmp_path / "unpacked").iterdir())
    with pytest.raises(PackageError, match="gives target_prefix as 7"):
        manager.install_package_file(folder)
    assert_nothing_installed(argos_dir)


def test_a_hand_placed_folder_with_a_bad_field_is_skipped_with_a_reason(demo_file, argos_dir, caplog):
    info = manager.install_package_file(demo_file("kk-en"))
    metadata_file = info.path / "metadata.json"
    metadata = json.loads(metadata_file.read_text())
    metadata_file.write_text(json.dumps({**metadata, "target_prefix": 7}))
    broken = argos_dir / "broken-copy"
    shutil.copytree(info.path, broken)
    shutil.rmtree(info.path)
    caplog.set_level("WARNING", logger="dragoman.translate.manager")
    assert [p.id for p in manager.list_packages(include_demo=False)] == []
    assert "broken-copy" in caplog.text and "target_prefix" in caplog.text
    # Kazakh still translates, with the bundled demo, instead of dying in translate_batch.
    engine = Engine(cache=None)
    try:
        results = list(engine.translate([(1, "Бүгін Астанада жиналыс өтті.")], "kk"))
        assert results[0].translation and engine.plan("kk").demo
    finally:
        engine.close()


def test_metadata_nested_too_deeply_is_one_sentence(demo_file, tmp_path, argos_dir):
    members = demo_members(demo_file("kk-en"))
    deep = {k: (DEEP if k.endswith("metadata.json") else v) for k, v in members.items()}
    with pytest.raises(PackageError) as caught:
        manager.install_package_file(write_zip(tmp_path / "deep.argosmodel", deep))
    assert "nested too deeply" in str(caught.value)
    assert_nothing_installed(argos_dir)


def test_an_installed_folder_whose_metadata_is_nested_too_deeply_is_skipped(demo_file, argos_dir):
    info = manager.install_package_file(demo_file("kk-en"))
    (info.path / "metadata.json").write_bytes(DEEP)
    assert manager.list_packages(include_demo=False) == []


def test_a_model_folder_whose_json_is_nested_too_deeply_is_refused(tiny_copy, argos_dir):
    folder = tiny_copy("nllb")
    (folder / "tokenizer_config.json").write_bytes(DEEP)
    with pytest.raises(PackageError) as caught:
        manager.install_package_file(folder)
    assert "\n" not in str(caught.value)


def many_small_zeros(top: str, members: dict[str, bytes], count: int) -> dict[str, bytes]:
    """The demo package plus ``count`` members of (1 MiB - 1) zeros: each alone below the old check."""
    bomb = dict(members)
    for i in range(count):
        bomb[f"{top}/model/pad-{i}.bin"] = bytes(1024**2 - 1)
    return bomb


def test_many_members_just_below_the_member_check_are_a_bomb(demo_file, tmp_path, argos_dir):
    members = demo_members(demo_file("kk-en"))
    top = next(iter(members)).split("/")[0]
    path = write_zip(tmp_path / "bomb.argosmodel", many_small_zeros(top, members, 250))
    assert path.stat().st_size * 100 < 250 * 1024**2  # 250 MB of zeros packed small, with a 1.6 MB model
    with pytest.raises(PackageError, match="zip bomb"):
        manager.install_package_file(path)
    assert_nothing_installed(argos_dir)


def test_a_model_zip_of_many_small_zero_members_is_a_bomb(tiny_copy, tmp_path, argos_dir):
    folder = tiny_copy("nllb")
    members = {f"{folder.name}/{f.name}": f.read_bytes() for f in folder.iterdir() if f.is_file()}
    path = write_zip(tmp_path / "bomb.zip", many_small_zeros(folder.name, members, 60))
    with pytest.raises(PackageError, match="bomb"):
        manager.install_package_file(path)
    assert list(manager.models_home().iterdir()) == []


def test_an_index_entry_with_fields_of_the_wrong_type_is_listed_by_its_codes():
    from dragoman.translate import index

    offer = index._available({"type": "translate", "from_code": "kk", "to_code": "en", "from_name": 5,
                              "to_name": ["x"], "links": "http://example.org/x.argosmodel"})
    assert (offer.from_name, offer.to_name, offer.links) == ("Kazakh", "English", [])
