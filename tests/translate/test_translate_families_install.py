"""Installing converted model folders (and zips / tarballs of them): what is accepted, what is
refused with one sentence, and that a refusal leaves nothing on disk."""

from __future__ import annotations

import io
import json
import shutil
import tarfile
import zipfile
from pathlib import Path

import pytest

from dragoman.article.paths import data_home
from dragoman.translate import manager
from dragoman.translate.engine import Engine
from dragoman.translate.errors import PackageError


def leftovers() -> list[str]:
    """Anything an install may have left: installed folders and staging folders."""
    models = [p.name for p in manager.models_home().iterdir()]
    staging = [p.name for p in data_home().iterdir() if p.name.startswith(".dragoman-")]
    return models + staging


def refused(path: Path, needle: str, languages: tuple[str, ...] = ()) -> str:
    with pytest.raises(PackageError) as caught:
        manager.install_package_file(path, languages)
    message = str(caught.value)
    assert needle in message and "\n" not in message and message.endswith(".")
    assert leftovers() == []
    return message


@pytest.mark.parametrize("kind, family, licence, code", [
    ("nllb", "nllb", "CC-BY-NC-4.0", "kk"), ("m2m100", "m2m100", "MIT", "kk"),
    ("opus-mt", "opus-mt", "Apache-2.0", "ar"), ("opus-multi", "opus-mt", "Apache-2.0", "ru"),
])
def test_a_converted_folder_installs_and_beats_the_demo(argos_dir, tiny_copy, kind, family, licence, code):
    info = manager.install_package_file(tiny_copy(kind))
    assert (info.family, info.licence) == (family, licence)
    assert info.path.parent == manager.models_home() and not info.demo
    assert [p.id for p in manager.list_packages(include_demo=False)] == [info.id]
    plan = Engine().plan(code)
    assert plan.available and not plan.demo and plan.family == family and info.id in plan.model


@pytest.mark.parametrize("packer", ["zip", "tar.gz", "zip-flat"])
def test_zipped_and_tarred_folders_install(argos_dir, tiny_copy, tmp_path, packer):
    folder = tiny_copy("nllb", "nllb-200-distilled-600M")
    if packer == "zip-flat":  # files at the top of the archive: named after the archive
        archive = tmp_path / "nllb-flat.zip"
        with zipfile.ZipFile(archive, "w") as out:
            for file in folder.iterdir():
                out.write(file, file.name)
        expected = "nllb-flat"
    else:
        archive = Path(shutil.make_archive(str(tmp_path / "packed"), "zip" if packer == "zip" else "gztar",
                                           folder.parent, folder.name))
        expected = folder.name
    info = manager.install_package_file(archive)
    assert info.id == expected and info.family == "nllb" and "kk" in info.from_codes
    assert [p.name for p in data_home().iterdir() if p.name.startswith(".dragoman-")] == []


def test_a_reinstall_replaces_the_folder_of_the_same_name(argos_dir, tiny_folders):
    first = manager.install_package_file(tiny_folders["opus-mt"])
    (first.path / "stale.txt").write_text("from the first install")
    again = manager.install_package_file(tiny_folders["opus-mt"])
    assert again.path == first.path and not (again.path / "stale.txt").exists()


@pytest.mark.parametrize("kind, remove, needle", [
    ("nllb", "sentencepiece.bpe.model", "lacks sentencepiece.bpe.model"),
    ("nllb", "model.bin", "lacks model.bin"),
    ("opus-mt", "shared_vocabulary.json", "lacks shared_vocabulary.json"),
    ("nllb", "tokenizer_config.json", "not a model folder Dragoman knows"),
])
def test_a_folder_missing_a_file_is_refused(argos_dir, tiny_copy, kind, remove, needle):
    folder = tiny_copy(kind)
    (folder / remove).unlink()
    refused(folder, needle)


def test_a_corrupt_model_bin_is_refused(argos_dir, tiny_copy):
    folder = tiny_copy("nllb")
    data = (folder / "model.bin").read_bytes()
    (folder / "model.bin").write_bytes(data[: len(data) // 2])
    refused(folder, "does not load in CTranslate2")


def test_a_tokenizer_from_another_model_is_refused(argos_dir, tiny_copy):
    folder = tiny_copy("nllb")
    shutil.copy(tiny_copy("opus-mt") / "target.spm", folder / "sentencepiece.bpe.model")
    refused(folder, "not in the model's vocabulary")


def test_missing_language_tokens_are_refused(argos_dir, tiny_copy):
    folder = tiny_copy("nllb")
    vocabulary = json.loads((folder / "shared_vocabulary.json").read_text(encoding="utf-8"))
    vocabulary[vocabulary.index("eng_Latn")] = "eng_Xxxx"
    (folder / "shared_vocabulary.json").write_text(json.dumps(vocabulary), encoding="utf-8")
    refused(folder, "lacks the language tokens (eng_Latn")


def test_a_multi_source_opus_model_takes_its_group_or_the_languages_named(argos_dir, tiny_copy):
    folder = tiny_copy("opus-mt", "opus-mt-trk-en")
    config = json.loads((folder / "tokenizer_config.json").read_text())
    config.pop("source_lang")
    (folder / "tokenizer_config.json").write_text(json.dumps(config))
    grouped = manager.install_package_file(folder)  # "trk" from the folder name
    assert {"kk", "tr", "uz", "ky"} <= set(grouped.from_codes) and Engine().plan("kk").family == "opus-mt"
    manager.remove_package(grouped.id)
    named = manager.install_package_file(folder, ("kk", "tr"))
    assert named.from_codes == ("kk", "tr")


def test_an_opus_model_that_names_no_source_language_asks_for_one(argos_dir, tiny_copy):
    folder = tiny_copy("opus-mt", "my-model")
    config = json.loads((folder / "tokenizer_config.json").read_text())
    config.pop("source_lang")
    (folder / "tokenizer_config.json").write_text(json.dumps(config))
    refused(folder, "--languages")


def _tar(path: Path, members: list[tuple[tarfile.TarInfo, bytes | None]]) -> Path:
    with tarfile.open(path, "w:gz") as out:
        for info, data in members:
            out.addfile(info, io.BytesIO(data) if data is not None else None)
    return path


def _file(name: str, data: bytes = b"x") -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    return info, data


def _special(name: str, kind: bytes, target: str = "") -> tuple[tarfile.TarInfo, None]:
    info = tarfile.TarInfo(name)
    info.type, info.linkname = kind, target
    return info, None


@pytest.mark.parametrize("member, needle", [
    (_file("model/../../escape.txt"), "climbs out of its folder"),
    (_file("/etc/evil"), "absolute path"),
    (_special("model/link", tarfile.SYMTYPE, "/etc/passwd"), "contains a link"),
    (_special("model/hard", tarfile.LNKTYPE, "model/model.bin"), "contains a link"),
    (_special("model/dev", tarfile.CHRTYPE), "special file"),
    (_special("model/fifo", tarfile.FIFOTYPE), "special file"),
])
def test_hostile_tarballs_are_refused(argos_dir, tiny_folders, tmp_path, member, needle):
    folder = tiny_folders["nllb"]
    good = [_file(f"model/{f.name}", f.read_bytes()) for f in folder.iterdir()]
    refused(_tar(tmp_path / "hostile.tar.gz", [*good, member]), needle)
    assert not (tmp_path.parent / "escape.txt").exists()


def test_a_tar_bomb_is_refused(argos_dir, tmp_path):
    bomb = tmp_path / "bomb.tar.gz"
    with tarfile.open(bomb, "w:gz") as out:
        info = tarfile.TarInfo("model/model.bin")
        info.size = 300 * 1024**2
        out.addfile(info, io.BytesIO(bytes(info.size)))
    refused(bomb, "archive bomb")


@pytest.mark.parametrize("mode, needle", [(0o120777, "symbolic link"), (0o020644, "special file")])
def test_a_zip_with_a_link_or_device_is_refused(argos_dir, tmp_path, tiny_folders, mode, needle):
    archive = tmp_path / "linked.zip"
    with zipfile.ZipFile(archive, "w") as out:
        for file in tiny_folders["nllb"].iterdir():
            out.write(file, f"model/{file.name}")
        link = zipfile.ZipInfo("model/evil")
        link.external_attr = mode << 16
        out.writestr(link, "/etc/passwd")
    refused(archive, needle)


def test_neither_a_package_a_folder_nor_an_archive(argos_dir, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("not a model")
    with pytest.raises(PackageError) as caught:
        manager.install_package_file(text)
    assert "\n" not in str(caught.value) and leftovers() == []


def test_an_unpacked_argos_folder_installs_beside_argos_packages(argos_dir, demo_file, tmp_path):
    with zipfile.ZipFile(demo_file("ar-en")) as archive:
        archive.extractall(tmp_path / "unpacked")
    (folder,) = (tmp_path / "unpacked").iterdir()
    metadata = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    metadata.pop("dragoman_demo", None)
    (folder / "metadata.json").write_text(json.dumps(metadata), encoding="utf-8")
    info = manager.install_package_file(folder)
    assert info.family == "argos" and info.path.parent == argos_dir and not info.demo
    (tmp_path / "broken").mkdir()
    shutil.copytree(folder, tmp_path / "broken" / folder.name)
    (tmp_path / "broken" / folder.name / "sentencepiece.model").unlink()
    with pytest.raises(PackageError, match="without sentencepiece.model"):
        manager.install_package_file(tmp_path / "broken" / folder.name)


def test_a_zip_bomb_is_refused(argos_dir, tmp_path):
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("model/model.bin", bytes(50 * 1024**2))
    refused(bomb, "archive bomb")


def test_a_folder_with_a_symbolic_link_is_refused(argos_dir, tiny_copy, tmp_path):
    folder = tiny_copy("opus-mt")
    secret = tmp_path / "secret.txt"
    secret.write_text("private")
    (folder / "README.md").symlink_to(secret)
    refused(folder, "symbolic link")


def test_a_folder_put_in_place_by_hand_is_listed_from_its_files(argos_dir, tiny_folders):
    shutil.copytree(tiny_folders["m2m100"], manager.models_home() / "m2m-by-hand")
    (listed,) = manager.list_packages(include_demo=False)
    assert (listed.id, listed.family, listed.licence) == ("m2m-by-hand", "m2m100", "MIT")
    assert Engine().plan("uk").family == "m2m100"


def test_a_model_broken_after_install_falls_back_to_the_demo_and_says_why(argos_dir, tiny_folders):
    info = manager.install_package_file(tiny_folders["nllb"])
    (info.path / "sentencepiece.bpe.model").write_bytes(b"not a sentencepiece model")
    engine = Engine()
    (result,) = engine.translate([(1, "Екі тарап.")], "kk")
    plan = engine.plan("kk")
    assert plan.demo and result.translation and f"the package {info.id} could not be loaded" in plan.message
    engine.close()
