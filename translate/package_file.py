"""Checking an ``.argosmodel`` file before anything of it touches the disk, and extracting it safely.

An Argos package is a zip archive of one folder holding ``metadata.json``, a CTranslate2
``model/`` folder and a tokenizer (``sentencepiece.model`` or ``bpe.model``). A file from the
internet is untrusted, so every rule is checked on the zip's directory first, and sizes are
enforced again while the bytes are written (a header can lie about a member's size).
"""

from __future__ import annotations

import json
import shutil
import stat
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

MAX_MEMBERS = 2_000  # published packages hold a few dozen files
MAX_TOTAL_BYTES = 2 * 1024**3  # the largest published Argos models are a few hundred MB
MAX_RATIO = 100  # model weights barely compress; a far higher ratio is a zip bomb
RATIO_CHECK_MIN_BYTES = 1024**2  # tiny text files may compress well; only judge big members
REQUIRED_METADATA = ("from_code", "to_code")
TOKENIZERS = ("sentencepiece.model", "bpe.model")
_CHUNK = 1024 * 1024


class PackageFileError(ValueError):
    """A package file that must not be installed; ``str()`` names the problem in one sentence."""


@dataclass(frozen=True)
class CheckedPackage:
    """What validation learned about a package file."""

    top: str  # the one top-level folder in the zip
    metadata: dict[str, Any]
    total_bytes: int  # declared uncompressed size of all members


def check_package_file(path: Path) -> CheckedPackage:
    """Validate ``path`` as an Argos package without extracting it; raise PackageFileError if not."""
    if not path.is_file():
        raise PackageFileError(f"{path.name} does not exist or is not a file.")
    if not zipfile.is_zipfile(path):
        raise PackageFileError(f"{path.name} is not an Argos package: it is not a zip archive.")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_members(path.name, infos)
            top = _single_top_folder(path.name, infos)
            _check_contents(path.name, top, {i.filename.rstrip("/") for i in infos})
            metadata = _read_metadata(path.name, archive, f"{top}/metadata.json")
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise PackageFileError(f"{path.name} is a damaged zip archive ({error}).") from error
    return CheckedPackage(top, metadata, sum(i.file_size for i in infos))


def _check_members(name: str, infos: list[zipfile.ZipInfo]) -> None:
    if not infos:
        raise PackageFileError(f"{name} is an empty zip archive, not an Argos package.")
    if len(infos) > MAX_MEMBERS:
        raise PackageFileError(f"{name} holds {len(infos)} files, more than the {MAX_MEMBERS} a package may have.")
    total = 0
    for info in infos:
        _check_member_name(name, info.filename)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise PackageFileError(f"{name} contains a symbolic link ({info.filename}), which a package may not.")
        total += info.file_size
        if info.file_size >= RATIO_CHECK_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise PackageFileError(
                f"{name} looks like a zip bomb: {info.filename} expands {info.file_size // max(info.compress_size, 1)} times."
            )
    if total > MAX_TOTAL_BYTES:
        raise PackageFileError(
            f"{name} would expand to {total / 1024**3:.1f} GB, more than the {MAX_TOTAL_BYTES // 1024**3} GB a package may use."
        )


def _check_member_name(name: str, member: str) -> None:
    # Zip names use "/", but a hostile archive may use "\" or a drive letter to escape on any OS.
    if member.startswith(("/", "\\")) or (len(member) > 1 and member[1] == ":"):
        raise PackageFileError(f"{name} contains an absolute path ({member}), which a package may not.")
    parts = PurePosixPath(member.replace("\\", "/")).parts
    if ".." in parts:
        raise PackageFileError(f"{name} contains a path that climbs out of its folder ({member}).")
    if "\x00" in member:
        raise PackageFileError(f"{name} contains a file name with a NUL character.")


def _single_top_folder(name: str, infos: list[zipfile.ZipInfo]) -> str:
    tops = {PurePosixPath(i.filename).parts[0] for i in infos}
    if len(tops) != 1:
        shown = ", ".join(sorted(tops)[:4])
        raise PackageFileError(f"{name} must hold exactly one top-level folder, but holds {len(tops)} ({shown}).")
    top = tops.pop()
    if any(i.filename.rstrip("/") == top and not i.is_dir() for i in infos):
        raise PackageFileError(f"{name} holds a single file, not a package folder.")
    if top.startswith("."):
        raise PackageFileError(f"{name} has a hidden top-level folder ({top}), which is not a package.")
    return top


def _check_contents(name: str, top: str, names: set[str]) -> None:
    if f"{top}/metadata.json" not in names:
        raise PackageFileError(f"{name} has no metadata.json in {top}/, so it is not an Argos package.")
    if f"{top}/model/model.bin" not in names:
        raise PackageFileError(f"{name} has no CTranslate2 model (model/model.bin) in {top}/.")
    if not any(n.startswith(f"{top}/model/") and "vocabulary" in n for n in names):
        raise PackageFileError(f"{name} has a model/ folder without a vocabulary file.")
    if not any(f"{top}/{t}" in names for t in TOKENIZERS):
        raise PackageFileError(f"{name} has no tokenizer (sentencepiece.model or bpe.model) in {top}/.")


def _read_metadata(name: str, archive: zipfile.ZipFile, member: str) -> dict[str, Any]:
    if archive.getinfo(member).file_size > 1024**2:
        raise PackageFileError(f"{name} has a metadata.json larger than 1 MB.")
    try:
        metadata = json.loads(archive.read(member).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise PackageFileError(f"{name} has a metadata.json that is not valid JSON ({error}).") from error
    if not isinstance(metadata, dict):
        raise PackageFileError(f"{name} has a metadata.json that is not a JSON object.")
    missing = [k for k in REQUIRED_METADATA if not isinstance(metadata.get(k), str) or not metadata.get(k)]
    if missing:
        raise PackageFileError(f"{name} has a metadata.json without {', '.join(missing)}.")
    if metadata.get("type", "translate") != "translate":
        raise PackageFileError(f"{name} is a '{metadata.get('type')}' package, not a translation package.")
    return metadata


def extract_package(path: Path, checked: CheckedPackage, staging_parent: Path) -> Path:
    """Extract a checked package into a new folder under ``staging_parent``; return the package folder.

    The caller moves the returned folder into place; on any error nothing is left behind.
    """
    staging = Path(tempfile.mkdtemp(prefix=".dragoman-install-", dir=staging_parent))
    try:
        written = 0
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                target = staging / PurePosixPath(info.filename)
                if info.is_dir():
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                written = _copy_member(archive, info, target, written, path.name)
        return staging / checked.top
    except (zipfile.BadZipFile, EOFError) as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise PackageFileError(f"{path.name} is damaged: {error}.") from error
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _copy_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, written: int, name: str) -> int:
    """Copy one member, counting real bytes: a member that outgrows its header is refused."""
    own = 0
    with archive.open(info) as source, open(target, "wb") as sink:
        while chunk := source.read(_CHUNK):
            own += len(chunk)
            written += len(chunk)
            if own > info.file_size or written > MAX_TOTAL_BYTES:
                raise PackageFileError(f"{name} expands beyond what its directory declares; refusing it.")
            sink.write(chunk)
    return written


def staging_root(packages_dir: Path) -> Path:
    """Where to stage an extraction so the final move is a rename on the same disk.

    Not inside ``packages_dir`` itself: argostranslate treats every folder there as a package.
    """
    parent = packages_dir.parent
    try:
        probe = Path(tempfile.mkdtemp(prefix=".dragoman-probe-", dir=parent))
        probe.rmdir()
        return parent
    except OSError:
        from article.paths import data_home

        return data_home()
