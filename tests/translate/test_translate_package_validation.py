"""A package file is checked before anything is extracted, and a bad one leaves nothing behind."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from dragoman.translate import manager, package_file
from dragoman.translate.errors import PackageError


def demo_members(demo: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(demo) as archive:
        return {i.filename: archive.read(i) for i in archive.infolist() if not i.is_dir()}


def write_zip(path: Path, members: dict[str, bytes]) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    path.write_bytes(buffer.getvalue())
    return path


def assert_nothing_installed(argos_dir: Path) -> None:
    assert list(argos_dir.iterdir()) == []
    leftovers = [p.name for p in argos_dir.parent.iterdir() if p.name.startswith(".dragoman-")]
    assert leftovers == []
    assert manager.list_packages(include_demo=False) == []


@pytest.fixture
def members(demo_file) -> dict[str, bytes]:
    return demo_members(demo_file("kk-en"))


def install_fails(path: Path, argos_dir: Path, *words: str) -> str:
    with pytest.raises(PackageError) as caught:
        manager.install_package_file(path)
    message = str(caught.value)
    for word in words:
        assert word in message, message
    assert path.name in message or "package" in message
    assert_nothing_installed(argos_dir)
    return message


def test_a_good_package_passes(members, tmp_path, argos_dir):
    checked = package_file.check_package_file(write_zip(tmp_path / "good.argosmodel", members))
    assert checked.metadata["from_code"] == "kk"
    assert checked.top == "translate-kk_en-dragoman-demo"


def test_not_a_zip(tmp_path, argos_dir):
    path = tmp_path / "notes.argosmodel"
    path.write_text("this is a text file, not a package")
    install_fails(path, argos_dir, "not a zip archive")


def test_missing_file(tmp_path, argos_dir):
    install_fails(tmp_path / "nowhere.argosmodel", argos_dir, "does not exist")


def test_zip_bomb_is_refused(members, tmp_path, argos_dir):
    top = next(iter(members)).split("/")[0]
    bomb = dict(members)
    bomb[f"{top}/model/padding.bin"] = bytes(50 * 1024**2)  # 50 MB of zeros, ~50 KB compressed
    install_fails(write_zip(tmp_path / "bomb.argosmodel", bomb), argos_dir, "zip bomb")


def test_total_size_is_bounded(members, tmp_path, argos_dir, monkeypatch):
    monkeypatch.setattr(package_file, "MAX_TOTAL_BYTES", 100_000)  # the demo expands to ~1.5 MB
    install_fails(write_zip(tmp_path / "big.argosmodel", members), argos_dir, "would expand")


def test_member_count_is_bounded(members, tmp_path, argos_dir, monkeypatch):
    monkeypatch.setattr(package_file, "MAX_MEMBERS", 3)
    install_fails(write_zip(tmp_path / "many.argosmodel", members), argos_dir, "holds")


def test_parent_path_member(members, tmp_path, argos_dir):
    top = next(iter(members)).split("/")[0]
    evil = dict(members)
    evil[f"{top}/../../escaped.txt"] = b"gotcha"
    install_fails(write_zip(tmp_path / "climb.argosmodel", evil), argos_dir, "climbs out")
    assert not (tmp_path / "escaped.txt").exists()


def test_absolute_path_member(members, tmp_path, argos_dir):
    evil = dict(members)
    evil["/tmp/dragoman-absolute-test.txt"] = b"gotcha"
    install_fails(write_zip(tmp_path / "absolute.argosmodel", evil), argos_dir, "absolute path")


def test_missing_metadata(members, tmp_path, argos_dir):
    cut = {k: v for k, v in members.items() if not k.endswith("metadata.json")}
    install_fails(write_zip(tmp_path / "nometa.argosmodel", cut), argos_dir, "metadata.json")


def test_metadata_without_codes(members, tmp_path, argos_dir):
    changed = {k: (b'{"from_name": "Kazakh"}' if k.endswith("metadata.json") else v) for k, v in members.items()}
    install_fails(write_zip(tmp_path / "nocodes.argosmodel", changed), argos_dir, "from_code")


def test_metadata_not_json(members, tmp_path, argos_dir):
    changed = {k: (b"{not json" if k.endswith("metadata.json") else v) for k, v in members.items()}
    install_fails(write_zip(tmp_path / "badjson.argosmodel", changed), argos_dir, "not valid JSON")


def test_two_top_level_folders(members, tmp_path, argos_dir):
    doubled = dict(members)
    doubled["another-folder/readme.txt"] = b"second folder"
    install_fails(write_zip(tmp_path / "two.argosmodel", doubled), argos_dir, "exactly one top-level folder")


def test_missing_model_folder(members, tmp_path, argos_dir):
    cut = {k: v for k, v in members.items() if "/model/" not in k}
    install_fails(write_zip(tmp_path / "nomodel.argosmodel", cut), argos_dir, "model/model.bin")


def test_missing_tokenizer(members, tmp_path, argos_dir):
    cut = {k: v for k, v in members.items() if not k.endswith("sentencepiece.model")}
    install_fails(write_zip(tmp_path / "notok.argosmodel", cut), argos_dir, "tokenizer")


def test_member_larger_than_its_header_is_refused_while_extracting(members, tmp_path, argos_dir):
    path = write_zip(tmp_path / "liar.argosmodel", members)
    # Make the header claim README.md is 10 bytes: the directory checks pass, the copy must not.
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = next(i for i in archive.infolist() if i.filename.endswith("README.md"))
    real = info.file_size.to_bytes(4, "little")
    count = 0
    start = 0
    while (at := data.find(b"PK\x01\x02", start)) >= 0:  # patch README's central-directory entry
        name_len = int.from_bytes(data[at + 28 : at + 30], "little")
        if data[at + 46 : at + 46 + name_len].decode().endswith("README.md") and data[at + 24 : at + 28] == real:
            data[at + 24 : at + 28] = (10).to_bytes(4, "little")
            count += 1
        start = at + 4
    assert count == 1
    path.write_bytes(bytes(data))
    message = install_fails(path, argos_dir)
    assert "damaged" in message or "expands beyond" in message
